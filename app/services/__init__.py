"""Use cases: the only writers. Each takes ``(session, actor, ...)`` and returns plain data."""
