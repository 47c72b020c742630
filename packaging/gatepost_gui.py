"""Entry point of the packaged GUI."""

from app.ui.main import main

raise SystemExit(main())
