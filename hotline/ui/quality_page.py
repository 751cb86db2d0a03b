"""Spot checks (抽查, DESIGN §11, issue 11 item 3): the supervisor's page.

Pick a month: the agents with the month's sampling plan (rate, minimum, new staff
doubled, mandatory cases, reviewed so far); "Draw sample" for the selected agent
with a seed (a new one is proposed; typing an earlier seed repeats that draw; the
seed drawn with is shown and recorded); the sample's cases, reviewed or not;
"Score…" opens the scoring dialog on the current rubric version (items with their
maximum, veto items, comment, live total and grade, the rectification notice with
its due date when below 80 or vetoed). Below, the rectifications (整改) of the month
with their step, due date and lateness (red, and said in words); a reviewer decides
an appeal (someone other than the case's reviewer: the service refuses otherwise,
and the refusal is shown) and re-checks a stated fix (pass, or back to the agent).

Every read and change runs through the window's TaskManager (services/quality.py,
services/qa_board.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDateEdit, QDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QRadioButton, QScrollArea,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from ..domain import quality as rules
from ..services import clock, qa_board, quality
from ..services.base import Actor
from .question_dialog import QuestionDialog
from .tasks import LatestOnly, run_job
from .rows_model import RowsModel
from .widgets import (error_label, ok_cancel, plain_label, row_table,
                      set_plain, show_error)

RED = QColor("#b71c1c")


# ---------------------------------------------------------------- words


def grade_text(code: str | None) -> str:
    """A grade as the reader sees it (English with the Chinese term)."""
    return {
        "excellent": QCoreApplication.translate("QualityPage", "Excellent (优秀)"), "pass": QCoreApplication.translate("QualityPage", "Pass (合格)"),
        "improve": QCoreApplication.translate("QualityPage", "To improve (待改进)"), "fail": QCoreApplication.translate("QualityPage", "Fail (不合格)"),
    }.get(code or "", code or "")


def state_text(code: str | None) -> str:
    """A rectification's step (qa_board display states)."""
    return {
        "open": QCoreApplication.translate("QualityPage", "Open"), "back": QCoreApplication.translate("QualityPage", "Sent back"), "appealed": QCoreApplication.translate("QualityPage", "Appealed"),
        "stated": QCoreApplication.translate("QualityPage", "Fix stated"), "passed": QCoreApplication.translate("QualityPage", "Passed, closed"),
        "withdrawn": QCoreApplication.translate("QualityPage", "Withdrawn (appeal upheld)"),
    }.get(code or "", code or "")


def review_state(rect: quality.RectificationView | None) -> str | None:
    """The display state of a review's rectification (as qa_board names them)."""
    if rect is None:
        return None
    if rect.state == "closed":
        return "passed"
    if rect.state == "open" and (rect.rechecks > 0 or rect.appeal_upheld is False):
        return "back"
    return rect.state


