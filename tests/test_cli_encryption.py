"""The CLI on an encrypted gate, as a committee runs it: what lies on the disk, and the way back."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_process import environment, gatepost, one_line
from tests.helpers import ENGLISH_HEADER, PASSWORD, csv_bytes, resident_id
from tests.services.test_at_rest import no_plain_copy

ID_NUMBER = resident_id("19491231", seq="002")


def test_init_encrypts_and_the_recovery_code_sets_a_new_admin_password(tmp_path: Path) -> None:
    data = tmp_path / "gate"
    data.mkdir()
    made = gatepost(data, "init", "--site", "阳光花园", "--committee", "阳光社区居委会", "--admin", "admin",
                    "--json")
    assert made.returncode == 0, made.stderr
    code = json.loads(made.stdout)["recovery_code"]
    roster = tmp_path / "roster.csv"
    roster.write_bytes(csv_bytes([ENGLISH_HEADER, f"张三,3,2,201,13812348000,resident_id,{ID_NUMBER},00001,"]))
    assert gatepost(data, "residents", "import", str(roster)).returncode == 0
    assert gatepost(data, "db", "backup").returncode == 0
    no_plain_copy(data)

    forgotten = environment(data, GATEPOST_PASSWORD="not the password")
    assert "Wrong user name or password" in one_line(gatepost(data, "list", "residents", env=forgotten))
    assert one_line(gatepost(data, "db", "recover", "--recovery-code", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA",
                             "--admin", "admin", env=environment(data, GATEPOST_NEW_PASSWORD="brand-new-pw-77")))
    recovered = gatepost(data, "db", "recover", "--recovery-code", code.lower(), "--admin", "admin",
                         env=environment(data, GATEPOST_NEW_PASSWORD="brand-new-pw-77"))
    assert recovered.returncode == 0, recovered.stderr
    again = environment(data, GATEPOST_PASSWORD="brand-new-pw-77")
    listed = gatepost(data, "--json", "list", "residents", env=again)
    assert listed.returncode == 0 and [p["name"] for p in json.loads(listed.stdout)] == ["张三"]
    assert one_line(gatepost(data, "list", "residents"))  # the old password opens nothing now
    assert PASSWORD not in (data / "gatepost.db.keys").read_text()
    no_plain_copy(data)
