"""Take the screenshots of docs/screenshots/ on a real X display (Xvfb 1366×768).

    Xvfb :99 -screen 0 1366x768x24 &
    hotline --db sqlite:////tmp/shots/demo.db init
    hotline --db sqlite:////tmp/shots/demo.db demo --calls 3000 --months 3
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_screenshots.py \
        /tmp/shots/demo.db DUTY_USERNAME DEMO_PASSWORD [PREVIOUS_SHIFT_USERNAME [ADMIN]]

With SHOT_SPECIALIST=USERNAME (a demo specialist, same password) it also takes the
specialist's scenes: his queue, a case window, search, the call-back form and the
knowledge editor (11–15). With SHOT_SECRETARY=USERNAME the secretary's: the archive
page with a registered copy previewed, the register with a verified version, the
monthly report previewed, the exports page (16–19). With SHOT_SUPERVISOR=USERNAME the
supervisor's: the live dashboard, a spot check being scored, the month's
rectifications, the KPI table, an appraisal with its sheet and team supervision
(20–24, 27); with
SHOT_DIRECTOR=USERNAME the director's settings (25–26).

Each scene is the real widget of the app, captured from the X screen with
ImageMagick's `import -window root`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QSpinBox

from hotline.storage import close_database, describe, open_database
from hotline.services import calls, shifts, users
from hotline.ui import i18n
from hotline.ui.app import make_app
from hotline.ui.callback_dialog import CallbackDialog
from hotline.ui.case_window import CaseWindow as CaseDialog
from hotline.ui.first_run_dialog import FirstRunDialog
from hotline.ui.handover_dialog import HandoverDialog
from hotline.ui.login_dialog import LoginDialog
from hotline.ui.main_window import MainWindow
from hotline.ui.settings import Settings

OUT = Path(__file__).resolve().parent


def pump(seconds: float = 0.6, until=None):
    end = time.time() + (10 if until else seconds)
    while time.time() < end:
        QApplication.processEvents()
        time.sleep(0.02)
        if until is not None and until():
            for _ in range(10):
                QApplication.processEvents()
                time.sleep(0.02)
            return


def shot(name: str):
    pump(0.8)
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print("wrote", name)


def main(db_path: str, username: str, password: str, previous: str = "",
         admin: str = "") -> None:
    app = make_app()
    tmp = Path(tempfile.mkdtemp(prefix="hotline-shots-"))
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    empty_url = f"sqlite:///{tmp / 'empty.db'}"
    demo_url = f"sqlite:///{db_path}"
    for lang in ("zh_CN", "en"):
        i18n.install(lang)
        # first-run wizard on an empty database
        open_database(empty_url)
        dialog = FirstRunDialog(db_text=describe(empty_url).describe())
        dialog.display_name.setText("王伟" if lang == "zh_CN" else "Wang Wei")
        dialog.password.setText("x" * 12)
        dialog.password2.setText("x" * 12)
        dialog.show()
        shot(f"{lang}-1-first-run")
        dialog.close()
        close_database()
        # sign-in
        open_database(demo_url)
        info = describe(demo_url)
        login = LoginDialog(db_text=info.describe(), username=username)
        login.password.setText(password)
        login.show()
        shot(f"{lang}-2-login")
        login.close()
        actor = users.authenticate(username=username, password=password)
        # handover notes waiting for the officer after sign-in
        pending = shifts.pending_handovers(actor=actor)
        if not pending and previous:
            # the officer of the previous shift hands over (a real note, saved)
            author = users.authenticate(username=previous, password=password)
            shifts.write_handover(actor=author, body=(
                "夜班交接：\n1. 20261122-0003 来电人要求今天上午回电，已派给张伟，请跟进。"
                "\n2. 号码 159****7783 频繁来电，情绪激动，注意安抚。\n3. 打印机卡纸，已报信息科。"
                if lang == "zh_CN" else
                "Night shift handover:\n1. 20261122-0003: the caller expects a call back "
                "this morning; assigned to Zhang Wei, please follow up.\n2. 159****7783 "
                "calls often and is very upset; be patient.\n3. The printer jams; IT has "
                "been told."))
            pending = shifts.pending_handovers(actor=actor)
        if pending:
            handover = HandoverDialog(None, actor, pending[-1:])
            handover.show()
            shot(f"{lang}-3-handover-after-login")
            handover.close()
        window = MainWindow(actor, settings, info, tmp / "drafts")
        window.setGeometry(0, 0, 1366, 768)
        window.show()
        window.go("call")
        form = window.call_form
        phone = os.environ.get("SHOT_PHONE", "15948707783")
        form.focus_form()
        form.phone.setText(phone)
        form._lookup_history()
        form.subject.setText("公司拖欠工资三个月" )
        form.description.setPlainText("来电人在建筑工地务工，老板以工程款未结清为由拒绝支付"
                                      "三个月工资，想知道怎么维权。")
        pump(until=lambda: form.history.topLevelItemCount() > 0 and form.kb_list.count()
             and not form.kb_timer.isActive() and not window.tasks.busy)
        form.kb_list.setCurrentRow(0)
        pump(until=lambda: bool(form.kb_view.toPlainText()))
        shot(f"{lang}-4-call-form-caller-history")
        form.clear()
        form.banner.hide()
        window.go("shift")
        pump(until=lambda: window.my_shift.model.rowCount() > 0)
        shot(f"{lang}-5-main-window-my-shift")
        # a case with its timeline: the first open ticket of the list
        rows = [window.my_shift.model.row_at(i)
                for i in range(window.my_shift.model.rowCount())]
        ticket = next((r for r in rows if r.is_open), rows[0] if rows else None)
        if ticket is not None:
            case = CaseDialog(window, calls.get_case(actor=actor, call_id=ticket.id))
            case.show()
            shot(f"{lang}-8-case-timeline")
            case.close()
        window.go("duty")
        window.duty.note.setPlainText(
            "1. 20261122-0012 来电人要求今晚 20:00 前回电，已转张伟。\n"
            "2. 打印机卡纸，已报信息科。\n3. 频繁来电号码 159****7783 今天已来电 3 次，情绪激动。"
            if lang == "zh_CN" else
            "1. 20261122-0012: the caller expects a call back before 20:00; passed to "
            "Zhang Wei.\n2. The printer jams; IT has been told.\n3. Frequent caller "
            "159****7783 called 3 times today, very upset.")
        shot(f"{lang}-6-duty-and-handover-note")
        window.lock()
        shot(f"{lang}-7-idle-lock")
        window.unlock()
        window.close()
        if admin:
            # the administrator's audit log: who, when, what, which fields, no content
            boss = users.authenticate(username=admin, password=password)
            window = MainWindow(boss, settings, info, tmp / "drafts-admin")
            window.setGeometry(0, 0, 1366, 768)
            window.show()
            window.go("audit")
            pump(until=lambda: window.audit.table.topLevelItemCount() > 0
                 and not window.tasks.busy)
            shot(f"{lang}-9-audit-log")
            window.close()
        specialist = os.environ.get("SHOT_SPECIALIST")
        if specialist:
            specialist_scenes(lang, settings, info, tmp, specialist, password)
        secretary = os.environ.get("SHOT_SECRETARY")
        if secretary:
            secretary_scenes(lang, settings, info, tmp, secretary, password)
        supervisor = os.environ.get("SHOT_SUPERVISOR")
        if supervisor:
            supervisor_scenes(lang, settings, info, tmp, supervisor, password)
        director = os.environ.get("SHOT_DIRECTOR")
        if director:
            director_scenes(lang, settings, info, tmp, director, password)
        close_database()
    app.quit()


def specialist_scenes(lang, settings, info, tmp, username, password):
    """11 my queue, 12 a case window, 13 search, 14 call back, 15 knowledge editor."""
    actor = users.authenticate(username=username, password=password)
    window = MainWindow(actor, settings, info, tmp / f"drafts-{username}")
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.go("queue")
    queue = window.queue.queue_list
    pump(until=lambda: queue.model.rowCount() > 0 and not window.tasks.busy)
    shot(f"{lang}-11-my-queue")
    # the case at the top of his queue (the most pressing), in its window
    row = queue.model.row_at(0)
    if row is not None:
        case = CaseDialog(window, calls.get_case(actor=actor, call_id=row.id))
        case.show()
        pump(until=lambda: not window.tasks.busy)
        shot(f"{lang}-12-case-window")
        case.close()
    window.go("search")
    window.search.terms.setText("工资 公司")
    window.search.run_search()
    pump(until=lambda: window.search.model.rowCount() > 0 and not window.tasks.busy)
    shot(f"{lang}-13-search")
    window.go("callbacks")
    due = window.callbacks.list
    pump(until=lambda: due.model.rowCount() > 0 and not window.tasks.busy)
    row = due.model.row_at(0)
    if row is not None:
        summary = calls.get_case(actor=actor, call_id=row.id).summary
        dialog = CallbackDialog(window, actor, window.tasks, summary)
        dialog.show()
        pump(until=lambda: not window.tasks.busy)
        dialog.reached.setChecked(True)
        dialog.note.setPlainText("来电人表示问题未解决，单位仍未支付工资。"
                                 if lang == "zh_CN" else
                                 "The caller says the wages are still unpaid.")
        dialog.rating.setCurrentIndex(dialog.rating.findData(2))
        shot(f"{lang}-14-callback-form")
        dialog.close()
    window.go("knowledge")
    kb = window.knowledge
    pump(until=lambda: kb.table.topLevelItemCount() > 0 and not window.tasks.busy)
    kb.table.setCurrentItem(kb.table.topLevelItem(0))
    pump(until=lambda: bool(kb.body.toPlainText()) and not window.tasks.busy)
    shot(f"{lang}-15-knowledge-editor")
    window.close()


def secretary_scenes(lang, settings, info, tmp, username, password):
    """16 archive page with a preview, 17 register, 18 monthly report, 19 exports."""
    import datetime as dt

    from hotline.services import archives

    actor = users.authenticate(username=username, password=password)
    today = dt.date.today()
    last = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    closed = archives.closed_cases(actor=actor, month=last)
    states = archives.case_states(actor=actor, call_ids=[c for c, _ in closed[:12]])
    for call_id, _ in closed[:12]:  # a few archived already (real, registered)
        if not states[call_id].versions:
            archives.archive_case(actor=actor, call_id=call_id)
    window = MainWindow(actor, settings, info, tmp / f"drafts-{username}")
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.go("archive")
    page = window.archive
    pump(until=lambda: page.model.rowCount() > 0 and not window.tasks.busy)
    page.select_rows([closed[1][0]])
    pump(until=lambda: page.panel.view.page_count > 0 and not window.tasks.busy)
    pump(1.5)
    shot(f"{lang}-16-archive-page")
    window.go("register")
    reg = window.register
    pump(until=lambda: reg.model.rowCount() > 0 and not window.tasks.busy)
    reg.select_entry(closed[1][1])
    pump(until=lambda: not window.tasks.busy)
    reg.verify()
    pump(until=lambda: not window.tasks.busy)
    reg.reprint()  # the stored version in the preview
    pump(until=lambda: reg.panel.view.page_count > 0 and not window.tasks.busy)
    pump(1.5)
    shot(f"{lang}-17-register")
    window.go("report")
    report = window.report
    report.generate()
    pump(until=lambda: report.preview.page_count > 0 and not window.tasks.busy)
    pump(1.5)
    shot(f"{lang}-18-monthly-report")
    from hotline.services import exporter

    exporter.export_calls(actor=actor, month=last, path=tmp / f"calls-{last}.csv")
    window.go("exports")
    pump(until=lambda: window.exports.history.rowCount() > 0
         and not window.tasks.busy)
    shot(f"{lang}-19-exports")
    window.close()


def supervisor_scenes(lang, settings, info, tmp, username, password):
    """20 dashboard, 27 team supervision, 21 scoring a spot check,
    22 rectifications, 23 KPIs, 24 appraisal with its sheet."""
    actor = users.authenticate(username=username, password=password)
    window = MainWindow(actor, settings, info, tmp / f"drafts-{username}")
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.go("dashboard")
    board = window.dashboard
    pump(until=lambda: board.counts is not None and board.rates is not None
         and not window.tasks.busy)
    pump(1.5)
    shot(f"{lang}-20-dashboard")

    window.go("supervision")
    team = window.supervision
    pump(until=lambda: team.agents.rowCount() > 0 and not window.tasks.busy)
    loads = team.agents.rows()
    team.agents_view.selectRow(max(range(len(loads)), key=lambda n: loads[n].open_cases))
    pump(until=lambda: team.cases.rowCount() > 0 and not window.tasks.busy)
    shot(f"{lang}-27-team-supervision")

    window.go("quality")
    page = window.quality
    pump(until=lambda: page.agents.rowCount() > 0 and not window.tasks.busy)
    busiest = max(page.agents.rows(), key=lambda a: a.plan.eligible)
    page.select_agent(busiest.agent_id)
    pump(until=lambda: not window.tasks.busy)
    if busiest.sample_id is None:
        page.seed.setValue(20261201)
        page.draw()
        pump(until=lambda: not window.tasks.busy)
        page.select_agent(busiest.agent_id)
    pump(until=lambda: page.sample.rowCount() > 0 and not window.tasks.busy)
    page.sample_view.selectRow(0)
    page.score()
    pump(until=lambda: page.score_dialog is not None and not window.tasks.busy)
    dialog = page.score_dialog
    dialog.comment.setPlainText("答复内容正确，但未核实来电人身份，记录缺少处理依据。"
                                if lang == "zh_CN" else
                                "The answer was right, but the caller's identity was "
                                "not checked and the record lacks its grounds.")
    spins = dialog.findChildren(QSpinBox)
    for spin in spins[:3]:
        spin.setValue(max(spin.minimum(), spin.maximum() - 2))
    shot(f"{lang}-21-spot-check")
    dialog.reject()
    pump(until=lambda: not window.tasks.busy)
    if page.rects.rowCount():
        page.rects_view.selectRow(0)
    shot(f"{lang}-22-rectifications")

    window.go("kpi")
    kpi_page = window.kpi
    kpi_page.load()
    pump(until=lambda: kpi_page.model.rowCount() > 0 and not window.tasks.busy)
    shot(f"{lang}-23-kpi")

    window.go("appraisal")
    appraisal = window.appraisal
    pump(until=lambda: not window.tasks.busy)
    if appraisal.model.rowCount() == 0:
        appraisal.compute()
        pump(until=lambda: appraisal.model.rowCount() > 0 and not window.tasks.busy)
    appraisal.view.selectRow(0)
    appraisal.show_sheet()
    pump(until=lambda: appraisal.preview.page_count > 0 and not window.tasks.busy)
    pump(1.5)
    shot(f"{lang}-24-appraisal")
    window.close()


def director_scenes(lang, settings, info, tmp, username, password):
    """25 the center settings (categories), 26 the QA rubric."""
    actor = users.authenticate(username=username, password=password)
    window = MainWindow(actor, settings, info, tmp / f"drafts-{username}")
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.go("center_settings")
    page = window.center_settings
    page.tabs.setCurrentIndex(0)
    pump(until=lambda: not window.tasks.busy)
    pump(1.0)
    shot(f"{lang}-25-settings-categories")
    page.tabs.setCurrentIndex(3)
    pump(until=lambda: not window.tasks.busy)
    pump(1.0)
    shot(f"{lang}-26-settings-rubric")
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:6])
