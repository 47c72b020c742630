"""The main window: gate desk, day log and roster, with language and night theme at hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QStatusBar, QTabWidget, QToolBar, QWidget

from app.services.context import ROLE_LABELS, Actor, Role
from app.services.policy import load_policy
from app.services.setup import SiteView, site_view
from app.ui.context import UiContext
from app.ui.gate_page import GatePage
from app.ui.i18n import qt_translate
from app.ui.idle_lock import IdleLock
from app.ui.login_dialog import LanguageCombo
from app.ui.read_only_bar import ReadOnlyBar
from app.ui.theme import apply_theme


SYNC_COUNTER_AFTER_MS = 1500


def _day_log_page(ctx: UiContext) -> QWidget:
    from app.ui.day_log_page import DayLogPage

    return DayLogPage(ctx)


def _residents_page(ctx: UiContext) -> QWidget:
    from app.ui.residents_page import ResidentsPage

    return ResidentsPage(ctx)


def _watch_list_page(ctx: UiContext) -> QWidget:
    from app.ui.watch_list_page import WatchListPage

    return WatchListPage(ctx)


def _observation_page(ctx: UiContext) -> QWidget:
    from app.ui.observation_page import ObservationPage

    return ObservationPage(ctx)


def _print_page(ctx: UiContext) -> QWidget:
    from app.ui.print_page import PrintPage

    return PrintPage(ctx)


def _sync_page(ctx: UiContext) -> QWidget:
    from app.ui.sync_page import SyncPage

    return SyncPage(ctx)


def _desk(session: Any, actor: Actor) -> tuple[SiteView, int]:
    """The compound, and the minutes of quiet after which the window locks."""
    return site_view(session, actor.site_id), load_policy(session, actor.site_id).idle_lock_minutes


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signing_out = False
        self.site, idle_minutes = ctx.call(_desk)
        # The gate page is built at once; the others (and their imports) on first visit.
        self.gate_page = GatePage(ctx)
        self._all_builders = {1: _day_log_page, 2: _residents_page, 3: _observation_page,
                              4: _watch_list_page, 5: _print_page, 6: _sync_page}
        self._builders = dict(self._all_builders)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.gate_page, "")
        for _ in self._builders:
            self.tabs.addTab(QWidget(), "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # While idle-locked the pages give way to a page that shows nothing personal.
        self.locked_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.locked_label)
        # Red, over every page, while the database only reads (found damaged); offers the restore.
        self.read_only_bar = ReadOnlyBar(ctx)
        self.read_only_bar.restored.connect(self._on_restored)
        self.setCentralWidget(self.read_only_bar.above(self.stack))
        self.gate_page.check_recorded.connect(self._on_gate_recorded)
        self.gate_page.visitor_registered.connect(self._on_gate_recorded)

        self.toolbar = toolbar = QToolBar()
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.user_label = QLabel()
        toolbar.addWidget(self.user_label)
        toolbar.addSeparator()
        toolbar.addWidget(LanguageCombo(ctx.languages))
        self.night_action = QAction(self, checkable=True)
        self.night_action.setShortcut(QKeySequence("Ctrl+T"))
        self.night_action.setChecked(ctx.settings.value("night", False, type=bool))
        self.night_action.toggled.connect(self._on_night_toggled)
        toolbar.addAction(self.night_action)
        self.users_action = QAction(self)
        self.users_action.triggered.connect(self.open_users)
        if ctx.actor.role >= Role.ADMIN:
            toolbar.addAction(self.users_action)
        self.users_dialog = None
        self.wipe_action = QAction(self)  # the end of the epidemic, an administrator's
        self.wipe_action.triggered.connect(self.open_wipe)
        self.wipe_action.setVisible(ctx.actor.role >= Role.ADMIN)
        toolbar.addAction(self.wipe_action)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        toolbar.addAction(self.password_action)
        self.password_dialog = None
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out)
        toolbar.addAction(self.sign_out_action)
        self.idle_lock = IdleLock(ctx, self, idle_minutes)
        self.idle_lock.locked.connect(self._on_locked)
        self.idle_lock.unlocked.connect(self._on_unlocked)
        self._status_shown = False
        for i in range(self.tabs.count()):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self.sync_counter = None
        # The counter counts every table: after the gate page is up, not before.
        QTimer.singleShot(SYNC_COUNTER_AFTER_MS, self._add_sync_counter)
        from app.ui.retention_timer import RetentionTimer  # the purge at start-up and at midnight

        self.retention = RetentionTimer(ctx, self)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self.resize(1280, 740)

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("GatePost — {site}").format(site=self.site.name))
        self.tabs.setTabText(0, self.tr("Gate (Ctrl+1)"))
        self.tabs.setTabText(1, self.tr("Day log (Ctrl+2)"))
        self.tabs.setTabText(2, self.tr("Residents (Ctrl+3)"))
        self.tabs.setTabText(3, self.tr("Observation (Ctrl+4)"))
        self.tabs.setTabText(4, self.tr("Watch list (Ctrl+5)"))
        self.tabs.setTabText(5, self.tr("Printing (Ctrl+6)"))
        self.tabs.setTabText(6, self.tr("USB sync (Ctrl+7)"))
        self.user_label.setText(self.tr("{name} ({role})").format(
            name=self.ctx.actor.display_name,
            role=qt_translate("Role", ROLE_LABELS[self.ctx.actor.role])))
        self.night_action.setText(self.tr("Night theme"))
        self.users_action.setText(self.tr("Accounts…"))
        self.wipe_action.setText(self.tr("Wipe compound…"))
        self.password_action.setText(self.tr("My password…"))
        self.locked_label.setText(self.tr("GatePost is locked."))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.ctx.settings.setValue("language", self.ctx.languages.language)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.gate_page.focus_entry()

    def page(self, index: int) -> QWidget:
        """The page of tab ``index``, built now if it has not been shown yet."""
        builder = self._builders.pop(index, None)
        if builder is not None:
            page = builder(self.ctx)
            if index == 6:
                self._add_sync_counter()
                self.sync_counter.follow(page)
                page.bundles_imported.connect(self._on_bundles_imported)
            blocked = self.tabs.blockSignals(True)
            current = self.tabs.currentIndex()
            text = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, text)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
        return self.tabs.widget(index)

    @property
    def day_log_page(self) -> QWidget:
        return self.page(1)

    @property
    def residents_page(self) -> QWidget:
        return self.page(2)

    @property
    def observation_page(self) -> QWidget:
        return self.page(3)

    @property
    def watch_list_page(self) -> QWidget:
        return self.page(4)

    @property
    def print_page(self) -> QWidget:
        return self.page(5)

    @property
    def sync_page(self) -> QWidget:
        return self.page(6)

    def _on_gate_recorded(self, _record: object) -> None:
        if 1 not in self._builders:
            self.day_log_page.refresh()

    def _add_sync_counter(self) -> None:
        from app.ui.sync_counter import SyncCounterLabel

        if self.sync_counter is None:
            self.sync_counter = SyncCounterLabel(self.ctx)
            self.statusBar().addPermanentWidget(self.sync_counter)
            self.sync_counter.refresh()
            self.sync_counter.clicked.connect(lambda: self.tabs.setCurrentIndex(6))

    def _on_bundles_imported(self) -> None:
        """The office's roster, returnees or watch list arrived: pages already open show them."""
        for index in (2, 3, 4):
            if index not in self._builders:
                self.page(index).refresh()

    def _on_tab_changed(self, index: int) -> None:
        page = self.page(index)
        if page is self.gate_page:
            self.gate_page.focus_entry()

    def _on_night_toggled(self, night: bool) -> None:
        self.ctx.settings.setValue("night", night)
        apply_theme(night)

    def add_demo_data(self) -> None:
        """Practice data for a new compound, in the background (progress, cancel)."""
        from app.services.demo import generate_demo_data
        from app.ui.setup_wizard import DEMO_DAYS, DEMO_RESIDENTS
        from app.ui.tasks import run_task

        ctx = self.ctx
        run_task(self, self.tr("Adding demo residents and traffic…"),
                 lambda progress: ctx.run(generate_demo_data, residents=DEMO_RESIDENTS, days=DEMO_DAYS,
                                          progress=progress),
                 lambda _summary: self.gate_page.refresh())

    def open_users(self) -> None:
        from app.ui.users_dialog import UsersDialog

        self.users_dialog = UsersDialog(self.ctx, self)
        self.users_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no password kept
        self.users_dialog.open()

    def open_wipe(self) -> None:
        from app.ui.wipe_dialog import WipeDialog

        dialog = WipeDialog(self.ctx, self.site.name, self)
        if dialog.exec() and dialog.wiped:  # nothing left to show: the program ends
            self.close()

    def change_password(self) -> None:
        from app.ui.users_dialog import PasswordDialog

        self.password_dialog = PasswordDialog(self.ctx, None, self)
        self.password_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no password kept
        self.password_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password is changed."), 10_000))
        self.password_dialog.open()

    def sign_out(self) -> None:
        self.signing_out = True
        self.close()

    def _on_restored(self, _restored: object) -> None:
        """Another file is the database now: everybody signs in again, and every page is read anew."""
        self.sign_out()

    # --- the idle lock -------------------------------------------------------------------------

    def _on_locked(self) -> None:
        self.stack.setCurrentWidget(self.locked_label)
        self.toolbar.hide()
        bar = self.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self._status_shown = bar is not None and bar.isVisible()
        if bar is not None:
            bar.hide()

    def _on_unlocked(self, actor: Actor) -> None:
        if actor.user_id != self.ctx.actor.user_id:
            self.set_actor(actor)
        if self._status_shown:
            self.statusBar().show()
        self.toolbar.show()
        self.stack.setCurrentWidget(self.tabs)

    def set_actor(self, actor: Actor) -> None:
        """Another user took over at the lock: the pages act as them from now on."""
        role_changed = actor.role != self.ctx.actor.role
        self.ctx.actor = actor
        for dialog in (self.users_dialog, self.password_dialog):  # the previous user's
            if dialog is not None:
                try:
                    dialog.close()
                except RuntimeError:  # closed already
                    pass
        self.users_dialog = self.password_dialog = None
        self.wipe_action.setVisible(actor.role >= Role.ADMIN)
        if actor.role >= Role.ADMIN and self.users_action not in self.toolbar.actions():
            self.toolbar.insertAction(self.password_action, self.users_action)
        elif actor.role < Role.ADMIN:
            self.toolbar.removeAction(self.users_action)
        if role_changed:  # pages built for the previous role are built again when shown
            for index in sorted(set(self._all_builders) - set(self._builders)):
                page = self.tabs.widget(index)
                self._builders[index] = self._all_builders[index]
                blocked = self.tabs.blockSignals(True)
                current, text = self.tabs.currentIndex(), self.tabs.tabText(index)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, QWidget(), text)
                self.tabs.setCurrentIndex(current)
                self.tabs.blockSignals(blocked)
                page.deleteLater()
            self.page(self.tabs.currentIndex())
        self.retranslate_ui()
