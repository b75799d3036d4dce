"""Each pack's rows, from the cache or extracted, spread over processes when asked.

Packs are independent: `pack_frame` turns one file into its validated rows
and nothing it does depends on another pack, so a corpus can be extracted
by a pool of worker processes (one per core), or by any engine that can map
a function over files.  Workers write the cache themselves, so the parent
only gathers frames.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import multiprocessing.pool
import os
import pickle
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from loaders import cache as pack_cache
from loaders.errors import PackError
from loaders.reading import Found, distinct, file_sha256

_log = logging.getLogger(__name__)


def content_key(path: Path, sha256: str | None = None) -> str:
    """The cache key of a pack: its file name and the hash of its bytes (`sha256`, when already known)."""
    digest = sha256 or file_sha256(path)
    return hashlib.sha256(path.name.encode() + b"\0" + digest.encode()).hexdigest()


def pack_frame(path: Path, key: str | None = None, *, cache: bool = True) -> pd.DataFrame:
    """One pack's validated tidy rows: from the cache when its content was seen, else extracted (and cached)."""
    from loaders.pipeline import extract_pack

    if cache:
        key = key or content_key(path)
        frame = pack_cache.get(key)
        if frame is not None:
            return frame
    frame = extract_pack(path).frame
    if cache and key:
        pack_cache.put(key, frame)
    return frame


_Failure = tuple[str, int | None, str]  # a PackError's path, line and message: plain values cross processes


def _pack_frame_job(job: tuple[int, Path, str | None, bool]) -> tuple[int, pd.DataFrame | _Failure]:
    """One job of the pool.  A bad pack's error comes back as plain values; the parent raises it again.

    (PackError itself does not survive pickling, and a result or error the pool cannot unpickle stalls it.)
    """
    index, path, key, cache = job
    try:
        return index, pack_frame(path, key, cache=cache)
    except PackError as err:
        return index, (str(err.path), err.line, err.message)
    except Exception as err:
        try:
            pickle.loads(pickle.dumps(err))
        except Exception:
            raise RuntimeError(f"{path}: {err!r}") from None  # a stand-in the parent can unpickle
        raise


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def pack_frames(paths: Sequence[Path], *, cache: bool = True, workers: int = 1) -> list[pd.DataFrame]:
    """Every pack's frame, in the order of `paths`, each content once (a later file with the same bytes is
    skipped, with a warning naming both).

    Cache hits are read here; the misses are extracted in this process
    (`workers=1`) or by a pool of `workers` processes, largest pack first so
    the last job to finish is a small one.
    """
    found = once_each(paths)
    paths = found.paths
    frames: list[pd.DataFrame | None] = [None] * len(paths)
    jobs: list[tuple[int, Path, str | None, bool]] = []
    for i, path in enumerate(paths):
        key = content_key(path, found.sha256.get(path)) if cache else None
        frame = pack_cache.get(key) if key else None
        if frame is not None:
            frames[i] = frame
        else:
            jobs.append((i, path, key, cache))
    if workers > 1 and len(jobs) > 1:
        jobs.sort(key=lambda job: -job[1].stat().st_size)
        with _pool(min(workers, len(jobs))) as pool:
            for i, result in pool.imap_unordered(_pack_frame_job, jobs, chunksize=1):
                frames[i] = _raise_error(result)
    else:
        with fewer_collections():
            for i, path, key, _ in jobs:
                frames[i] = pack_frame(path, key, cache=cache)
    return [f for f in frames if f is not None]


EXTRACTION_GC_THRESHOLD = 50_000  # allocations between young collections while extracting (Python's default: 700)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Extraction allocates millions of short-lived strings, tokens and matches and makes almost no cycles, so
    the garbage collector's frequent passes (each walking the imported modules' objects too) cost about a
    tenth of the time and free nothing.  Inside the block, what was alive before is moved out of its sight
    (`gc.freeze`) and young collections come less often; both are undone after, and cycles are still collected.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(EXTRACTION_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def once_each(paths: Sequence[Path]) -> Found:
    """The first file of each content, with its hash; each later file with the same bytes is logged as skipped."""
    found = distinct(Found(list(paths)))
    for line in found.skipped:
        _log.warning("skipped %s", line)
    return found


def _raise_error(result: pd.DataFrame | _Failure) -> pd.DataFrame:
    if isinstance(result, tuple):
        raise PackError(*result)
    return result


def _pool(workers: int) -> multiprocessing.pool.Pool:
    """A process pool; forked where the platform allows, so workers start with the loaders already imported.

    The specs are imported before the fork, so no worker pays for that again.  Each worker first moves
    what it inherited out of the garbage collector's sight (gc.freeze): otherwise every collection in
    every worker walks the parent's whole heap, touching (and so copying) its pages.
    """
    from loaders.specs import discover_specs

    discover_specs()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return context.Pool(workers, initializer=gc.freeze)
