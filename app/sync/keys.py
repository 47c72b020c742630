"""Signing (Ed25519) and encryption (X25519) keys, their fingerprints and public key files.

A fingerprint is 20 digits in groups of four, so two people can compare it over the phone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass

from nacl.public import PrivateKey
from nacl.signing import SigningKey, VerifyKey

from app.errors import QT_TRANSLATE_NOOP, ValidationError

KEY_FILE_FORMAT = "gatepost-public-key/1"
MAX_KEY_FILE = 16 * 1024


@dataclass(frozen=True)
class PublicKeys:
    owner_id: uuid.UUID
    owner_name: str
    role: str  # "site" or "office"
    sign_public: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)


@dataclass(frozen=True)
class KeyPair:
    public: PublicKeys
    sign_secret: bytes
    box_secret: bytes


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    digest = hashlib.sha256(b"gatepost-key\0" + sign_public + box_public).digest()
    digits = f"{int.from_bytes(digest[:9], 'big') % 10**20:020d}"
    return " ".join(digits[i:i + 4] for i in range(0, 20, 4))


def new_key_pair(owner_id: uuid.UUID, owner_name: str, role: str) -> KeyPair:
    sign, box = SigningKey.generate(), PrivateKey.generate()
    public = PublicKeys(owner_id, owner_name, role, bytes(sign.verify_key), bytes(box.public_key))
    return KeyPair(public, bytes(sign), bytes(box))


def key_file(public: PublicKeys, sign_secret: bytes) -> bytes:
    """The public keys as a small JSON file, signed by their own signing key."""
    body = {"format": KEY_FILE_FORMAT, "owner_id": str(public.owner_id), "owner_name": public.owner_name,
            "role": public.role, "sign_public": _b64(public.sign_public), "box_public": _b64(public.box_public)}
    message = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
    body["self_signature"] = _b64(SigningKey(sign_secret).sign(message).signature)
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"


def read_key_file(data: bytes) -> PublicKeys:
    """Parse a public key file; anything malformed or not self-signed is refused."""
    bad = ValidationError("file", QT_TRANSLATE_NOOP("Errors", "This is not a GatePost public key file."))
    if len(data) > MAX_KEY_FILE:
        raise bad
    try:
        body = json.loads(data.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != KEY_FILE_FORMAT:
            raise bad
        signature = base64.b64decode(body.pop("self_signature"), validate=True)
        public = PublicKeys(uuid.UUID(body["owner_id"]), str(body["owner_name"])[:100], body["role"],
                            base64.b64decode(body["sign_public"], validate=True),
                            base64.b64decode(body["box_public"], validate=True))
        if public.role not in ("site", "office") or len(public.box_public) != 32:
            raise bad
        message = json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
        VerifyKey(public.sign_public).verify(message, signature)
    except ValidationError:
        raise
    except Exception:  # any parse or signature failure means the same thing to the user
        raise bad from None
    return public


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
