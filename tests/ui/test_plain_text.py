"""User text is shown as typed, never interpreted as markup (issue 7, point 1).

Every text field of a case (subject, description, reply, caller name, caller notes,
case note, callback note, survey comment, handover note, category name, user
display name, shift name) is filled with markup — `<b>`, `&lt;b&gt;`, `<img
src='/etc/passwd'>`, `<a href='file:///etc'>`, `<h1>`, a bare `&` — and each place
that shows it is read back as the user sees it: a label's text in its format, a
tooltip as Qt would render it, a rich view's rendered text, a table cell's text.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from hotline.services import calls, callers, config, shifts

UI = Path(__file__).resolve().parents[2] / "hotline" / "ui"


def long_(tag: str) -> str:
    return (f"<b>{tag}</b> &lt;b&gt; <img src='/etc/passwd'> "
            f"<a href='file:///etc'>x</a> <h1>{tag}</h1> R&D")


def short(tag: str) -> str:  # fits 64 characters (names)
    return f"<b>{tag}</b>&lt;b&gt;<img src='/etc/passwd'><h1>h</h1>&"


def tiny(tag: str) -> str:  # fits 32 characters (shift name)
    return f"<b>{tag}</b>&lt;b&gt;<h1>h</h1>&"


def rendered(text: str, fmt=Qt.TextFormat.AutoText) -> str:
    """The characters a user sees for `text` shown in `fmt` (as QLabel and
    QToolTip decide: AutoText is rich when Qt.mightBeRichText says so)."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def seen(label: QLabel) -> str:
    return rendered(label.text(), label.textFormat())


def labels_showing(root: QWidget, raw: str) -> list[QLabel]:
    return [lb for lb in root.findChildren(QLabel) if raw in seen(lb)]


def assert_no_label_interprets(root: QWidget) -> None:
    """No label under `root` renders its text as rich text."""
    for lb in root.findChildren(QLabel):
        assert lb.textFormat() == Qt.TextFormat.PlainText or (
            lb.textFormat() == Qt.TextFormat.AutoText
            and not GuiQt.mightBeRichText(lb.text())), (lb.objectName(), lb.text())


@pytest.fixture
def hostile(actors):
    """A transferred case whose every text is markup, with a note, a callback, a
    survey, a caller record, a roster entry and a handover note to match."""
    from helpers import make_user

    sup = actors["supervisor"]
    duty = make_user("dutyx", "duty_officer", short("duty"))
    spec = make_user("specx", "specialist", short("spec"))
    t = {"spec_name": short("spec"), "duty_name": short("duty"),
         "category": short("cat"), "caller_name": short("caller"),
         "subject": long_("subject"), "description": long_("desc") + "\nline 2",
         "solution": long_("solution"), "note": long_("note"),
         "callback": long_("callback"), "survey": long_("survey"),
         "caller_notes": long_("cnotes"), "flag": long_("flag"),
         "handover": long_("handover") + "\n第二行", "shift": tiny("s")}
    category = config.save_category(actor=actors["director"], code="x1", name=t["category"])
    case = calls.log_call(actor=duty, outcome="transferred", assignee_id=spec.id,
                          phone="13612345678", caller_name=t["caller_name"],
                          category_id=category.id, subject=t["subject"],
                          description=t["description"], solution=t["solution"])
    calls.add_note(actor=spec, call_id=case.id, text=t["note"])
    calls.record_callback(actor=spec, call_id=case.id, reached=True, note=t["callback"])
    calls.record_survey(actor=sup, call_id=case.id, rating=4, comment=t["survey"])
    callers.update_caller(actor=sup, phone="13612345678", notes=t["caller_notes"],
                          flagged=True, flag_reason=t["flag"])
    now = dt.datetime.now().replace(second=0, microsecond=0)
    shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now - dt.timedelta(hours=1),
                     ends_at=now + dt.timedelta(hours=6), label=t["shift"])
    return {"texts": t, "case": case, "category": category, "duty": duty, "spec": spec}


