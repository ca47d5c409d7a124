"""What an inbox row is, shared by every store: statuses, the stored event, SQL columns.

``claimable_sql`` writes the statuses as literals (they come from :data:`STATUSES` only):
a planner can then prove the "live rows" partial index applies, even in a generic plan.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ADDED_COLUMNS",
    "COLUMNS",
    "DEAD",
    "DONE",
    "FAILED",
    "LIVE",
    "PENDING",
    "PROCESSING",
    "STATUSES",
    "StoredEvent",
    "claimable_sql",
    "from_row",
    "insert_params",
]

PENDING = "pending"
PROCESSING = "processing"
DONE = "done"
FAILED = "failed"
DEAD = "dead"
STATUSES = (PENDING, PROCESSING, DONE, FAILED, DEAD)
# Rows a drain may still have to run: what the partial "due" index covers.
LIVE = (PENDING, FAILED, PROCESSING)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    provider: str
    event_id: str
    event_type: str
    status: str
    body: bytes = field(repr=False)
    headers: dict[str, str] = field(repr=False)
    received_at: float
    updated_at: float
    attempts: int
    error: str | None
    lease_token: str | None = field(default=None, repr=False)
    lease_until: float | None = None
    next_attempt_at: float | None = None
    traceback: str | None = field(default=None, repr=False)


COLUMNS = (
    "provider, event_id, event_type, status, body, headers, received_at, updated_at, "
    "attempts, error, lease_token, lease_until, next_attempt_at, traceback"
)
# Added after the first release: an older inbox table gains them when it is opened.
ADDED_COLUMNS = (("next_attempt_at", "REAL"), ("traceback", "TEXT"))


def from_row(row: Sequence[Any]) -> StoredEvent:
    return StoredEvent(
        provider=row[0],
        event_id=row[1],
        event_type=row[2],
        status=row[3],
        body=bytes(row[4]),
        headers=json.loads(row[5]),
        received_at=float(row[6]),
        updated_at=float(row[7]),
        attempts=int(row[8]),
        error=row[9],
        lease_token=row[10],
        lease_until=None if row[11] is None else float(row[11]),
        next_attempt_at=None if row[12] is None else float(row[12]),
        traceback=row[13],
    )


def insert_params(
    event: StoredEvent, token: str | None, lease_until: float | None
) -> tuple[Any, ...]:
    """The ``COLUMNS`` values of a new row; with ``token`` it is inserted claimed."""
    return (
        event.provider,
        event.event_id,
        event.event_type,
        PROCESSING if token else event.status,
        event.body,
        json.dumps(event.headers),
        event.received_at,
        event.updated_at,
        1 if token else 0,
        None,
        token,
        lease_until,
        None,
        None,
    )


def _literals(statuses: Sequence[str]) -> str:
    unknown = set(statuses) - set(STATUSES)
    if unknown:
        raise ValueError(f"unknown inbox status: {sorted(unknown)}")
    return ", ".join(f"'{s}'" for s in statuses) or "NULL"


def claimable_sql(ph: str, statuses: Sequence[str]) -> str:
    """Claimable rows (``statuses`` due, or ``processing`` past its lease); the
    parameters are ``now, now``. The leading ``status IN (LIVE)`` lets an ordered scan
    of the partial index on live rows stop after ``LIMIT`` rows."""
    due = f"(next_attempt_at IS NULL OR next_attempt_at <= {ph})"
    return (
        f"(status IN ({_literals(LIVE)}) AND ("
        f"(status IN ({_literals(statuses)}) AND {due}) "
        f"OR (status = 'processing' AND lease_until < {ph})))"
    )
