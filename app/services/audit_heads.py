"""At the street office: each compound's audit-chain heads, as its bundles brought them.

A compound's computer sends its head (number of entries, last hash) in every bundle, with the
hash its log now has at every head it sent before. The office keeps each head; a later bundle
whose log is shorter than a kept head (cut off), or whose hash at a kept head's number differs
(written again, even with every hash recomputed), or which leaves a kept head out, marks the
compound: its past was rewritten. Heads are kept per computer (replica): each has its own log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.db.replica import code_of
from app.models import SyncKey, SyncState
from app.services.context import Actor, Role, authorize
from app.services.sync_state import set_state, state

REWRITTEN, TRUNCATED, UNCONFIRMED = "rewritten", "truncated", "unconfirmed"
_KEY = "audit_heads:"
"""``sync_state`` key prefix, then the compound's id: ``{replica hex: [[bundle, count, hash,
problem, received at], …]}``, the office's bookkeeping like its acknowledgements."""


def _valid(audit: Any) -> bool:
    return (isinstance(audit, dict) and isinstance(audit.get("count"), int) and isinstance(audit.get("hash"), str)
            and isinstance(audit.get("checkpoints", []), list)
            and all(isinstance(c, list) and len(c) == 2 and isinstance(c[0], int) and isinstance(c[1], str)
                    for c in audit.get("checkpoints", [])))


def record_head(session: Session, site_id: uuid.UUID, replica_id: uuid.UUID, sequence: int,
                audit: Any) -> str | None:
    """Keep the head a bundle brought and compare it with the ones kept; the problem, if any."""
    if not _valid(audit):
        return None  # a bundle from before the chain, or none sent
    count, head_hash = audit["count"], audit["hash"][:64]
    known = {c: h for c, h in audit.get("checkpoints", [])}
    known[count] = head_hash
    heads = dict(state(session, _KEY + site_id.hex, {}))
    kept = list(heads.get(replica_id.hex, []))
    problem = None
    for _bundle, kept_count, kept_hash, *_rest in kept:
        if kept_count > count:
            problem = TRUNCATED
        elif kept_count in known and known[kept_count] != kept_hash:
            problem = problem or REWRITTEN
        elif kept_count not in known and kept_count > 0:
            problem = problem or UNCONFIRMED
        if problem in (TRUNCATED, REWRITTEN):
            break
    heads[replica_id.hex] = [*kept, [sequence, count, head_hash, problem, clock.now().isoformat()]]
    set_state(session, _KEY + site_id.hex, heads)
    return problem


@dataclass(frozen=True)
class ChainView:
    site_id: str
    site: str
    computer: str
    """The computer's code (its replica id's last four hex digits)."""
    entries: int
    """Entries in its log as of its last bundle."""
    problem: str | None
    """The first problem met, if any: ``rewritten``, ``truncated`` or ``unconfirmed``."""
    bundle: int
    """The number of the bundle that showed it (else the last one)."""


def compound_chains(session: Session, actor: Actor) -> list[ChainView]:
    """Per compound and computer: its log's length as last reported, and whether it ever broke."""
    authorize(session, actor, Role.GUARD)
    names = dict(session.execute(select(SyncKey.owner_id, SyncKey.owner_name).where(SyncKey.role == "site")).all())
    views = []
    for key, value in session.execute(select(SyncState.key, SyncState.value).where(SyncState.key.startswith(_KEY))):
        site_id = uuid.UUID(key[len(_KEY):])
        for replica_hex, heads in value.items():
            broken = [h for h in heads if h[3]]
            bundle, count, _hash, problem, _at = broken[0] if broken else heads[-1]
            views.append(ChainView(str(site_id), names.get(site_id, str(site_id)), code_of(uuid.UUID(replica_hex)),
                                   heads[-1][1], problem, bundle))
    return sorted(views, key=lambda v: (v.site, v.computer))
