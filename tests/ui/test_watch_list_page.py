"""The watch list page: add by hand, refuse bad input, remove, import a file."""

from __future__ import annotations

from pathlib import Path

from app.models import WatchEntry
from app.ui.watch_list_page import WatchEntryDialog, WatchListPage
from tests.helpers import count


def test_add_remove_and_import(qtbot, ctx, tmp_path: Path) -> None:
    page = WatchListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0

    dialog = WatchEntryDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.prefix.setText("9999")
    dialog.save()
    assert dialog.error.text().startswith("Region or plate prefix:") and count(ctx.sessions, WatchEntry) == 0
    dialog.prefix.setText("420106")
    dialog.save()
    page.reload()
    assert page.model.rowCount() == 1 and page.model.row_at(0).label == "湖北省武汉市武昌区"

    page.table.selectRow(0)
    page.remove_selected()
    assert page.model.rowCount() == 0

    bad = tmp_path / "bad.csv"
    bad.write_text("kind,prefix\nregion,42\nplate,X1\n", encoding="utf-8")
    assert page.import_file(bad) and "line 3" in page.problems.text() and page.model.rowCount() == 0
    good = tmp_path / "good.csv"
    good.write_text("类型,前缀,名称\n车牌,鄂A,武汉车牌\n地区,42,湖北\n", encoding="utf-8")
    assert page.import_file(good) == [] and page.model.rowCount() == 2 and page.problems.text() == ""
