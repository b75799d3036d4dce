"""`healthdash serve --production` on the shipped packs, in a subprocess, for tests and the load test.

`running(port)` starts it over a fresh store, waits until it answers and stops it afterwards;
`running(port, scale=100)` serves the shipped packs' tidy table copied a hundred times
(benchmarks/corpus.replicate_frame) under the same production server, as `python -m
benchmarks.serve_production --scale 100` does: there is no store of that size to serve from.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import requests

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 120.0


@contextmanager
def running(port: int, threads: int | None = None, scale: int = 1) -> Iterator[str]:
    """Run `healthdash serve --production` on `port` over a fresh store; yield its base URL once it answers.

    This is the command the README gives a team, so the tests and the load test exercise the store, its
    reload check on each request, the security headers and waitress together.  With `scale` above 1 the
    server (this module's `main`) serves `scale` copies of the shipped packs' rows instead, with no store.
    """
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryFile() as log:
        if scale > 1:
            args = [sys.executable, "-m", "benchmarks.serve_production", "--port", str(port), "--scale", str(scale)]
        else:
            args = [sys.executable, "-m", "dashboard.cli", "serve", "--production", "--port", str(port)]
            # a named store holds only what its owner adds: the shipped packs, as `--reports` adds a folder
            args += ["--store", str(Path(tmp) / "store.sqlite"), "--reports", str(ROOT / "data" / "reports")]
        args += ["--threads", str(threads)] if threads else []
        # Output goes to a file, not a pipe: waitress logs its queue depth under load and a full pipe would block it.
        proc = subprocess.Popen(args, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(proc, base, log)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_until_up(proc: subprocess.Popen, base: str, log: IO[bytes]) -> None:
    """Poll until the server serves its layout; fail with its output if it exits or never answers."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            err = log.read().decode(errors="replace")
            raise RuntimeError(f"production server exited with {proc.returncode}:\n{err[-2000:]}")
        try:
            if requests.get(base + "/_dash-layout", timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"production server at {base} did not answer within {START_TIMEOUT:.0f} s")


def main(argv: list[str] | None = None) -> None:
    """Serve `--scale` copies of the shipped packs' tidy table under the production server (waitress, debug off,
    the security headers), on 127.0.0.1 only."""
    import argparse

    from benchmarks.corpus import replicate_frame
    from dashboard.app import create_app, load_sources
    from dashboard.server import THREADS, run_production
    from loaders import load

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--threads", type=int, default=THREADS)
    options = parser.parse_args(argv)
    frame, sources = replicate_frame(load(), options.scale, load_sources())
    run_production(create_app(frame, sources), host="127.0.0.1", port=options.port, threads=options.threads)


if __name__ == "__main__":
    main()
