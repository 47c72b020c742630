"""The ``*.gpb`` bundle file: a plain signed header and a payload only the recipient can read.

Layout::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (JSON, UTF-8)
    | ciphertext | Ed25519 signature (64 bytes) over magic, length and header

The header names the sender, the recipient, the sender's sequence number and the SHA-256 and
size of the ciphertext, so the signature covers the ciphertext without reading it; the
ciphertext is a libsodium sealed box (X25519 + XSalsa20-Poly1305) holding the
Zstandard-compressed payload. Reading checks the cheap things first: the header's signature
before the ciphertext is touched, then the ciphertext's digest a piece at a time, and only a
bundle that passed both is read whole and decrypted (a sealed box opens in one piece).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import struct
import uuid
from dataclasses import asdict, dataclass
from dataclasses import fields as dataclass_fields
from datetime import datetime
from pathlib import Path
from collections.abc import Callable
from typing import BinaryIO

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey
import zstandard

from app.errors import QT_TRANSLATE_NOOP, GatePostError

MAGIC = b"GPBUNDL1"
FORMAT = 2  # 1 held a zlib stream
SUFFIX = ".gpb"
PARTIAL = ".partial"
MAX_HEADER = 16 * 1024
MAX_BUNDLE = 2 * 1024**3
MAX_PAYLOAD = 8 * 1024**3
INFLATE_PIECE = 1024
"""Compressed bytes fed at a time: 1 KiB of Zstandard stands for at most 32 MiB."""
HASH_PIECE = 1024 * 1024
"""Ciphertext bytes hashed at a time: checking a bundle of any size holds no more of it."""
SIGNATURE = 64
KINDS = ("events", "receipt", "policy")
MAX_SEQUENCE = 2**53
"""Far beyond any real count, and within what every database and JSON reader holds exactly."""


class BundleRejected(GatePostError):
    """A bundle that cannot be imported; the message says why in one sentence."""


def damaged() -> BundleRejected:
    """The refusal of a bundle whose inner data is not what GatePost writes."""
    return BundleRejected(QT_TRANSLATE_NOOP("Errors", "The data inside the bundle is damaged or not what GatePost writes."))


def _unreadable() -> BundleRejected:
    return BundleRejected(QT_TRANSLATE_NOOP("Errors", "The file cannot be read."))


def _tampered() -> BundleRejected:
    return BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle's contents do not match its header."))


@dataclass(frozen=True)
class Header:
    format: int
    bundle_id: str
    kind: str
    sender_id: str
    sender_name: str
    sender_replica_id: str
    sender_key: str
    sender_sign_public: str
    sender_box_public: str
    """The sender's public keys (base64), so a new site can be trusted once its fingerprint is confirmed."""
    recipient_id: str
    recipient_key: str
    sequence: int
    created_at: str
    payload_sha256: str
    payload_size: int

    def encode(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True).encode()


@dataclass(frozen=True)
class Framing:
    """Where a bundle file's parts lie, read without its ciphertext: the bytes the signature
    covers (magic, length, header; the ciphertext starts right after them) and the signature."""

    path: Path
    signed: bytes
    signature: bytes


@dataclass(frozen=True)
class Sealed:
    """A bundle whose signature and ciphertext digest have been checked, not yet opened."""

    header: Header
    framing: Framing


