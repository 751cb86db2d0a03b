"""The knowledge base (知识库): the article list and the article editor.

Left, the list: search words (title, body, tags through the search indexes),
status and category filters, columns title, category, tags, status, version, uses
and last change; pages of PAGE_SIZE by key ("More"). Right, the article: title,
category, tags, text, the change note, Save / Publish / Retire, and the version
history (who, when, what changed); Enter or a double click on a version shows it
read-only.

Specialists, supervisors and directors edit (knowledge.edit). Duty officers and
secretaries read published articles: no edit buttons, no history, read-only
fields (the services refuse them all the same). Every read and save runs on the
window's TaskManager; user text is shown literally (plain-text widgets, cells).

Keys: Ctrl+F search, Ctrl+N new article, Ctrl+S save, Ctrl+P publish, Ctrl+R reload
the article. Leaving an article with unsaved changes asks first.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton,
                               QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from ..services import config, knowledge
from ..services.base import Actor
from ..services.errors import ValidationError
from ..services.permissions import allowed
from . import labels
from .question_dialog import QuestionDialog
from .tasks import LatestOnly, TaskManager
from .widgets import error_label, plain_label, plain_tooltip, set_plain, show_error

PAGE_SIZE = 100
SEARCH_DELAY_MS = 250


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, dt.datetime) else ""


def changed_text(version: knowledge.ArticleVersionInfo) -> str:
    """What changed in a version: its note, else the fields that differ."""
    if version.note:
        return version.note
    if version.version == 1:
        return QCoreApplication.translate("KnowledgePage", "First version")
    names = {"title": QCoreApplication.translate("KnowledgePage", "title"),
             "body": QCoreApplication.translate("KnowledgePage", "text"),
             "category_id": QCoreApplication.translate("KnowledgePage", "category"),
             "tags": QCoreApplication.translate("KnowledgePage", "tags")}
    return QCoreApplication.translate("KnowledgePage", "Changed: %1").replace(
        "%1", QCoreApplication.translate("KnowledgePage", ", ").join(
            names.get(n, n) for n in version.changed))


class ArticleVersionDialog(QDialog):
    """One saved version of an article, read-only."""

    def __init__(self, version: knowledge.ArticleVersionInfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleVersionDialog")
        self.setWindowTitle(self.tr("Version %1 (read-only)").replace(
            "%1", str(version.version)))
        self.resize(640, 520)
        self.title = plain_label(version.title, name="versionTitle", wrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        meta = " · ".join(x for x in (
            self.tr("Version %1").replace("%1", str(version.version)),
            _when(version.created_at), version.author, version.category,
            version.tags) if x)
        self.meta = plain_label(meta, name="versionMeta", wrap=True)
        self.note = plain_label(changed_text(version), name="versionNote", wrap=True)
        self.body = QPlainTextEdit()
        self.body.setObjectName("versionBody")
        self.body.setReadOnly(True)
        self.body.setPlainText(version.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)


class KnowledgePage(QWidget):
    """The article list and the editor (read-only for those who may not edit)."""

    article_saved = Signal(int)  # an article was saved, published or retired

    COLUMNS = 7

    def __init__(self, actor: Actor, tasks: TaskManager | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self.can_edit = allowed(actor.role, "knowledge.edit")
        self._latest_list = LatestOnly()
        self._latest_article = LatestOnly()
        self._next_key = None
        self._loading = False
        self._categories_loaded = False
        self._article: knowledge.ArticleDetail | None = None  # as last read or saved
        self._versions: list[knowledge.ArticleVersionInfo] = []
        self._saving = False
        self.version_view: ArticleVersionDialog | None = None
        self._build()
        self._connect_signals()
        self._show_article(None)

    # ------------------------------------------------------------------ building
    def _build(self):
        title = plain_label(self.tr("Knowledge base"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("kbListSearch")
        self.search.setPlaceholderText(self.tr("Search title, text and tags  Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("kbStatusFilter")
        self.status_filter.addItem(self.tr("Every status"), None)
        for code in ("published", "draft", "retired"):
            self.status_filter.addItem(labels.article_status(code), code)
        self.status_filter.setVisible(self.can_edit)  # others see published only
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("kbCategoryFilter")
        self.category_filter.addItem(self.tr("Every category"), None)
        self.new_button = QPushButton(self.tr("New article")) if self.can_edit else None
        if self.new_button is not None:
            self.new_button.setObjectName("kbNew")
            self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.table = QTreeWidget()
        self.table.setObjectName("kbTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setHeaderLabels([self.tr("Title"), self.tr("Category"), self.tr("Tags"),
                                    self.tr("Status"), self.tr("Version"), self.tr("Uses"),
                                    self.tr("Updated")])
        for col, width in enumerate((180, 120, 110, 64, 50, 64)):
            self.table.setColumnWidth(col, width)
        self.more_button = QPushButton(self.tr("More articles"))
        self.more_button.setObjectName("kbMore")
        self.more_button.setEnabled(False)
        self.list_error = error_label()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.category_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        if self.new_button is not None:
            head.addWidget(self.new_button)
        left_layout.addLayout(head)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_error)
        left_layout.addWidget(self.table, 1)
        more = QHBoxLayout()
        more.addStretch(1)
        more.addWidget(self.more_button)
        left_layout.addLayout(more)

        # the article
        self.state = plain_label(name="kbState", wrap=True)
        self.state.setObjectName("hintLabel")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("kbTitle")
        self.title_edit.setMaxLength(knowledge.MAX_TITLE)
        self.category = QComboBox()
        self.category.setObjectName("kbCategory")
        self.category.addItem(self.tr("(no category)"), None)
        self.tags = QLineEdit()
        self.tags.setObjectName("kbTags")
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. unpaid wages, arbitration"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("kbBody")
        self.body.setTabChangesFocus(True)
        self.note = QLineEdit()
        self.note.setObjectName("kbNote")
        self.note.setMaxLength(knowledge.MAX_NOTE)
        self.note.setPlaceholderText(self.tr("What changed, in a few words"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("T&ags"), self.tags)
        form.addRow(self.tr("Te&xt"), self.body)
        if self.can_edit:
            form.addRow(self.tr("&What changed"), self.note)
        else:
            self.note.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.state)
        right_layout.addLayout(form, 3)
        right_layout.addWidget(self.error)
        if self.can_edit:
            self.save_button = QPushButton(self.tr("&Save"))
            self.save_button.setObjectName("kbSave")
            self.save_button.setToolTip(self.tr("Ctrl+S: a new version"))
            self.publish_button = QPushButton(self.tr("&Publish"))
            self.publish_button.setObjectName("kbPublish")
            self.publish_button.setToolTip(self.tr(
                "Ctrl+P: saves your changes, then duty officers find the article"))
            self.retire_button = QPushButton(self.tr("&Retire"))
            self.retire_button.setObjectName("kbRetire")
            self.retire_button.setToolTip(self.tr(
                "Withdraw the article: it leaves the search and the suggestions"))
            self.reload_button = QPushButton(self.tr("Re&load"))
            self.reload_button.setObjectName("kbReload")
            self.reload_button.setToolTip(self.tr(
                "Ctrl+R: read the article again as it is saved now"))
            buttons = QHBoxLayout()
            buttons.addWidget(self.reload_button)
            buttons.addStretch(1)
            for button in (self.save_button, self.publish_button, self.retire_button):
                buttons.addWidget(button)
            right_layout.addLayout(buttons)
            self.history = QTreeWidget()
            self.history.setObjectName("kbHistory")
            self.history.setRootIsDecorated(False)
            self.history.setAllColumnsShowFocus(True)
            self.history.setHeaderLabels([self.tr("Version"), self.tr("When"),
                                          self.tr("Who"), self.tr("What changed")])
            for col, width in enumerate((60, 130, 110)):
                self.history.setColumnWidth(col, width)
            self.history.setToolTip(self.tr("Enter or double click: read this version"))
            right_layout.addWidget(plain_label(self.tr("Version history")))
            right_layout.addWidget(self.history, 1)
        else:
            self.save_button = self.publish_button = self.retire_button = None
            self.reload_button = None
            self.history = None
            for widget in (self.title_edit, self.tags):
                widget.setReadOnly(True)
            self.body.setReadOnly(True)
            self.category.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("kbSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

    def _shortcut(self, key: str, slot):
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _connect_signals(self):
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.search_timer.timeout.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.category_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.more_button.clicked.connect(self.load_more)
        self.table.currentItemChanged.connect(self._row_chosen)
        self._shortcut("Ctrl+F", self._focus_search)
        if self.can_edit:
            self.new_button.clicked.connect(self.new_article)
            self.save_button.clicked.connect(self.save)
            self.publish_button.clicked.connect(self.publish)
            self.retire_button.clicked.connect(self.retire)
            self.reload_button.clicked.connect(self.reload_article)
            self.history.itemActivated.connect(self._open_version)
            self.history.itemDoubleClicked.connect(self._open_version)
            for widget in (self.title_edit, self.tags, self.note):
                widget.textEdited.connect(lambda _: self._update_buttons())
            self.body.textChanged.connect(self._update_buttons)
            self.category.currentIndexChanged.connect(lambda _: self._update_buttons())
            self._shortcut("Ctrl+N", self.new_article)
            self._shortcut("Ctrl+S", self.save)
            self._shortcut("Ctrl+P", self.publish)
            self._shortcut("Ctrl+R", self.reload_article)

    def _focus_search(self):
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ the list
    def refresh(self):
        """Reload the first page (called each time the page is shown)."""
        if not self._categories_loaded:
            self._load_categories()
        self._load(None)

    def load_more(self):
        if self._next_key is not None and not self._loading:
            self._load(self._next_key)

    def _load_categories(self):
        actor = self.actor

        def done(categories):
            self._categories_loaded = True
            for combo in (self.category_filter, self.category):
                keep = combo.currentData()
                combo.blockSignals(True)
                while combo.count() > 1:
                    combo.removeItem(1)
                for c in categories:
                    combo.addItem(c.label if combo is self.category or c.parent_id
                                  else c.name, c.id)
                combo.setCurrentIndex(max(0, combo.findData(keep)))
                combo.blockSignals(False)
            if self._article is not None:
                self._set_category(self._article.category_id, self._article.category)

        self.tasks.run(lambda: config.list_categories(actor=actor), done,
                       lambda exc: show_error(self.list_error, exc), owner=self)

    def _load(self, after):
        actor = self.actor
        text = self.search.text()
        status = self.status_filter.currentData() if self.can_edit else None
        category_id = self.category_filter.currentData()
        self._loading = True
        self.more_button.setEnabled(False)

        def read():
            return knowledge.list_articles(actor=actor, text=text, status=status,
                                           category_id=category_id, after=after,
                                           limit=PAGE_SIZE)

        def done(page):
            self._loading = False
            self.list_error.hide()
            if after is None:
                self.table.blockSignals(True)
                self.table.clear()
                self.table.blockSignals(False)
            self._append(page.rows)
            self._next_key = page.next_key
            self.more_button.setEnabled(page.next_key is not None)

        def failed(exc):
            self._loading = False
            show_error(self.list_error, exc)
            self.more_button.setEnabled(self._next_key is not None)

        done, failed = self._latest_list(done, failed)
        self.tasks.run(read, done, failed, owner=self)

    def _append(self, rows):
        current = self._article.id if self._article is not None else None
        for r in rows:
            day = f"{r.updated_at:%Y-%m-%d}" if isinstance(r.updated_at, dt.datetime) \
                else ""
            item = QTreeWidgetItem([r.title, r.category, r.tags,
                                    labels.article_status(r.status), str(r.version),
                                    str(r.use_count), day])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(0, plain_tooltip(r.title))
            item.setToolTip(6, plain_tooltip(_when(r.updated_at)))
            for col in (4, 5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if r.id == current:
                self.table.blockSignals(True)
                self.table.setCurrentItem(item)
                self.table.blockSignals(False)

    def row_of(self, article_id: int) -> QTreeWidgetItem | None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == article_id:
                return item
        return None

    def _row_chosen(self, item, previous=None):
        if item is None:
            return
        article_id = item.data(0, Qt.ItemDataRole.UserRole)
        if self._article is not None and self._article.id == article_id:
            return  # the list was re-read around the article being edited
        if not self._may_leave():
            self.table.blockSignals(True)
            self.table.setCurrentItem(previous)
            self.table.blockSignals(False)
            return
        self.open_article(article_id)

    def _may_leave(self) -> bool:
        """True when there is nothing unsaved, or the editor agrees to drop it."""
        if not self.can_edit or not self.is_dirty():
            return True
        return QuestionDialog.ask(self, self.tr("Unsaved changes"), self.tr(
            "This article has changes that are not saved. Discard them?"))

    def reload_article(self):
        """Read the article again as it is saved now (after a stale-edit refusal)."""
        if self._article is None or not self._may_leave():
            return
        self.open_article(self._article.id)

    # ------------------------------------------------------------------ one article
    def open_article(self, article_id: int):
        actor, editor = self.actor, self.can_edit

        def read():
            detail = knowledge.get_article(actor=actor, article_id=article_id)
            versions = (knowledge.article_versions(actor=actor, article_id=article_id)
                        if editor else [])
            return detail, versions

        def done(result):
            self._show_article(*result)

        done, failed = self._latest_article(done, lambda exc: show_error(self.error, exc))
        self.tasks.run(read, done, failed, owner=self)

    def new_article(self):
        if not self.can_edit or not self._may_leave():
            return
        self._latest_article(lambda _: None, lambda _: None)  # drop a pending read
        self.table.blockSignals(True)
        self.table.setCurrentItem(None)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._show_article(None)
        self.title_edit.setFocus()

    def _set_category(self, category_id, label):
        index = self.category.findData(category_id)
        if index < 0 and category_id is not None:  # inactive now: shown as it is
            self.category.addItem(label, category_id)
            index = self.category.count() - 1
        self.category.setCurrentIndex(max(0, index))

    def _show_article(self, article: knowledge.ArticleDetail | None,
                      versions: list | None = None):
        """Fill the editor with `article` as saved (None: a new, empty one)."""
        self._article = article
        self._versions = list(versions or [])
        self.error.hide()
        self.category.blockSignals(True)
        self.body.blockSignals(True)
        if article is None:
            self.title_edit.clear()
            self.tags.clear()
            self.body.clear()
            self.category.setCurrentIndex(0)
            set_plain(self.state, self.tr("New article: saved as a draft; duty officers "
                                          "see it once it is published.")
                      if self.can_edit else self.tr("Choose an article in the list."))
        else:
            self.title_edit.setText(article.title)
            self.tags.setText(article.tags)
            self.body.setPlainText(article.body)
            self._set_category(article.category_id, article.category)
            set_plain(self.state, self._state_text(article))
        self.note.clear()
        self.category.blockSignals(False)
        self.body.blockSignals(False)
        if self.history is not None:
            self.history.clear()
            for v in self._versions:
                item = QTreeWidgetItem([str(v.version), _when(v.created_at), v.author,
                                        changed_text(v)])
                item.setData(0, Qt.ItemDataRole.UserRole, v.version)
                item.setToolTip(3, plain_tooltip(changed_text(v)))
                self.history.addTopLevelItem(item)
        self._update_buttons()

    def _state_text(self, a: knowledge.ArticleDetail) -> str:
        parts = [labels.article_status(a.status),
                 self.tr("version %1").replace("%1", str(a.version)),
                 self.tr("used on %1 cases").replace("%1", str(a.use_count))]
        if a.updated_by or a.updated_at:
            parts.append(self.tr("last saved %1 by %2").replace(
                "%1", _when(a.updated_at)).replace("%2", a.updated_by or a.author or "—"))
        return " · ".join(parts)

    # ------------------------------------------------------------------ editing
    def values(self) -> dict:
        return {"title": self.title_edit.text(), "body": self.body.toPlainText(),
                "category_id": self.category.currentData(), "tags": self.tags.text()}

    def is_dirty(self) -> bool:
        a = self._article
        if a is None:
            return any(str(v or "").strip() for v in self.values().values())
        v = self.values()
        return (v["title"] != a.title or v["body"] != a.body
                or v["category_id"] != a.category_id or v["tags"] != a.tags)

    def _update_buttons(self):
        if not self.can_edit:
            return
        a, dirty = self._article, self.is_dirty()
        idle = not self._saving
        self.save_button.setEnabled(idle and dirty)
        self.publish_button.setEnabled(idle and (
            dirty if a is None else (a.status != "published" or dirty)))
        self.retire_button.setEnabled(idle and a is not None and a.status != "retired")
        self.reload_button.setEnabled(idle and a is not None)

    def _save_job(self):
        """The save the form asks for, as a function to run on a worker thread."""
        actor, a, v, note = self.actor, self._article, self.values(), self.note.text()
        if a is None:
            return lambda: knowledge.create_article(actor=actor, note=note, **v)
        if not self.is_dirty():
            return lambda: a
        return lambda: knowledge.update_article(
            actor=actor, article_id=a.id, expected_version=a.version, note=note, **v)

    def save(self):
        if not self.can_edit or self._saving or not (self.is_dirty()
                                                    or self._article is None):
            return
        self._run_change(self._save_job())

    def publish(self):
        if not self.can_edit or self._saving:
            return
        a = self._article
        if a is not None and a.status == "published" and not self.is_dirty():
            return
        save, actor = self._save_job(), self.actor

        def job():
            saved = save()
            return knowledge.publish(actor=actor, article_id=saved.id,
                                     expected_version=saved.version)

        self._run_change(job)

    def retire(self):
        a = self._article
        if not self.can_edit or self._saving or a is None or a.status == "retired":
            return
        actor = self.actor
        self._run_change(lambda: knowledge.retire(actor=actor, article_id=a.id,
                                                  expected_version=a.version))

    def _run_change(self, change):
        actor = self.actor

        def job():
            detail = change()
            return detail, knowledge.article_versions(actor=actor, article_id=detail.id)

        def done(result):
            self._saving = False
            detail, versions = result
            self._show_article(detail, versions)
            set_plain(self.state, self.tr("Saved: %1").replace(
                "%1", self._state_text(detail)))
            self.article_saved.emit(detail.id)
            self._load(None)

        def failed(exc):
            self._saving = False
            self._update_buttons()
            self._show_error(exc)

        self._saving = True
        self._update_buttons()
        self.error.hide()
        self.tasks.run(job, done, failed, owner=self)

    def _show_error(self, exc: BaseException):
        """Say what is wrong; the typed text stays; the field named gets the focus."""
        show_error(self.error, exc)
        if isinstance(exc, ValidationError):
            widget = {"title": self.title_edit, "article_body": self.body,
                      "category_id": self.category, "tags": self.tags,
                      "note": self.note}.get(exc.field)
            if widget is not None:
                widget.setFocus()

    # ------------------------------------------------------------------ versions
    def _open_version(self, item, *_):
        if item is None:
            return
        number = item.data(0, Qt.ItemDataRole.UserRole)
        version = next((v for v in self._versions if v.version == number), None)
        if version is None:
            return
        if self.version_view is not None:
            self.version_view.close()
        self.version_view = ArticleVersionDialog(version, self)
        self.version_view.show()
