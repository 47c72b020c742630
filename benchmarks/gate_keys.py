"""Keys a guard presses and the machine's time per person, scripted on the real gate page.

Every key is counted as the guard would press it: a typed pass number is five keys, not one
scan. The machine time is the script's wall time: the page does its work between keys (there
is no waiting in it: Enter runs a pending lookup at once). The baseline is the same work by
calling the services directly, in one transaction each, without the page.
"""

from __future__ import annotations

import gc
import random
from dataclasses import replace
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from benchmarks.__main__ import Figure
from app.models import Person, Visit
from app.services.checks import CheckForm, record_check
from app.services.lookup import lookup
from app.services.returnees import record_exit_attempt
from app.services.visitors import previous_visit_form, register_visitor

ROUNDS = 40


class Keys:
    """Presses keys on widgets and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def type(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)
        self.count += len(text)

    def press(self, widget: QWidget, key: Qt.Key) -> None:
        QTest.keyClick(widget, key)
        self.count += 1


def _page(sessions, actor):
    from app.ui.context import UiContext
    from app.ui.gate_page import GatePage
    from app.ui.i18n import LanguageManager
    from app.ui.settings import ui_settings

    languages = LanguageManager()
    languages.set_language("zh_CN")
    ctx = UiContext(sessions, actor, languages, ui_settings(Path(tempfile.mkdtemp())), Path("."))
    page = GatePage(ctx)
    page.resize(1366, 700)
    page.show()
    return page


def _resident(page, pass_no: str) -> int:
    keys = Keys()
    page.focus_entry()
    keys.type(page.search, pass_no)
    keys.press(page.search, Qt.Key.Key_Return)
    keys.type(page.temperature, "366")
    keys.press(page.temperature, Qt.Key.Key_Return)
    assert page.banner.property("state") in ("ok", "fever"), page.banner.text()
    return keys.count


def _returning_visitor(page, id_number: str) -> int:
    """The ID card scanned (one key: the scanner's Enter); the form opens on the temperature.
    (Typing the ID's last four digits finds ~20 visitors among 200k visits, and pass numbers
    starting with them: the guard then picks from the list.)"""
    from app.ui.visitor_dialog import VisitorDialog

    keys = Keys()

    def fill(dialog: VisitorDialog) -> int:
        assert dialog.focusWidget() is dialog.temperature
        keys.type(dialog.temperature, "365")
        keys.press(dialog.temperature, Qt.Key.Key_Return)
        assert dialog.visit is not None, dialog.error.text()
        return dialog.result()

    VisitorDialog.exec = fill  # type: ignore[method-assign]
    page.focus_entry()
    QTest.keyClicks(page.search, id_number)  # the scanner's characters: one key, its Enter below
    keys.press(page.search, Qt.Key.Key_Return)
    assert page.banner.property("state") in ("ok", "warn"), page.banner.text()
    return keys.count


def _new_visitor(page, id_number: str) -> int:
    """An ID card scanned at the gate (one key: the scanner's), then the rest typed."""
    from app.ui.visitor_dialog import VisitorDialog

    keys = Keys()

    def fill(dialog: VisitorDialog) -> int:
        for widget, text in ((dialog.name, "Wang"), (dialog.phone, "13800138000"),
                             (dialog.host, "1-1-101"), (dialog.temperature, "365")):
            assert dialog.focusWidget() is widget, dialog.focusWidget()
            keys.type(widget, text)
            keys.press(widget, Qt.Key.Key_Return)
        assert dialog.visit is not None, dialog.error.text()
        return dialog.result()

    VisitorDialog.exec = fill  # type: ignore[method-assign]
    page.focus_entry()
    QTest.keyClicks(page.search, id_number)
    keys.press(page.search, Qt.Key.Key_Return)  # the scanner's own Enter: the scan is one key
    return keys.count


def _stranger(session, actor) -> str:
    """A resident ID never seen here (each run registers the one it used)."""
    from stdnum.cn import ric

    while True:
        body = f"1101051990{random.randrange(1, 13):02d}{random.randrange(1, 29):02d}{random.randrange(1000):03d}"
        number = body + ric.calc_check_digit(body + "0")
        if not lookup(session, actor, number):
            return number


def figures(sessions, actor) -> list[Figure]:

    QApplication.instance() or QApplication([])
    with sessions() as session:
        passes = list(session.scalars(select(Person.pass_no).where(
            Person.pass_no.is_not(None)).order_by(Person.pass_no).limit(ROUNDS)))
        visitors = session.execute(select(Visit.id, Visit.id_number, Visit.name).where(
            Visit.id_type == "resident_id").order_by(Visit.time_in.desc()).limit(ROUNDS)).all()
        people = list(session.scalars(select(Person.id).order_by(Person.pass_no).limit(ROUNDS)))
    scanned = [number for _id, number, _name in visitors]
    visits = [visit_id for visit_id, _number, _name in visitors]
    page = _page(sessions, actor)
    gate = page.gate_combo.currentData()
    rows = []
    rows = {}
    for label, run, inputs in (("resident", _resident, passes),
                               ("scanned visitor", _returning_visitor, scanned)):
        gc.collect()
        counts, times = [], []
        for text in inputs:
            started = time.perf_counter()
            counts.append(run(page, text))
            times.append((time.perf_counter() - started) * 1000)
        rows[label] = (max(counts), statistics.median(times))
    started = time.perf_counter()
    with sessions() as session:
        stranger = _stranger(session, actor)
    new_keys = _new_visitor(page, stranger)
    new_ms = (time.perf_counter() - started) * 1000

    # The same work without the page: lookup, exit check, save; one transaction each.
    direct = []
    for pass_no, person_id in zip(passes, people, strict=True):
        started = time.perf_counter()
        with sessions.begin() as session:
            lookup(session, actor, pass_no)
        with sessions.begin() as session:
            record_exit_attempt(session, actor, person_id, gate)
        with sessions.begin() as session:
            record_check(session, actor, CheckForm(reading="36.6", person_id=person_id, gate_id=gate))
        direct.append((time.perf_counter() - started) * 1000)
    direct_visits = []
    for number, visit_id in zip(scanned, visits, strict=True):
        started = time.perf_counter()
        with sessions.begin() as session:
            lookup(session, actor, number)
        with sessions.begin() as session:
            form = previous_visit_form(session, actor, visit_id)
        with sessions.begin() as session:
            register_visitor(session, actor, replace(form, temperature="36.5"))
        direct_visits.append((time.perf_counter() - started) * 1000)
    resident_keys, resident_ms = rows["resident"]
    scanned_keys, visitor_ms = rows["scanned visitor"]
    return [
        Figure("keys per resident (pass typed, reading)", resident_keys, "key", 10.0),
        Figure("machine time per resident at the gate, median", resident_ms, "ms", 50.0,
               statistics.median(direct), "services alone"),
        Figure("keys per returning visitor, ID card scanned", scanned_keys, "key", 15.0),
        Figure("machine time per returning visitor, median", visitor_ms, "ms", None,
               statistics.median(direct_visits), "services alone"),
        Figure("keys per new visitor, ID card scanned", new_keys, "key", 30.0),
        Figure("machine time for that new visitor (one run)", new_ms, "ms", None),
    ]

