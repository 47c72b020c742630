"""The privacy notice says how long records are kept: the compound's current ``retention_days``."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.services.context import Actor
from app.services.notices import notice_pdf
from app.services.policy import set_policy


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "notice.pdf"
    path.write_bytes(data)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_the_privacy_notice_tells_the_current_period(sessions: sessionmaker[Session], admin: Actor,
                                                      tmp_path: Path) -> None:
    with sessions.begin() as session:
        set_policy(session, admin, "retention_days", "14")
        data = notice_pdf(session, admin, "privacy", ["en", "zh_CN"], layout="pages")
    text = _text(data, tmp_path)
    assert "deleted 14 days after the day they are made" in text
    assert "保存14天后删除" in text.replace(" ", "")
    assert "阳光社区居委会 is responsible for this information" in text
    assert "{" not in text
