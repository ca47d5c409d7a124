"""The shared core of the HMAC verifiers: secrets held as pre-keyed HMAC states."""

from __future__ import annotations

import binascii
import hmac
from collections.abc import Sequence

from ._util import secret_list

__all__ = ["DEFAULT_TOLERANCE", "Keyed", "utf8_keys"]

DEFAULT_TOLERANCE = 300.0


class Keyed:
    """Holds secrets as pre-keyed HMAC states; never shows them in ``repr``."""

    scheme: str = ""

    def __init__(self, keys: Sequence[bytes]) -> None:
        self._keys: tuple[bytes, ...] = tuple(keys)
        self._bases: dict[str, tuple[hmac.HMAC, ...]] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} scheme={self.scheme!r} secrets={len(self._keys)}>"

    def _macs(self, prefix: bytes, body: bytes, digest: str) -> list[hmac.HMAC]:
        """One finished HMAC per secret over ``prefix + body`` (without copying body).
        The keyed inner/outer states are computed once and copied per request."""
        bases = self._bases.get(digest)
        if bases is None:
            bases = tuple(hmac.new(key, digestmod=digest) for key in self._keys)
            self._bases[digest] = bases
        macs = []
        for base in bases:
            mac = base.copy()
            if prefix:
                mac.update(prefix)
            mac.update(body)
            macs.append(mac)
        return macs

    def _match_hex(
        self, message: bytes, sent: Sequence[str], digest: str = "sha256", prefix: bytes = b""
    ) -> bool:
        found = False
        for mac in self._macs(prefix, message, digest):
            expected = mac.hexdigest()
            for candidate in sent:
                # No early exit: every pair is compared, in constant time each.
                found |= hmac.compare_digest(expected, candidate)
        return found

    def _match_b64(
        self, message: bytes, sent: Sequence[str], digest: str = "sha256", prefix: bytes = b""
    ) -> bool:
        found = False
        for mac in self._macs(prefix, message, digest):
            expected = binascii.b2a_base64(mac.digest(), newline=False).decode("ascii")
            for candidate in sent:
                found |= hmac.compare_digest(expected, candidate)
        return found


def utf8_keys(secrets: Sequence[str]) -> list[bytes]:
    return [s.encode("utf-8") for s in secret_list(secrets)]
