"""Per-agent KPIs (issue 11 item 4): supervisors and directors (kpi.view).

Pick a month or a quarter; the table (services/kpi.py, the same figures as the
monthly report's per-agent table) sorts on any column, numbers as numbers (a
missing figure, "—", sorts below every number). Double-clicking a figure opens
the cases behind it in a dialog (handled → the calls, satisfaction/surveys → the
surveyed calls, QA → the reviewed calls, vetoes → the vetoed reviews, on-time /
due / late → the late ones); double-clicking a case there opens it. Export…
writes the table as .csv or .xlsx (kpi.export: formula cells neutralized, logged).
Every service call runs on the window's TaskManager.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..services import kpi
from ..services.base import Actor
from . import labels
from .tasks import LatestOnly, run_job
from .rows_model import RowsModel
from .widgets import (error_label, plain_label, row_table, set_plain,
                      show_error)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING = float("-inf")  # sorts below every number


def ui_lang() -> str:
    """The documents' language that goes with the UI's ('zh' or 'en')."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def pct(value) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def number(value, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


class PeriodPicker(QWidget):
    """Year and a month or quarter (or the whole year): '2026-11', '2026-Q4',
    '2026'. `kinds` says which are offered."""

    def __init__(self, kinds=("month", "quarter"), parent: QWidget | None = None):
        super().__init__(parent)
        today = dt.date.today()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        names = {"month": self.tr("Month"), "quarter": self.tr("Quarter"),
                 "year": self.tr("Year")}
        for k in kinds:
            self.kind.addItem(names[k], k)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.number = QComboBox()
        self.number.setObjectName("periodNumber")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.year)
        layout.addWidget(self.number)
        self.kind.currentIndexChanged.connect(self._fill)
        self._fill()
        self.set_period(f"{today.year}-Q{(today.month - 1) // 3 + 1}"
                        if "month" not in kinds else f"{today:%Y-%m}")

    def _fill(self):
        kind = self.kind.currentData()
        self.number.clear()
        if kind == "month":
            for m in range(1, 13):
                self.number.addItem(f"{m:02d}", f"{m:02d}")
        elif kind == "quarter":
            for q in range(1, 5):
                self.number.addItem(f"Q{q}", f"Q{q}")
        self.number.setVisible(kind != "year")

    def period(self) -> str:
        kind = self.kind.currentData()
        if kind == "year":
            return str(self.year.value())
        return f"{self.year.value()}-{self.number.currentData()}"

    def set_period(self, period: str) -> None:
        year, _, rest = period.partition("-")
        kind = "year" if not rest else "quarter" if rest.startswith("Q") else "month"
        i = self.kind.findData(kind)
        if i < 0:
            return
        self.kind.setCurrentIndex(i)
        self.year.setValue(int(year))
        if rest:
            self.number.setCurrentIndex(max(0, self.number.findData(rest)))


