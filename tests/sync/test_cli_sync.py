"""The sync commands as later checks drive them: ``python -m app.cli …`` in a child process,
JSON on stdout, exit 0 for imported or already imported, 1 with one line on stderr otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import PASSWORD
from tests.sync.conftest import Gate, addressed_to, counts

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GATEPOST_PASSWORD": PASSWORD, "GATEPOST_USER": "admin",
           "PYTHONPATH": str(ROOT)}
    env.pop("GATEPOST_NOW", None)
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def ok(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.returncode == 0, (args, result.stderr)
    return json.loads(result.stdout)


def refused(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 1, (args, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def together(*commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Independent commands at once (the machine has two cores; each command mostly starts Python)."""
    with ThreadPoolExecutor(max_workers=len(commands)) as pool:
        return list(pool.map(lambda args: run(*args), commands))


def gate_cli(gate: Gate, *args: str) -> list[str]:
    return ["--data-dir", str(gate.folder), "--user", "admin", *args]


def hub_cli(where: list[str], *args: str) -> list[str]:
    return ["hub", *where, *args]


def _hub_side(where: list[str], gates: list[Gate], bundles: list[Path], tmp_path: Path) -> tuple[Path, Path]:
    """What the office does with the compounds' bundles; returns the receipts and policies folders."""
    first = ok(*hub_cli(where, "import", *map(str, bundles)))
    assert [d["status"] for d in first] == ["imported"] * len(bundles)
    assert {d["sequence"] for d in first} == {1}

    damaged = tmp_path / "damaged.gpb"
    data = bytearray(bundles[0].read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    # Commands that change nothing, run side by side.
    again, rejected, mixed, listed, plain = together(
        hub_cli(where, "import", str(bundles[0]), "--json"), hub_cli(where, "import", str(damaged)),
        hub_cli(where, "import", str(bundles[0]), str(damaged), "--lang", "zh_CN"),
        hub_cli(where, "list", "sites", "--json"), hub_cli(where, "list", "sites", "--lang", "zh_CN"))
    assert again.returncode == 0 and json.loads(again.stdout)[0]["status"] == "already"
    assert rejected.returncode == 1 and len(rejected.stderr.strip().splitlines()) == 1
    assert rejected.stderr.startswith(str(damaged)) and "bundle" in rejected.stderr
    assert mixed.returncode == 1
    # In words, in the language asked for.
    assert mixed.stdout.strip() == f"{bundles[0]}：来自{gates[0].name}的数据包编号 1 之前已导入"
    assert plain.returncode == 0 and all(f"{gate.name}  {gate.site_id}  体温检测 " in plain.stdout for gate in gates)

    assert listed.returncode == 0, listed.stderr
    sites = json.loads(listed.stdout)
    by_id = {s["id"]: s for s in sites}
    for gate in gates:
        site = by_id[str(gate.site_id)]
        mine = counts(gate.engine, gate.site_id)
        assert {k: site[k] for k in ("name", "checks", "visits", "returnees", "last_sequence", "gaps")} == {
            "name": gate.name, "checks": mine["checks"], "visits": mine["visits"],
            "returnees": mine["returnees"], "last_sequence": 1, "gaps": []}

    receipts, policies = tmp_path / "receipts", tmp_path / "policies"
    receipts.mkdir()
    policies.mkdir()
    written = ok(*hub_cli(where, "receipts", "--to", str(receipts)))["paths"]
    assert len(written) == len(gates) and all(Path(p).parent == receipts for p in written)
    every = ok(*hub_cli(where, "policy", "--to", str(policies), "--all"))["paths"]
    assert len(every) == len(gates)
    one = ok(*hub_cli(where, "policy", "--to", str(policies), "--site", str(gates[0].site_id)))["paths"]
    assert len(one) == 1 and one[0] not in every
    missing = refused(*hub_cli(where, "policy", "--to", str(policies), "--site", "no-such-compound"))
    assert "no-such-compound" in missing
    return receipts, policies


def test_gate_and_sqlite_hub_commands(make_gates, tmp_path: Path) -> None:
    gates = make_gates(1, encrypted=True)
    hub_dir = tmp_path / "office"
    where = ["--data-dir", str(hub_dir)]
    office = ok(*hub_cli(where, "init", "--office", "东湖街道", "--admin", "admin"))
    assert len(office["fingerprint"].replace(" ", "")) == 20 and office["recovery_code"]
    office_key = tmp_path / "office-key.json"
    assert ok(*hub_cli(where, "keys", "export", "--out", str(office_key)))["path"] == str(office_key)

    bundles = []
    (tmp_path / "stick").mkdir()
    for gate in gates:
        trusted = ok(*gate_cli(gate, "keys", "import-office", str(office_key)))
        assert trusted["fingerprint"] == office["fingerprint"]
        site_key = gate.folder / "site.json"
        exported = ok(*gate_cli(gate, "keys", "export", "--out", str(site_key)))
        assert exported["path"] == str(site_key) and site_key.exists()
        assert ok(*hub_cli(where, "trust-site", str(site_key), "--fingerprint", exported["fingerprint"])
                  )["fingerprint"] == exported["fingerprint"]
        status = ok(*gate_cli(gate, "sync", "status"))
        assert status["unacknowledged"] > 0 and status["last_receipt"] is None
        written = ok(*gate_cli(gate, "export", "--to", str(tmp_path / "stick")))
        assert set(written) >= {"path"} and Path(written["path"]).is_file()
        bundles.append(Path(written["path"]))
    assert refused(*gate_cli(gates[0], "export", "--to", str(tmp_path / "no-such-folder")))

    receipts, policies = _hub_side(where, gates, bundles, tmp_path)
    for gate in gates:
        mine = [str(p) for p in addressed_to(sorted(receipts.iterdir()) + sorted(policies.iterdir()), gate)]
        results = ok(*gate_cli(gate, "import", *mine))
        assert {r["status"] for r in results} == {"imported"} and {r["kind"] for r in results} == {"receipt", "policy"}
        status = ok(*gate_cli(gate, "sync", "status"))
        assert status["unacknowledged"] == 0 and status["last_receipt"] is not None
    # The gate's own bundle is the office's to read: refused, with one line saying why.
    assert "addressed to someone else" in refused(*gate_cli(gates[0], "import", str(bundles[0])))


@pytest.mark.usefixtures("pg_server")
def test_postgresql_hub_commands(make_gates, make_hub, tmp_path: Path) -> None:
    """The same office commands against ``--db-url postgresql://…`` (the gates act in-process)."""
    gates = make_gates(2, encrypted=True)
    url = make_hub("postgresql").url  # an empty database, migrated; init comes from the command
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:  # make_hub set one office up: start from an empty hub instead
        for table in ("sync_keys", "sync_state", "users", "sites", "replica", "audit_log"):
            connection.execute(text(f'DELETE FROM "{table}"'))
    engine.dispose()
    where = ["--db-url", url]
    office = ok(*hub_cli(where, "init", "--office", "东湖街道", "--admin", "admin"))
    assert office["recovery_code"] is None  # the server's access control protects it, not a key
    office_key = tmp_path / "office-key.json"
    ok(*hub_cli(where, "keys", "export", "--out", str(office_key)))
    bundles = []
    for gate in gates:
        gate.trust_office(office_key.read_bytes())
        assert ok(*hub_cli(where, "trust-site", str(gate.key_file()), "--fingerprint", gate.fingerprint())
                  )["role"] == "site"
        bundles.append(gate.export(tmp_path / "stick"))
    assert office["fingerprint"]
    receipts, _ = _hub_side(where, gates, bundles, tmp_path)
    for gate in gates:
        (result,) = gate.receive(*addressed_to(list(receipts.iterdir()), gate))
        assert result.status == "imported"
        assert gate.status().unacknowledged == 0
