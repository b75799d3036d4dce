"""The dashboard on the shipped packs under the production server, in a subprocess, for tests and the load test.

`python benchmarks/serve_production.py PORT [THREADS]` serves until killed; `running(port)` starts that in a
subprocess, waits until it answers and stops it afterwards.
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


def main(argv: list[str]) -> None:
    """Load the shipped packs once, build the app and serve it with run_production on 127.0.0.1."""
    sys.path.insert(0, str(ROOT))
    import loaders
    from dashboard import create_app
    from dashboard.app import load_sources
    from dashboard.server import THREADS, run_production

    port = int(argv[0])
    threads = int(argv[1]) if len(argv) > 1 else THREADS
    run_production(create_app(loaders.load(), load_sources()), host="127.0.0.1", port=port, threads=threads)


@contextmanager
def running(port: int, threads: int | None = None) -> Iterator[str]:
    """Start the production server on `port` in a subprocess; yield its base URL once it answers."""
    args = [sys.executable, str(Path(__file__).resolve()), str(port)] + ([str(threads)] if threads else [])
    # Output goes to a file, not a pipe: waitress logs its queue depth under load and a full pipe would block it.
    with tempfile.TemporaryFile() as log:
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


if __name__ == "__main__":
    main(sys.argv[1:])