class KpiModel(RowsModel):
    """kpi.KpiRow rows; SORT_ROLE gives the value to sort by."""

    COLUMNS = ("username", "name", "handled", "mean_handle_seconds", "fcr_rate",
               "satisfaction_mean", "surveys", "on_time_rate", "late", "qa_mean",
               "reviews", "vetoes", "articles_published", "attendance")
    FIGURE = {"handled": "handled", "mean_handle_seconds": "handled",
              "fcr_rate": "handled", "satisfaction_mean": "satisfaction",
              "surveys": "satisfaction", "on_time_rate": "late", "late": "late",
              "qa_mean": "qa", "reviews": "qa", "vetoes": "vetoes"}

    def headers(self):
        return (self.tr("Username"), self.tr("Name"), self.tr("Handled"),
                self.tr("Mean handle time (s)"), self.tr("FCR"),
                self.tr("Satisfaction (1–5)"), self.tr("Surveys"),
                self.tr("On-time rate"), self.tr("Late"), self.tr("QA mean"),
                self.tr("Reviews"), self.tr("QA vetoes"),
                self.tr("Knowledge published"), self.tr("Attendance"))

    def value(self, row: kpi.KpiRow, column: str):
        if column == "attendance":
            return row.attendance_rate
        return getattr(row, column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None:
            return None
        value = self.value(row, column)
        if role == SORT_ROLE:
            if column in ("username", "name"):
                return str(value)
            return MISSING if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("username",
                                                                         "name"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column in ("fcr_rate", "on_time_rate", "attendance"):
            return pct(value)
        if column in ("mean_handle_seconds", "qa_mean"):
            return number(value)
        if column == "satisfaction_mean":
            return number(value, 2)
        return str(value)


class CaseRowsModel(RowsModel):
    COLUMNS = ("ticket_no", "received_at", "status", "subject", "detail")

    def headers(self):
        return (self.tr("Ticket"), self.tr("Received"), self.tr("Status"),
                self.tr("Subject"), self.tr("Detail"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "received_at":
            return f"{row.received_at:%Y-%m-%d %H:%M}"
        if column == "status":
            return labels.status(row.status)
        return str(getattr(row, column))


class CasesDialog(QDialog):
    """The cases behind one figure; double-click one to open it."""

    open_case = Signal(int)

    def __init__(self, title: str, rows, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("kpiCasesDialog")
        self.model = CaseRowsModel(self)
        self.model.set_rows(rows)
        self.view = row_table(self.model, "kpiCasesTable", (130, 120, 80, 240, 120),
                              stretch=3)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("%1 cases").replace("%1", str(len(rows))),
                                     name="kpiCasesCount"))
        layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(self._open)
        self.resize(760, 420)

    def _open(self, index):
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_case.emit(row.call_id)


class KpiPage(QWidget):
    """The KPI table of a month or quarter, sortable, exportable, drillable."""

    open_case = Signal(int)
    loaded = Signal()
    cases_shown = Signal(int)  # how many cases the dialog lists
    exported = Signal(str)

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.cases_dialog: CasesDialog | None = None
        self._latest = LatestOnly()
        title = plain_label(self.tr("Agent KPIs"))
        title.setObjectName("pageTitle")
        self.period = PeriodPicker(("month", "quarter"))
        self.load_button = QPushButton(self.tr("Show"))
        self.load_button.setObjectName("kpiLoad")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("kpiExport")
        self.model = KpiModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = row_table(self.proxy, "kpiTable",
                              (110, 110, 70, 110, 70, 100, 60, 90, 50, 70, 60, 70, 90,
                               80), stretch=None)
        self.view.setSortingEnabled(True)
        self.info = plain_label(name="kpiInfo", wrap=True)
        self.info.setText(self.tr("Double-click a figure to see the cases behind it."))
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.period)
        top.addWidget(self.load_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self._connect_signals()

    def _connect_signals(self):
        self.load_button.clicked.connect(self.load)
        self.export_button.clicked.connect(self.export)
        self.view.doubleClicked.connect(self.drill)

    def refresh(self):
        self.load()

    def load(self):
        actor, period = self.actor, self.period.period()
        self.error.hide()

        def done(rows):
            self.model.set_rows(rows)
            self.loaded.emit()

        done, failed = self._latest(done, lambda exc: show_error(self.error, exc))
        run_job(self.tasks, lambda: kpi.table(actor=actor, period=period), done,
                failed, owner=self)

    def row_at(self, proxy_row: int) -> kpi.KpiRow | None:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.row_at(source.row())

    def drill(self, index):
        """The cases behind the figure at `index` (of the view, i.e. the proxy)."""
        source = self.proxy.mapToSource(index)
        row, column = self.model.cell(source)
        if row is None:
            return
        figure = KpiModel.FIGURE.get(column, "handled")
        actor, period, user_id = self.actor, self.period.period(), row.user_id
        header = self.model.headers()[source.column()]
        self.error.hide()

        def done(rows):
            if self.cases_dialog is not None:
                self.cases_dialog.close()
            title = f"{row.name} · {period} · {header}"
            self.cases_dialog = CasesDialog(title, rows, self)
            self.cases_dialog.open_case.connect(self.open_case)
            self.cases_dialog.show()
            self.cases_shown.emit(len(rows))

        run_job(self.tasks, lambda: kpi.cases(actor=actor, period=period,
                                              user_id=user_id, figure=figure),
                done, lambda exc: show_error(self.error, exc), owner=self)

    @classmethod
    def ask_path(cls, parent: QWidget, title: str, suggested: str,
                 filters: str) -> str:
        """The file to write ('' when cancelled). Tests replace it."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    def export(self):
        period = self.period.period()
        path = self.ask_path(self, self.tr("Export the KPI table"), f"KPI-{period}.xlsx",
                             self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        actor = self.actor
        lang = ui_lang()

        def done(result):
            set_plain(self.info, self.tr("%1 rows saved to %2").replace(
                "%1", str(result.rows)).replace("%2", result.path))
            self.exported.emit(result.path)

        self.error.hide()
        run_job(self.tasks, lambda: kpi.export(actor=actor, period=period, path=path,
                                               lang=lang),
                done, lambda exc: show_error(self.error, exc), owner=self)