def write_bundle(folder: Path, name: str, header_fields: dict[str, object], payload: bytes,
                 sign_secret: bytes, recipient_box_public: bytes,
                 before_rename: Callable[[Header], None] | None = None) -> tuple[Path, Header]:
    """Seal, sign and write a bundle durably: ``.partial``, flush, rename, read back, verify.
    ``before_rename(header)`` runs once the file is whole and before it takes its name (the
    sender commits the bundle's number there); if it fails, the file is removed."""
    packed = zstandard.ZstdCompressor(level=3, threads=-1).compress(payload)  # threads: one per core
    ciphertext = SealedBox(PublicKey(recipient_box_public)).encrypt(packed)
    header = Header(format=FORMAT, payload_sha256=hashlib.sha256(ciphertext).hexdigest(),
                    payload_size=len(ciphertext), **header_fields)  # type: ignore[arg-type]
    head = header.encode()
    signed = MAGIC + struct.pack(">I", len(head)) + head
    data = signed + ciphertext + SigningKey(sign_secret).sign(signed).signature
    target = folder / f"{name}{SUFFIX}"
    partial = folder / f"{name}{SUFFIX}{PARTIAL}"
    try:
        with open(partial, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if before_rename is not None:
            before_rename(header)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a failed write leaves nothing on the drive
        raise
    _fsync_folder(folder)
    if target.read_bytes() != data:
        target.unlink(missing_ok=True)
        raise BundleRejected(QT_TRANSLATE_NOOP(
            "Errors", "The bundle read back from the drive differs from what was written; use another drive."))
    return target, header


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def read_header(path: Path) -> tuple[Header, Framing]:
    """The header and where the file's parts lie, after the size and shape checks (no crypto
    yet). Reads the header and the signature only, whatever the file's size."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BUNDLE:
                raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The file is too large to be a bundle."))
            start = file.read(len(MAGIC) + 4)
            if size < len(MAGIC) + 4 + SIGNATURE or not start.startswith(MAGIC):
                raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "This is not a GatePost bundle."))
            (length,) = struct.unpack(">I", start[8:12])
            if length > MAX_HEADER or 12 + length + SIGNATURE > size:
                raise BundleRejected(QT_TRANSLATE_NOOP(
                    "Errors", "The bundle is damaged (its header is cut or too large)."))
            head = file.read(length)
            file.seek(size - SIGNATURE)
            signature = file.read(SIGNATURE)
    except OSError:
        raise _unreadable() from None
    if len(head) != length or len(signature) != SIGNATURE:  # the file shrank while being read
        raise _unreadable()
    try:
        fields = json.loads(head.decode("utf-8"))
    except (ValueError, RecursionError):
        fields = None
    if not isinstance(fields, dict) or set(fields) != set(_FIELDS):
        raise _unreadable_header()
    if fields["format"] != FORMAT or fields["kind"] not in KINDS:  # compared, not used: any type will do
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "This bundle was made by a different version of GatePost."))
    if not all(_FIELDS[name](value) for name, value in fields.items()):
        raise _unreadable_header()
    header = Header(**fields)
    if 12 + length + header.payload_size + SIGNATURE != size:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle is damaged (it is cut short or has extra bytes)."))
    return header, Framing(Path(path), start + head, signature)


def _unreadable_header() -> BundleRejected:
    return BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle is damaged (its header cannot be read)."))


def _is_int(low: int, high: int):
    return lambda value: type(value) is int and low <= value <= high


def _is_text(longest: int):
    """A name: no control characters and no lone surrogates (a full-width space is fine)."""
    return lambda value: type(value) is str and 0 < len(value) <= longest and not any(
        ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or 0xD800 <= ord(ch) < 0xE000 for ch in value)


def _is_uuid(value: object) -> bool:
    """A uuid as GatePost writes it (``str(uuid)``): one spelling only, so none can pass for another."""
    try:
        return type(value) is str and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_key(value: object) -> bool:
    """A public key as the header carries it: 32 bytes in standard base64."""
    try:
        return type(value) is str and len(value) == 44 and len(base64.b64decode(value, validate=True)) == 32
    except ValueError:
        return False


def _is_fingerprint(value: object) -> bool:
    return type(value) is str and re.fullmatch(r"\d{4}( \d{4}){4}", value) is not None


def _is_time(value: object) -> bool:
    try:
        return type(value) is str and len(value) <= 40 and datetime.fromisoformat(value) is not None
    except ValueError:
        return False


_FIELDS = {
    "format": _is_int(FORMAT, FORMAT), "kind": lambda value: value in KINDS, "bundle_id": _is_uuid,
    "sender_id": _is_uuid, "sender_name": _is_text(200), "sender_replica_id": _is_uuid, "sender_key": _is_fingerprint,
    "sender_sign_public": _is_key, "sender_box_public": _is_key, "recipient_id": _is_uuid,
    "recipient_key": _is_fingerprint, "sequence": _is_int(1, MAX_SEQUENCE), "created_at": _is_time,
    "payload_sha256": lambda value: type(value) is str and re.fullmatch(r"[0-9a-f]{64}", value) is not None,
    "payload_size": _is_int(0, MAX_BUNDLE),
}
"""Every header field and the test its value must pass before anything uses it: a wrong type
(a list for a name, 2**70 for a number) would fail deep inside the import, not as a refusal."""
assert set(_FIELDS) == {field.name for field in dataclass_fields(Header)}


def verify_signature(framing: Framing, sign_public: bytes) -> None:
    """The header is the sender's: nothing of the ciphertext is read."""
    try:
        VerifyKey(sign_public).verify(framing.signed, framing.signature)
    except CryptoError:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle's signature does not match its sender: it was changed or forged.")) from None


def verify(header: Header, framing: Framing, sign_public: bytes) -> Sealed:
    """Check the signature over the header, then the ciphertext against the digest it signs,
    hashing the file a piece at a time: a forged bundle of any size costs no memory."""
    verify_signature(framing, sign_public)
    digest, left = hashlib.sha256(), header.payload_size
    piece = memoryview(bytearray(HASH_PIECE))
    try:
        with open(framing.path, "rb", buffering=0) as file:
            file.seek(len(framing.signed))
            while left:
                got = file.readinto(piece[:min(left, HASH_PIECE)])
                if not got:  # the file shrank since its header was read
                    raise _tampered()
                digest.update(piece[:got])
                left -= got
    except OSError:
        raise _unreadable() from None
    if digest.hexdigest() != header.payload_sha256:
        raise _tampered()
    return Sealed(header, framing)


def open_payload(sealed: Sealed, box_secret: bytes, out: BinaryIO) -> None:
    """Decrypt a checked bundle, and decompress into ``out`` piece by piece.

    The ciphertext is read whole here (a sealed box opens in one piece), after its signature and
    digest were checked, so only a size its trusted sender signed is ever held; it is hashed
    again, for a file changed on the drive since it was checked."""
    header = sealed.header
    try:
        with open(sealed.framing.path, "rb") as file:
            file.seek(len(sealed.framing.signed))
            ciphertext = file.read(header.payload_size)
    except OSError:
        raise _unreadable() from None
    if len(ciphertext) != header.payload_size or hashlib.sha256(ciphertext).hexdigest() != header.payload_sha256:
        raise _tampered()
    try:
        compressed = SealedBox(PrivateKey(box_secret)).decrypt(ciphertext)
    except CryptoError:
        raise _undecryptable() from None
    del ciphertext  # inflating may take a while: hold one copy, not two
    inflate(compressed, out)


def inflate(compressed: bytes, out: BinaryIO) -> None:
    """Decompress into ``out`` piece by piece (a million rows inflate to half a gigabyte, never
    held in memory), refusing a payload that would grow beyond ``MAX_PAYLOAD``."""
    try:
        inflater, written, view = zstandard.ZstdDecompressor().decompressobj(), 0, memoryview(compressed)
        for start in range(0, len(view), INFLATE_PIECE):
            if inflater.eof:  # more after the end
                raise ValueError
            piece = inflater.decompress(view[start:start + INFLATE_PIECE])
            written += len(piece)
            if written > MAX_PAYLOAD:
                raise ValueError
            out.write(piece)
        if not inflater.eof or inflater.unused_data:  # cut short, or extra bytes in the last piece
            raise ValueError
    except (zstandard.ZstdError, ValueError):
        raise _undecryptable() from None
    except OSError as error:  # the disk is full, say
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
                             path=getattr(out, "name", ""), reason=error.strerror or "") from None


def _undecryptable() -> BundleRejected:
    return BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle cannot be decrypted with this computer's key."))