def test_case_dialog_shows_every_field_literally(qtbot, actors, hostile):
    from PySide6.QtWidgets import QPlainTextEdit, QTreeWidget

    from hotline.ui.case_window import CaseWindow as CaseDialog

    t = hostile["texts"]
    detail = calls.get_case(actor=actors["supervisor"], call_id=hostile["case"].id)
    dialog = CaseDialog(None, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    for key in ("subject", "caller_name", "category", "spec_name"):
        shown = labels_showing(dialog, t[key])
        assert shown, f"{key} is not shown literally in the case dialog"
        assert all(lb.textFormat() == Qt.TextFormat.PlainText for lb in shown)
    subject_label = next(lb for lb in labels_showing(dialog, t["subject"]))
    assert subject_label.text() == t["subject"]
    assert_no_label_interprets(dialog)
    text = dialog.findChild(QPlainTextEdit, "caseText").toPlainText()
    assert t["description"] in text and t["solution"] in text
    timeline = dialog.findChild(QTreeWidget, "timeline")
    cells = [timeline.topLevelItem(i).text(c) for i in range(timeline.topLevelItemCount())
             for c in range(5)]
    for key in ("note", "callback", "survey"):
        assert any(t[key] in cell for cell in cells), key
    assert t["spec_name"] in cells and t["duty_name"] in cells
    assert "Case " + detail.summary.ticket_no == dialog.windowTitle()


def test_caller_history_and_knowledge_show_text_literally(qtbot, actors, hostile,
                                                         open_window):
    from hotline.models import KnowledgeArticle

    t = hostile["texts"]
    title, body = long_("kbtitle"), long_("kbbody")
    KnowledgeArticle.create(title=title, tags=short("tag"), body="欠薪 " + body)
    window = open_window(hostile["duty"])
    form = window.call_form
    qtbot.keyClicks(form.phone, "13612345678")
    qtbot.waitUntil(lambda: form.history.topLevelItemCount() == 1, timeout=10_000)
    assert t["caller_name"] in seen(form.history_header)
    assert form.history_header.textFormat() == Qt.TextFormat.PlainText
    warning = seen(form.history_warning)
    assert t["flag"] in warning and t["caller_notes"][:150] in warning
    assert form.history_warning.textFormat() == Qt.TextFormat.PlainText
    item = form.history.topLevelItem(0)
    assert item.text(3) == t["subject"] and item.text(1).endswith(t["category"])
    assert rendered(item.toolTip(3)) == f"{hostile['case'].ticket_no}  {t['subject']}"
    assert form.caller_name.text() == t["caller_name"]  # filled in, as typed
    # knowledge base: the list item, its tooltip and the article view
    form.kb_search.setText("欠薪")
    form.kb_timer.start(0)
    qtbot.waitUntil(lambda: form.kb_list.count() > 0 and
                    form.kb_list.item(0).data(Qt.ItemDataRole.UserRole), timeout=10_000)
    kb = form.kb_list.item(0)
    assert kb.text() == title
    from hotline.services import knowledge

    hit = knowledge.search_articles(actor=hostile["duty"], query="欠薪")[0]
    wanted = f"{hit.category}\n{hit.snippet}" if hit.category else hit.snippet
    assert "<img src=" in wanted and rendered(kb.toolTip()) == wanted
    form.kb_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: body in form.kb_view.toPlainText(), timeout=10_000)
    assert title in form.kb_view.toPlainText()
    # the category completer offers the name as typed
    model = form.category.completer().model()
    names = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert any(name.endswith(t["category"]) for name in names)
    assert_no_label_interprets(window)


