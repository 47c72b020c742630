import subprocess
import sys

SLOW_OR_FORBIDDEN = ["PySide6", "pypinyin", "phonenumbers", "stdnum"]


def test_importing_the_domain_loads_no_qt_and_no_slow_libraries():
    code = (
        "import sys\n"
        "import app.domain.identity, app.domain.phone, app.domain.temperature\n"
        "import app.domain.plates, app.domain.rooms, app.domain.names\n"
        f"print([m for m in {SLOW_OR_FORBIDDEN!r} if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
