"""What the ``gatepost`` command says when a command fails on something other than its input.

A full disk, a failing drive, a database held by another program or a damaged file gets one
translated line naming what to do; anything else gets one line pointing at the log, where the
traceback goes without the exception's messages (they can quote what was being saved). A reader
that stops early (``gatepost list … | head``) ends the command quietly.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import QT_TRANSLATE_NOOP, explain_failure

if TYPE_CHECKING:
    from app.cli import Cli

EXIT_FAILED = 1
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Cli", "Something went wrong and the command stopped; the work in progress was not saved. "
           "The details are in the log: {path}")
UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP(
    "Cli", "Something went wrong and the command stopped; the work in progress was not saved. "
           "The log could not be written either.")


def report_failure(cli: Cli, error: Exception) -> int:
    """Tell the user about ``error`` in one line on stderr; the exit code."""
    if isinstance(error, BrokenPipeError):
        _silence_stdout()
        return 0
    from app.cli.database import database_file

    try:
        database = database_file(cli)
    except OSError:
        database = None
    explained = explain_failure(error, str(database.parent / "backups") if database else None)
    if explained is not None:
        _log(cli, logging.WARNING, type(explained).__name__, error)
        _say(explained.render(cli.translate))
        return EXIT_FAILED
    path = _log(cli, logging.ERROR, "unexpected error", error)
    if path is None:
        _say(cli.tr(UNEXPECTED_NO_LOG))
    else:
        _say(cli.tr(UNEXPECTED).format(path=path))
    return EXIT_FAILED


def _log(cli: Cli, level: int, what: str, error: BaseException) -> Path | None:
    """One entry in the data folder's masked log; its path, or None if it could not be written."""
    from app import log
    from app.paths import data_dir

    # The command's name only: its arguments can be an ID number or a phone.
    command = " ".join(str(part) for part in (cli.args.command, getattr(cli.args, "sub", None)) if part)
    try:
        with log.logging_to(data_dir(cli.args.data_dir)) as path:
            logging.getLogger("gatepost.cli").log(
                level, "%s in gatepost %s\n%s", what, command, log.describe_failure(error))
    except OSError:
        return None
    return path if path.exists() else None


def _say(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except OSError:
        pass


def _silence_stdout() -> None:
    """Point stdout at the null device, so flushing it at exit does not fail a second time."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # not a real file (a test's capture)
        pass
