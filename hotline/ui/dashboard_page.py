"""The supervisor's live dashboard (DESIGN §12, issue 11 item 1).

Ten tiles, each a frame with its title, a big number, the level as an icon and a
word (never colour alone), "更新于 hh:mm:ss" and a stale mark once its data is
older than twice its refresh interval. The counts (services/dashboard.counts) are
read every 30 s and the month-to-date rates (dashboard.rates) every 5 min, both on
the window's worker threads, never two reads of one part at once; both are read
when the page is shown. Clicking a tile (or Enter on it) reads the cases behind it
(dashboard.tile_cases) and shows them in a list; a double-click there opens the
case (`open_case`, as the other pages do).

Below the tiles: calls today by hour against the same weekday's mean (bars and a
line), the open cases by status and by SLA state (bars), both drawn with
pyqtgraph, and the per-agent table of today (double-click: the agent's open cases).
A change announced on this workstation (ui/changes.py) reads the counts again.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QGridLayout,
                               QHBoxLayout, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from ..domain.workflow import OPEN_STATUSES
from ..services import dashboard
from ..services.base import Actor
from . import labels
from .changes import RefreshOnChange
from .tasks import run_job
from .rows_model import RowsModel
from .widgets import error_label, plain_label, row_table, set_plain, \
    show_error

COUNTS_MS = dashboard.COUNTS_INTERVAL_S * 1000
RATES_MS = dashboard.RATES_INTERVAL_S * 1000
STALE_CHECK_MS = 5_000
# the tiles fed by each part (the call-back tile by both: its count and 满意率)
COUNTS_TILES = ("calls_today", "on_shift", "waiting", "due_soon", "overdue",
                "oldest", "callbacks", "hot")
RATES_TILES = ("on_time", "callbacks", "qa")
# tile -> the list its click opens (None: the tile opens no list)
DRILL = {"calls_today": "calls_today", "on_shift": None, "waiting": "waiting",
         "due_soon": "due_soon", "overdue": "overdue", "oldest": "oldest",
         "on_time": "overdue", "callbacks": "callbacks_due", "qa": "qa_overdue",
         "hot": "hot"}
# the frame's border underlines the level its text already names
LEVEL_COLOURS = {"ok": "#1b6e35", "warn": "#a85d00", "alarm": "#b71c1c"}
SLA_ORDER = ("on_track", "warning", "overdue", "paused", "none")


def level_text(level: str) -> str:
    return {"ok": QCoreApplication.translate("DashboardPage", "✓ Normal"),
            "warn": QCoreApplication.translate("DashboardPage", "▲ Attention"),
            "alarm": QCoreApplication.translate("DashboardPage", "✖ Alarm")}.get(level, "")


def sla_text(state: str) -> str:
    return {"on_track": QCoreApplication.translate("DashboardPage", "On track"),
            "warning": QCoreApplication.translate("DashboardPage", "Due soon"),
            "overdue": QCoreApplication.translate("DashboardPage", "Overdue"),
            "paused": QCoreApplication.translate("DashboardPage", "Paused"),
            "none": QCoreApplication.translate("DashboardPage", "No due time")}.get(state, state)


def percent(rate) -> str:
    return "—" if rate is None else f"{rate * 100:.1f} %"


def age_text(hours: float) -> str:
    if hours >= 48:
        return QCoreApplication.translate("DashboardPage", "%1 d").replace("%1", f"{hours / 24:.1f}")
    if hours >= 1:
        return QCoreApplication.translate("DashboardPage", "%1 h").replace("%1", f"{hours:.1f}")
    return QCoreApplication.translate("DashboardPage", "%1 min").replace("%1", str(int(hours * 60)))


class Tile(QFrame):
    """One tile: title, big number, level (icon and word), detail, update time and
    stale mark. A click, Enter or Space emits `clicked` with the tile's key."""

    clicked = Signal(str)

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.level = ""
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        if DRILL.get(key):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = plain_label(title, name="tileTitle")
        self.value = plain_label("—", name="tileValue")
        font = self.value.font()
        font.setPointSize(max(font.pointSize(), 9) * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.level_label = plain_label("", name="tileLevel")
        self.detail = plain_label("", name="tileDetail", wrap=True)
        self.updated = plain_label("", name="tileUpdated")
        self.stale = plain_label(self.tr("⚠ Out of date"), name="tileStale")
        self.stale.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.level_label)
        layout.addLayout(top)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.updated, 1)
        bottom.addWidget(self.stale)
        layout.addLayout(bottom)
        self.set_level("")

    def set_value(self, value: str, detail: str = "") -> None:
        set_plain(self.value, value)
        set_plain(self.detail, detail)

    def set_level(self, level: str) -> None:
        self.level = level
        set_plain(self.level_label, level_text(level))
        colour = LEVEL_COLOURS.get(level, "#9e9e9e")
        width = 1 if level in ("", "ok") else 3
        self.setStyleSheet(f"QFrame#tile_{self.key} {{ border: {width}px solid "
                           f"{colour}; border-radius: 4px; }}")
        self.level_label.setStyleSheet(f"color: {colour};")

    def set_updated(self, when) -> None:
        set_plain(self.updated, "" if when is None else
                  self.tr("Updated %1").replace("%1", f"{when:%H:%M:%S}"))

    def set_stale(self, stale: bool) -> None:
        self.stale.setVisible(stale)

    def is_stale(self) -> bool:
        return not self.stale.isHidden()

    def mouseReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and \
                self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


