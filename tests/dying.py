"""Run work in a forked child that dies (``os._exit``) at its n-th step, as ``kill -9`` would there.

A step is each SQL statement that writes, each commit and each rename, the child dying just
after it. Forking keeps
it cheap: the child starts with the test's imports already loaded, so dying at each of dozens of
steps costs a fraction of a second apiece. POSIX only.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from typing import Any

import pytest

KILLED = 9
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="dies in a forked child (POSIX)")


def die_at(step: int | None, work: Callable[[], Any], *, commits: bool = True) -> tuple[int, int]:
    """Run ``work`` in a child that dies after its ``step``-th writing statement, commit (unless not
    ``commits``) or rename (None: never); returns the child's exit code (``KILLED`` if it died
    there) and the steps it took."""
    from sqlalchemy import Engine, event
    from sqlalchemy.engine.default import DefaultDialect

    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reading)
        taken = 0

        def step_done() -> None:
            nonlocal taken
            taken += 1
            if taken == step:
                os._exit(KILLED)

        def after_statement(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.lstrip().split(" ", 1)[0].upper() in WRITES:
                step_done()

        real_replace = os.replace

        def replace(*args: Any, **kw: Any) -> None:
            real_replace(*args, **kw)
            step_done()

        real_commit = DefaultDialect.do_commit

        def commit(dialect: Any, connection: Any) -> None:
            real_commit(dialect, connection)
            step_done()

        try:
            event.listen(Engine, "after_cursor_execute", after_statement)
            if commits:
                DefaultDialect.do_commit = commit  # type: ignore[method-assign]
            os.replace = replace
            work()
            os.write(writing, str(taken).encode())
            os._exit(0)
        except BaseException:
            traceback.print_exc()
            os._exit(1)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        taken_text = pipe.read().decode() or "0"
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), int(taken_text)
