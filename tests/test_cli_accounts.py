"""``gatepost user …`` and the lockout, as a script drives them: exit codes, one line, nothing written."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.clock import FixedClock
from tests.helpers import PASSWORD
from tests.test_cli import CliRunner, Run

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_dir: Path, fixed_clock: FixedClock,
        monkeypatch: pytest.MonkeyPatch):
    """``gatepost --data-dir DATA [--user NAME] ARGS…`` in this process, on a compound made by
    ``gatepost init`` (so as a compound is made today, whatever it writes to the folder)."""
    monkeypatch.setenv("GATEPOST_LANG", "en")
    for name in ("GATEPOST_USER", "GATEPOST_NEW_PASSWORD", "GATEPOST_DB_URL"):
        monkeypatch.delenv(name, raising=False)

    def cli(*args: str, user: str | None = "admin") -> Run:
        prefix = ["--data-dir", str(data_dir)] + (["--user", user] if user else [])
        try:
            code = main([*prefix, *args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return Run(code, out, err)

    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    assert cli("init", "--site", "阳光花园", "--committee", "阳光社区居委会", "--admin", "admin",
               user=None).code == 0
    return cli


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


LOCKED = re.compile(r"Too many wrong passwords: this account is locked until 2026-03-02 \d\d:15\.")


def test_a_short_or_common_password_is_refused_with_nothing_written(
        run: CliRunner, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gc.collect()  # the engine of ``init`` closes, folding its log into the file
    before = folder_bytes(data_dir)
    for bad, problem in (("short12", "Use at least 8 characters."),
                         ("12345678", "This password is one of the most common ones; choose another."),
                         ("password", "This password is one of the most common ones; choose another.")):
        monkeypatch.setenv("GATEPOST_NEW_PASSWORD", bad)
        assert run("user", "add", "guard1", "--role", "guard").rejected("Password: ") == f"Password: {problem}"
        assert run("user", "passwd", "admin").rejected("Password: ") == f"Password: {problem}"
    assert folder_bytes(data_dir) == before
    assert [u["name"] for u in run("user", "list", "--json").json()] == ["admin"]


def test_user_commands_follow_the_contract(run: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "guard-secret")
    added = run("--json", "user", "add", "guard1", "--role", "guard")
    assert added.code == 0 and added.json()["name"] == "guard1"
    listed = run("user", "list", "--json")
    assert listed.code == 0 and [{k: u[k] for k in ("name", "role", "active", "locked_until")}
                                 for u in listed.json()] == [
        {"name": "admin", "role": "admin", "active": True, "locked_until": None},
        {"name": "guard1", "role": "guard", "active": True, "locked_until": None}]

    assert run("user", "disable", "guard1").code == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", "guard-secret")
    assert run("list", "residents", user="guard1").rejected("") == \
        "This account is disabled; an administrator can enable it."
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    assert run("--json", "user", "list").json()[1]["active"] is False
    assert run("user", "enable", "guard1").code == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", "guard-secret")
    assert run("list", "residents", user="guard1").code == 0
    assert run("user", "list", user="guard1").rejected("This needs the role")

    # A guard sets their own password, signed in with the current one, and no one else's.
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "guard-secret-2")
    assert run("user", "passwd", "admin", user="guard1").rejected("This needs the role")
    assert run("user", "passwd", "guard1", user="guard1").code == 0
    assert run("list", "residents", user="guard1").rejected("") == "Wrong user name or password."
    monkeypatch.setenv("GATEPOST_PASSWORD", "guard-secret-2")
    assert run("list", "residents", user="guard1").code == 0
    # An administrator resets it.
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "reset-by-admin")
    assert run("user", "passwd", "guard1").code == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", "reset-by-admin")
    assert run("list", "residents", user="guard1").code == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    assert run("user", "disable", "admin").rejected("User name: ") == \
        "User name: This is the last active administrator; make another one first."
    assert run("user", "unlock", "nobody").rejected("") == "There is no account named nobody."


def test_a_locked_account_is_listed_and_unlocked(run: CliRunner, fixed_clock: FixedClock,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "guard-secret")
    assert run("user", "add", "guard1").code == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", "wrong-password")
    for _ in range(4):
        assert run("list", "residents", user="guard1").rejected("") == "Wrong user name or password."
    assert LOCKED.fullmatch(run("list", "residents", user="guard1").rejected("Too many"))
    monkeypatch.setenv("GATEPOST_PASSWORD", "guard-secret")
    assert LOCKED.fullmatch(run("list", "residents", user="guard1").rejected("Too many"))

    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    listed = {u["name"]: u for u in run("--json", "user", "list").json()}
    assert listed["guard1"]["locked_until"] == "2026-03-02T10:15+08:00"
    assert run("user", "list").out.splitlines()[1].endswith("locked until 2026-03-02 10:15")
    assert run("user", "unlock", "guard1").code == 0
    assert run("--json", "user", "list").json()[1]["locked_until"] is None
    monkeypatch.setenv("GATEPOST_PASSWORD", "guard-secret")
    assert run("list", "residents", user="guard1").code == 0


def _gatepost(data_dir: Path, now: str, password: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GATEPOST_NOW": now, "GATEPOST_PASSWORD": password, "GATEPOST_LANG": "en",
           "GATEPOST_USER": "admin", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data_dir), *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def test_the_sixth_attempt_is_refused_until_sixteen_minutes_later(run: CliRunner, data_dir: Path) -> None:
    at = "2026-03-02T10:00:00+08:00"
    for _ in range(5):
        assert _gatepost(data_dir, at, "wrong-password", "list", "residents").returncode == 1
    sixth = _gatepost(data_dir, at, PASSWORD, "list", "residents")
    assert sixth.returncode == 1 and LOCKED.fullmatch(sixth.stderr.strip()), sixth.stderr
    later = _gatepost(data_dir, "2026-03-02T10:16:00+08:00", PASSWORD, "list", "residents")
    assert later.returncode == 0, later.stderr
