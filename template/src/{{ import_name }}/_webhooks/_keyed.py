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

    def _bases_for(self, digest: str) -> tuple[hmac.HMAC, ...]:
        """The keyed inner/outer states, computed once per digest and copied per request."""
        bases = self._bases.get(digest)
        if bases is None:
            bases = tuple(hmac.new(key, digestmod=digest) for key in self._keys)
            self._bases[digest] = bases
        return bases

    def _match_hex(
        self, message: bytes, sent: Sequence[str], digest: str = "sha256", prefix: bytes = b""
    ) -> bool:
        """Whether any secret's HMAC over ``prefix + message`` (not concatenated) is sent."""
        found = False
        for base in self._bases_for(digest):
            mac = base.copy()
            if prefix:
                mac.update(prefix)
            mac.update(message)
            expected = mac.hexdigest()
            for candidate in sent:
                # No early exit: every pair is compared, in constant time each.
                found |= hmac.compare_digest(expected, candidate)
        return found

    def _match_b64(
        self, message: bytes, sent: Sequence[str], digest: str = "sha256", prefix: bytes = b""
    ) -> bool:
        found = False
        for base in self._bases_for(digest):
            mac = base.copy()
            if prefix:
                mac.update(prefix)
            mac.update(message)
            expected = binascii.b2a_base64(mac.digest(), newline=False).decode("ascii")
            for candidate in sent:
                found |= hmac.compare_digest(expected, candidate)
        return found


def utf8_keys(secrets: Sequence[str]) -> list[bytes]:
    return [s.encode("utf-8") for s in secret_list(secrets)]
