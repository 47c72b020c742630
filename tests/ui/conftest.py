"""A signed-in UI context over a real database, in English unless a test switches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy.orm import Session, sessionmaker

from app.services.context import Actor
from app.services.residents import import_residents
from app.ui.context import UiContext
from app.ui.settings import ui_settings
from app.ui.i18n import LanguageManager
from tests.helpers import ENGLISH_HEADER, csv_bytes, resident_id

ROSTER = [
    ENGLISH_HEADER,
    f"张三,3,2,201,13812348000,resident_id,{resident_id('19491231', seq='002')},00001,elderly_alone",
    "李喆,3,2,202,,,,00002,",
    "佐藤 健,5,1,101,,passport,TZ1234567,00003,foreign:ja",
    "김민준,5,1,102,,passport,M12345678,00004,foreign:ko",
]


@pytest.fixture
def theme(qapp) -> Iterator[None]:
    """A test may apply a theme: the application's palette and style are put back after it."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")


@pytest.fixture
def ctx(sessions: sessionmaker[Session], admin: Actor, data_dir: Path,
        languages: LanguageManager) -> Iterator[UiContext]:
    with sessions.begin() as session:
        import_residents(session, admin, csv_bytes(ROSTER))
    yield UiContext(sessions, admin, languages, ui_settings(data_dir), data_dir)
    # Work in Qt's thread pool ends with its test, before the test's database goes away.
    assert QThreadPool.globalInstance().waitForDone(60_000)
