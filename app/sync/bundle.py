"""The ``*.gpb`` bundle file: a plain signed header and a payload only the recipient can read.

Layout::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (JSON, UTF-8)
    | ciphertext | Ed25519 signature (64 bytes) over magic, length and header

The signature covers the ciphertext through its SHA-256 in the header, which keeps checking a
large bundle cheap.
The header names the sender, the recipient, the sender's sequence number and the SHA-256 of
the ciphertext; the ciphertext is a libsodium sealed box (X25519 + XSalsa20-Poly1305) holding
the Zstandard-compressed payload. Reading checks the cheap things first and decrypts last.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey
import zstandard

from app.errors import QT_TRANSLATE_NOOP, GatePostError

MAGIC = b"GPBUNDL1"
FORMAT = 2  # 1 held a zlib stream
SUFFIX = ".gpb"
MAX_HEADER = 16 * 1024
MAX_BUNDLE = 2 * 1024**3
MAX_PAYLOAD = 8 * 1024**3
INFLATE_PIECE = 1024
"""Compressed bytes fed at a time: 1 KiB of Zstandard stands for at most 32 MiB."""
SIGNATURE = 64
KINDS = ("events", "receipt", "policy")


class BundleRejected(GatePostError):
    """A bundle that cannot be imported; the message says why in one sentence."""


def damaged() -> BundleRejected:
    """The refusal of a bundle whose inner data is not what GatePost writes."""
    return BundleRejected(QT_TRANSLATE_NOOP("Errors", "The data inside the bundle is damaged or not what GatePost writes."))


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
class Sealed:
    """A bundle read from disk whose header and signature have been checked, not yet opened."""

    header: Header
    ciphertext: bytes


def write_bundle(folder: Path, name: str, header_fields: dict[str, object], payload: bytes,
                 sign_secret: bytes, recipient_box_public: bytes) -> tuple[Path, Header]:
    """Seal, sign and write a bundle durably: ``.partial``, flush, rename, read back, verify."""
    packed = zstandard.ZstdCompressor(level=3, threads=-1).compress(payload)  # threads: one per core
    ciphertext = SealedBox(PublicKey(recipient_box_public)).encrypt(packed)
    header = Header(format=FORMAT, payload_sha256=hashlib.sha256(ciphertext).hexdigest(),
                    payload_size=len(ciphertext), **header_fields)  # type: ignore[arg-type]
    head = header.encode()
    signed = MAGIC + struct.pack(">I", len(head)) + head
    data = signed + ciphertext + SigningKey(sign_secret).sign(signed).signature
    target = folder / f"{name}{SUFFIX}"
    partial = folder / f"{name}{SUFFIX}.partial"
    with open(partial, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, target)
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


def read_header(path: Path) -> tuple[Header, bytes]:
    """The header and the whole file, after the size and shape checks (no crypto yet)."""
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE:
            raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The file is too large to be a bundle."))
        data = path.read_bytes()
    except OSError:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The file cannot be read.")) from None
    if len(data) < len(MAGIC) + 4 + SIGNATURE or not data.startswith(MAGIC):
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "This is not a GatePost bundle."))
    (length,) = struct.unpack(">I", data[8:12])
    if length > MAX_HEADER or 12 + length + SIGNATURE > len(data):
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle is damaged (its header is cut or too large)."))
    try:
        fields = json.loads(data[12:12 + length].decode("utf-8"))
        header = Header(**fields)
        uuid.UUID(header.bundle_id), uuid.UUID(header.sender_id), uuid.UUID(header.recipient_id)
        uuid.UUID(header.sender_replica_id)
        if not (isinstance(header.sequence, int) and isinstance(header.payload_size, int)):
            raise TypeError
    except Exception:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle is damaged (its header cannot be read).")) from None
    if header.format != FORMAT or header.kind not in KINDS:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "This bundle was made by a different version of GatePost."))
    if 12 + length + header.payload_size + SIGNATURE != len(data):
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle is damaged (it is cut short or has extra bytes)."))
    return header, data


def verify(header: Header, data: bytes, sign_public: bytes) -> Sealed:
    """Check the signature and the payload hash; returns the ciphertext."""
    ciphertext, signature = data[-SIGNATURE - header.payload_size:-SIGNATURE], data[-SIGNATURE:]
    try:
        VerifyKey(sign_public).verify(data[:len(data) - SIGNATURE - header.payload_size], signature)
    except CryptoError:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle's signature does not match its sender: it was changed or forged.")) from None
    if hashlib.sha256(ciphertext).hexdigest() != header.payload_sha256:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle's contents do not match its header."))
    return Sealed(header, ciphertext)


def open_payload(sealed: Sealed, box_secret: bytes, out: BinaryIO) -> None:
    """Decrypt, and decompress into ``out`` piece by piece (a million rows inflate to half a
    gigabyte, never held in memory), refusing a payload that would grow beyond ``MAX_PAYLOAD``."""
    try:
        compressed = memoryview(SealedBox(PrivateKey(box_secret)).decrypt(sealed.ciphertext))
        inflater, written = zstandard.ZstdDecompressor().decompressobj(), 0
        for start in range(0, len(compressed), INFLATE_PIECE):
            if inflater.eof:  # more after the end
                raise ValueError
            piece = inflater.decompress(compressed[start:start + INFLATE_PIECE])
            written += len(piece)
            if written > MAX_PAYLOAD:
                raise ValueError
            out.write(piece)
        if not inflater.eof or inflater.unused_data:  # cut short, or extra bytes in the last piece
            raise ValueError
    except (CryptoError, zstandard.ZstdError, ValueError):
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle cannot be decrypted with this computer's key.")) from None
    except OSError as error:  # the disk is full, say
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
                             path=getattr(out, "name", ""), reason=error.strerror or "") from None