def overdue_text(days: int) -> str:
    if days <= 0:
        return ""
    if days == 1:
        return QCoreApplication.translate("QualityPage", "Overdue 1 day")
    return QCoreApplication.translate("QualityPage", "Overdue %1 days").replace("%1", str(days))


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _moment(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _score(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def _fill(text: str, *values) -> str:
    """%1 … %9 replaced in one pass (a value holding "%2" is not filled again)."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def month_of(date: QDate) -> str:
    return f"{date.year():04d}-{date.month():02d}"


# ---------------------------------------------------------------- models

class AgentsModel(RowsModel):
    """qa_board.AgentMonth rows: the month's plan per agent."""

    COLUMNS = ("name", "eligible", "rate", "minimum", "new_staff", "size",
               "mandatory", "reviewed", "seed")

    def headers(self):
        return (self.tr("Agent"), self.tr("Eligible cases"), self.tr("Rate"),
                self.tr("Minimum"), self.tr("New staff (×2)"),
                self.tr("To draw"), self.tr("Mandatory"), self.tr("Reviewed"),
                self.tr("Last seed"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        plan = row.plan
        return {
            "name": row.name,
            "eligible": str(plan.eligible),
            "rate": f"{plan.rate * 100:g}%",
            "minimum": str(plan.minimum),
            "new_staff": self.tr("yes, doubled") if plan.new_staff else self.tr("no"),
            "size": str(plan.size),
            "mandatory": str(plan.mandatory),
            "reviewed": str(row.reviewed),
            "seed": "" if row.seed is None else str(row.seed),
        }[column]


class SampleModel(RowsModel):
    """qa_board.SampleCase rows: the cases of a draw."""

    COLUMNS = ("ticket_no", "received_at", "subject", "why", "review")

    def headers(self):
        return (self.tr("Ticket"), self.tr("Received"), self.tr("Subject"),
                self.tr("Why"), self.tr("Review"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "received_at":
            return _moment(row.received_at)
        if column == "why":
            return self.tr("mandatory") if row.mandatory else self.tr("drawn")
        if column == "review":
            if row.review_id is None:
                return self.tr("not reviewed")
            return self.tr("reviewed: %1, %2").replace("%1", _score(row.total)) \
                .replace("%2", grade_text(row.grade))
        return str(getattr(row, column))


class RectificationsModel(RowsModel):
    """qa_board.RectificationRow rows; overdue ones in red and said in words."""

    COLUMNS = ("ticket_no", "agent_name", "reviewer_name", "at", "total", "grade",
               "state", "due", "overdue")

    def headers(self):
        return (self.tr("Ticket"), self.tr("Agent"), self.tr("Reviewer"),
                self.tr("Scored"), self.tr("Score"), self.tr("Grade"),
                self.tr("Step"), self.tr("Due"), self.tr("Overdue"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.days_overdue > 0 \
                and column in ("due", "overdue", "state"):
            return RED
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "at":
            return _moment(row.at)
        if column == "total":
            return _score(row.total)
        if column == "grade":
            return grade_text(row.grade)
        if column == "state":
            return state_text(row.state)
        if column == "due":
            return _day(row.due)
        if column == "overdue":
            return overdue_text(row.days_overdue)
        return str(getattr(row, column))


# ---------------------------------------------------------------- dialogs

class ScoreDialog(QDialog):
    """Score one case on the current rubric: a spin box per item (0 to its points),
    a check box per veto item, the comment; the total and grade follow as you type;
    below 80 or with a veto the rectification notice (items, rule, what to do, due
    date) is asked for. OK emits `submitted(dict)`: the page calls the service and
    closes the dialog when it succeeded (its error is shown here otherwise)."""

    submitted = Signal(object)

    def __init__(self, rubric: quality.RubricVersion, ticket_no: str, due: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.rubric = rubric.rubric
        self.version = rubric.version
        self.setWindowTitle(self.tr("Score case %1").replace("%1", ticket_no))
        self.setObjectName("scoreDialog")
        self.spins: dict[str, QSpinBox] = {}
        self.veto_boxes: dict[str, QCheckBox] = {}
        body = QWidget()
        form = QVBoxLayout(body)
        form.addWidget(plain_label(self.tr("Rubric version %1").replace(
            "%1", str(rubric.version)), name="scoreRubricVersion"))
        for dim in self.rubric.dimensions:
            box = QGroupBox()
            box.setTitle(f"{dim.name} ({dim.points})")
            rows = QFormLayout(box)
            for item in dim.items:
                spin = QSpinBox()
                spin.setRange(0, item.points)
                spin.setValue(item.points)
                spin.setSuffix(f" / {item.points}")
                spin.setObjectName(f"score_{item.code}")
                spin.valueChanged.connect(self._update)
                self.spins[item.code] = spin
                rows.addRow(plain_label(item.name, wrap=True), spin)
            form.addWidget(box)
        if self.rubric.vetoes:
            vetoes = QGroupBox(self.tr("Veto items (the score becomes 0)"))
            veto_layout = QVBoxLayout(vetoes)
            for veto in self.rubric.vetoes:
                check = QCheckBox()
                check.setText(veto.name)  # a check box's text is plain
                check.setObjectName(f"veto_{veto.code}")
                check.toggled.connect(self._update)
                self.veto_boxes[veto.code] = check
                veto_layout.addWidget(check)
            form.addWidget(vetoes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("scoreComment")
        self.comment.setPlaceholderText(self.tr("Comment"))
        self.comment.setMaximumHeight(70)
        self.total = plain_label(name="scoreTotal")
        self.grade = plain_label(name="scoreGrade")
        self.notice = QGroupBox(self.tr("Rectification notice (整改)"))
        self.notice.setObjectName("scoreNotice")
        notice_form = QFormLayout(self.notice)
        self.items = plain_label(name="scoreNoticeItems", wrap=True)
        self.rule = QLineEdit()
        self.rule.setObjectName("scoreRule")
        self.action = QPlainTextEdit()
        self.action.setObjectName("scoreAction")
        self.action.setMaximumHeight(60)
        self.due = plain_label(self.tr("%1 (3 working days)").replace(
            "%1", due.isoformat()), name="scoreDue")
        notice_form.addRow(plain_label(self.tr("Items")), self.items)
        notice_form.addRow(plain_label(self.tr("Rule")), self.rule)
        notice_form.addRow(plain_label(self.tr("What to do")), self.action)
        notice_form.addRow(plain_label(self.tr("Due")), self.due)
        self.error = error_label()
        self.buttons = ok_cancel(self)
        summary = QHBoxLayout()
        summary.addWidget(self.total)
        summary.addSpacing(16)
        summary.addWidget(self.grade)
        summary.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.comment)
        layout.addLayout(summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 720)
        self._update()

    def result_now(self) -> rules.Score:
        return rules.score(self.rubric, self.scores(), self.vetoes())

    def scores(self) -> dict:
        return {code: spin.value() for code, spin in self.spins.items()}

    def vetoes(self) -> list[str]:
        return [code for code, box in self.veto_boxes.items() if box.isChecked()]

    def _update(self, *args):
        result = self.result_now()
        set_plain(self.total, self.tr("Total: %1").replace("%1", _score(result.total)))
        set_plain(self.grade, self.tr("Grade: %1").replace(
            "%1", grade_text(result.grade)))
        names = {i.code: i.name for i in self.rubric.items}
        names.update({v.code: v.name for v in self.rubric.vetoes})
        set_plain(self.items, "; ".join(names.get(c, c) for c in result.failed_items))
        self.notice.setVisible(result.rectification)

    def values(self) -> dict:
        needs = self.result_now().rectification
        return {"scores": self.scores(), "vetoes": self.vetoes(),
                "comment": self.comment.toPlainText(),
                "rule": self.rule.text() if needs else "",
                "action": self.action.toPlainText() if needs else ""}

    def accept(self):
        if not self.buttons.isEnabled():  # the answer to the last OK is awaited
            return
        self.error.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.values())

    def succeeded(self):
        super().accept()

    def show_error(self, exc: BaseException):
        self.buttons.setEnabled(True)
        show_error(self.error, exc)


class AnswerDialog(QDialog):
    """A text to give (an appeal's reason, a statement, a note) and, for a decision,
    a choice between two answers. OK emits `submitted(dict)` with "text" and
    "choice"; the page calls the service and closes it when that succeeded."""

    submitted = Signal(object)

    def __init__(self, title: str, prompt: str, *, choices=(), context: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("answerDialog")
        layout = QVBoxLayout(self)
        if context:
            layout.addWidget(plain_label(context, name="answerContext", wrap=True))
        self.group = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        for key, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"choice_{key}")
            self.group.addButton(button)
            self.choice_buttons[key] = button
            layout.addWidget(button)
        layout.addWidget(plain_label(prompt, wrap=True))
        self.text = QPlainTextEdit()
        self.text.setObjectName("answerText")
        layout.addWidget(self.text, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.resize(460, 300)

    def choice(self) -> str | None:
        for key, button in self.choice_buttons.items():
            if button.isChecked():
                return key
        return None

    def accept(self):
        if not self.buttons.isEnabled():  # the answer to the last OK is awaited
            return
        self.error.hide()
        if self.choice_buttons and self.choice() is None:
            set_plain(self.error, self.tr("Choose an answer first."))
            self.error.show()
            return
        self.buttons.setEnabled(False)
        self.submitted.emit({"text": self.text.toPlainText(), "choice": self.choice()})

    def succeeded(self):
        super().accept()

    def show_error(self, exc: BaseException):
        self.buttons.setEnabled(True)
        show_error(self.error, exc)


# ---------------------------------------------------------------- the page

def _score_setup(actor: Actor):
    """The current rubric and the due date a rectification opened today gets."""
    return (quality.get_rubric(actor=actor), qa_board.rectification_due_preview(
        actor=actor))


def answer(page, dialog: "AnswerDialog", call, what: str) -> None:
    """Open `dialog` (an AnswerDialog of `page`); when it is submitted run
    `call(values)` on the page's task threads, then close it, emit the page's
    `changed(what)` and reload the page (an error stays in the dialog)."""
    def submitted(values):
        def done(_review):
            dialog.succeeded()
            page.changed.emit(what)
            page.load()

        run_job(page.tasks, lambda: call(values), done, dialog.show_error,
                owner=dialog)

    dialog.submitted.connect(submitted)
    page.answer_dialog = dialog
    dialog.open()


class QualityPage(QWidget):
    """The month's plan per agent, the draw, the sample's cases, scoring, and the
    month's rectifications with the reviewer's actions."""

    open_case = Signal(int)
    loaded = Signal()  # the board and the rectifications have arrived (tests)
    sample_shown = Signal()
    changed = Signal(str)  # what an action did: drawn, scored, decided, rechecked

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.score_dialog: ScoreDialog | None = None
        self.answer_dialog: AnswerDialog | None = None
        self._latest_board = LatestOnly()
        self._latest_sample = LatestOnly()
        self._latest_rects = LatestOnly()
        self._pending = 0
        self._loaded_month = ""
        title = plain_label(self.tr("Spot checks"))
        title.setObjectName("pageTitle")
        today = clock.now().date()
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setObjectName("qaMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("qaShow")
        self.agents = AgentsModel(self)
        self.agents_view = row_table(self.agents, "qaAgents",
                                     (170, 100, 60, 70, 110, 70, 80, 80, 110), stretch=0)
        self.seed = QSpinBox()
        self.seed.setObjectName("qaSeed")
        self.seed.setRange(0, rules.MAX_SEED)
        self.seed.setValue(rules.new_seed())
        self.new_seed_button = QPushButton(self.tr("New seed"))
        self.new_seed_button.setObjectName("qaNewSeed")
        self.draw_button = QPushButton(self.tr("Draw sample"))
        self.draw_button.setObjectName("qaDraw")
        self.sample_info = plain_label(name="qaSampleInfo", wrap=True)
        self.sample = SampleModel(self)
        self.sample_view = row_table(self.sample, "qaSample", (130, 125, 220, 90, 200),
                                     stretch=2)
        self.score_button = QPushButton(self.tr("Score…"))
        self.score_button.setObjectName("qaScore")
        self.open_sample_button = QPushButton(self.tr("Open case"))
        self.open_sample_button.setObjectName("qaOpenSampleCase")
        self.rects = RectificationsModel(self)
        self.rects_view = row_table(self.rects, "qaRectifications",
                                    (130, 120, 120, 125, 60, 130, 150, 90, 120),
                                    stretch=6)
        self.decide_button = QPushButton(self.tr("Decide appeal…"))
        self.decide_button.setObjectName("qaDecide")
        self.recheck_button = QPushButton(self.tr("Re-check…"))
        self.recheck_button.setObjectName("qaRecheck")
        self.open_rect_button = QPushButton(self.tr("Open case"))
        self.open_rect_button.setObjectName("qaOpenRectCase")
        self.summary = plain_label(name="qaSummary", wrap=True)
        self.error = error_label()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(plain_label(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.show_button)
        top.addStretch(1)
        draw = QHBoxLayout()
        draw.addWidget(plain_label(self.tr("Seed")))
        draw.addWidget(self.seed)
        draw.addWidget(self.new_seed_button)
        draw.addWidget(self.draw_button)
        draw.addStretch(1)
        sample_buttons = QHBoxLayout()
        sample_buttons.addWidget(self.score_button)
        sample_buttons.addStretch(1)
        sample_buttons.addWidget(self.open_sample_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.agents_view, 2)
        upper_layout.addLayout(draw)
        upper_layout.addWidget(self.sample_info)
        upper_layout.addWidget(self.sample_view, 3)
        upper_layout.addLayout(sample_buttons)
        rect_buttons = QHBoxLayout()
        rect_buttons.addWidget(self.decide_button)
        rect_buttons.addWidget(self.recheck_button)
        rect_buttons.addStretch(1)
        rect_buttons.addWidget(self.open_rect_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(plain_label(self.tr("Rectifications (整改)")))
        lower_layout.addWidget(self.rects_view, 1)
        lower_layout.addLayout(rect_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self):
        self.show_button.clicked.connect(self.load)
        self.month.editingFinished.connect(self._month_entered)
        self.new_seed_button.clicked.connect(
            lambda: self.seed.setValue(rules.new_seed()))
        self.draw_button.clicked.connect(self.draw)
        self.score_button.clicked.connect(self.score)
        self.open_sample_button.clicked.connect(self._open_sample_case)
        self.decide_button.clicked.connect(self.decide)
        self.recheck_button.clicked.connect(self.recheck)
        self.open_rect_button.clicked.connect(self._open_rect_case)
        self.sample_view.activated.connect(lambda *_: self._open_sample_case())
        self.rects_view.activated.connect(lambda *_: self._open_rect_case())
        self.agents_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._agent_changed())
        self.sample_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.rects_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())

    def refresh(self):
        self.load()

    def _month_entered(self):
        if self.month_text() != self._loaded_month:
            self.load()

    def month_text(self) -> str:
        return month_of(self.month.date())

    # -- selection
    def current_agent(self) -> qa_board.AgentMonth | None:
        index = self.agents_view.currentIndex()
        return self.agents.row_at(index.row()) if index.isValid() else None

    def current_case(self) -> qa_board.SampleCase | None:
        index = self.sample_view.currentIndex()
        return self.sample.row_at(index.row()) if index.isValid() else None

    def current_rect(self) -> qa_board.RectificationRow | None:
        index = self.rects_view.currentIndex()
        return self.rects.row_at(index.row()) if index.isValid() else None

    def select_agent(self, agent_id: int) -> bool:
        for n, row in enumerate(self.agents.rows()):
            if row.agent_id == agent_id:
                self.agents_view.setCurrentIndex(self.agents.index(n, 0))
                return True
        return False

    def select_case(self, ticket_no: str) -> bool:
        for n, row in enumerate(self.sample.rows()):
            if row.ticket_no == ticket_no:
                self.sample_view.setCurrentIndex(self.sample.index(n, 0))
                return True
        return False

    def select_rect(self, review_id: int) -> bool:
        for n, row in enumerate(self.rects.rows()):
            if row.review_id == review_id:
                self.rects_view.setCurrentIndex(self.rects.index(n, 0))
                return True
        return False

    def sample_tickets(self) -> list[str]:
        return [row.ticket_no for row in self.sample.rows()]

    def _update_buttons(self):
        agent, case, rect = self.current_agent(), self.current_case(), \
            self.current_rect()
        self.draw_button.setEnabled(agent is not None)
        self.score_button.setEnabled(case is not None)
        self.open_sample_button.setEnabled(case is not None)
        self.decide_button.setEnabled(rect is not None and rect.state == "appealed")
        self.recheck_button.setEnabled(rect is not None and rect.state == "stated")
        self.open_rect_button.setEnabled(rect is not None)

    # -- reading
    def load(self):
        """The month's board and rectifications (the selected agent's sample
        follows when the board arrives)."""
        month, actor = self.month_text(), self.actor
        held = self.current_agent()
        held_id = held.agent_id if held else None
        self.error.hide()
        self._pending = 2

        def board_done(rows):
            self._loaded_month = month
            self.agents.set_rows(rows)
            if held_id is None or not self.select_agent(held_id):
                if rows:
                    self.agents_view.setCurrentIndex(self.agents.index(0, 0))
            self._agent_changed()
            self._arrived()

        def rects_done(result):
            rows, figures = result
            held_rect = self.current_rect()
            self.rects.set_rows(rows)
            if held_rect is not None:
                self.select_rect(held_rect.review_id)
            overdue = sum(1 for r in rows if r.days_overdue > 0)
            unfinished = sum(1 for r in rows if r.state in qa_board.UNFINISHED)
            set_plain(self.summary, _fill(self.tr(
                "%1 rectifications listed: %2 not closed, %3 overdue. The month: "
                "%4 reviews of %5 cases, mean %6, %7 with a veto; %8 rectifications "
                "opened, %9 closed."), len(rows), unfinished, overdue, figures.reviews,
                figures.calls_reviewed, _score(figures.mean) or "—", figures.vetoes,
                figures.rectifications, figures.rectifications_closed))
            self._update_buttons()
            self._arrived()

        done, failed = self._latest_board(board_done, self._failed)
        run_job(self.tasks, lambda: qa_board.month_board(actor=actor, month=month),
                done, failed, owner=self)
        done, failed = self._latest_rects(rects_done, self._failed)
        run_job(self.tasks, lambda: (
            qa_board.month_rectifications(actor=actor, month=month),
            quality.qa_figures(actor=actor, month=month)), done, failed, owner=self)

    def _arrived(self):
        self._pending -= 1
        if self._pending == 0:
            self.loaded.emit()

    def _failed(self, exc):
        self._pending = max(0, self._pending - 1)
        show_error(self.error, exc)

    def _agent_changed(self):
        agent = self.current_agent()
        if agent is None or agent.sample_id is None:
            self.sample.set_rows([])
            set_plain(self.sample_info, self.tr("No sample drawn for this month yet.")
                      if agent else "")
            self._update_buttons()
            self.sample_shown.emit()
            return
        self._show_sample(agent.sample_id, agent.seed, agent)

    def _show_sample(self, sample_id: int, seed: int | None, agent):
        actor = self.actor
        held = self.current_case()
        held_ticket = held.ticket_no if held else None

        def shown(rows):
            self.sample.set_rows(rows)
            if held_ticket:
                self.select_case(held_ticket)
            reviewed = sum(1 for r in rows if r.review_id is not None)
            mandatory = sum(1 for r in rows if r.mandatory)
            set_plain(self.sample_info, self.tr(
                "Sample of %1 drawn with seed %2: %3 cases (%4 drawn by lot, %5 "
                "mandatory), %6 reviewed.")
                .replace("%1", agent.name).replace("%2", str(seed))
                .replace("%3", str(len(rows))).replace("%4", str(len(rows) - mandatory))
                .replace("%5", str(mandatory)).replace("%6", str(reviewed)))
            self._update_buttons()
            self.sample_shown.emit()

        done, failed = self._latest_sample(shown, lambda exc: show_error(self.error,
                                                                          exc))
        run_job(self.tasks, lambda: qa_board.sample_cases(actor=actor,
                                                          sample_id=sample_id),
                done, failed, owner=self)

    # -- the draw
    def draw(self):
        agent = self.current_agent()
        if agent is None:
            return
        actor, month, seed = self.actor, self.month_text(), self.seed.value()
        if agent.sample_id is not None and agent.seed != seed and \
                not QuestionDialog.ask(self, self.tr("Draw again"), _fill(self.tr(
                    "%1's sample of %2 was drawn with seed %3. Draw again with seed "
                    "%4? The new sample replaces it (both draws are recorded)."),
                    agent.name, month, agent.seed, seed)):
            return
        self.error.hide()

        def done(sample):
            self.seed.setValue(rules.new_seed())  # the next draw proposes a new one
            self.changed.emit("drawn")
            self.load()

        run_job(self.tasks, lambda: quality.draw_sample(
            actor=actor, agent_id=agent.agent_id, month=month, seed=seed),
            done, lambda exc: show_error(self.error, exc), owner=self)

    # -- scoring
    def score(self):
        case, agent = self.current_case(), self.current_agent()
        if case is None or agent is None:
            return
        actor = self.actor
        self.error.hide()

        def ready(setup):
            rubric, due = setup
            dialog = ScoreDialog(rubric, case.ticket_no, due, self)
            dialog.submitted.connect(
                lambda values: self._submit_score(dialog, case, agent, values))
            self.score_dialog = dialog
            dialog.open()

        run_job(self.tasks, lambda: _score_setup(actor), ready,
                lambda exc: show_error(self.error, exc), owner=self)

    def _submit_score(self, dialog: ScoreDialog, case, agent, values: dict):
        actor = self.actor

        def done(review):
            dialog.succeeded()
            self.changed.emit("scored")
            self.load()

        run_job(self.tasks, lambda: quality.score_case(
            actor=actor, call_id=case.call_id, agent_id=agent.agent_id, **values),
            done, dialog.show_error, owner=dialog)

    # -- the reviewer's actions on a rectification
    def decide(self):
        rect = self.current_rect()
        if rect is None:
            return
        dialog = AnswerDialog(
            self.tr("Decide the appeal"), self.tr("Note (why)"),
            choices=(("reject", self.tr("Reject the appeal: the rectification "
                                        "stands (due again in 3 working days)")),
                     ("uphold", self.tr("Uphold the appeal: the rectification is "
                                        "withdrawn"))),
            context=self._context(rect), parent=self)

        def call(values):
            return quality.decide_appeal(actor=self.actor, review_id=rect.review_id,
                                         upheld=values["choice"] == "uphold",
                                         note=values["text"])

        self._answer(dialog, call, "decided")

    def recheck(self):
        rect = self.current_rect()
        if rect is None:
            return
        dialog = AnswerDialog(
            self.tr("Re-check the rectification"), self.tr("Note"),
            choices=(("pass", self.tr("Passed: close the rectification")),
                     ("fail", self.tr("Not passed: back to the agent (due again in "
                                      "3 working days)"))),
            context=self._context(rect), parent=self)

        def call(values):
            return quality.recheck(actor=self.actor, review_id=rect.review_id,
                                   passed=values["choice"] == "pass",
                                   note=values["text"])

        self._answer(dialog, call, "rechecked")

    def _context(self, rect: qa_board.RectificationRow) -> str:
        return self.tr("Case %1, agent %2, scored %3 by %4 (%5).").replace(
            "%1", rect.ticket_no).replace("%2", rect.agent_name).replace(
            "%3", _score(rect.total)).replace("%4", rect.reviewer_name).replace(
            "%5", grade_text(rect.grade))

    def _answer(self, dialog: AnswerDialog, call, what: str):
        answer(self, dialog, call, what)

    # -- opening cases
    def _open_sample_case(self):
        case = self.current_case()
        if case is not None:
            self.open_case.emit(case.call_id)

    def _open_rect_case(self):
        rect = self.current_rect()
        if rect is not None:
            self.open_case.emit(rect.call_id)
