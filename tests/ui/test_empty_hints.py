"""Empty watch-list and observation pages say what to do next; the hint goes once there is data."""

from __future__ import annotations

from datetime import timedelta

from app.services.lookup import find_resident
from app.services.returnees import ReturneeForm, add_returnee
from app.services.watchlist import add_watch_entry
from app.ui.observation_page import ObservationPage
from app.ui.watch_list_page import WatchListPage


def test_the_empty_watch_list_explains_itself(qtbot, ctx) -> None:
    page = WatchListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.hint.isVisible()
    assert page.hint.text().startswith("The watch list is empty. It holds the key regions")
    assert "street office usually sends it" in page.hint.text()
    assert "(Add…)" in page.hint.text() and "(Import (CSV)…)" in page.hint.text()
    ctx.call(add_watch_entry, kind="region", prefix="420106")
    page.reload()
    assert page.model.rowCount() == 1 and not page.hint.isVisible()


def test_the_empty_observation_page_says_how_to_add_a_returnee(qtbot, ctx, fixed_clock) -> None:
    page = ObservationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.hint.isVisible()
    assert page.hint.text().startswith("Nobody is under observation.")
    assert "(Add returnee…)" in page.hint.text()
    zhang = ctx.call(find_resident, "00001")
    ctx.call(add_returnee, ReturneeForm(zhang, "武汉", fixed_clock.now().date() - timedelta(days=1)))
    page.reload()
    assert page.model.rowCount() == 1 and not page.hint.isVisible()
