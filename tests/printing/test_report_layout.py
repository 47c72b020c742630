"""The daily report's layout in every language, read back with poppler: key-figure labels that
Chinese and Japanese could break anywhere stay whole, and no text is printed over other text."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, timedelta
from itertools import combinations
from pathlib import Path

import pytest

from app.printing.figures import Capped, DailyFigures, DayCount, Header
from app.printing.report import daily_report_pdf
from app.translations import load_translations
from tests.helpers import SHANGHAI

DAY = date(2026, 3, 1)
CARD_LABELS = ("Checks", "Fevers", "Visitors admitted", "Visitors refused", "Visitors inside",
               "Under observation", "Alerts open")


def _figures() -> DailyFigures:
    trend = tuple(DayCount(DAY - timedelta(days=13 - i), checks=300 + 17 * i, fevers=i % 3) for i in range(14))
    return DailyFigures(
        day=DAY, is_today=False, by_hour=(("东门", tuple(range(24))), ("西门", tuple(24 - h for h in range(24)))),
        checks=1234, people=800, fevers=6, open_holds=1, fever_rows=Capped(), admitted=12, refused=3,
        refusals=(), inside=Capped(), watch_hits=Capped(), observing=2, new_today=0, ending_tomorrow=0,
        missed_slots=3, missed=Capped(), alerts_raised=2, alerts_closed=1, alerts_open=1, alerts=Capped(),
        exits=Capped(), trend=trend)


def _report(tmp_path: Path, language: str) -> Path:
    header = Header("阳光花园", "阳光社区居委会", datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI), "王师傅", "")
    path = tmp_path / f"daily-{language}.pdf"
    path.write_bytes(daily_report_pdf(header, _figures(), language, load_translations(language)))
    return path


def _words(path: Path) -> list[tuple[float, float, float, float, str]]:
    """Page 1's words as (left, top, right, bottom, text); poppler's boxes are one em high."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(float(x0), float(y0), float(x1), float(y1), word) for x0, y0, x1, y1, word in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', out)]


def test_japanese_key_figure_labels_are_not_broken_between_characters(tmp_path: Path) -> None:
    translate = load_translations("ja")
    labels = [translate("Printing", label, -1) for label in CARD_LABELS]
    assert "入場拒否の来訪者" in labels  # the label that printed as 入場拒否の来訪 / 者
    layout = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(_report(tmp_path, "ja")), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert [label for label in labels if label not in layout] == []


@pytest.mark.parametrize("language", ["ko", "ja", "zh_CN", "en"])
def test_no_text_is_printed_over_other_text(tmp_path: Path, language: str) -> None:
    """Above all the 14-day chart's "0" and the fever panel's title under it (Korean: 일별 발열)."""
    words = _words(_report(tmp_path, language))
    overlapping = [(a[4], b[4]) for a, b in combinations(words, 2)
                   if min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])]
    assert overlapping == []
    if language == "ko":
        title = next(w for w in words if w[4] == "발열" and w[0] > 300)  # the chart's, not the card's
        zero = min((w for w in words if w[4] == "0" and w[3] <= title[1] + 5 and w[0] > 300),
                   key=lambda w: title[1] - w[3])
        assert title[1] - zero[3] >= 1  # a clear gap between the upper panel's 0 and the title
