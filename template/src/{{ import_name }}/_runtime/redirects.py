"""Redirect policy: which 3xx answers are followed, and where to."""

from __future__ import annotations

import httpx

__all__ = ["FOLLOWED_METHODS", "redirect_target"]

FOLLOWED_METHODS = frozenset({"GET", "HEAD"})
"""Only safe methods follow a redirect; replaying a POST body elsewhere is never safe."""


def redirect_target(
    method: str, current: httpx.URL, location: str | None, redirects: int, limit: int
) -> tuple[httpx.URL | None, str]:
    """``(url to follow, "")`` or ``(None, why not)``.

    Followed: GET/HEAD, a ``Location``, fewer than ``limit`` redirects so far, and the same
    origin (scheme, host, port), so the credentials the client attaches stay with the
    origin they were configured for. Any other redirect is refused, never stripped and
    followed: an API that moves across origins is a configuration change to make on
    purpose (``base_url``), not silently.
    """
    if method not in FOLLOWED_METHODS:
        return None, f"not following a redirect of {method}"
    if not location:
        return None, "redirect without a Location"
    if redirects >= limit:
        return None, f"more than {limit} redirects"
    try:
        target = current.join(location)
    except httpx.InvalidURL:
        return None, "redirect to an invalid Location"
    if (target.scheme, target.host, target.port) != (current.scheme, current.host, current.port):
        return None, "refusing a redirect to another origin"
    return target, ""