def test_my_shift_cells_and_tooltips_are_literal(qtbot, actors, hostile, open_window):
    t = hostile["texts"]
    window = open_window(hostile["duty"])
    qtbot.keyClick(window, Qt.Key.Key_F3)
    page = window.my_shift
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    model = page.model
    cols = model.COLUMNS
    cell = {c: model.index(0, i) for i, c in enumerate(cols)}
    assert cell["subject"].data(Qt.ItemDataRole.DisplayRole) == t["subject"]
    assert cell["category"].data(Qt.ItemDataRole.DisplayRole).endswith(t["category"])
    assert cell["assignee"].data(Qt.ItemDataRole.DisplayRole) == t["spec_name"]
    tip = cell["subject"].data(Qt.ItemDataRole.ToolTipRole)
    assert rendered(tip) == t["subject"]
    # the view draws DisplayRole text with the default (plain) delegate
    assert type(page.view.itemDelegate()).__name__ == "QStyledItemDelegate"
    qtbot.waitUntil(lambda: t["shift"] in seen(page.summary), timeout=10_000)
    assert page.summary.textFormat() == Qt.TextFormat.PlainText
    # the status bar and the lock page name the officer as typed
    assert t["duty_name"] in seen(window.status_user)
    assert t["shift"] in seen(window.status_shift)
    window.lock()
    assert any(t["duty_name"] in seen(lb) for lb in window.lock_page.findChildren(QLabel))
    assert_no_label_interprets(window)


def test_handover_note_and_names_are_literal(qtbot, actors, hostile, open_window,
                                            monkeypatch):
    from helpers import make_user
    from hotline.ui.handover_dialog import HandoverDialog

    t = hostile["texts"]
    duty = hostile["duty"]
    shifts.write_handover(actor=duty, body=t["handover"])
    nxt = make_user("duty2", "duty_officer", short("next"))
    seen_texts = []

    def acknowledge(cls, parent, actor, notes):
        dialog = cls(parent, actor, notes)
        qtbot.addWidget(dialog)
        seen_texts.append(dialog.view.toPlainText())
        assert_no_label_interprets(dialog)
        qtbot.mouseClick(dialog.ack, Qt.MouseButton.LeftButton)
        return True

    monkeypatch.setattr(HandoverDialog, "ask", classmethod(acknowledge))
    window = open_window(nxt)
    qtbot.waitUntil(lambda: bool(seen_texts), timeout=10_000)  # after sign-in
    assert t["handover"] in seen_texts[0] and t["duty_name"] in seen_texts[0]
    assert t["shift"] in seen_texts[0]
    window.go("duty")
    page = window.duty
    qtbot.waitUntil(lambda: t["handover"] in page.recent.toPlainText(), timeout=10_000)
    recent = page.recent.toPlainText()
    assert t["duty_name"] in recent and short("next") in recent  # acknowledged by
    names = [page.duty.topLevelItem(i).text(0) for i in range(page.duty.topLevelItemCount())]
    shifts_ = [page.duty.topLevelItem(i).text(2)
               for i in range(page.duty.topLevelItemCount())]
    assert t["duty_name"] in names and t["shift"] in shifts_


def test_admin_pages_show_names_literally(qtbot, qapp, actors, hostile, open_window):
    from hotline.ui.roster_page import ShiftDialog

    t = hostile["texts"]
    admin = open_window(actors["admin"])
    page = admin.users
    page.refresh()
    qtbot.waitUntil(lambda: not admin.tasks.busy, timeout=10_000)  # read off the UI thread
    names = [page.table.topLevelItem(i).text(1)
             for i in range(page.table.topLevelItemCount())]
    assert t["spec_name"] in names and t["duty_name"] in names
    for key in admin.page_keys:  # every page the administrator has, shown once
        admin.go(key)
        qapp.processEvents()
    assert_no_label_interprets(admin)
    admin.close()
    sup = open_window(actors["supervisor"])
    sup.nav.setCurrentRow(sup.page_keys.index("roster"))
    roster = sup.roster
    roster.refresh()
    qtbot.waitUntil(lambda: not sup.tasks.busy, timeout=10_000)  # read off the UI thread
    row = roster.table.topLevelItem(0)
    assert (row.text(2), row.text(3)) == (t["shift"], t["duty_name"])
    assert_no_label_interprets(sup)
    # an error naming a person (a second shift in the same period) is plain text
    dialog = ShiftDialog(roster, actors["supervisor"], dt.date.today())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not sup.tasks.busy, timeout=10_000)  # the people, read
    dialog.person.setCurrentIndex(dialog.person.findData(hostile["duty"].id))
    assert dialog.person.currentText().startswith(t["duty_name"])
    now = dt.datetime.now().replace(second=0, microsecond=0)
    from PySide6.QtCore import QDateTime

    dialog.starts.setDateTime(QDateTime(now))
    dialog.ends.setDateTime(QDateTime(now + dt.timedelta(hours=2)))
    dialog.accept()
    qtbot.waitUntil(lambda: not sup.tasks.busy, timeout=10_000)  # saved off the UI thread
    assert t["duty_name"] in seen(dialog.message)
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert_no_label_interprets(dialog)


