"""The privacy commands run as a committee runs them, on an encrypted compound: audit, purge,
erasure, a person's copy, the wipe."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

from tests.cli_process import environment, gatepost, init_compound, one_line
from tests.helpers import ENGLISH_HEADER, START, csv_bytes, gate_engine, resident_id

ZHANG_ID = resident_id("19491231", seq="002")
DAY = START.date().isoformat()


def _json(done: subprocess.CompletedProcess[str]) -> object:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _later(data: Path, days: int) -> dict[str, str]:
    return environment(data, GATEPOST_NOW=(START + timedelta(days=days)).isoformat())


def test_audit_purge_erasure_and_a_persons_copy(tmp_path: Path) -> None:
    data = init_compound(tmp_path / "gate")
    roster = tmp_path / "roster.csv"
    roster.write_bytes(csv_bytes([ENGLISH_HEADER, f"张三,3,2,201,13812348000,resident_id,{ZHANG_ID},00001,",
                                  "李四,3,2,202,,,,00002,"]))
    assert gatepost(data, "residents", "import", str(roster)).returncode == 0
    for person, reading in (("00001", "36.5"), ("00002", "36.7")):
        assert gatepost(data, "check", "add", "--person", person, "--temp", reading).returncode == 0
    visit = _json(gatepost(data, "--json", "visitor", "add", "--name", "王芳", "--id-type", "resident_id",
                           "--id-number", resident_id(seq="777"), "--phone", "13912345678", "--host", "3-2-201",
                           "--purpose", "visit", "--temp", "36.5"))

    # A person's own copy: the full ID number and the checks, printed and audited.
    pdf = tmp_path / "zhang.pdf"
    assert _json(gatepost(data, "--json", "person", "report", "--person", "00001", "--out", str(pdf)))["path"]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert ZHANG_ID in text and "36.5" in text and "13812348000" in text

    # The audit trail: who did what, never a full number; the chain holds.
    rows = _json(gatepost(data, "--json", "audit", "list", "--since", DAY))
    assert {"at", "user", "action"} <= set(rows[0]) and rows[0]["at"].startswith(DAY)
    actions = [r["action"] for r in rows]
    assert {"visit.register", "person.report", "sign_in"} <= set(actions)
    assert ZHANG_ID not in json.dumps(rows) and "13912345678" not in json.dumps(rows)
    assert _json(gatepost(data, "--json", "audit", "verify"))["ok"] is True

    # Erasure: the resident and their checks are gone; the audit says only that it was done.
    erased = gatepost(data, "person", "erase", "--person", "00002", "--reason", "her request")
    assert erased.returncode == 0, erased.stderr
    assert [p["name"] for p in _json(gatepost(data, "--json", "list", "residents"))] == ["张三"]
    assert [c["subject_name"] for c in _json(gatepost(data, "--json", "list", "checks"))] == ["王芳", "张三"]
    assert _json(gatepost(data, "--json", "person", "erase", "--visit", visit["id"], "--reason", "asked"))[
        "counts"] == {"visits": 1, "checks": 1}
    assert _json(gatepost(data, "--json", "list", "visitors")) == []

    # Thirty days on the purge deletes the day's checks; the roster stays.
    later = _later(data, 30)
    purged = _json(gatepost(data, "--json", "purge", env=later))
    assert purged["counts"]["resident_checks"] == 1 and purged["kept_from"] == (START + timedelta(days=2)).date().isoformat()
    assert _json(gatepost(data, "--json", "list", "checks", "--date", DAY, env=later)) == []
    assert [p["name"] for p in _json(gatepost(data, "--json", "list", "residents", env=later))] == ["张三"]
    assert _json(gatepost(data, "--json", "audit", "verify", env=later))["ok"] is True


def test_audit_verify_names_the_first_bad_entry_and_a_cut_off_end(tmp_path: Path) -> None:
    data = init_compound(tmp_path / "gate")
    for value in ("21", "22", "23"):
        assert gatepost(data, "policy", "set", "observation_days", value).returncode == 0
    engine = gate_engine(data)
    with engine.begin() as connection:
        last = connection.exec_driver_sql("SELECT max(seq) FROM audit_log").scalar()
        connection.exec_driver_sql("UPDATE audit_log SET detail = '{\"key\": \"observation_days\", \"value\": 60}' "
                                   "WHERE action = 'policy.set' AND seq = (SELECT min(seq) FROM audit_log "
                                   "WHERE action = 'policy.set')")
        edited = connection.exec_driver_sql("SELECT min(seq) FROM audit_log WHERE action = 'policy.set'").scalar()
    broken = gatepost(data, "--json", "audit", "verify")
    assert broken.returncode == 1
    assert json.loads(broken.stdout)["first_bad"] == edited
    plain = gatepost(data, "audit", "verify")
    assert plain.returncode == 1 and f"entry {edited}" in plain.stdout

    # Another compound's log with its end cut off: the key file remembers the head of the last change.
    data2 = init_compound(tmp_path / "gate2")
    assert gatepost(data2, "policy", "set", "observation_days", "21").returncode == 0
    engine2 = gate_engine(data2)
    with engine2.begin() as connection:
        top = connection.exec_driver_sql("SELECT max(seq) FROM audit_log WHERE action = 'policy.set'").scalar()
        connection.exec_driver_sql(f"DELETE FROM audit_log WHERE seq >= {top}")
    cut = gatepost(data2, "--json", "audit", "verify")
    # The command's own sign-in took the number again: the entry there is not the one saved.
    assert cut.returncode == 1 and json.loads(cut.stdout)["problem"] in ("truncated", "rewritten")
    assert json.loads(cut.stdout)["first_bad"] == top
    assert last >= 4
    engine.dispose()
    engine2.dispose()


def test_wipe_leaves_no_database_and_no_key(tmp_path: Path) -> None:
    data = init_compound(tmp_path / "gate")
    assert gatepost(data, "db", "backup").returncode == 0
    assert "nothing was deleted" in one_line(gatepost(data, "wipe", "--confirm", "阳光"))
    assert (data / "gatepost.db").exists()
    done = gatepost(data, "wipe", "--confirm", "阳光花园")
    assert done.returncode == 0, done.stderr
    left = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())
    assert not [name for name in left if name.startswith(("gatepost.db", "backups/"))], left
    assert "no compound" in one_line(gatepost(data, "list", "residents"))