class AgentsModel(RowsModel):
    """The per-agent table of today (dashboard.AgentToday)."""

    COLUMNS = ("name", "on_shift", "calls_logged", "open_held", "overdue_held",
               "resolved_today")

    def headers(self):
        return (self.tr("Agent"), self.tr("On shift"), self.tr("Calls logged"),
                self.tr("Open cases"), self.tr("Overdue"), self.tr("Resolved today"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "on_shift":
                return self.tr("Yes") if row.on_shift else self.tr("No")
            return str(getattr(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name",):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.user_id
        return None


class TileCasesModel(RowsModel):
    """The cases behind a tile (dashboard.TileCase)."""

    COLUMNS = ("ticket_no", "received_at", "status", "sla_state", "resolution_due",
               "assignee", "category", "subject")

    def headers(self):
        return (self.tr("Ticket"), self.tr("Received"), self.tr("Status"),
                self.tr("SLA"), self.tr("Due"), self.tr("Assignee"),
                self.tr("Category"), self.tr("Subject"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "received_at":
                return f"{row.received_at:%Y-%m-%d %H:%M}"
            if column == "resolution_due":
                return "" if row.resolution_due is None else \
                    f"{row.resolution_due:%m-%d %H:%M}"
            if column == "status":
                return labels.status(row.status)
            if column == "sla_state":
                return sla_text(row.sla_state) if row.status in OPEN_STATUSES else ""
            return str(getattr(row, column) or "")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class TileCasesDialog(QDialog):
    """The cases behind a tile; a double-click or Enter opens one (`open_case`)."""

    open_case = Signal(int)

    def __init__(self, parent: QWidget | None, title: str, rows: list):
        super().__init__(parent)
        self.setObjectName("tileCasesDialog")
        self.setWindowTitle(title)
        self.resize(900, 480)
        self.model = TileCasesModel(self)
        self.model.set_rows(rows)
        self.view = row_table(self.model, "tileCasesTable",
                              (120, 120, 80, 80, 90, 90, 140, 200), stretch=7)
        self.count = plain_label(
            self.tr("%1 case(s)").replace("%1", str(len(rows)))
            + ("" if len(rows) < dashboard.MAX_LIMIT else
               self.tr(" (the first %1)").replace("%1", str(dashboard.MAX_LIMIT))),
            name="tileCasesCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_button = QPushButton(self.tr("&Open case"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(title, name="pageTitle"))
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.activated.connect(  # a double-click or Enter
            lambda index: self._open(index.row()))
        self.open_button.clicked.connect(
            lambda: self._open(self.view.currentIndex().row()))

    def tickets(self) -> list[str]:
        return [r.ticket_no for r in self.model.rows()]

    def _open(self, row: int) -> None:
        case = self.model.row_at(row)
        if case is not None:
            self.open_case.emit(case.id)


class DashboardPage(QWidget):
    open_case = Signal(int)

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.counts = None  # the last dashboard.Counts shown
        self.rates = None
        self.dialog = None
        self._running = {"counts": False, "rates": False}
        self._received = {"counts": None, "rates": None}  # monotonic seconds
        title = plain_label(self.tr("Dashboard"), name="pageTitle")
        self.refresh_button = QPushButton(self.tr("Refresh now"))
        self.error = error_label(wrap=False)
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, key in enumerate(dashboard.TILES):
            tile = Tile(key, self._tile_title(key), self)
            self.tiles[key] = tile
            grid.addWidget(tile, i // 5, i % 5)
        self.hourly_plot, self.open_plot = self._charts()
        self.agents_model = AgentsModel(self)
        self.agents_view = row_table(self.agents_model, "agentsTable",
                                     (80, 50, 80, 70, 55, 85), stretch=0)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        agents_box = QWidget()
        agents_layout = QVBoxLayout(agents_box)
        agents_layout.setContentsMargins(0, 0, 0, 0)
        agents_layout.addWidget(plain_label(self.tr("Agents today"),
                                            name="sectionTitle"))
        agents_layout.addWidget(self.agents_view, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setObjectName("dashboardLower")
        boxes = []
        for title_text, chart in (
                (self.tr("Calls by hour: today (bars) and the same weekday (line)"),
                 self.hourly_plot),
                (self.tr("Open cases by status and by SLA state"), self.open_plot)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(plain_label(title_text, name="sectionTitle",
                                             wrap=True))
            box_layout.addWidget(chart, 1)
            chart.setMinimumWidth(200)
            boxes.append(box)
        for i, widget in enumerate((*boxes, agents_box)):
            lower.addWidget(widget)
            lower.setCollapsible(i, False)
        lower.setSizes([420, 320, 540])  # the agents table keeps its names readable
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(grid)
        layout.addWidget(lower, 1)
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_MS)
        self.rates_timer = QTimer(self)
        self.rates_timer.setInterval(RATES_MS)
        self.stale_timer = QTimer(self)
        self.stale_timer.setInterval(STALE_CHECK_MS)
        self._connect_signals()

    def _tile_title(self, key: str) -> str:
        return {
            "calls_today": self.tr("Calls today"),
            "on_shift": self.tr("On shift"),
            "waiting": self.tr("To dispatch / to sign for"),
            "due_soon": self.tr("Due soon"),
            "overdue": self.tr("Overdue"),
            "oldest": self.tr("Oldest open case"),
            "on_time": self.tr("On-time resolution"),
            "callbacks": self.tr("Callbacks due + satisfaction"),
            "qa": self.tr("Spot checks"),
            "hot": self.tr("Hot topics today"),
        }[key]

    def _charts(self):
        import pyqtgraph as pg  # loaded with the page, after the sign-in

        hourly = pg.PlotWidget()
        hourly.setObjectName("hourlyChart")
        hourly.setBackground("w")
        hourly.setMouseEnabled(x=False, y=False)
        hourly.hideButtons()
        self.hourly_bars = pg.BarGraphItem(x=list(range(24)), height=[0] * 24,
                                           width=0.7, brush="#5c8ac4")
        hourly.addItem(self.hourly_bars)
        self.weekday_line = hourly.plot(list(range(24)), [0.0] * 24,
                                        pen=pg.mkPen("#c0392b", width=2),
                                        symbol="o", symbolSize=4)
        hourly.getAxis("bottom").setTicks([[(h, str(h)) for h in range(0, 24, 3)]])
        opened = pg.PlotWidget()
        opened.setObjectName("openChart")
        opened.setBackground("w")
        opened.setMouseEnabled(x=False, y=False)
        opened.hideButtons()
        # horizontal bars: the status and SLA names stay readable on the axis
        n = len(OPEN_STATUSES) + len(SLA_ORDER)
        self.status_bars = pg.BarGraphItem(
            x0=0, y=list(range(len(OPEN_STATUSES))),
            width=[0] * len(OPEN_STATUSES), height=0.7, brush="#5c8ac4")
        self.sla_bars = pg.BarGraphItem(
            x0=0, y=[len(OPEN_STATUSES) + 1 + i for i in range(len(SLA_ORDER))],
            width=[0] * len(SLA_ORDER), height=0.7,
            brushes=["#1b6e35", "#a85d00", "#b71c1c", "#455a64", "#9e9e9e"])
        opened.addItem(self.status_bars)
        opened.addItem(self.sla_bars)
        ticks = [(i, labels.status(s)) for i, s in enumerate(OPEN_STATUSES)]
        ticks += [(len(OPEN_STATUSES) + 1 + i, sla_text(s))
                  for i, s in enumerate(SLA_ORDER)]
        opened.getAxis("left").setTicks([ticks])
        opened.getAxis("left").setWidth(120)
        opened.invertY(True)
        opened.setYRange(-0.6, n + 0.6, padding=0)
        return hourly, opened

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.refresh)
        for tile in self.tiles.values():
            tile.clicked.connect(self.drill)
        self.agents_view.activated.connect(self._agent_cases)  # double-click, Enter
        self.counts_timer.timeout.connect(self.refresh_counts)
        self.rates_timer.timeout.connect(self.refresh_rates)
        self.stale_timer.timeout.connect(lambda: self.check_stale())
        # a change made on this workstation (a case dispatched, resolved…) shows
        # at once rather than at the next 30-second read
        self.on_change = RefreshOnChange(self, self.refresh_counts)

    # ------------------------------------------------------------ refreshing
    def refresh(self):
        """Read both parts now (the page is shown, or Refresh was pressed) and keep
        reading them on their intervals while the page is shown."""
        self.refresh_counts()
        self.refresh_rates()
        for timer in (self.counts_timer, self.rates_timer, self.stale_timer):
            timer.start()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if event.spontaneous():  # the window comes back from being minimized
            self.refresh()

    def hideEvent(self, event):  # noqa: N802
        for timer in (self.counts_timer, self.rates_timer, self.stale_timer):
            timer.stop()
        super().hideEvent(event)

    def _read(self, part: str, job, show) -> None:
        if self._running[part]:
            return  # the last read has not come back yet: never two at once
        self._running[part] = True

        def done(result):
            self._running[part] = False
            self._received[part] = time.monotonic()
            self.error.hide()
            show(result)
            self.check_stale()

        def failed(exc):
            self._running[part] = False
            show_error(self.error, exc)
            self.check_stale()

        run_job(self.tasks, job, done, failed, owner=self)

    def refresh_counts(self):
        self.on_change.fresh()
        actor = self.actor
        self._read("counts", lambda: dashboard.counts(actor=actor), self.show_counts)

    def refresh_rates(self):
        actor = self.actor
        self._read("rates", lambda: dashboard.rates(actor=actor), self.show_rates)

    def check_stale(self, at: float | None = None) -> None:
        """Mark the tiles whose data is older than twice its interval, as of the
        monotonic time `at` (now by default); a part never read yet is not
        marked (its tiles show "—")."""
        at = time.monotonic() if at is None else at
        stale = {}
        for part, interval in (("counts", dashboard.COUNTS_INTERVAL_S),
                               ("rates", dashboard.RATES_INTERVAL_S)):
            received = self._received[part]
            stale[part] = received is not None and at - received > 2 * interval
        for key, tile in self.tiles.items():
            tile.set_stale((key in COUNTS_TILES and stale["counts"])
                           or (key in RATES_TILES and stale["rates"]))

    # ------------------------------------------------------------ showing
    def show_counts(self, c: dashboard.Counts) -> None:
        self.counts = c
        tiles = self.tiles
        tiles["calls_today"].set_value(
            str(c.calls_today),
            self.tr("Same weekday so far: %1 · valid %2").replace(
                "%1", f"{round(c.same_weekday_so_far, 1):g}").replace("%2", str(c.valid_today)))
        names = "、".join(s.name for s in c.on_shift)
        tiles["on_shift"].set_value(str(len(c.on_shift)),
                                    names or self.tr("Nobody is on shift"))
        tiles["waiting"].set_value(
            f"{c.waiting_dispatch} / {c.waiting_sign}",
            self.tr("%1 to dispatch, %2 to sign for").replace(
                "%1", str(c.waiting_dispatch)).replace("%2", str(c.waiting_sign)))
        tiles["due_soon"].set_value(
            str(c.due_soon), self.tr("Due within %1 min").replace(
                "%1", str(c.thresholds.warning_window_minutes)))
        tiles["overdue"].set_value(str(c.overdue),
                                   self.tr("Open cases past their due time"))
        if c.oldest is None:
            tiles["oldest"].set_value("—", self.tr("No open case"))
        else:
            tiles["oldest"].set_value(age_text(c.oldest.age_hours),
                                      c.oldest.ticket_no)
        lines = [f"{i + 1}. {h.name} {h.today}"
                 + (" " + self.tr("▲ spike") if h.spike else "")
                 for i, h in enumerate(c.hot)]
        tiles["hot"].set_value(c.hot[0].name if c.hot else "—",
                               "\n".join(lines) or self.tr("No calls today"))
        for key, level in c.levels.items():
            tiles[key].set_level(level)
        for key in COUNTS_TILES:
            if key != "callbacks":
                tiles[key].set_updated(c.read_at)
        self._show_callbacks()
        self.hourly_bars.setOpts(height=list(c.calls_by_hour))
        self.status_bars.setOpts(width=[c.open_by_status.get(s, 0)
                                        for s in OPEN_STATUSES])
        self.sla_bars.setOpts(width=[c.open_by_sla.get(s, 0) for s in SLA_ORDER])
        self.hourly_plot.enableAutoRange()
        self.open_plot.enableAutoRange(axis="x")
        self.agents_model.set_rows(c.agents)

    def show_rates(self, r: dashboard.Rates) -> None:
        self.rates = r
        tiles = self.tiles
        tiles["on_time"].set_value(percent(r.on_time_rate),
                                   self.tr("Month to date · %1 resolved").replace(
                                       "%1", str(r.resolved)))
        qa = r.qa
        done = f"{qa.done} / {qa.target}" if qa.target is not None else str(qa.done)
        detail = self.tr("Mean %1 · rectifications open %2, overdue %3").replace(
            "%1", "—" if qa.mean is None else f"{qa.mean:g}").replace(
            "%2", str(qa.open_rectifications)).replace(
            "%3", str(qa.overdue_rectifications))
        if qa.target is None:  # the figure is reviews done, without a target yet
            detail = self.tr("Reviews done; no sample drawn this month") + "\n" + detail
        tiles["qa"].set_value(done, detail)
        for key in ("on_time", "qa"):
            tiles[key].set_level(r.levels[key])
            tiles[key].set_updated(r.read_at)
        self._show_callbacks()
        self.weekday_line.setData(list(range(24)), list(r.weekday_hourly_mean))
        self.hourly_plot.enableAutoRange()

    def _show_callbacks(self):
        """The call-back tile: its count from the counts, 满意率 from the rates; its
        time is the older of the two."""
        c, r = self.counts, self.rates
        tile = self.tiles["callbacks"]
        tile.set_value("—" if c is None else str(c.callbacks_due),
                       self.tr("Satisfaction (month) %1").replace(
                           "%1", "—" if r is None else percent(r.satisfaction_rate)))
        if r is not None:
            tile.set_level(r.levels["callbacks"])
        times = [x.read_at for x in (c, r) if x is not None]
        tile.set_updated(min(times) if times else None)

    def level_of(self, key: str) -> str:
        """The level word a tile shows (tests, screen readers)."""
        return self.tiles[key].level_label.text()

    # ------------------------------------------------------------ drill-down
    def drill(self, key: str) -> None:
        """Read the cases behind tile `key` and show them in a list."""
        tile = DRILL.get(key)
        if tile is None:  # who is on shift: their row in the agents' table
            self.agents_view.setFocus()
            return
        self.show_cases(tile, self._tile_title(key))

    def _agent_cases(self, index):
        agent = self.agents_model.row_at(index.row())
        if agent is not None:
            self.show_cases(f"agent:{agent.user_id}",
                            self.tr("Open cases of %1").replace("%1", agent.name))

    def show_cases(self, tile: str, title: str) -> None:
        actor = self.actor

        def show(rows):
            if self.dialog is not None:
                self.dialog.close()
            self.dialog = TileCasesDialog(self, title, rows)
            self.dialog.open_case.connect(self.open_case)
            self.dialog.show()

        run_job(self.tasks,
                lambda: dashboard.tile_cases(actor=actor, tile=tile), show,
                lambda exc: show_error(self.error, exc), owner=self)
