"""The setup wizard on a new machine: the database it makes is encrypted from the start."""

from __future__ import annotations

from pathlib import Path

from app.db.unlocking import recover, unlock
from app.paths import DB_FILE_NAME
from tests.services.test_at_rest import no_plain_copy


def test_the_setup_wizard_makes_an_encrypted_database_and_a_cancelled_one_leaves_nothing(
        qtbot, data_dir: Path, languages, fixed_clock) -> None:
    from app.ui.loader import DatabaseLoader
    from app.ui.setup_wizard import SetupWizard

    loader = DatabaseLoader(data_dir)
    assert not loader.is_set_up()
    loader.new_database()
    cancelled = SetupWizard(loader.set_up_compound, languages)
    qtbot.addWidget(cancelled)
    loader.discard_unfinished()  # what the desk does when the wizard is closed
    assert not loader.is_set_up() and [p for p in data_dir.rglob("*") if p.is_file()] == []

    loader.new_database()
    wizard = SetupWizard(loader.set_up_compound, languages)
    qtbot.addWidget(wizard)
    code = loader.recovery_code
    for field, text in ((wizard.site, "幸福里"), (wizard.committee, "幸福里居委会"), (wizard.gates, "南门"),
                        (wizard.username, "chen"), (wizard.password, "long-enough-9"),
                        (wizard.password_again, "long-enough-9")):
        field.setText(text)
    assert wizard._finish() is True
    loader.sessions().kw["bind"].dispose()
    assert loader.is_set_up() and code
    no_plain_copy(data_dir)
    assert unlock(data_dir / DB_FILE_NAME, "chen", "long-enough-9", fixed_clock.now()).key
    assert recover(data_dir / DB_FILE_NAME, code).key
