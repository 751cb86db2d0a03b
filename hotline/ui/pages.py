"""The registry of the main window's pages: adding a page is one `PageSpec` in
`PAGES`. The main window builds its navigation, its stack of pages, the start page
of each role, the keyboard shortcuts and the filtering by permission from it.

    PageSpec("audit", "audit.view", <title>, _audit, attribute="audit")

`title` is a function returning the translated text, written with a literal
QCoreApplication.translate call so lupdate finds it (the first pages keep the
context "MainWindow", where they lived before the registry, so their
translations stay valid).
`factory(window)` builds the page; `window` gives `actor`, `tasks` (the
TaskManager), `settings` and `drafts`. A page may have `refresh()` (called each
time it is shown) and an `open_case` signal (connected to the case dialog).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

from ..services.permissions import allowed

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str                          # stable name ("call", "shift" …)
    permission: str                   # the permission that shows the page
    title: Callable[[], str]          # navigation text, translated when called
    factory: Callable[..., "QWidget"]  # factory(window) -> the page
    shortcut: str | None = None       # application-wide key that opens it
    start_roles: tuple[str, ...] = ()  # roles that start on this page
    attribute: str | None = None      # the window's attribute holding the page

    def allowed_for(self, role: str) -> bool:
        return allowed(role, self.permission)


# -- factories (imports inside: a page's module is loaded only when it is built)
def _call_form(window):
    from .call_form import CallForm
    return CallForm(window.actor, window.tasks, window.settings, window.drafts)


def _my_shift(window):
    from .my_shift_page import MyShiftPage
    return MyShiftPage(window.actor, window.tasks)


def _duty(window):
    from .duty_page import DutyPage
    return DutyPage(window.actor, window.tasks)


def _roster(window):
    from .roster_page import RosterPage
    return RosterPage(window.actor, window.tasks)


def _users(window):
    from .users_page import UsersPage
    return UsersPage(window.actor, window.tasks)


def _audit(window):
    from .audit_page import AuditPage
    return AuditPage(window.actor, window.tasks)


def _knowledge(window):
    from .knowledge_page import KnowledgePage
    return KnowledgePage(window.actor, window.tasks)


def _search(window):
    from .search_page import SearchPage
    return SearchPage(window.actor, window.tasks)


def _queue(window):
    from .queue_page import QueuePage
    return QueuePage(window.actor, window.tasks)


def _callbacks(window):
    from .callbacks_page import CallbacksPage
    return CallbacksPage(window.actor, window.tasks)


def _archive(window):
    from .archive_page import ArchivePage
    return ArchivePage(window.actor, window.tasks)


def _register(window):
    from .register_page import RegisterPage
    return RegisterPage(window.actor, window.tasks)


def _report(window):
    from .report_page import ReportPage
    return ReportPage(window.actor, window.tasks)


def _exports(window):
    from .exports_page import ExportsPage
    return ExportsPage(window.actor, window.tasks)


def _supervision(window):
    from .supervision_page import SupervisionPage
    return SupervisionPage(window.actor, window.tasks)


def _dashboard(window):
    from .dashboard_page import DashboardPage
    return DashboardPage(window.actor, window.tasks)


def _quality(window):
    from .quality_page import QualityPage
    return QualityPage(window.actor, window.tasks)


def _my_reviews(window):
    from .my_reviews_page import MyReviewsPage
    return MyReviewsPage(window.actor, window.tasks)


def _center_settings(window):
    from .center_settings_page import CenterSettingsPage
    return CenterSettingsPage(window.actor, window.tasks)


def _kpi(window):
    from .kpi_page import KpiPage
    return KpiPage(window.actor, window.tasks)


def _appraisal(window):
    from .appraisal_page import AppraisalPage
    return AppraisalPage(window.actor, window.tasks)


def _my_appraisal(window):
    from .appraisal_page import MyAppraisalPage
    return MyAppraisalPage(window.actor, window.tasks)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "dashboard.view",
             lambda: QCoreApplication.translate("DashboardPage", "Dashboard"),
             _dashboard, start_roles=("supervisor", "director"),
             attribute="dashboard"),
    PageSpec("call", "call.log",
             lambda: QCoreApplication.translate("MainWindow", "Log a call  F2"),
             _call_form, shortcut="F2", attribute="call_form"),
    PageSpec("shift", "call.log",
             lambda: QCoreApplication.translate("MainWindow", "My shift  F3"),
             _my_shift, shortcut="F3", attribute="my_shift"),
    PageSpec("duty", "roster.view",
             lambda: QCoreApplication.translate("MainWindow", "Duty & handover  F4"),
             _duty, shortcut="F4", attribute="duty"),
    PageSpec("search", "call.view",
             lambda: QCoreApplication.translate("MainWindow", "Search cases  F5"),
             _search, shortcut="F5", attribute="search"),
    PageSpec("queue", "call.work",
             lambda: QCoreApplication.translate("MainWindow", "My queue  F6"),
             _queue, shortcut="F6", start_roles=("specialist",), attribute="queue"),
    PageSpec("callbacks", "call.callback",
             lambda: QCoreApplication.translate("MainWindow", "Callbacks due"),
             _callbacks, attribute="callbacks"),
    PageSpec("roster", "roster.manage",
             lambda: QCoreApplication.translate("MainWindow", "Roster"),
             _roster, attribute="roster"),
    PageSpec("users", "user.manage",
             lambda: QCoreApplication.translate("MainWindow", "Users"),
             _users, start_roles=("admin",), attribute="users"),
    PageSpec("audit", "audit.view",
             lambda: QCoreApplication.translate("AuditPage", "Audit log"),
             _audit, attribute="audit"),
    PageSpec("knowledge", "knowledge.view",
             lambda: QCoreApplication.translate("KnowledgePage", "Knowledge base"),
             _knowledge, attribute="knowledge"),
    PageSpec("archive", "archive.view",
             lambda: QCoreApplication.translate("ArchivePage", "Case archives"),
             _archive, start_roles=("secretary",), attribute="archive"),
    PageSpec("register", "archive.view",
             lambda: QCoreApplication.translate("RegisterPage", "Archive register"),
             _register, attribute="register"),
    PageSpec("report", "report.view",
             lambda: QCoreApplication.translate("ReportPage", "Monthly report"),
             _report, attribute="report"),
    PageSpec("exports", "data.export",
             lambda: QCoreApplication.translate("ExportsPage", "Export calls"),
             _exports, attribute="exports"),
    PageSpec("supervision", "call.supervise",
             lambda: QCoreApplication.translate("SupervisionPage", "Team supervision"),
             _supervision, attribute="supervision"),
    PageSpec("center_settings", "config.manage",
             lambda: QCoreApplication.translate("CenterSettingsPage", "Center settings"),
             _center_settings, attribute="center_settings"),
    PageSpec("quality", "qa.review",
             lambda: QCoreApplication.translate("QualityPage", "Spot checks"),
             _quality, attribute="quality"),
    PageSpec("my_reviews", "qa.respond",
             lambda: QCoreApplication.translate("MyReviewsPage", "My reviews"),
             _my_reviews, attribute="my_reviews"),
    PageSpec("kpi", "kpi.view",
             lambda: QCoreApplication.translate("KpiPage", "Agent KPIs"),
             _kpi, attribute="kpi"),
    PageSpec("appraisal", "appraisal.manage",
             lambda: QCoreApplication.translate("AppraisalPage", "Appraisals"),
             _appraisal, attribute="appraisal"),
    PageSpec("my_appraisal", "appraisal.sign",
             lambda: QCoreApplication.translate("MyAppraisalPage", "My appraisal"),
             _my_appraisal, attribute="my_appraisal"),
)


def all_pages() -> tuple[PageSpec, ...]:
    """Every registered page (read at call time, so a test may add one)."""
    return PAGES


def page(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def pages_for(role: str) -> list[PageSpec]:
    """The pages `role` sees, in navigation order."""
    return [spec for spec in PAGES if spec.allowed_for(role)]


def start_page(role: str) -> str | None:
    """The key of the page `role` starts on: the first of its pages that names
    the role as a start role, else its first page."""
    mine = pages_for(role)
    for spec in mine:
        if role in spec.start_roles:
            return spec.key
    return mine[0].key if mine else None
