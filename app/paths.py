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


def use_private_temp(folder: Path) -> Path:
    """Temporary files (bundle payloads built or checked, previews) go to the data folder's own
    ``tmp``, one sub-folder per running program, removed at exit: a plain copy of personal data
    never lands in the system's shared temp folder. Folders left by killed runs go now."""
    import atexit
    import shutil
    import tempfile

    temp = folder / "tmp"
    temp.mkdir(mode=0o700, exist_ok=True)
    for left in temp.iterdir():
        if not _in_use(left):
            shutil.rmtree(left, ignore_errors=True)
    mine = temp / str(os.getpid())
    mine.mkdir(mode=0o700, exist_ok=True)
    tempfile.tempdir = str(mine)
    os.environ["SQLITE_TMPDIR"] = str(mine)  # SQLite's own spill files (big sorts, vacuum) too
    atexit.register(shutil.rmtree, mine, True)
    return mine


def _in_use(folder: Path) -> bool:
    """Whether the program whose process id names ``folder`` is still running."""
    if not folder.name.isdigit():
        return False
    if os.name != "posix":  # no cheap test: a folder untouched for a day is a left-over
        import time

        return time.time() - folder.stat().st_mtime < 86400
    try:
        os.kill(int(folder.name), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
