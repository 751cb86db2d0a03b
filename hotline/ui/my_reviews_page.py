"""My reviews (DESIGN §11, issue 11 item 3): the signed-in agent's spot-check
reviews, newest first: score, grade, vetoes, comment and, when one opened, the
rectification notice (items, rule, what to do, due date, the last day to appeal)
with its step. "Appeal…" (once, within 3 working days: the service refuses
otherwise and its refusal is shown) and "State what was done…" answer it. The
number of reviews waiting for an answer is shown at the top. Each review is shown
with the rubric version it was scored with, so a later edit of the rubric does not
change what it says.

Reads and changes run through the window's TaskManager (services/quality.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from ..services import clock, quality
from ..services.base import Actor
from .quality_page import (RED, AnswerDialog, _day, _moment, _score, answer,
                           grade_text, review_state, state_text)
from .tasks import LatestOnly, run_job
from .rows_model import RowsModel
from .widgets import error_label, plain_label, row_table, set_plain, show_error

NEEDS_ANSWER = ("open", "back")  # with the agent: appeal (once) or state the fix


def load_my_reviews(actor: Actor):
    """The agent's reviews and the rubric of every version they were scored with
    (version -> domain Rubric; a review written before versions has none)."""
    reviews = quality.my_reviews(actor=actor)
    rubrics = {}
    for version in sorted({r.rubric_version for r in reviews if r.rubric_version}):
        rubrics[version] = quality.get_rubric(actor=actor, version=version).rubric
    return reviews, rubrics


class ReviewsModel(RowsModel):
    """quality.Review rows of the agent."""

    COLUMNS = ("at", "ticket_no", "total", "grade", "vetoes", "version", "state", "due")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rubrics: dict = {}
        self.today = None

    def headers(self):
        return (self.tr("Scored"), self.tr("Ticket"), self.tr("Score"),
                self.tr("Grade"), self.tr("Vetoes"), self.tr("Rubric"),
                self.tr("Rectification"), self.tr("Due"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None:
            return None
        state = review_state(row.rectification)
        late = (state in NEEDS_ANSWER and self.today is not None
                and row.rectification.due < self.today)
        if role == Qt.ItemDataRole.ForegroundRole and late \
                and column in ("state", "due"):
            return RED
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "at":
            return _moment(row.at)
        if column == "total":
            return _score(row.total)
        if column == "grade":
            return grade_text(row.grade)
        if column == "vetoes":
            return "; ".join(veto_names(row, self.rubrics.get(row.rubric_version)))
        if column == "version":
            return f"v{row.rubric_version}" if row.rubric_version else ""
        if column == "state":
            if state is None:
                return ""
            text = state_text(state)
            return text + " — " + self.tr("overdue") if late else text
        if column == "due":
            return _day(row.rectification.due) if row.rectification else ""
        return str(getattr(row, column))


def veto_names(review: quality.Review, rubric) -> list[str]:
    names = {v.code: v.name for v in rubric.vetoes} if rubric else {}
    return [names.get(code, code) for code in review.vetoes]


class MyReviewsPage(QWidget):
    """The agent's reviews with their rectifications, appeal and statement."""

    open_case = Signal(int)
    loaded = Signal()
    changed = Signal(str)  # appealed, stated

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.answer_dialog: AnswerDialog | None = None
        self._latest = LatestOnly()
        title = plain_label(self.tr("My reviews"))
        title.setObjectName("pageTitle")
        self.needing = plain_label(name="myReviewsNeeding")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.model = ReviewsModel(self)
        self.view = row_table(self.model, "myReviewsTable",
                              (125, 130, 60, 130, 160, 60, 170, 90), stretch=4)
        self.detail = QPlainTextEdit()  # plain text: the reviewer's words as typed
        self.detail.setObjectName("myReviewDetail")
        self.detail.setReadOnly(True)
        self.appeal_button = QPushButton(self.tr("Appeal…"))
        self.appeal_button.setObjectName("myReviewAppeal")
        self.state_button = QPushButton(self.tr("State what was done…"))
        self.state_button.setObjectName("myReviewState")
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("myReviewOpenCase")
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.needing)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.appeal_button)
        buttons.addWidget(self.state_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.load)
        self.appeal_button.clicked.connect(self.appeal)
        self.state_button.clicked.connect(self.state_fix)
        self.open_button.clicked.connect(self._open_current)
        self.view.activated.connect(lambda *_: self._open_current())
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._review_changed())

    def refresh(self):
        self.load()

    # -- reading
    def load(self):
        actor = self.actor
        held = self.current_review()
        held_id = held.id if held else None
        self.error.hide()

        def done(result):
            reviews, rubrics = result
            self.model.rubrics = rubrics
            self.model.today = clock.now().date()
            self.model.set_rows(reviews)
            if held_id is None or not self.select_review(held_id):
                if reviews:
                    self.view.setCurrentIndex(self.model.index(0, 0))
            waiting = self.needing_answer()
            set_plain(self.needing, self.tr("%1 reviews need your answer").replace(
                "%1", str(waiting)) if waiting != 1
                else self.tr("1 review needs your answer"))
            self.needing.setProperty("waiting", waiting > 0)
            self._review_changed()
            self.loaded.emit()

        done, failed = self._latest(done, lambda exc: show_error(self.error, exc))
        run_job(self.tasks, lambda: load_my_reviews(actor), done, failed, owner=self)

    def needing_answer(self) -> int:
        return sum(1 for r in self.model.rows()
                   if review_state(r.rectification) in NEEDS_ANSWER)

    def current_review(self) -> quality.Review | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_review(self, review_id: int) -> bool:
        for n, row in enumerate(self.model.rows()):
            if row.id == review_id:
                self.view.setCurrentIndex(self.model.index(n, 0))
                return True
        return False

    def _review_changed(self):
        review = self.current_review()
        self.detail.setPlainText(self.describe(review) if review else "")
        self._update_buttons()

    def _update_buttons(self):
        review = self.current_review()
        state = review_state(review.rectification) if review else None
        rect = review.rectification if review else None
        self.appeal_button.setEnabled(state in NEEDS_ANSWER and rect is not None
                                      and rect.appealed_at is None)
        self.state_button.setEnabled(state in NEEDS_ANSWER)
        self.open_button.setEnabled(review is not None)

    def describe(self, review: quality.Review) -> str:
        """The review as text: scores per item under the rubric version it was
        scored with, vetoes, comment, and the rectification."""
        rubric = self.model.rubrics.get(review.rubric_version)
        lines = [
            self.tr("Case %1, scored %2").replace("%1", review.ticket_no)
            .replace("%2", _moment(review.at)),
            self.tr("Score %1, grade %2").replace("%1", _score(review.total))
            .replace("%2", grade_text(review.grade)),
        ]
        if review.rubric_version:
            lines.append(self.tr("Rubric version %1").replace(
                "%1", str(review.rubric_version)))
        if review.vetoes:
            lines.append(self.tr("Vetoes: %1").replace(
                "%1", "; ".join(veto_names(review, rubric))))
        if review.comment:
            lines.append(self.tr("Comment: %1").replace("%1", review.comment))
        rect = review.rectification
        if rect is not None:
            names = {}
            if rubric is not None:
                names = {i.code: i.name for i in rubric.items}
                names.update({v.code: v.name for v in rubric.vetoes})
            lines += [
                "",
                self.tr("Rectification notice (整改): %1").replace(
                    "%1", state_text(review_state(rect))),
                self.tr("Items: %1").replace(
                    "%1", "; ".join(names.get(c, c) for c in rect.items)),
                self.tr("Rule: %1").replace("%1", rect.rule),
                self.tr("What to do: %1").replace("%1", rect.action),
                self.tr("Due: %1").replace("%1", _day(rect.due)),
                self.tr("Appeal until: %1").replace("%1", _day(rect.appeal_by)),
            ]
            if rect.appealed_at:
                lines.append(self.tr("Appealed %1: %2").replace(
                    "%1", _moment(rect.appealed_at)).replace("%2", rect.appeal_reason))
                if rect.appeal_upheld is True:
                    lines.append(self.tr("Appeal upheld: the rectification is "
                                         "withdrawn."))
                elif rect.appeal_upheld is False:
                    lines.append(self.tr("Appeal rejected."))
            if rect.stated_at:
                lines.append(self.tr("Stated %1: %2").replace(
                    "%1", _moment(rect.stated_at)).replace("%2", rect.statement))
            if rect.closed_at and rect.state == "closed":
                lines.append(self.tr("Re-check passed %1: closed.").replace(
                    "%1", _moment(rect.closed_at)))
        lines += ["", self.tr("Scores")]
        if rubric is not None:
            for dim in rubric.dimensions:
                lines.append(f"{dim.name} ({dim.points})")
                for item in dim.items:
                    given = review.scores.get(item.code)
                    lines.append(f"  {item.name}: {_score(given)} / {item.points}"
                                 if given is not None else f"  {item.name}: —")
        elif review.scores:
            lines += [f"  {k}: {v}" for k, v in sorted(review.scores.items())]
        return "\n".join(lines)

    # -- answering
    def appeal(self):
        review = self.current_review()
        if review is None:
            return
        dialog = AnswerDialog(
            self.tr("Appeal the review"),
            self.tr("Why the review is wrong (an appeal is made once, within 3 "
                    "working days; another reviewer decides it)"),
            context=self.tr("Case %1, score %2").replace("%1", review.ticket_no)
            .replace("%2", _score(review.total)), parent=self)
        actor = self.actor

        def call(values):
            return quality.appeal(actor=actor, review_id=review.id,
                                  reason=values["text"])

        self._answer(dialog, call, "appealed")

    def state_fix(self):
        review = self.current_review()
        if review is None:
            return
        dialog = AnswerDialog(
            self.tr("State what was done"),
            self.tr("What you did to put it right (the reviewer re-checks it)"),
            context=self.tr("Case %1, score %2").replace("%1", review.ticket_no)
            .replace("%2", _score(review.total)), parent=self)
        actor = self.actor

        def call(values):
            return quality.state_fix(actor=actor, review_id=review.id,
                                     statement=values["text"])

        self._answer(dialog, call, "stated")

    def _answer(self, dialog: AnswerDialog, call, what: str):
        answer(self, dialog, call, what)

    def _open_current(self):
        review = self.current_review()
        if review is not None:
            self.open_case.emit(review.call_id)
