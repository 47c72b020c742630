"""Where the program's own files and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "GatePost"
DB_FILE_NAME = "gatepost.db"
HUB_FILE_NAME = "gatepost-hub.db"


def _install_root() -> Path:
    """The checkout, or the unpacked folder of a PyInstaller build."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _install_root() / "resources"


def migrations_dir() -> Path:
    return _install_root() / "migrations"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``GATEPOST_DATA_DIR``, else the platform's user data folder."""
    chosen = explicit or os.environ.get("GATEPOST_DATA_DIR")
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
