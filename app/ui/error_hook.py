"""Where errors go: users' errors shown translated; unexpected ones logged and shown once."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import GatePostError
from app.ui.i18n import qt_translate

log = logging.getLogger("gatepost")
_shown: set[str] = set()


def error_text(error: BaseException) -> str:
    if isinstance(error, GatePostError):
        return error.render(qt_translate)
    return QCoreApplication.translate(
        "ErrorHook", "Something went wrong. The details are in the log file; nothing you entered was lost."
    )


def log_unexpected(error: BaseException) -> None:
    if not isinstance(error, GatePostError):
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user; an error they could not have caused is also written to the log."""
    QMessageBox.warning(parent, QCoreApplication.translate("ErrorHook", "GatePost"), error_text(error))


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log_unexpected(error)
    key = f"{kind.__name__}:{traceback.extract_tb(tb)[-1][:3] if tb else ''}"
    if key in _shown:
        return
    _shown.add(key)
    show_error(None, error)


def install() -> None:
    sys.excepthook = _excepthook
