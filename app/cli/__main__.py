"""``python -m app.cli``: the ``gatepost`` command."""

from app.cli import main

raise SystemExit(main())
