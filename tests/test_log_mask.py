"""The log mask: every kind of personal number is hidden, ordinary log text stays readable."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.log import configure, describe_failure, mask_text
from tests.helpers import resident_id

DOCUMENTS = {
    "passport": "E12345678",
    "new passport": "EA1234567",
    "old passport": "G12345678",
    "Hong Kong and Macao permit": "C12345678",
    "Home Return Permit": "H1234567890",
    "Macao Home Return Permit": "M12345678",
    "Taiwan travel permit": "L12345678",
    "Taiwan compatriot permit": "12345678",
    "Taiwan ID": "A123456789",
    "Hong Kong ID": "A123456(7)",
    "Macao ID": "1234567(8)",
    "foreign permanent residence ID (old)": "USA123456789012",
    "foreign permanent residence ID": "911234198001011230",
    "first-generation ID": "110105800101123",
    "bank card": "6222021234567890123",
}
LANDLINES = ["010-12345678", "021-8765432", "0755 1234 5678", "0755-12345678", "(0755) 1234 5678",
             "+86 10 1234 5678", "+86-755-12345678", "0086 10 1234 5678", "+852 2345 6789"]


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_document_numbers_are_masked(kind: str) -> None:
    number = DOCUMENTS[kind]
    masked = mask_text(f"visitor showed {number}, let in")
    digits = "".join(c for c in number if c.isdigit())
    assert number not in masked and digits[-6:] not in masked, masked
    assert masked.startswith("visitor showed ") and masked.endswith(", let in")


@pytest.mark.parametrize("landline", LANDLINES)
def test_landlines_are_masked(landline: str) -> None:
    masked = mask_text(f"host household phone {landline}.")
    subscriber = "".join(c for c in landline if c.isdigit())[-8:]
    assert not any(part in masked for part in (subscriber[:4], subscriber[-4:])), masked
    assert masked.startswith("host household phone ") and masked.endswith(".")


def test_mobiles_with_spaces_and_dashes_keep_operator_and_last_four() -> None:
    for written in ("13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678"):
        assert mask_text(f"phone {written}") == "phone 138****5678"


def test_ordinary_log_text_stays_readable() -> None:
    """Record ids, digests, timestamps, fingerprints, revisions and counts name no one."""
    text = ("visit 0190a1b2-1234-7abc-8def-123456789012 row 0190a1b212347abc8def123456789012 "
            "backup gatepost-20260302T100000Z-before-upgrade-from-0004.db at 2026-03-02 10:00:00,123 "
            "(10:00:00.123456) took 0.254321 s; 1000 rows, 1,000,000 bytes; schema 0009; "
            "fingerprint 1234 0567 8901 2345 6789; sha256 utf8 x86_64 ix_audit_log_revision; "
            "page 12 of 30; 36.6 °C")
    id_number = resident_id()
    assert (mask_text(f"{text}; {id_number} E12345678 0755 1234 5678")
            == f"{text}; {id_number[:6]}********{id_number[-4:]} ********* **** **** ****")


def test_a_uuid_does_not_hide_a_number_beside_it() -> None:
    masked = mask_text("0190a1b2-1234-7abc-8def-123456789012/E12345678")
    assert masked == "0190a1b2-1234-7abc-8def-123456789012/*********"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = configure(tmp_path)
    yield path
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def test_tracebacks_in_the_log_are_masked(log_file: Path) -> None:
    """The exception's text, the exceptions it came from, and ``stack_info`` alike."""
    passport, landline = "E12345678", "0755-12345678"
    log = logging.getLogger("gatepost.test")
    try:
        try:
            raise KeyError(f"passport {passport}")
        except KeyError as error:
            raise ValueError(f"host {landline}") from error
    except ValueError:
        log.exception("failed for %s", "H1234567890")
    log.warning("looked up %s", "A123456(7)", stack_info=True)
    content = log_file.read_text(encoding="utf-8")
    assert "KeyError" in content and "ValueError" in content and "Stack (most recent call last)" in content
    for number in (passport, "12345678", "H1234567890", "A123456(7)"):
        assert number not in content


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_the_log_file_is_its_owners_only(log_file: Path) -> None:
    logging.getLogger("gatepost.test").warning("started")
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_a_failure_is_described_without_its_messages() -> None:
    """A message can quote a name, which no mask recognises; the kind and the place remain."""
    name = "".join(["张", "三"])  # the traceback shows source lines: none holds the name whole
    message = " ".join(["could not save", name])
    try:
        try:
            raise UnicodeDecodeError("utf-8", name.encode(), 0, 1, "bad byte")
        except UnicodeDecodeError as error:
            raise RuntimeError(message) from error
    except RuntimeError as error:
        text = describe_failure(error)
    assert name not in text and message not in text
    assert text.index("builtins.UnicodeDecodeError") < text.index("builtins.RuntimeError")
    assert "test_a_failure_is_described_without_its_messages" in text
