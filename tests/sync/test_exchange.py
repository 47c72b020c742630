"""Three compounds and a hub exchanging bundles the way sticks really travel: out of order,
twice, one lost, with gate clocks years apart; then every count and row at the hub is checked."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.db.replica import code_of, current_replica
from app.sync import merge
from app.sync.bundle import BundleRejected, read_header
from app.sync.exchange import Received
from tests.sync.conftest import HUBS, Gate, addressed_to, counts, file_bytes, schema, site_rows

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _imported(results: list) -> list[Received]:
    failed = [r for r in results if isinstance(r, BundleRejected)]
    assert not failed, [str(f) for f in failed]
    return results


def _deliver_receipts(hub, gates: list[Gate], folder: Path) -> None:
    receipts = hub.receipts(folder)
    for gate in gates:
        mine = addressed_to(receipts, gate)
        assert len(mine) == 1
        assert [r.status for r in gate.receive(*mine)] == ["imported"]


@pytest.mark.parametrize("kind", HUBS)
def test_three_gates_one_hub_in_any_order(kind: str, make_gates, make_hub, tmp_path: Path) -> None:
    rng = random.Random(5)
    gates = make_gates()
    hub = make_hub(kind, gates=gates)
    # Clocks years apart: nothing in the merge may depend on them.
    gates[0].moment = datetime(2019, 6, 1, 9, 0, tzinfo=SHANGHAI)
    gates[2].moment = datetime(2031, 1, 20, 9, 0, tzinfo=SHANGHAI)

    # Round 1: every gate works and exports; the hub imports in random order, one file twice.
    first = []
    for gate in gates:
        gate.work(rng)
        first.append(gate.export(tmp_path / "stick-1"))
    batch = first + [first[1]]
    rng.shuffle(batch)
    statuses = sorted(r.status for r in _imported(hub.receive(*batch)))
    assert statuses == ["already", "imported", "imported", "imported"]
    _deliver_receipts(hub, gates, tmp_path / "receipts-1")

    # Rounds 2 and 3: the second gate's round-2 stick is lost.
    second, third = [], []
    for gate in gates:
        gate.work(rng)
        second.append(gate.export(tmp_path / "stick-2"))
    for gate in gates:
        gate.work(rng)
        third.append(gate.export(tmp_path / "stick-3"))
    lost = second[1]
    assert read_header(lost)[0].sequence == 2
    assert gates[1].status().unacknowledged > 0
    batch = [second[0], second[2], *third, third[0], second[2]]
    rng.shuffle(batch)
    results = _imported(hub.receive(*batch))
    assert sorted(r.status for r in results).count("already") == 2
    _deliver_receipts(hub, gates, tmp_path / "receipts-2")

    # Every gate is fully acknowledged, and the hub holds exactly what the gates hold.
    for gate in gates:
        status = gate.status()
        assert status.unacknowledged == 0 and status.last_receipt is not None
    total = {label: sum(counts(g.engine, g.site_id)[label] for g in gates) for label in counts(hub.engine)}
    assert counts(hub.engine) == total
    assert all(value > 0 for value in total.values()), total
    for gate in gates:
        assert site_rows(hub.engine, gate.site_id) == site_rows(gate.engine, gate.site_id), gate.name

    sites = hub.sites()
    assert len(sites) == 3
    for gate in gates:
        summary = sites[str(gate.site_id)]
        mine = counts(gate.engine, gate.site_id)
        assert (summary.name, summary.checks, summary.visits, summary.returnees) == (
            gate.name, mine["checks"], mine["visits"], mine["returnees"])
        assert summary.last_sequence == 3
    with gates[1].sessions() as session:
        lost_from = code_of(current_replica(session).id)
    assert sites[str(gates[1].site_id)].gaps == [{"replica": lost_from, "missing": [2]}]
    assert sites[str(gates[0].site_id)].gaps == [] == sites[str(gates[2].site_id)].gaps

    # The lost stick turns up at last: it changes nothing, and the gap closes.
    before = site_rows(hub.engine, gates[1].site_id)
    assert [r.status for r in _imported(hub.receive(lost))] == ["imported"]
    assert site_rows(hub.engine, gates[1].site_id) == before
    assert hub.sites()[str(gates[1].site_id)].gaps == []


def test_receipt_moves_the_watermark_and_a_lost_receipt_loses_nothing(make_gates, make_hub,
                                                                     tmp_path: Path) -> None:
    rng = random.Random(7)
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    blank = make_hub("sqlite", like=hub)  # the same office, before anything arrived
    everything = gate.status().unacknowledged
    assert everything > 0

    first = gate.export(tmp_path / "stick")
    assert gate.status().unacknowledged == everything  # exporting acknowledges nothing
    _imported(hub.receive(first))
    lost_receipt = hub.receipts(tmp_path / "lost")  # written, never carried back
    assert len(lost_receipt) == 1

    gate.work(rng)
    grown = gate.status().unacknowledged
    assert grown > everything
    second = gate.export(tmp_path / "stick")
    assert read_header(second)[0].sequence == 2
    (received,) = _imported(hub.receive(second))
    assert received.status == "imported"
    # The second bundle alone carries everything: an office that never saw the first has it all.
    _imported(blank.receive(second))
    assert site_rows(blank.engine, gate.site_id) == site_rows(gate.engine, gate.site_id)

    receipt = hub.receipts(tmp_path / "back")
    assert [r.status for r in gate.receive(*receipt)] == ["imported"]
    assert gate.status().unacknowledged == 0
    # The old receipt arriving late does not move the watermark back.
    assert [r.status for r in gate.receive(*lost_receipt)] == ["imported"]
    assert gate.status().unacknowledged == 0

    gate.work(rng, n=1)
    after = gate.status().unacknowledged
    assert 0 < after < everything  # only what changed since the receipt
    third = gate.export(tmp_path / "stick")
    (received,) = _imported(hub.receive(third))
    assert received.rows >= after
    assert site_rows(hub.engine, gate.site_id) == site_rows(gate.engine, gate.site_id)


def test_the_office_clock_does_not_matter(make_gates, make_hub, tmp_path: Path, fixed_clock) -> None:
    """The hub's own clock set to 1999 imports and acknowledges just the same."""
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    bundle = gate.export(tmp_path / "stick")
    fixed_clock.at = datetime(1999, 12, 31, 23, 59, tzinfo=SHANGHAI)
    _imported(hub.receive(bundle))
    gate.moment += timedelta(days=3650)
    assert [r.status for r in gate.receive(*hub.receipts(tmp_path / "back"))] == ["imported"]
    assert gate.status().unacknowledged == 0


