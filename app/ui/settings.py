"""Per-database UI preferences, kept beside the database in ``ui.ini``; Qt only, so they can be
read before the database is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SITE_NAME = "site_name"
"""The compound's name as of the last sign-in, shown on the sign-in window at the next start."""


def ui_settings(data_dir: Path) -> QSettings:
    """Per-database UI preferences (language, theme, gate, the compound's name), beside the database."""
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
