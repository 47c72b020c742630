"""A damaged database in the window: the red bar at once, saves refused with the reason and the
form kept, and the restore from the bar, through the dialog, brings every resident back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db.health import READ_ONLY
from app.errors import DatabaseDamaged
from app.services.backups import back_up_database
from app.services.residents import list_residents
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from tests.ui.conftest import ROSTER

COURIER = 1  # the kind picker's second entry


def _damage_the_roster(ctx: UiContext) -> None:
    """The people table's first page overwritten, as a failing disk would leave it."""
    import sqlite3

    engine = ctx.sessions.kw["bind"]
    engine.dispose()
    path = Path(engine.url.database)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root, = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()
        size, = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    with open(path, "r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\x55" * size)


def test_a_damaged_database_is_read_only_and_restored_from_the_window(qtbot, ctx: UiContext) -> None:
    backup = ctx.call(back_up_database)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    bar = window.read_only_bar
    assert not bar.isVisible()

    _damage_the_roster(ctx)
    with pytest.raises(DatabaseDamaged):  # a page reads the roster: the file is found damaged
        ctx.call(list_residents)
    assert bar.isVisible() and bar.restore_button.isVisible()
    assert "damaged" in bar.label.text()

    page = window.gate_page
    page.kind_combo.setCurrentIndex(COURIER)
    qtbot.keyClicks(page.search, "SF courier")
    qtbot.keyClicks(page.temperature, "365")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.field_error.text() == READ_ONLY
    assert (page.search.text(), page.temperature.text()) == ("SF courier", "36.5")  # nothing typed is lost

    qtbot.mouseClick(bar.restore_button, Qt.MouseButton.LeftButton)
    dialog = bar.dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=30_000)
    assert dialog.chosen().path == str(backup) and dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert not bar.isVisible()
    assert window.signing_out  # everybody signs in again, every page read anew
    names = sorted(person.name for person in ctx.call(list_residents))
    assert names == sorted(line.split(",")[0] for line in ROSTER[1:])
    kept = [p.name for p in (backup.parent).iterdir()]
    assert any(name.endswith("-damaged.db") for name in kept)


def test_a_guard_sees_the_bar_without_the_restore(qtbot, ctx: UiContext) -> None:
    import dataclasses

    from app.db.health import mark_damaged
    from app.services.context import Role

    guard = UiContext(ctx.sessions, dataclasses.replace(ctx.actor, role=Role.GUARD), ctx.languages, ctx.settings,
                      ctx.data_dir)
    window = MainWindow(guard)
    qtbot.addWidget(window)
    window.show()
    mark_damaged(ctx.sessions.kw["bind"], "test")
    assert window.read_only_bar.isVisible() and not window.read_only_bar.restore_button.isVisible()
