"""The merge rule: the same bundles in every order give the same tables; concurrent same-field
changes leave their losing value in ``sync_conflicts``; a tombstone beats a concurrent edit.

Concurrent changes need two replicas of one compound: a copy of a gate's database opened in
another folder takes a new replica id (``app/db/replica.py``), as a restored or cloned computer does.
"""

from __future__ import annotations

import itertools
import random
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.paths import DB_FILE_NAME, HUB_FILE_NAME
from app.db.engine import make_session_factory, sqlite_path, sqlite_url
from app.db.migrate import open_database
from app.models import Replica, Returnee, SyncConflict, Visit, WatchEntry
from app.services.returnees import end_observation, extend_observation
from app.services.sync_state import state
from app.services.visitors import register_visitor, sign_out_visitor
from app.services.watchlist import add_watch_entry, remove_watch_entry
from tests.sync.conftest import Gate, Hub, site_rows, visitor_form


def clone(gate: Gate, folder: Path) -> Gate:
    """The gate's database copied, with its replica marker, to another computer's folder."""
    gate.close()
    folder.mkdir()
    for name in (DB_FILE_NAME, f"{DB_FILE_NAME}.replica"):
        shutil.copyfile(gate.folder / name, folder / name)
    return Gate(f"{gate.name} (copy)", folder, gate.actor, make_session_factory(open_database(sqlite_url(folder))),
                gate.moment)


def _replica(gate: Gate) -> Any:
    with gate.sessions() as session:
        return session.scalars(select(Replica.id)).one()


def conflicts(hub: Hub) -> list[tuple[Any, ...]]:
    with hub.sessions() as session:
        return sorted((c.table_name, str(c.row_id), c.field, repr(c.kept), repr(c.lost), c.kept_revision,
                       c.lost_revision) for c in session.scalars(select(SyncConflict)))


