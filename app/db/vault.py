"""The database key, kept on disk only wrapped: one slot per user and one recovery slot.

The key is 256 random bits that SQLCipher takes raw (no key derivation per open). A user's slot
wraps it with the raw Argon2id output of their password, computed with the salt and costs of
their password hash: unwrapping the key and checking the password are one computation, and a
database upgraded from plain SQLite gets every user's slot from the hashes it already holds.
The recovery slot wraps it with a code printed once at setup, for the committee's safe.

The file beside the database holds salts, costs, the wrapped key, and the failed sign-ins
counted before the database can be opened (so a locked account stays locked across restarts);
user names appear in it only as keyed hashes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from nacl.exceptions import CryptoError
from nacl.secret import SecretBox

from app.domain.passwords import DISABLED, WRONG_PASSWORD
from app.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, GatePostError

FORMAT = 1
VAULT_SUFFIX = ".keys"
KEY_BYTES = 32
# Argon2id, above OWASP's minimum (19 MiB, 2 passes): about a quarter of a second on a 2-core
# laptop, paid once per sign-in. Each slot records its own costs, so they can be raised later.
TIME_COST, MEMORY_KIB, PARALLELISM = 3, 64 * 1024, 1
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 5, 5
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed back


@dataclass(frozen=True)
class Costs:
    salt: bytes
    time_cost: int = TIME_COST
    memory_kib: int = MEMORY_KIB
    parallelism: int = PARALLELISM

    def derive(self, secret: str) -> bytes:
        return hash_secret_raw(secret.encode(), self.salt, time_cost=self.time_cost,
                               memory_cost=self.memory_kib, parallelism=self.parallelism,
                               hash_len=KEY_BYTES, type=Type.ID)

    @classmethod
    def of_hash(cls, encoded: str) -> tuple[Costs, bytes]:
        """The costs and raw output recorded in an argon2-cffi ``$argon2id$…`` hash."""
        _, variant, _version, params, salt, raw = encoded.split("$")
        if variant != "argon2id":
            raise ValueError("not an Argon2id hash")
        values = dict(part.split("=") for part in params.split(","))
        return cls(_unpad(salt), int(values["t"]), int(values["m"]), int(values["p"])), _unpad(raw)


def _unpad(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    groups = ("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LEN))
              for _ in range(RECOVERY_GROUPS))
    return "-".join(groups)


def normalise_recovery_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def vault_path(database: Path) -> Path:
    return database.with_name(database.name + VAULT_SUFFIX)


class Vault:
    """The slots file of one database. Writes are atomic (a temporary file renamed over it)."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path, self._data = path, data

    @classmethod
    def load(cls, database: Path) -> Vault | None:
        path = vault_path(database)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            raise GatePostError(QT_TRANSLATE_NOOP(
                "Errors", "The key file beside the database is damaged; restore it from a backup.")) from None
        if data.get("format") != FORMAT:
            raise GatePostError(QT_TRANSLATE_NOOP(
                "Errors", "The key file was written by a newer GatePost; install that version."))
        return cls(path, data)

    @classmethod
    def create(cls, database: Path, key: bytes, recovery_code: str) -> Vault:
        vault = cls(vault_path(database), {"format": FORMAT, "name_salt": _b64(os.urandom(16)),
                                           "slots": {}})
        costs = Costs(os.urandom(16))
        vault._seal("recovery", costs, costs.derive(normalise_recovery_code(recovery_code)), key)
        return vault

    # --- slots ---------------------------------------------------------------------------------

    def _slot_id(self, username: str) -> str:
        return hashlib.blake2b(username.encode(), digest_size=16,
                               key=base64.b64decode(self._data["name_salt"])).hexdigest()

    def _seal(self, slot_id: str, costs: Costs, wrapping: bytes, key: bytes) -> None:
        old = self._data["slots"].get(slot_id, {})
        self._data["slots"][slot_id] = {
            "costs": {"salt": _b64(costs.salt), "t": costs.time_cost, "m": costs.memory_kib,
                      "p": costs.parallelism},
            "box": _b64(SecretBox(wrapping).encrypt(key)),
            "lock": old.get("lock", {}),
        }

    def _costs(self, slot_id: str) -> Costs | None:
        slot = self._data["slots"].get(slot_id)
        if slot is None or "costs" not in slot:
            return None
        c = slot["costs"]
        return Costs(base64.b64decode(c["salt"]), c["t"], c["m"], c["p"])

    def _open(self, slot_id: str, wrapping: bytes) -> bytes | None:
        try:
            return SecretBox(wrapping).decrypt(base64.b64decode(self._data["slots"][slot_id]["box"]))
        except CryptoError:
            return None

    def store(self, username: str, password_hash: str, key: bytes) -> None:
        """Wrap ``key`` for a user, with the raw output of their (new) password hash."""
        costs, raw = Costs.of_hash(password_hash)
        self._seal(self._slot_id(username), costs, raw, key)

    def remove(self, username: str) -> None:
        """A disabled account: its slot no longer wraps the key (the database keeps the hash
        that wraps it again when the account is enabled)."""
        slot = self._data["slots"].get(self._slot_id(username))
        if slot is not None:
            self._data["slots"][self._slot_id(username)] = {"disabled": True, "lock": slot.get("lock", {})}

    def has_users(self) -> bool:
        """False until the setup has wrapped the key for its first account."""
        return any(slot_id != "recovery" and "box" in slot for slot_id, slot in self._data["slots"].items())

    def has(self, username: str) -> bool:
        return self._slot_id(username) in self._data["slots"]

    def unwrap(self, username: str, password: str) -> tuple[bytes, bytes]:
        """The database key and the password's raw hash (to compare with the stored hash)."""
        slot_id = self._slot_id(username)
        costs = self._costs(slot_id)
        raw = (costs or Costs(os.urandom(16))).derive(password)  # the same time either way
        if self._data["slots"].get(slot_id, {}).get("disabled"):
            raise AuthenticationFailed(DISABLED)
        key = self._open(slot_id, raw) if costs else None
        if key is None:
            raise AuthenticationFailed(WRONG_PASSWORD)
        return key, raw

    def recover(self, code: str) -> bytes:
        costs = self._costs("recovery")
        key = self._open("recovery", costs.derive(normalise_recovery_code(code))) if costs else None
        if key is None:
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "The recovery code is wrong."))
        return key

    # --- failed sign-ins counted before the database is open ------------------------------------

    def lock_state(self, username: str) -> dict[str, Any]:
        """What the lockout rule keeps for a user (failures, lockouts, until when)."""
        return dict(self._data["slots"].get(self._slot_id(username), {}).get("lock", {}))

    def set_lock_state(self, username: str, state: dict[str, Any]) -> None:
        slot = self._data["slots"].get(self._slot_id(username))
        if slot is not None:
            slot["lock"] = state

    def note(self, username: str, event: str, at: datetime) -> None:
        """An event for the audit log, kept here until the database is next opened."""
        self._data.setdefault("events", []).append(
            {"slot": self._slot_id(username), "event": event, "at": at.isoformat()})

    def take_notes(self, usernames: list[str]) -> list[tuple[str, str, datetime]]:
        """The events noted for these users, as (username, event, when); all others dropped."""
        names = {self._slot_id(name): name for name in usernames}
        return [(names[n["slot"]], n["event"], datetime.fromisoformat(n["at"]))
                for n in self._data.pop("events", []) if n["slot"] in names]

    # --- the audit chain's head, kept outside the database -------------------------------------

    def audit_head(self) -> tuple[int, str] | None:
        """The audit log's head when an audited change last committed: the log must still
        hold that entry (``app.db.audit_chain.verify_chain``), so cutting its end off shows."""
        head = self._data.get("audit_head")
        return (int(head["count"]), str(head["hash"])) if head else None

    def set_audit_head(self, count: int, row_hash: str) -> None:
        """Only ever forward: a log that lost entries stays caught."""
        if count >= (self.audit_head() or (0, ""))[0]:
            self._data["audit_head"] = {"count": count, "hash": row_hash}

    # --- the file ------------------------------------------------------------------------------

    def save(self) -> None:
        write_private(self.path, json.dumps(self._data, indent=1).encode())


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only, atomically and durably."""
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


# --- the open database's vault: slots follow the accounts, written once the change commits -------


def attach(sessions: Any, vault: Vault, key: bytes) -> None:
    """Let the sessions of an encrypted database keep its vault's slots up to date."""
    from sqlalchemy import event

    sessions.kw["info"] = {**sessions.kw.get("info", {}), "vault": (vault, key)}
    if not event.contains(sessions, "after_commit", _apply):
        event.listen(sessions, "after_commit", _apply)
        event.listen(sessions, "after_soft_rollback", _forget)


def stage_password(session: Any, username: str, password_hash: str) -> None:
    """A user's (new) password hash: their slot is wrapped when the transaction commits."""
    if "vault" in session.info:
        session.info.setdefault("slots", []).append((username, password_hash))


def stage_removal(session: Any, username: str) -> None:
    """A disabled user's slot goes when the transaction commits (``stage_password`` with the
    hash the database keeps brings it back)."""
    if "vault" in session.info:
        session.info.setdefault("slots", []).append((username, None))


def _apply(session: Any) -> None:
    from app.models.audit import LINKED

    staged = session.info.pop("slots", [])
    head = session.info.pop(LINKED, None)
    if staged or head:
        vault, key = session.info["vault"]
        for username, password_hash in staged:
            if password_hash is None:
                vault.remove(username)
            else:
                vault.store(username, password_hash, key)
        if head:
            vault.set_audit_head(*head)
        vault.save()


def _forget(session: Any, previous_transaction: Any) -> None:
    session.info.pop("slots", None)
