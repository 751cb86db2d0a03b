"""Appraisals in the app (issue 11 item 5) on both backends: the supervisor
computes the quarter, scores everyone, finalizes and previews a sheet; the agent
enters their own score on the draft and signs the final sheet in My appraisal;
refusals are shown; the director's weights editor saves and names a bad field."""

from __future__ import annotations

import pytest

from kpi_scenario import build_may

from hotline.models import Evaluation

Q = "2026-Q2"


@pytest.fixture
def may(database, actors, frozen_clock):
    return build_may(actors, frozen_clock)


def _idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)


def _page(qtbot, open_window, actor, key):
    window = open_window(actor)
    window.go(key)
    page = getattr(window, key)
    assert page is not None and window.current_page_key() == key
    _idle(qtbot, window)
    return window, page


def _select(page, username):
    for n, row in enumerate(page.model.rows()):
        if row.username == username:
            page.view.setCurrentIndex(page.model.index(n, 0))
            return row
    raise AssertionError(username)


def _cell(page, row, column):
    return page.model.index(row, page.model.COLUMNS.index(column)).data()


def test_compute_score_finalize_and_the_agent_signs(qtbot, actors, may, open_window):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    window, page = _page(qtbot, open_window, sup, "appraisal")
    page.period.set_period(Q)
    with qtbot.waitSignal(page.changed, timeout=30_000):
        page.compute_button.click()
    assert [r.username for r in page.model.rows()] == [
        "duty_officer1", "specialist1", "specialist2"]
    assert "Q2" in page.info.text()
    # the agent's own score on the draft, from My appraisal
    agent_window, mine = _page(qtbot, open_window, duty, "my_appraisal")
    assert mine.model.rowCount() == 1 and mine.self_button.isEnabled()
    assert not mine.sign_button.isEnabled()  # a draft is not signed
    mine.self_score.setValue(100)
    with qtbot.waitSignal(mine.changed, timeout=30_000):
        mine.self_button.click()
    qtbot.waitUntil(lambda: mine.model.rows()[0].self_score == 100, timeout=15_000)
    agent_window.close()

    # finalizing before everyone is scored: refused, the field named
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.load_button.click()
    page.finalize_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15_000)
    assert page.error.text()  # "Supervisor's score: is missing for 3 people…"
    assert not any(r.status == "final" for r in page.model.rows())
    for username, score in (("duty_officer1", 80), ("specialist1", 85),
                            ("specialist2", 70)):
        _select(page, username)
        page.score.setValue(score)
        page.comment.setPlainText("<b>记录完整</b>")
        with qtbot.waitSignal(page.changed, timeout=30_000):
            page.save_score_button.click()
        _idle(qtbot, window)
    duty_row = next(n for n, r in enumerate(page.model.rows())
                    if r.username == "duty_officer1")
    # by hand (default targets: 300 calls a quarter): KPI = (100·7/300 + 100 +
    # 100·(2/3)/0.98) / 3 = 56.79; 0.4·56.79 + 0.25·50 + 0.2·75 + 0.15·82 = 62.51
    assert _cell(page, duty_row, "kpi_score") == "56.79"
    assert _cell(page, duty_row, "composite") == "62.51"
    assert _cell(page, duty_row, "grade") == "合格"
    with qtbot.waitSignal(page.changed, timeout=30_000):
        page.finalize_button.click()
    _idle(qtbot, window)
    assert {r.status for r in page.model.rows()} == {"final"}
    assert not page.finalize_button.isEnabled()
    # the sheet in the preview
    _select(page, "duty_officer1")
    with qtbot.waitSignal(page.sheet_ready, timeout=60_000) as ready, \
            qtbot.waitSignal(page.preview.loaded, timeout=60_000):
        page.sheet_button.click()
    assert ready.args[0].endswith(".pdf") and page.print_button.isEnabled()
    _idle(qtbot, window)
    window.close()

    # the agent signs the final sheet
    agent_window, mine = _page(qtbot, open_window, duty, "my_appraisal")
    assert not mine.self_button.isEnabled() and mine.sign_button.isEnabled()
    mine.sign_comment.setText("无异议")
    with qtbot.waitSignal(mine.changed, timeout=30_000):
        mine.sign_button.click()
    qtbot.waitUntil(lambda: mine.model.rows()[0].signed_at is not None,
                    timeout=15_000)
    assert _cell(mine, 0, "signed_at") == "2026-05-20 12:00"
    assert not mine.sign_button.isEnabled()
    e = Evaluation.get(Evaluation.user == duty.id)
    assert e.agent_comment == "无异议" and e.status == "final"
    _idle(qtbot, agent_window)