def test_a_change_made_in_the_exporting_transaction_is_not_lost(make_gates, make_hub, tmp_path: Path) -> None:
    """Rows are copied from the committed file; the watermark must not cover what the exporting
    transaction itself wrote and had not committed yet."""
    from sqlalchemy import select

    from app.models import Person, TemperatureCheck
    from app.services.checks import CheckForm, record_check
    from app.services.sync import export_events

    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    (tmp_path / "stick").mkdir()
    with gate.sessions.begin() as session:
        person = session.scalars(select(Person.id)).first()
        check = record_check(session, gate.actor, CheckForm(reading="36.6", person_id=person))
        bundle = Path(export_events(session, gate.actor, tmp_path / "stick").path)
    _imported(hub.receive(bundle))
    gate.receive(*hub.receipts(tmp_path / "back-1"))
    assert gate.status().unacknowledged >= 1
    _imported(hub.receive(gate.export(tmp_path / "stick")))
    gate.receive(*hub.receipts(tmp_path / "back-2"))
    assert gate.status().unacknowledged == 0
    with hub.sessions() as session:
        assert session.get(TemperatureCheck, check.id) is not None


def test_awkward_text_arrives_unchanged_in_postgresql(make_gates, make_hub, tmp_path: Path) -> None:
    """Values cross into PostgreSQL as COPY text: tabs, backslashes, line breaks, an empty
    string and \\N as text must come out exactly as they went in."""
    (gate,) = make_gates(1)
    hub = make_hub("postgresql", gates=[gate])
    with gate.engine.begin() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM people ORDER BY id LIMIT 4")]
        for person_id, name in zip(ids, ["王\t五", "a\\b\\\\c", "line\nbreak\r\n", "\\N"], strict=True):
            connection.exec_driver_sql("UPDATE people SET name = ?, phone = ? WHERE id = ?",
                                       (name, "" if name.startswith("王") else None, person_id))
    _imported(hub.receive(gate.export(tmp_path / "stick")))
    assert site_rows(hub.engine, gate.site_id) == site_rows(gate.engine, gate.site_id)


