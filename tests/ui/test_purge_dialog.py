"""The retention purge dialog (issue 13 item 4): only the roles with caller.purge
get its menu action; the preview shows the counts, the purge asks with the
counts, runs on the window's worker threads and shows its result."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from hotline.models import Caller
from hotline.services import calls


def _settled(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20_000)


def _cases(actors, frozen_clock):
    duty, spec = actors["duty_officer"], actors["specialist"]
    frozen_clock.at(dt.datetime(2026, 3, 2, 10, 0))
    for phone, name in (("13811112222", "甄鑫淼"), ("13833334444", "龚燚犇")):
        calls.log_call(actor=duty, outcome="answered", phone=phone, caller_name=name,
                       subject="咨询", description=name + "问供暖", solution="已答")
    calls.log_call(actor=duty, outcome="transferred", phone="13855556666",
                   caller_name="蔺垚焱", subject="投诉", description="还在办",
                   assignee_id=spec.id)
    frozen_clock.at(dt.datetime(2026, 4, 10, 9, 0))


def _menu_actions(window):
    return {a.objectName() for a in window.menuBar().actions()[0].menu().actions()}


def test_menu_action_only_for_director_and_admin(actors, open_window):
    assert "purgeAction" in _menu_actions(open_window(actors["director"]))
    assert "purgeAction" in _menu_actions(open_window(actors["admin"]))
    assert "purgeAction" not in _menu_actions(open_window(actors["supervisor"]))


def test_preview_confirm_purge_and_result(qtbot, actors, open_window, frozen_clock,
                                          monkeypatch):
    from hotline.ui.purge_dialog import PurgeDialog
    from hotline.ui.question_dialog import QuestionDialog

    _cases(actors, frozen_clock)
    director = actors["director"]
    window = open_window(director)
    dialog = PurgeDialog(window, director, window.tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    _settled(qtbot, window)
    assert dialog.rule.text() == ('The center keeps callers\' data for 24 months; the '
                                  'case text rule is "purge".')
    assert dialog.case_text.isChecked()
    assert not dialog.purge_button.isEnabled()  # nothing previewed yet

    dialog.before.setDate(QDate(2026, 4, 1))
    dialog.preview_button.click()
    _settled(qtbot, window)
    assert dialog.counts.text() == (
        "2 callers and their 2 cases closed before 2026-04-01 will be purged. "
        "The cases' free text will be replaced.")
    assert dialog.warning.isVisibleTo(dialog)
    assert "24 months" in dialog.warning.text()
    assert dialog.purge_button.isEnabled()
    assert Caller.select().where(Caller.purged_at.is_null(False)).count() == 0

    asked = []
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or False))
    dialog.purge_button.click()  # answered No: nothing happens
    assert "cannot be undone" in asked[0] and "2 callers" in asked[0]
    assert not window.tasks.busy
    assert Caller.select().where(Caller.purged_at.is_null(False)).count() == 0

    monkeypatch.setattr(QuestionDialog, "ask", classmethod(
        lambda cls, parent, title, text: True))
    dialog.purge_button.click()
    _settled(qtbot, window)
    assert dialog.counts.text() == ("Purged 2 callers and 2 cases (2 with their text "
                                    "replaced). The database was compacted.")
    assert not dialog.message.isVisibleTo(dialog)
    assert sorted(c.name for c in Caller.select()) == ["已清除", "已清除", "蔺垚焱"]
    assert not dialog.purge_button.isEnabled()  # a new preview first


def test_changing_the_choice_needs_a_new_preview(qtbot, actors, open_window,
                                                 frozen_clock):
    from hotline.ui.purge_dialog import PurgeDialog

    _cases(actors, frozen_clock)
    window = open_window(actors["admin"])
    dialog = PurgeDialog(window, actors["admin"], window.tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    _settled(qtbot, window)
    dialog.before.setDate(QDate(2026, 3, 1))
    dialog.case_text.setChecked(False)
    dialog.preview_button.click()
    _settled(qtbot, window)
    assert dialog.counts.text() == ("Nothing to purge: no caller has all cases "
                                    "closed before 2026-03-01.")
    assert not dialog.purge_button.isEnabled()
    dialog.before.setDate(QDate(2026, 4, 1))
    dialog.preview_button.click()
    _settled(qtbot, window)
    assert dialog.counts.text().endswith("The cases' free text is kept.")
    assert dialog.purge_button.isEnabled()
    dialog.case_text.setChecked(True)
    assert not dialog.purge_button.isEnabled() and dialog.counts.text() == ""


def test_director_saves_the_case_text_rule(qtbot, actors, open_window):
    from hotline.services import purge
    from hotline.ui.purge_dialog import PurgeDialog

    director = actors["director"]
    window = open_window(director)
    dialog = PurgeDialog(window, director, window.tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    _settled(qtbot, window)
    assert dialog.save_rule.isVisibleTo(dialog)
    dialog.case_text.setChecked(False)
    dialog.save_rule.click()
    _settled(qtbot, window)
    assert dialog.rule.text().endswith('the case text rule is "keep".')
    assert purge.get_retention_rule(actor=director).case_text is False

    admin_window = open_window(actors["admin"])
    other = PurgeDialog(admin_window, actors["admin"], admin_window.tasks)
    qtbot.addWidget(other)
    other.show()
    _settled(qtbot, admin_window)
    assert not other.save_rule.isVisibleTo(other)  # the director's rule
    assert not other.case_text.isChecked()  # the rule the director set
