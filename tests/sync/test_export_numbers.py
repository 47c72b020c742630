"""A bundle's number is never used twice, and a database never takes a second new replica id for
one copy or restore, however an export or an opening is killed (``tests/dying.py``)."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import DB_FILE_NAME, make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.errors import ValidationError
from app.models import Replica, SyncBundle
from app.services.sync import export_events
from app.services.sync_state import state
from app.sync.bundle import BundleRejected, read_header
from tests.dying import KILLED, die_at, needs_fork
from tests.sync.conftest import Gate, Hub



def _gate_files(gate: Gate, folder: Path, moved: bool = False) -> Path:
    """The gate's files copied to ``folder``: as if still where they were (its replica marker
    names the new folder), or ``moved`` (a copy elsewhere, which takes a new replica id)."""
    folder.mkdir()
    for path in gate.folder.iterdir():
        if path.is_file() and path.name.startswith(DB_FILE_NAME):
            shutil.copyfile(path, folder / path.name)
    marker = folder / f"{DB_FILE_NAME}.replica"
    if marker.exists() and not moved:
        marker.write_text(json.dumps({**json.loads(marker.read_text("utf-8")), "folder": str(folder.resolve())}))
    return folder


def _export(gate: Gate, folder: Path, stick: Path) -> None:
    """The export as the program does it: its own engine, one transaction, committed at the end."""
    from app import clock

    stick.mkdir(exist_ok=True)
    previous = clock.use_clock(clock.FixedClock(gate.moment))
    try:
        engine = open_database(sqlite_url(folder))
        with make_session_factory(engine).begin() as session:
            export_events(session, gate.actor, stick)
        engine.dispose()
    finally:
        clock.use_clock(previous)


def _replica(folder: Path) -> tuple[str, list[str]]:
    engine = open_database(sqlite_url(folder))
    try:
        with make_session_factory(engine)() as session:
            return session.scalars(select(Replica.id)).one().hex, state(session, "earlier_replicas", [])
    finally:
        engine.dispose()


def _hub_copy(hub: Hub, folder: Path) -> Hub:
    """The hub's database file copied: a hub that has imported nothing, per attempt."""
    source = Path(hub.url.removeprefix("sqlite:///"))
    folder.mkdir()
    shutil.copyfile(source, folder / source.name)
    url = sqlite_url(folder, source.name)
    return Hub(url, make_session_factory(open_database(url, hub=True)), hub.actor)


@needs_fork
def test_a_killed_export_never_reuses_its_number(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    hub.close()
    gate.close()
    replica, _ = _replica(gate.folder)
    code, steps = die_at(None, lambda: _export(gate, _gate_files(gate, tmp_path / "count"), tmp_path / "count-stick"))
    assert code == 0 and steps >= 3
    for step in range(1, steps + 1):
        folder, stick = _gate_files(gate, tmp_path / f"gate-{step}"), tmp_path / f"stick-{step}"
        stick.mkdir()
        assert die_at(step, lambda folder=folder, stick=stick: _export(gate, folder, stick))[0] == KILLED
        assert _replica(folder)[0] == replica, step  # no new id for an export that was undone
        _export(gate, folder, stick)
        bundles = sorted(stick.glob("*.gpb"))
        numbers = [read_header(path)[0].sequence for path in bundles]
        assert len(set(numbers)) == len(numbers), (step, numbers)
        assert not list(stick.glob("*.partial")), step
        office = _hub_copy(hub, tmp_path / f"hub-{step}")
        results = office.receive(*bundles)
        assert not [r for r in results if isinstance(r, BundleRejected)], (step, [r.render() for r in results])
        office.close()


@needs_fork
def test_a_killed_renewal_is_finished_with_the_same_new_id(make_gates, make_hub, tmp_path: Path) -> None:
    """A copy of an exporting database opened elsewhere takes a new id: killed at each step of
    that, the next opening ends with one new id, the old one noted once."""
    (gate,) = make_gates(1)
    make_hub("sqlite", gates=[gate]).close()
    gate.export(tmp_path / "stick")
    gate.close()
    old, _ = _replica(gate.folder)
    code, steps = die_at(None, lambda: _replica(_gate_files(gate, tmp_path / "count", moved=True)))
    assert code == 0 and steps >= 2
    for step in range(1, steps + 1):
        copy = _gate_files(gate, tmp_path / f"copy-{step}", moved=True)
        assert die_at(step, lambda copy=copy: _replica(copy))[0] == KILLED
        new, earlier = _replica(copy)
        assert new != old and earlier == [old], step
        assert _replica(copy) == (new, earlier), step
        marker = json.loads((copy / f"{DB_FILE_NAME}.replica").read_text("utf-8"))
        assert marker["replica"] == new and "replacing" not in marker


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the file by its descriptor (Linux)")
def test_a_failed_export_leaves_nothing_on_the_drive(make_gates, make_hub, tmp_path: Path, monkeypatch) -> None:
    """The drive fails as the bundle is flushed to it (a stick pulled out): no ``.partial`` is left,
    and the number is free again."""
    (gate,) = make_gates(1)
    make_hub("sqlite", gates=[gate]).close()
    gate.close()
    stick = tmp_path / "stick"
    real_fsync = os.fsync

    def failing(descriptor: int) -> None:
        if os.readlink(f"/proc/self/fd/{descriptor}").endswith(".partial") and stick.name in \
                os.readlink(f"/proc/self/fd/{descriptor}"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(ValidationError) as refused:
        _export(gate, gate.folder, stick)
    assert "Cannot write" in refused.value.render()
    assert list(stick.iterdir()) == []
    monkeypatch.setattr(os, "fsync", real_fsync)
    engine = open_database(sqlite_url(gate.folder))
    with make_session_factory(engine)() as session:
        assert session.scalars(select(SyncBundle)).all() == []
    engine.dispose()
    _export(gate, gate.folder, stick)
    assert [read_header(path)[0].sequence for path in stick.glob("*.gpb")] == [1]
