"""Render the gate page in every language to PNG files (README and visual review).

Usage: python -m tools.screenshots OUT_DIR  (runs offscreen on a temporary database)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app import clock
from app.ui.context import UiContext, ui_settings
from app.ui.i18n import LANGUAGES, LanguageManager
from app.ui.main import open_sessions
from app.ui.theme import apply_theme


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    fixed = clock.FixedClock(datetime(2026, 3, 2, 20, 15, tzinfo=ZoneInfo("Asia/Shanghai")))
    clock.use_clock(fixed)
    os.environ["TZ"] = "Asia/Shanghai"
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        sessions = open_sessions(data_dir)
        from app.services.demo import generate_demo_data
        from app.services.setup import init_site

        with sessions.begin() as session:
            actor = init_site(session, site_name="阳光花园", committee="阳光社区居委会",
                              admin_username="王师傅", admin_password="demo-pass",
                              gates=["东门", "西门"])
        generate_demo_data(sessions, actor, residents=400, days=3, seed=7)
        languages = LanguageManager(app)
        from app.ui.main_window import MainWindow

        for night in (False, True):
            for language in LANGUAGES:
                languages.set_language(language)
                apply_theme(night)
                window = MainWindow(UiContext(sessions, actor, languages, ui_settings(data_dir), data_dir))
                window.show()
                page = window.gate_page
                page.search.setText("00012")
                page._on_lookup_due()
                page._on_search_entered()
                page.temperature.setText("37.8")
                page.save()
                fixed.advance(seconds=30)
                page.search.setText("zh")
                page._on_lookup_due()
                page._on_tick()
                app.processEvents()
                suffix = "-night" if night else ""
                window.grab().save(str(out / f"gate-{language}{suffix}.png"))
                window.close()
                fixed.advance(minutes=5)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