@pytest.fixture
def concurrent(make_gates, make_hub, tmp_path: Path) -> tuple[Gate, Gate, Hub, list[Path], dict[str, Any]]:
    """Two replicas of one compound that changed the same rows without seeing each other:
    a visit signed out at both, a returnee ended at one and extended at the other, a watch
    entry removed at one and edited at the other. Four bundles: two from each replica."""
    (first,) = make_gates(1)
    hub = make_hub("sqlite", gates=[first])
    rng = random.Random(3)
    visit = first.call(lambda s, a: register_visitor(s, a, visitor_form(rng)))
    with first.sessions() as session:
        returnee = session.scalars(select(Returnee.id)).one()
        entry = session.scalars(select(WatchEntry.id)).one()
    first.export(tmp_path / "unused")  # after an export, a copy is told apart from the original
    second = clone(first, tmp_path / "clone")
    assert _replica(second) != _replica(first)
    with second.sessions() as session:
        assert state(session, "earlier_replicas") == [_replica(first).hex]

    # The copy's clock is five years ahead, and it changes less (lower counters): its later
    # wall-clock edits must still lose, since only counters order versions.
    first.work(rng, n=1)
    first.call(lambda s, a: sign_out_visitor(s, a, visit.id))
    first.call(lambda s, a: end_observation(s, a, returnee))
    second.moment = datetime(2031, 3, 2, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    second.call(lambda s, a: sign_out_visitor(s, a, visit.id))
    second.call(lambda s, a: extend_observation(s, a, returnee, 3))
    second.call(lambda s, a: remove_watch_entry(s, a, entry))
    a1, b1 = first.export(tmp_path / "a"), second.export(tmp_path / "b")
    first.call(lambda s, a: add_watch_entry(s, a, kind="plate", prefix="鄂A", label="武汉 (更新)",
                                            valid_from="2026-01-01"))
    first.work(rng, n=1)
    second.work(rng, n=1)
    a2, b2 = first.export(tmp_path / "a"), second.export(tmp_path / "b")
    return first, second, hub, [a1, a2, b1, b2], {"visit": visit.id, "returnee": returnee, "entry": entry}


def _fresh_copy(hub: Hub, folder: Path) -> Hub:
    hub.close()
    folder.mkdir()
    shutil.copyfile(sqlite_path(hub.engine), folder / HUB_FILE_NAME)
    url = sqlite_url(folder, HUB_FILE_NAME)
    return Hub(url, make_session_factory(open_database(url, hub=True)), hub.actor)


def test_every_order_gives_the_same_tables(concurrent, tmp_path: Path) -> None:
    first, second, hub, bundles, ids = concurrent
    outcomes = set()
    for n, order in enumerate(itertools.permutations(bundles)):
        copy = _fresh_copy(hub, tmp_path / f"order-{n}")
        results = copy.receive(*order)
        assert [r.status for r in results] == ["imported"] * 4, results
        outcomes.add((repr(site_rows(copy.engine, first.site_id)), tuple(conflicts(copy))))
        copy.close()
    assert len(outcomes) == 1
    # Importing everything again changes nothing.
    copy = _fresh_copy(hub, tmp_path / "twice")
    copy.receive(*bundles)
    once = (site_rows(copy.engine, first.site_id), conflicts(copy))
    assert [r.status for r in copy.receive(*reversed(bundles))] == ["already"] * 4
    assert (site_rows(copy.engine, first.site_id), conflicts(copy)) == once


def test_concurrent_edits_keep_the_loser_and_a_tombstone_wins(concurrent, tmp_path: Path) -> None:
    first, second, hub, bundles, ids = concurrent
    hub.receive(*bundles)
    with hub.sessions() as session:
        visit = session.get_one(Visit, ids["visit"])
        returnee = session.get_one(Returnee, ids["returnee"])
        entry = session.get_one(WatchEntry, ids["entry"])
        found = {(c.table_name, c.field): c for c in session.scalars(select(SyncConflict))}
    with first.sessions() as a, second.sessions() as b:
        versions = {name: (a.get_one(model, ids[key]), b.get_one(model, ids[key]))
                    for name, model, key in (("visit", Visit, "visit"), ("returnee", Returnee, "returnee"),
                                             ("entry", WatchEntry, "entry"))}

    def winner(name: str) -> Any:
        mine, theirs = versions[name]
        rank = lambda row: (row.deleted, row.rev_counter, row.rev_replica_id.hex)
        return max((mine, theirs), key=rank), min((mine, theirs), key=rank)

    kept, lost = winner("visit")
    assert visit.time_out == kept.time_out != lost.time_out
    assert kept.time_out.year == 2026 and lost.time_out.year == 2031  # the counter won, not the clock
    conflict = found["visits", "time_out"]
    assert conflict.kept_revision == f"{kept.rev_replica_id.hex}:{kept.rev_counter}"
    assert conflict.lost_revision == f"{lost.rev_replica_id.hex}:{lost.rev_counter}"
    assert str(lost.time_out.replace(tzinfo=None)) in str(conflict.lost)

    kept, lost = winner("returnee")
    assert (returnee.end_on, returnee.outcome) == (kept.end_on, kept.outcome)
    assert {("returnees", "end_on"), ("returnees", "outcome")} <= set(found)

    # The removal beats the edit made later elsewhere, whatever the counters say.
    assert entry.deleted is True
    mine, theirs = versions["entry"]
    assert (mine.deleted, theirs.deleted) == (False, True)
    assert found["watch_entries", "label"].lost == mine.label
    # A change that saw the version it replaced is no conflict: nothing about the checks.
    assert not [key for key in found if key[0] == "temperature_checks"]


def test_postgresql_merges_like_sqlite(concurrent, make_hub, tmp_path: Path) -> None:
    first, second, hub, bundles, ids = concurrent
    reference = _fresh_copy(hub, tmp_path / "reference")
    reference_start = make_hub("sqlite", like=reference)
    reference.receive(*bundles)
    expected = (site_rows(reference.engine, first.site_id), [c[:3] + c[5:] for c in conflicts(reference)])
    for order in (bundles, bundles[::-1], [bundles[2], bundles[0], bundles[3], bundles[1]]):
        pg = make_hub("postgresql", like=reference_start)
        results = pg.receive(*order)
        assert [getattr(r, "status", str(r)) for r in results] == ["imported"] * 4
        got = (site_rows(pg.engine, first.site_id), [c[:3] + c[5:] for c in conflicts(pg)])
        assert got == expected


def test_the_committee_reviews_the_conflicts(concurrent, qtbot, tmp_path: Path) -> None:
    from app.services.sync import list_conflicts
    from app.ui.conflicts_dialog import ConflictsDialog
    from app.ui.context import UiContext
    from app.ui.settings import ui_settings
    from app.ui.i18n import LanguageManager

    _first, _second, hub, bundles, _ids = concurrent
    hub.receive(*bundles)
    with hub.sessions() as session:
        actor = hub.actor
        listed = list_conflicts(session, actor)
    assert ("visits", "time_out") in {(c.table_name, c.field) for c in listed}
    languages = LanguageManager()
    languages.set_language("en")
    dialog = ConflictsDialog(UiContext(hub.sessions, actor, languages, ui_settings(tmp_path), tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(listed)
    languages.set_language("zh_CN")  # records and fields as the committee knows them, not table columns
    try:
        model = dialog.model
        shown = {(model.data(model.index(row, 1)).split()[0], model.data(model.index(row, 2)))
                 for row in range(model.rowCount())}
    finally:
        languages.set_language("en")  # Qt's translators are process-wide
    assert ("来访记录", "离开时间") in shown and ("返回人员", "结束日期") in shown
    assert not [text for pair in shown for text in pair if "_" in text or text.isascii()]
    dialog.reviewed_button.click()
    assert dialog.model.rowCount() == 0
    with hub.sessions() as session:
        assert list_conflicts(session, actor) == []


def test_conflicting_values_are_shown_readably_and_masked(make_hub) -> None:
    """Yes or no as ✓ or ✗, readings in degrees, personal numbers masked."""
    import uuid

    from app import clock
    from app.services.sync import list_conflicts

    hub = make_hub()
    with hub.sessions.begin() as session:
        for table_name, field, kept, lost in (
                ("temperature_checks", "is_fever", 1, 0), ("visits", "admitted", True, False),
                ("temperature_checks", "reading_dt", 364, 375),
                ("people", "phone", "+8613812348000", "+8613912345678"),
                ("people", "id_number", "11010519491231002X", "110105194912310037")):
            session.add(SyncConflict(table_name=table_name, row_id=uuid.uuid4(), field=field, kept=kept, lost=lost,
                                     kept_revision="b:2", lost_revision="a:1", at=clock.now(), reviewed=False))
    with hub.sessions() as session:
        shown = {c.field: (c.kept, c.lost) for c in list_conflicts(session, hub.actor)}
    assert shown == {"is_fever": ("✓", "✗"), "admitted": ("✓", "✗"), "reading_dt": ("36.4 °C", "37.5 °C"),
                     "phone": ("138****8000", "139****5678"), "id_number": ("110105********002X", "110105********0037")}


def test_mark_all_as_reviewed_marks_more_than_one_page(make_hub, qtbot, tmp_path: Path) -> None:
    """A page of the table is loaded at a time; the button marks every conflict, loaded or not."""
    import uuid

    from app import clock
    from app.services.sync import list_conflicts
    from app.ui.conflicts_dialog import ConflictsDialog
    from app.ui.context import UiContext
    from app.ui.i18n import LanguageManager
    from app.ui.settings import ui_settings

    hub = make_hub()
    with hub.sessions.begin() as session:
        actor = hub.actor
        session.add_all([SyncConflict(table_name="visits", row_id=uuid.uuid4(), field="purpose", kept="a", lost="b",
                                      kept_revision="b:2", lost_revision="a:1", at=clock.now(), reviewed=False)
                         for _ in range(450)])
    dialog = ConflictsDialog(UiContext(hub.sessions, actor, LanguageManager(), ui_settings(tmp_path), tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() < 450  # only the first page so far
    dialog.reviewed_button.click()
    with hub.sessions() as session:
        assert list_conflicts(session, actor) == []
