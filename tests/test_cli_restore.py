"""Damage found, contained and repaired from the command line, on an encrypted compound run as
real processes: ``db check`` on flipped bytes, read-only afterwards, ``db backups``, ``db restore``,
and a deleted database reported as missing instead of made anew."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from tests.cli_process import gatepost, init_compound, one_line
from tests.helpers import ENGLISH_HEADER, gate_engine

RESIDENTS = [f"居民{i},1,1,{100 + i},,,,P{i:03d}," for i in range(8)]
RESTORE = "gatepost db restore FILE"


@pytest.fixture(scope="module")
def compound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compound with eight residents and one backup of them, made once."""
    folder = init_compound(tmp_path_factory.mktemp("restore") / "data")
    roster = folder.parent / "roster.csv"
    roster.write_text("\n".join([ENGLISH_HEADER, *RESIDENTS]) + "\n", "utf-8")
    assert gatepost(folder, "residents", "import", str(roster)).returncode == 0
    assert gatepost(folder, "db", "backup").returncode == 0
    return folder


@pytest.fixture
def data(compound: Path, tmp_path: Path) -> Path:
    """The compound's data folder, copied to where the folder it records is (see app.db.replica)."""
    folder = tmp_path / "data"
    shutil.copytree(compound, folder)
    for backup in (folder / "backups").iterdir():  # found there by the ``db backups`` listing
        assert backup.name.endswith("-manual.db")
    return folder


def _names(data: Path) -> list[str]:
    done = gatepost(data, "list", "residents", "--json")
    assert done.returncode == 0, done.stderr
    return sorted(person["name"] for person in json.loads(done.stdout))


def _backups(data: Path) -> list[dict]:
    done = gatepost(data, "db", "backups", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _flip(path: Path, seed: int, start: int) -> None:
    """Twenty bytes flipped at random past ``start``: damage SQLite cannot foresee (the log
    folded into the file first, as the last program to close it does)."""
    engine = gate_engine(path.parent)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(20):
        data[rng.randrange(start, len(data))] ^= 0xFF
    path.write_bytes(bytes(data))


def test_damage_is_found_contained_and_restored(data: Path) -> None:
    database = data / "gatepost.db"
    _flip(database, seed=15, start=8192)  # the first page (the schema) stays whole: the file opens
    line = one_line(gatepost(data, "db", "check"))
    assert "damaged" in line and RESTORE in line

    refused = gatepost(data, "check", "add", "--person", "P001", "--temp", "36.5")
    assert RESTORE in one_line(refused)

    backups = _backups(data)
    assert [(b["reason"], b["ok"]) for b in backups] == [("manual", True)]
    assert set(backups[0]) >= {"path", "time", "revision", "size", "ok"}

    restored = gatepost(data, "db", "restore", backups[0]["path"], "--json")
    assert restored.returncode == 0, restored.stderr
    aside = Path(json.loads(restored.stdout)["set_aside"])
    assert aside.parent == data / "backups" and aside.name.endswith("-damaged.db")
    assert _names(data) == sorted(r.split(",")[0] for r in RESIDENTS)
    assert gatepost(data, "check", "add", "--person", "P001", "--temp", "36.5").returncode == 0
    checked = gatepost(data, "db", "check")
    assert (checked.returncode, checked.stderr) == (0, "")
    assert [b["ok"] for b in _backups(data)] == [False, True]  # the damaged file, kept aside


def test_a_guard_may_not_restore(data: Path) -> None:
    from tests.cli_process import environment

    added = gatepost(data, "user", "add", "guard1", "--role", "guard",
                     env=environment(data, GATEPOST_NEW_PASSWORD="guard-pw-long"))
    assert added.returncode == 0, added.stderr
    (backup,) = _backups(data)
    guard = environment(data, GATEPOST_USER="guard1", GATEPOST_PASSWORD="guard-pw-long")
    assert "committee head or an administrator" in one_line(gatepost(data, "db", "restore", backup["path"], env=guard))
    assert len(_backups(data)) == 1


def test_a_deleted_database_is_missing_not_new(data: Path) -> None:
    for path in data.glob("gatepost.db*"):
        if not path.name.endswith((".keys", ".replica")):
            path.unlink()
    line = one_line(gatepost(data, "list", "residents"))
    assert "missing" in line and RESTORE in line
    assert not (data / "gatepost.db").exists()
    (backup,) = _backups(data)
    assert gatepost(data, "db", "restore", backup["path"]).returncode == 0
    assert _names(data) == sorted(r.split(",")[0] for r in RESIDENTS)
