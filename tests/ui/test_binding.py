"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 took one reference from None on every call of a method returning
nothing (setText, setEnabled …) and never gave it back: after enough calls Python
aborts ("none_dealloc: deallocating None"), and a 20-minute test run died at exit
on the same drift for True. pyproject.toml keeps that version out; this test fails
on any binding that loses references, whatever its version."""

from __future__ import annotations

import sys


def test_void_and_bool_calls_give_back_every_reference(qapp):
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox()
    box.setText("x")  # warm up: the first calls may create lasting objects
    box.setEnabled(True)
    box.isChecked()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        box.setText("来电")
        box.setEnabled(True)
        box.setEnabled(False)
        box.setChecked(True)
        box.isChecked()
        box.isEnabled()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # 2,000 × 4 calls returning None: a binding that loses one reference a call
    # would be 8,000 short; the few references live objects hold now are noise
    assert all(abs(a - b) < 50 for a, b in zip(after, before)), (before, after)
