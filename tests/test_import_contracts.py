"""The core imports no Qt, the UI no database code: the import-linter contracts in pyproject.toml hold."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core imports no Qt KEPT" in result.stdout
    # The windows reach the database only through the services (UiContext.call and HubContext.call).
    assert "The UI reaches data only through the services KEPT" in result.stdout
