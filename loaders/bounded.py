"""Run one pack's extraction where it can be stopped: a child process with a time and a memory limit.

A hostile or broken pack (one unbroken 20 MB paragraph, a small PDF that inflates) must not hold a
server thread or a command for ever.  The child is forked, so it starts with the loaders imported; when
the time limit passes it is killed and the caller gets one line saying which limit was reached and the
setting that changes it.  Limits come from the environment so the server and the command line agree:

* HEALTHDASH_PACK_SECONDS (default 60): wall-clock seconds one pack may take;
* HEALTHDASH_PACK_MEMORY_MB (default 2048): memory the child may add to what it inherited.

A setting of 0 turns that limit off.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import resource
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from loaders.errors import PackError

DEFAULT_SECONDS = 60.0
DEFAULT_MEMORY_MB = 2048
T = TypeVar("T")


def _setting(name: str, default: float) -> float:
    """A limit from the environment; a value that is not a number is refused in one line."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise PackError(name, None, f"{raw!r} is not a number of {'seconds' if 'SECONDS' in name else 'MB'}") from None
    return max(value, 0.0)


def pack_seconds() -> float:
    return _setting("HEALTHDASH_PACK_SECONDS", DEFAULT_SECONDS)


def pack_memory_mb() -> float:
    return _setting("HEALTHDASH_PACK_MEMORY_MB", DEFAULT_MEMORY_MB)


def _limit_memory(extra_mb: float) -> None:
    """In the child: cap its address space at what it inherited plus `extra_mb`."""
    if extra_mb <= 0:
        return
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[0])
    inherited = pages * os.sysconf("SC_PAGE_SIZE")
    cap = inherited + int(extra_mb * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


_Outcome = tuple[str, object]  # ("ok", result) or ("error", (path, line, message)) or ("memory", None)


def _child(fn: Callable[[Path], T], path: Path, extra_mb: float) -> _Outcome:
    _limit_memory(extra_mb)
    try:
        return "ok", fn(path)
    except PackError as err:  # PackError does not survive pickling: send its parts
        return "error", (str(err.path), err.line, err.message)
    except MemoryError:
        return "memory", None
    except Exception as err:
        try:
            pickle.loads(pickle.dumps(err))
        except Exception:
            return "error", (str(path), None, f"could not be read: {err!r}")
        raise


def run_bounded(fn: Callable[[Path], T], path: Path) -> T:
    """`fn(path)` in a forked child within the pack limits; a limit reached raises PackError naming it.

    Where fork is not available, or both limits are off, `fn` runs here.
    """
    seconds, memory_mb = pack_seconds(), pack_memory_mb()
    if (not seconds and not memory_mb) or "fork" not in multiprocessing.get_all_start_methods():
        return fn(path)
    context = multiprocessing.get_context("fork")
    with context.Pool(1, maxtasksperchild=1) as pool:
        pending = pool.apply_async(_child, (fn, path, memory_mb))
        try:
            status, value = pending.get(timeout=seconds or None)
        except multiprocessing.TimeoutError:
            pool.terminate()
            raise PackError(
                path, None, f"reading stopped after {seconds:g} s (HEALTHDASH_PACK_SECONDS sets the limit)"
            ) from None
    if status == "memory":
        raise PackError(
            path, None, f"reading stopped at {memory_mb:g} MB of memory (HEALTHDASH_PACK_MEMORY_MB sets the limit)"
        )
    if status == "error":
        assert isinstance(value, tuple)
        where, line, message = value
        raise PackError(str(where), line if isinstance(line, int) else None, str(message))
    return value  # type: ignore[return-value]