@pytest.mark.parametrize("kind", HUBS)
def test_a_first_bundle_loaded_in_bulk_ends_like_one_merged_row_by_row(kind: str, make_gates, make_hub,
                                                                      tmp_path: Path, monkeypatch) -> None:
    """Loaded without secondary indexes (and, on PostgreSQL, foreign keys), which are built and
    checked afterwards, a hub ends with the same rows as one that merged row by row, and with
    every index and key: for a first bundle, and (forced here) for one merged into rows already
    there, on PostgreSQL through the staging table."""
    from sqlalchemy import event

    rng = random.Random(11)
    gates = make_gates(2)
    bulk = make_hub(kind, gates=gates)
    by_row = make_hub(kind, like=bulk)
    fresh = schema(bulk.engine)
    dropped: list[str] = []
    event.listen(bulk.engine, "before_cursor_execute",
                 lambda _c, _cursor, statement, *_: dropped.append(statement) if statement.startswith("DROP") else None)
    monkeypatch.setattr(merge, "_holds_at_least", lambda *_: False)  # the row-by-row hub never asks
    for round_ in range(2):  # the second round merges into rows already there
        bundles = []
        for gate in gates:
            gate.work(rng)
            bundles.append(gate.export(tmp_path / f"stick-{round_}"))
        monkeypatch.setattr(merge, "BULK_MIN_ROWS", 1)
        dropped.clear()
        assert [r.status for r in _imported(bulk.receive(*bundles))] == ["imported"] * 2
        assert any("temperature_checks" in s or "ix_temperature_checks" in s for s in dropped), dropped
        monkeypatch.setattr(merge, "BULK_MIN_ROWS", 10**9)
        assert [r.status for r in _imported(by_row.receive(*bundles))] == ["imported"] * 2
    assert schema(bulk.engine) == fresh
    for gate in gates:
        assert site_rows(bulk.engine, gate.site_id) == site_rows(by_row.engine, gate.site_id) \
            == site_rows(gate.engine, gate.site_id)


@pytest.mark.parametrize("kind", HUBS)
def test_a_failed_bulk_load_keeps_the_tables_indexes_and_keys(kind: str, make_hub) -> None:
    """The indexes and keys are dropped inside the import's transaction, even when the bulk load
    is the first thing it does (Python's sqlite3 begins a transaction only before a write)."""
    hub = make_hub(kind)
    before = schema(hub.engine)
    before_bytes = file_bytes(hub.engine) if kind == "sqlite" else None
    indexes = ("SELECT name FROM sqlite_master WHERE tbl_name = 'temperature_checks' AND sql IS NOT NULL"
               if kind == "sqlite" else
               "SELECT indexname FROM pg_indexes WHERE tablename = 'temperature_checks' "
               "AND indexname <> 'pk_temperature_checks'")
    class LoadFailed(Exception):
        pass

    with hub.engine.connect() as connection, pytest.raises(LoadFailed), connection.begin():
        held = set(connection.exec_driver_sql(indexes).scalars())
        with merge._bulk_load(connection, "temperature_checks", merge.BULK_MIN_ROWS):
            # Those the rows would scatter across are dropped for the load; the partial ones, and
            # those the rows arrive in order for, are kept up.
            assert held - set(connection.exec_driver_sql(indexes).scalars()) == {
                "ix_temperature_checks_day", "ix_temperature_checks_person_taken"}
            raise LoadFailed
    assert schema(hub.engine) == before
    if before_bytes is not None:  # PostgreSQL's files are not ours to compare: the schema above says it
        assert file_bytes(hub.engine) == before_bytes
