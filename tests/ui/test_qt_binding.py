"""The Qt binding keeps Python's reference counts straight (PySide6 6.12.0 did not)."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_consume_references_to_none(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 5