def test_who_sees_the_pages(actors, open_window):
    for role, manage, sign in (("supervisor", True, True), ("director", True, False),
                               ("duty_officer", False, True),
                               ("specialist", False, True), ("secretary", False, False),
                               ("admin", False, False)):
        window = open_window(actors[role])
        assert ("appraisal" in window.page_keys) is manage, role
        assert ("my_appraisal" in window.page_keys) is sign, role
        window.close()


def test_settings_editor_saves_and_names_the_bad_field(qtbot, actors, database):
    from hotline.services import appraisal
    from hotline.ui.appraisal_settings import AppraisalSettingsEditor

    editor = AppraisalSettingsEditor(actors["director"], None)
    qtbot.addWidget(editor)
    editor.show()  # reads the settings when first shown
    qtbot.waitExposed(editor)
    assert editor.spins["weights.kpi"].value() == pytest.approx(0.40)
    assert editor.spins["targets.handled"].value() == 300
    editor.spins["targets.handled"].setValue(450)
    editor.spins["weights.kpi"].setValue(0.50)  # the weights add up to 1.10
    editor.save_button.click()
    assert editor.error.isVisible()
    assert editor.error.text().startswith("Weights:")  # the field named
    assert appraisal.get_settings(actor=actors["director"])["targets"]["handled"] == 300
    editor.spins["weights.qa"].setValue(0.15)
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save_button.click()
    saved = appraisal.get_settings(actor=actors["director"])
    assert saved["targets"]["handled"] == 450 and saved["weights"]["kpi"] == 0.5
    assert not editor.error.isVisible()


def test_print_a_sheet_to_the_pdf_queue(qtbot, actors, may, open_window, monkeypatch):
    import printer_jobs as jobs
    from hotline.models import PrintLog
    from hotline.services import appraisal
    from hotline.ui import printing

    jobs.require_queue()
    sup = actors["supervisor"]
    appraisal.compute_period(actor=sup, period=Q)
    window, page = _page(qtbot, open_window, sup, "appraisal")
    page.period.set_period(Q)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.load_button.click()
    _select(page, "duty_officer1")
    with qtbot.waitSignal(page.sheet_ready, timeout=60_000) as ready:
        page.sheet_button.click()
    _idle(qtbot, window)
    name = jobs.job_name("hotline-appraisal-sheet")

    def ask(parent, printer, count):  # the user picks the PDF queue and prints
        assert count == 1
        printer.setPrinterName(jobs.QUEUE)
        printer.setDocName(name)
        return True

    monkeypatch.setattr(printing, "ask_printer", ask)
    with qtbot.waitSignal(page.printed, timeout=120_000) as printed:
        page.print_button.click()
    _idle(qtbot, window)
    assert printed.args == [jobs.QUEUE, 1]
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.destination, row.pages, row.actor_id) == (
        "appraisal_sheet", "printer", 1, sup.id)
    job = jobs.page_images(jobs.wait_for_job(name))
    assert len(job) == 1
    assert jobs.same_page(job[0], jobs.page_images(ready.args[0])[0])


def test_a_print_is_recorded(qtbot, actors, may, open_window, monkeypatch):
    """Without a CUPS queue: the print dialog's outcome (printed 1 page on a
    printer) is recorded in the print log as the page's answer to it."""
    from hotline.models import PrintLog
    from hotline.services import appraisal
    from hotline.ui import printing

    duty = actors["duty_officer"]
    appraisal.compute_period(actor=actors["supervisor"], period=Q)
    window, mine = _page(qtbot, open_window, duty, "my_appraisal")
    with qtbot.waitSignal(mine.sheet_ready, timeout=60_000) as ready:
        mine.sheet_button.click()
    _idle(qtbot, window)
    seen = []

    def fake(parent, path, *, on_printed):
        seen.append(path)
        on_printed("Office printer", 1)

    monkeypatch.setattr(printing, "choose_and_print", fake)
    with qtbot.waitSignal(mine.printed, timeout=30_000) as printed:
        mine.print_button.click()
    _idle(qtbot, window)
    assert seen == [ready.args[0]] and printed.args == ["Office printer", 1]
    assert "Office printer" in mine.info.text()
    rows = [(r.document, r.destination, r.pages, r.actor_id) for r in
            PrintLog.select().order_by(PrintLog.id)]
    assert rows == [("appraisal_sheet", "file", 1, duty.id),
                    ("appraisal_sheet", "printer", 1, duty.id)]
