"""The knowledge base page: a specialist writes, saves, publishes and edits an
article (version 2 in the history, version 1 readable); the duty officer finds it
and has no edit buttons. Both backends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hotline.models import Category, KnowledgeArticle, KnowledgeArticleVersion
from hotline.services import knowledge
from hotline.ui.question_dialog import QuestionDialog


def _idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def _rows(page):
    return [[page.table.topLevelItem(i).text(c) for c in range(page.COLUMNS)]
            for i in range(page.table.topLevelItemCount())]


def _history(page):
    return [[page.history.topLevelItem(i).text(c) for c in range(4)]
            for i in range(page.history.topLevelItemCount())]


def test_a_specialist_writes_publishes_and_edits_an_article(qtbot, actors, open_window,
                                                           ime_type):
    Category.create(code="LD", name="劳动争议")
    window = open_window(actors["specialist"])
    window.go("knowledge")
    page = window.knowledge
    _idle(qtbot, window)
    assert window.current_page_key() == "knowledge" and _rows(page) == []

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new
    assert page.title_edit.hasFocus()
    ime_type(page.title_edit, "拖欠工资怎么办")
    page.category.setCurrentIndex(page.category.findText("劳动争议"))
    ime_type(page.tags, "欠薪，劳动仲裁")
    ime_type(page.body, "<b>可以</b>向劳动保障监察机构投诉，也可以申请劳动仲裁。")
    ime_type(page.note, "初稿")
    assert page.save_button.isEnabled()
    qtbot.keyClick(page.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
    _idle(qtbot, window)
    assert not page.error.isVisible(), page.error.text()
    assert _rows(page) == [["拖欠工资怎么办", "劳动争议", "欠薪,劳动仲裁", "Draft", "1", "0",
                            _rows(page)[0][6]]]
    saved = KnowledgeArticle.get()
    assert (saved.status, saved.body) == \
        ("draft", "<b>可以</b>向劳动保障监察机构投诉，也可以申请劳动仲裁。")
    assert "Draft" in page.state.text() and "version 1" in page.state.text()

    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    assert _rows(page)[0][3] == "Published"
    assert not page.publish_button.isEnabled() and page.retire_button.isEnabled()

    # edit again: a second version, with who, when and what changed
    page.body.setFocus()
    page.body.moveCursor(page.body.textCursor().MoveOperation.End)
    ime_type(page.body, "仲裁不收费。")
    ime_type(page.note, "补充仲裁费用")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    assert not page.error.isVisible(), page.error.text()
    history = _history(page)
    assert [(v[0], v[2], v[3]) for v in history] == [
        ("2", "specialist one", "补充仲裁费用"), ("1", "specialist one", "初稿")]
    assert _rows(page)[0][3:5] == ["Published", "2"]
    assert KnowledgeArticleVersion.select().count() == 2

    # the old version, read-only
    page.history.setFocus()
    page.history.setCurrentItem(page.history.topLevelItem(1))
    qtbot.keyClick(page.history, Qt.Key.Key_Return)
    view = page.version_view
    assert view is not None and view.isVisible()
    assert view.body.isReadOnly()
    assert view.body.toPlainText() == "<b>可以</b>向劳动保障监察机构投诉，也可以申请劳动仲裁。"
    assert view.title.text() == "拖欠工资怎么办" and view.title.textFormat() == \
        Qt.TextFormat.PlainText
    view.close()

    # the duty officer finds the edited text at once
    hits = knowledge.search_articles(actor=actors["duty_officer"], query="不收费")
    assert [h.title for h in hits] == ["拖欠工资怎么办"]


def test_an_empty_title_is_refused_naming_the_field_and_the_text_stays(
        qtbot, actors, open_window, ime_type):
    window = open_window(actors["supervisor"])
    window.go("knowledge")
    page = window.knowledge
    _idle(qtbot, window)
    page.new_article()
    ime_type(page.body, "只有正文")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    assert page.error.isVisible() and page.error.text() == "Title: is required"
    assert page.title_edit.hasFocus()
    assert page.body.toPlainText() == "只有正文"
    assert KnowledgeArticle.select().count() == 0


def test_a_stale_edit_says_so_and_keeps_the_text(qtbot, actors, open_window, ime_type,
                                                 monkeypatch):
    spec = actors["specialist"]
    a = knowledge.create_article(actor=spec, title="离婚财产如何分割", body="平均分割。")
    window = open_window(spec)
    window.go("knowledge")
    page = window.knowledge
    _idle(qtbot, window)
    page.table.setCurrentItem(page.row_of(a.id))
    _idle(qtbot, window)
    assert page.title_edit.text() == "离婚财产如何分割"
    # someone else saves meanwhile
    knowledge.update_article(actor=actors["supervisor"], article_id=a.id,
                             expected_version=1, title=a.title, body="照顾子女。")
    ime_type(page.body, "我的补充")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    assert "Someone else saved this article" in page.error.text()
    assert page.body.toPlainText() == "我的补充平均分割。"  # what was typed stays
    assert KnowledgeArticle.get_by_id(a.id).body == "照顾子女。"
    # reloading asks before dropping the typed text, then shows the saved version 2
    asked = []
    monkeypatch.setattr(QuestionDialog, "ask",
                        classmethod(lambda cls, *a: asked.append(a[2]) or True))
    page.body.setFocus()
    qtbot.keyClick(page.body, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot, window)
    assert len(asked) == 1 and page.body.toPlainText() == "照顾子女。"
    assert "version 2" in page.state.text() and not page.error.isVisible()


def test_leaving_unsaved_changes_asks_first(qtbot, actors, open_window, ime_type,
                                           monkeypatch):
    spec = actors["specialist"]
    first = knowledge.create_article(actor=spec, title="第一篇", body="正文一")
    second = knowledge.create_article(actor=spec, title="第二篇", body="正文二")
    window = open_window(spec)
    window.go("knowledge")
    page = window.knowledge
    _idle(qtbot, window)
    page.table.setCurrentItem(page.row_of(first.id))
    _idle(qtbot, window)
    ime_type(page.body, "未保存")
    answer = [False]
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(lambda cls, *a: answer[0]))
    page.table.setCurrentItem(page.row_of(second.id))  # "No": stay
    _idle(qtbot, window)
    assert page.title_edit.text() == "第一篇" and page.body.toPlainText() == "未保存正文一"
    assert page.table.currentItem() is page.row_of(first.id)
    answer[0] = True
    page.table.setCurrentItem(page.row_of(second.id))  # "Yes": the other article
    _idle(qtbot, window)
    assert (page.title_edit.text(), page.body.toPlainText()) == ("第二篇", "正文二")


def test_a_duty_officer_reads_published_articles_without_edit_buttons(
        qtbot, actors, open_window):
    spec = actors["specialist"]
    shown = knowledge.create_article(actor=spec, title="申请法律援助的条件",
                                     body="经济困难的公民可以申请法律援助。", tags="法律援助")
    knowledge.publish(actor=spec, article_id=shown.id)
    knowledge.create_article(actor=spec, title="未发布的草稿", body="草稿")
    window = open_window(actors["duty_officer"])
    window.go("knowledge")
    page = window.knowledge
    _idle(qtbot, window)
    assert [r[0] for r in _rows(page)] == ["申请法律援助的条件"]
    assert page.save_button is None and page.publish_button is None \
        and page.retire_button is None and page.new_button is None
    assert page.history is None and page.status_filter.isHidden()
    texts = {b.text().replace("&", "") for b in page.findChildren(QPushButton)
             if b.isVisible()}
    assert not texts & {"Save", "Publish", "Retire", "New article"}
    page.table.setCurrentItem(page.row_of(shown.id))
    _idle(qtbot, window)
    assert page.body.toPlainText() == "经济困难的公民可以申请法律援助。"
    assert page.body.isReadOnly() and page.title_edit.isReadOnly()
    page.body.setFocus()
    qtbot.keyClick(page.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot, window)
    assert KnowledgeArticle.get_by_id(shown.id).version == 1


def test_secretary_also_reads_only(qtbot, actors, open_window):
    window = open_window(actors["secretary"])
    assert "knowledge" in window.page_keys
    assert window.knowledge.save_button is None
    admin = open_window(actors["admin"])
    assert "knowledge" not in admin.page_keys
