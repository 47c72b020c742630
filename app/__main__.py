"""``python -m app`` starts the GUI."""

from app.ui.main import main

raise SystemExit(main())
