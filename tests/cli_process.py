"""The ``gatepost`` command run as a real process, as a committee runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers import PASSWORD, START

ROOT = Path(__file__).resolve().parents[1]
GATEPOST = [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]


def environment(data: Path, **extra: str) -> dict[str, str]:
    chosen = {name: value for name, value in os.environ.items() if not name.startswith("GATEPOST_")}
    chosen.update({"GATEPOST_DATA_DIR": str(data), "GATEPOST_PASSWORD": PASSWORD, "GATEPOST_LANG": "en",
                   "GATEPOST_USER": "admin", "GATEPOST_NOW": START.isoformat(), **extra})
    return chosen


def gatepost(data: Path, *args: str, env: dict[str, str] | None = None, prefix: list[str] | None = None,
             **kw: Any) -> subprocess.CompletedProcess[str]:
    """``gatepost ARGS`` on the data folder ``data``, signed in as ``admin`` unless ``env`` says
    otherwise; ``prefix`` runs it under another command (``unshare …``)."""
    options: dict[str, Any] = {"capture_output": True} if "stdout" not in kw else {"stderr": subprocess.PIPE}
    return subprocess.run([*(prefix or []), *GATEPOST, *args], cwd=ROOT, env=env or environment(data),
                          text=True, timeout=120, **options, **kw)


def init_compound(data: Path) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    done = gatepost(data, "init", "--site", "阳光花园", "--committee", "阳光社区居委会", "--admin", "admin")
    assert done.returncode == 0, done.stderr
    return data


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The contract of an error: exit 1 and a single line on stderr, never a traceback."""
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]
