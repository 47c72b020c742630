"""Personal numbers never reach the log file, even when code slips."""

from __future__ import annotations

import logging
from pathlib import Path

from app.log import configure, mask_text
from tests.helpers import resident_id


def test_mask_text_masks_ids_and_mobiles_only() -> None:
    number = resident_id("19800101")
    text = f"id {number} phone 13812348000 check 366 pass 00012 visit 2026-03-02"
    masked = mask_text(text)
    assert number not in masked and "13812348000" not in masked
    assert f"{number[:6]}********{number[-4:]}" in masked and "138****8000" in masked
    assert "check 366 pass 00012 visit 2026-03-02" in masked
    assert "13812348000" not in mask_text("stored as +8613812348000")  # E.164, as kept in the database


def test_log_file_holds_masked_messages_and_tracebacks(tmp_path: Path) -> None:
    number = resident_id("19900101")
    path = configure(tmp_path)
    log = logging.getLogger("gatepost.test")
    try:
        log.warning("looked up %s", number)
        try:
            raise ValueError(f"bad {number} / 13900001111")
        except ValueError:
            log.exception("failed")
    finally:
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", None) == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()
    content = path.read_text(encoding="utf-8")
    assert "looked up" in content and "ValueError" in content
    assert number not in content and "13900001111" not in content