def test_message_boxes_show_text_literally(qtbot, qapp):
    from hotline.ui.question_dialog import QuestionDialog

    raw = long_("box") + "\n" + short("line2")
    boxes = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append((box.text(), box.textFormat()))
            box.done(QMessageBox.StandardButton.No)
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(20, close_box)
    assert QuestionDialog.ask(None, "t", raw) is False
    QTimer.singleShot(20, close_box)
    QuestionDialog.inform(None, "t", raw, warning=True)
    assert len(boxes) == 2
    for text, fmt in boxes:
        assert text == raw and fmt == Qt.TextFormat.PlainText


def test_restored_draft_question_is_literal(qtbot, actors, open_window):
    """The crash-recovery question quotes the typed subject: shown as typed."""
    window = open_window(actors["duty_officer"], start=False)
    window.call_form.subject.setText(long_("draft"))
    window.call_form.write_draft(force=True)
    boxes = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append((box.text(), box.textFormat()))
            box.done(QMessageBox.StandardButton.No)
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(20, close_box)
    window.call_form.offer_draft()
    assert boxes and long_("draft") in boxes[0][0]
    assert boxes[0][1] == Qt.TextFormat.PlainText


# --------------------------------------------------------------------- lint
def _calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _name(func) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{_name(func.value)}.{func.attr}"
    return ""


def test_no_widget_shows_text_without_the_plain_helpers():
    """A new QLabel, message box or tooltip must go through hotline/ui/widgets.py
    (plain_label, message_box, plain_tooltip): fail here rather than render a
    caller's `<img src=…>`."""
    offences = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "widgets.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            name = _name(call.func)
            where = f"{path.relative_to(UI)}:{call.lineno}"
            if name in ("QLabel", "QMessageBox", "QToolTip.showText"):
                offences.append(f"{where} {name}(…): use plain_label/message_box")
            if name.startswith("QMessageBox.") and name.split(".")[1] in (
                    "warning", "information", "critical", "question", "about"):
                offences.append(f"{where} {name}: use widgets.message_box")
            if name.endswith(".setToolTip") and call.args:
                arg = call.args[-1]
                ok = (isinstance(arg, ast.Constant) and arg.value == "") or (
                    isinstance(arg, ast.Call) and _name(arg.func) in (
                        "plain_tooltip", "self.tr", "QCoreApplication.translate"))
                if not ok:
                    offences.append(f"{where} setToolTip: wrap user text in plain_tooltip")
            if name.endswith(".setTextFormat") and call.args and \
                    _name(call.args[0]).endswith(("RichText", "AutoText")):
                offences.append(f"{where} rich text format")
    assert offences == []


def test_plain_helpers(qapp):
    from hotline.ui.widgets import message_box, plain_label, plain_tooltip, set_plain

    for raw in (long_("x"), "&lt;b&gt;", "<img src='/etc/passwd'>",
                "<a href='file:///etc'>x</a>", "<h1>x</h1>", "a & b", "a\nb  c"):
        label = plain_label(raw)
        assert label.text() == raw and seen(label) == raw
        other = QLabel()
        set_plain(other, raw)
        assert seen(other) == raw
        assert rendered(plain_tooltip(raw)) == raw
        box = message_box(None, QMessageBox.Icon.Information, "t", raw)
        assert box.text() == raw and box.textFormat() == Qt.TextFormat.PlainText
    assert plain_tooltip("") == "" and plain_tooltip(None) == ""
    # the check itself: an AutoText label would render the markup
    auto = QLabel("<b>x</b> &lt;b&gt;")
    assert seen(auto) == "x <b>"
