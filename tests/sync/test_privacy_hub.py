"""Erasure and the retention purge reaching the street office, on SQLite and PostgreSQL hubs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import DayTotal, Person, TemperatureCheck
from app.services.erasure import erase_person
from app.services.hub_retention import purge_office
from app.services.reports import daily_figures
from app.services.retention import purge_expired
from tests.helpers import START
from tests.sync.conftest import HUBS, at


@pytest.mark.parametrize("kind", HUBS)
def test_erasure_and_purge_reach_the_hub(kind: str, make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub(kind, gates=[gate])
    site = str(gate.site_id)
    assert [r.status for r in hub.receive(gate.export(tmp_path / "one"))] == ["imported"]
    before = hub.sites()[site].checks
    with gate.sessions() as session:
        person_id, theirs = session.execute(
            select(TemperatureCheck.person_id, func.count()).where(TemperatureCheck.person_id.is_not(None))
            .group_by(TemperatureCheck.person_id).order_by(func.count().desc(), TemperatureCheck.person_id)
            .limit(1)).one()
        name = session.get(Person, person_id).name
    assert theirs > 0

    gate.call(lambda session, actor: erase_person(session, actor, person_id, "their request"))
    assert [r.status for r in hub.receive(gate.export(tmp_path / "two"))] == ["imported"]
    assert hub.sites()[site].checks == before - theirs
    with hub.sessions() as session:
        person = session.get(Person, person_id)
        assert person.deleted and person.name == "" and person.id_number is None
        assert session.scalar(select(func.count()).select_from(TemperatureCheck).where(
            TemperatureCheck.person_id == person_id, TemperatureCheck.deleted.is_(False))) == 0
        assert name not in {p.name for p in session.scalars(select(Person))}
        day = min(t for t in session.scalars(select(TemperatureCheck.taken_at).where(
            TemperatureCheck.deleted.is_(False)))).astimezone(START.tzinfo).date()
        figures = daily_figures(session, gate.site_id, day)

    # A month on, the gate purges; the office deletes the same records and keeps the day's counts.
    gate.moment = START + timedelta(days=30)
    with at(gate.moment):
        purged = purge_expired(gate.sessions, gate.actor)
    assert purged.counts["resident_checks"] == before - theirs - purged.counts["visitor_checks"] \
        - purged.counts["other_checks"]
    assert [r.status for r in hub.receive(gate.export(tmp_path / "three"))] == ["imported"]
    assert hub.sites()[site].checks == 0
    with hub.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TemperatureCheck)) == 0
        assert session.scalar(select(func.count()).select_from(DayTotal)) >= 1
        kept = daily_figures(session, gate.site_id, day)
    assert (kept.checks, kept.people, kept.admitted) == (figures.checks, figures.people, figures.admitted)
    assert kept.fever_rows.rows == ()


@pytest.mark.parametrize("kind", HUBS)
def test_the_office_applies_its_own_period(kind: str, make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub(kind, gates=[gate])
    assert [r.status for r in hub.receive(gate.export(tmp_path / "one"))] == ["imported"]
    checks = hub.sites()[str(gate.site_id)].checks
    with at(START + timedelta(days=60)):  # within the office's 90 days
        assert hub.call(purge_office, [gate.site_id])[str(gate.site_id)].total == 0
    with at(START + timedelta(days=93)):
        report = hub.call(purge_office, [gate.site_id])[str(gate.site_id)]
    assert report.counts["resident_checks"] + report.counts["visitor_checks"] + report.counts["other_checks"] == checks
    assert hub.sites()[str(gate.site_id)].checks == 0


def _rewrite_from(gate, seq: int) -> None:
    """Entry ``seq`` changed and every later hash computed again: the gate's chain holds."""
    from app.db.audit_chain import hash_at
    from app.domain.audit_chain import entry_hash

    with gate.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE audit_log SET action = 'user.enable' WHERE seq = {seq}")
        rows = connection.exec_driver_sql(
            "SELECT seq, id, created_at, created_by, origin_site_id, action, entity, entity_id, detail "
            f"FROM audit_log WHERE seq >= {seq} ORDER BY seq").fetchall()
        previous = hash_at(connection, seq - 1)
        for number, *fields in rows:
            row_hash = entry_hash(previous, number, *fields)
            connection.exec_driver_sql(f"UPDATE audit_log SET prev_hash = '{previous}', row_hash = '{row_hash}' "
                                       f"WHERE seq = {number}")
            previous = row_hash


@pytest.mark.parametrize("kind", HUBS)
def test_the_office_catches_a_gate_log_written_again_or_cut_short(kind: str, make_gates, make_hub,
                                                                  tmp_path: Path) -> None:
    from app.db.audit_chain import verify_chain
    from app.services.audit_heads import compound_chains
    from app.services.sync import own_public_key_file

    rewritten, shortened = make_gates(2)
    hub = make_hub(kind, gates=[rewritten, shortened])
    for n, gate in enumerate((rewritten, shortened)):
        assert [r.status for r in hub.receive(gate.export(tmp_path / f"first-{n}"))] == ["imported"]
        gate.call(own_public_key_file)  # an audited action between two bundles
        assert [r.status for r in hub.receive(gate.export(tmp_path / f"second-{n}"))] == ["imported"]
    assert [c.problem for c in hub.call(compound_chains)] == [None, None]

    _rewrite_from(rewritten, 2)
    with rewritten.engine.connect() as connection:
        assert verify_chain(connection).holds  # nothing at the gate itself shows it
    with shortened.engine.begin() as connection:
        top = connection.exec_driver_sql("SELECT max(seq) FROM audit_log").scalar()
        connection.exec_driver_sql(f"DELETE FROM audit_log WHERE seq > {top - 6}")
    for n, gate in enumerate((rewritten, shortened)):
        assert [r.status for r in hub.receive(gate.export(tmp_path / f"third-{n}"))] == ["imported"]
    problems = {c.site_id: c.problem for c in hub.call(compound_chains)}
    assert problems == {str(rewritten.site_id): "rewritten", str(shortened.site_id): "truncated"}
    assert {c.entries > 0 for c in hub.call(compound_chains)} == {True}


@pytest.mark.parametrize("kind", HUBS)
def test_the_office_wipes_its_hub(kind: str, make_gates, make_hub, tmp_path: Path) -> None:
    from sqlalchemy import inspect

    from app.db.engine import sqlite_path
    from app.errors import ValidationError
    from app.services.wipe import confirm_wipe, wipe_files

    (gate,) = make_gates(1)
    hub = make_hub(kind, gates=[gate])
    assert [r.status for r in hub.receive(gate.export(tmp_path / "one"))] == ["imported"]
    with pytest.raises(ValidationError):
        hub.call(confirm_wipe, "东湖")
    assert hub.call(confirm_wipe, "东湖街道") == "东湖街道"
    path = sqlite_path(hub.engine)
    gone = wipe_files(hub.engine)
    if path is None:
        assert inspect(hub.engine).get_table_names() == [] and "temperature_checks" in gone
    else:
        assert not path.exists() and not list(path.parent.glob(f"{path.name}*"))
