"""Entry point of the packaged command line."""

from app.cli import main

raise SystemExit(main())
