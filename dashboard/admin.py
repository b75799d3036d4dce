"""The administrator token that guards adding packs: long enough, compared in constant time, guesses limited.

A short token or unlimited guesses would let anyone who can reach the server add packs by trying tokens, so
a token under MIN_TOKEN_CHARS keeps the Add a report page off (and `healthdash serve` refuses to start), and
a client with MAX_FAILURES wrong tokens within FAILURE_WINDOW_S is refused for LOCKOUT_S without its token
being compared.  Each failure is logged on one line with the client's address.  The limits are per process.
"""

from __future__ import annotations

import hmac
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable

TOKEN_ENV = "HEALTHDASH_ADMIN_TOKEN"
MIN_TOKEN_CHARS = 16
MAX_FAILURES = 5
FAILURE_WINDOW_S = 60.0
LOCKOUT_S = 600.0
MAX_CLIENTS = 10_000  # clients remembered at once, so a flood of addresses cannot grow memory without end

WRONG = "The administrator token is wrong"

log = logging.getLogger("healthdash")


def configured() -> str:
    """The token set in the environment ("" when none)."""
    return os.environ.get(TOKEN_ENV, "")


def token_problem() -> str | None:
    """Why the configured token cannot be used (too short), or None when it is unset or long enough."""
    token = configured()
    if token and len(token) < MIN_TOKEN_CHARS:
        return f"{TOKEN_ENV} is {len(token)} characters; use at least {MIN_TOKEN_CHARS} (a long random string)"
    return None


def enabled() -> bool:
    """Adding packs is on: a token is configured and long enough."""
    return bool(configured()) and token_problem() is None


def _bytes(text: str) -> bytes:
    """UTF-8 that also encodes lone surrogates (JSON can carry them), so comparing never raises."""
    return text.encode("utf-8", "surrogatepass")


def matches(given: object) -> bool:
    """The token given is the configured one, compared in constant time (hmac.compare_digest on bytes)."""
    if not enabled() or not isinstance(given, str):
        return False
    return hmac.compare_digest(_bytes(given), _bytes(configured()))


class Guesses:
    """Failed attempts per client: after MAX_FAILURES within FAILURE_WINDOW_S the client is locked out for LOCKOUT_S.

    Thread-safe (waitress answers requests on several threads).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}

    def wait(self, client: str) -> float:
        """Seconds the client is still locked out for (0 when it may try)."""
        with self._lock:
            left = self._locked_until.get(client, 0.0) - self._clock()
            if left <= 0:
                self._locked_until.pop(client, None)
                return 0.0
            return left

    def failed(self, client: str) -> int:
        """Record a failure; the client's failures in the window (MAX_FAILURES or more: now locked out)."""
        with self._lock:
            now = self._clock()
            recent = self._failures.setdefault(client, deque())
            recent.append(now)
            while recent and recent[0] <= now - FAILURE_WINDOW_S:
                recent.popleft()
            count = len(recent)
            if count >= MAX_FAILURES:
                self._locked_until[client] = now + LOCKOUT_S
                del self._failures[client]
            self._forget_old(now)
            return count

    def succeeded(self, client: str) -> None:
        """A right token clears the client's failures."""
        with self._lock:
            self._failures.pop(client, None)

    def _forget_old(self, now: float) -> None:
        if len(self._failures) + len(self._locked_until) <= MAX_CLIENTS:
            return
        self._failures = {c: f for c, f in self._failures.items() if f and f[-1] > now - FAILURE_WINDOW_S}
        self._locked_until = {c: t for c, t in self._locked_until.items() if t > now}
        while len(self._failures) > MAX_CLIENTS // 2:  # still a flood: forget the oldest first (dicts keep order)
            del self._failures[next(iter(self._failures))]


GUESSES = Guesses()


def refusal(given: object, client: str, guesses: Guesses | None = None) -> str | None:
    """None when the token given is right; otherwise why it is refused (wrong, or too many wrong ones).

    A locked-out client's token is not compared at all, and its further attempts are not logged (the lockout
    was, once), so a flood of guesses neither gets through nor fills the log.
    """
    guesses = guesses or GUESSES
    wait = guesses.wait(client)
    if wait:
        return f"Too many wrong tokens from your address: try again in {max(1, round(wait / 60))} minutes"
    if matches(given):
        guesses.succeeded(client)
        return None
    count = guesses.failed(client)
    if count >= MAX_FAILURES:
        log.warning(
            "admin token refused from %s: %d wrong in %.0f s, further attempts refused for %.0f s",
            client,
            count,
            FAILURE_WINDOW_S,
            LOCKOUT_S,
        )
        return f"{WRONG}, and too many were wrong: try again in {round(LOCKOUT_S / 60)} minutes"
    log.warning("admin token refused from %s (%d wrong in the last %.0f s)", client, count, FAILURE_WINDOW_S)
    return WRONG
