"""The director's settings page (issue 11 item 6): each tab edited through the
widgets, the change read back through the services; errors name the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime

from hotline.services import archives, calls, clock, config, quality


def _settled(qtbot, window):
    """The page's reads and writes run on the window's worker threads."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def _open(qtbot, open_window, actor, tab_name):
    window = open_window(actor)
    window.go("center_settings")
    page = window.center_settings
    page.tabs.setCurrentWidget(getattr(page, tab_name))
    _settled(qtbot, window)
    return window, page, getattr(page, tab_name)


def test_only_the_director_has_the_page(actors, open_window):
    assert "center_settings" in open_window(actors["director"]).page_keys
    assert "center_settings" not in open_window(actors["supervisor"]).page_keys


def test_categories_added_renamed_moved_retired_merged(qtbot, actors, open_window,
                                                       monkeypatch):
    from hotline.ui.question_dialog import QuestionDialog

    director = actors["director"]
    window, page, tab = _open(qtbot, open_window, director, "categories")

    def do(button):
        button.click()
        _settled(qtbot, window)

    tab.code.setText("LAB")
    tab.name.setText("劳动争议")
    do(tab.add_top_button)
    assert tab.message.text() == "Added: 劳动争议 (LAB)"
    top = tab.current()
    assert (top.code, top.parent_id) == ("LAB", None)
    for code, name in (("LAB.WAGE", "欠薪"), ("LAB.INJ", "工伤")):
        tab.select(top.id)
        tab.code.setText(code)
        tab.name.setText(name)
        do(tab.add_child_button)
    injury = tab.current()
    assert (injury.label, injury.parent_id) == ("劳动争议/工伤", top.id)
    # an error names the field; nothing is saved
    tab.code.setText("")
    do(tab.rename_button)
    assert tab.error.isVisible() and tab.error.text() == "Code: is required"
    # rename 欠薪 to 拖欠工资
    wages = next(c for c in config.list_categories(actor=director)
                 if c.code == "LAB.WAGE")
    tab.select(wages.id)
    tab.name.setText("拖欠工资")
    do(tab.rename_button)
    assert not tab.error.isVisible()
    assert tab.message.text() == "Saved: 劳动争议/拖欠工资 (LAB.WAGE)"
    # 工伤 moved above it
    tab.select(injury.id)
    do(tab.up_button)
    assert [c.code for c in config.list_categories(actor=director)] == [
        "LAB", "LAB.INJ", "LAB.WAGE"]
    assert tab.item_of(top.id).child(0).text(0) == "工伤"
    # retired: greyed with its state, gone from the call form's list; restored
    do(tab.retire_button)
    item = tab.item_of(injury.id)
    assert item.text(2) == "Retired"
    assert item.foreground(0).color() != tab.item_of(wages.id).foreground(0).color()
    assert injury.id not in {c.id for c in config.list_categories(
        actor=actors["duty_officer"])}
    do(tab.restore_button)
    assert tab.item_of(injury.id).text(2) == "Active"
    # merged into 拖欠工资 after a confirmation
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(lambda *a: True))
    tab.select(injury.id)
    tab.merge_target.setCurrentIndex(tab.merge_target.findData(wages.id))
    do(tab.merge_button)
    assert tab.message.text() == "Merged: 劳动争议/工伤 into 劳动争议/拖欠工资"
    assert tab.item_of(injury.id).text(2) == "Merged into 劳动争议/拖欠工资"
    merged = {c.id: c for c in config.list_categories(actor=director,
                                                      include_inactive=True)}
    assert (merged[injury.id].active, merged[injury.id].merged_into_id) == (
        False, wages.id)


def test_sla_and_business_hours_saved(qtbot, actors, open_window):
    director = actors["director"]
    window, page, tab = _open(qtbot, open_window, director, "sla")
    assert tab.first["normal"].value() == 240
    tab.first["urgent"].setValue(20)
    tab.clock["low"].setCurrentIndex(tab.clock["low"].findData("24x7"))
    tab.opens.setTime(QTime(8, 30))
    tab.closes.setTime(QTime(17, 30))
    tab.save_button.click()
    _settled(qtbot, window)
    policies = {p.priority: p for p in config.list_sla_policies(actor=director)}
    assert (policies["urgent"].first_response_minutes, policies["low"].clock) == (
        20, "24x7")
    assert config.get_business_hours(actor=director) == config.BusinessHoursInfo(
        510, 1050)
    assert tab.message.text() == (
        "Saved: Urgent: 20 / 240 min, Around the clock (24×7); Low: 480 / 2700 min, "
        "Around the clock (24×7); business hours 08:30–17:30")
    # a resolution limit shorter than the first response: the field is named
    tab.resolution["high"].setValue(10)
    tab.save_button.click()
    _settled(qtbot, window)
    assert tab.error.isVisible()
    assert tab.error.text().startswith("Resolution (minutes): ")
    assert {p.priority: p for p in config.list_sla_policies(actor=director)}[
        "high"].resolution_minutes == 1440
    assert tab.resolution["high"].value() == 1440  # read back as it is


def test_holidays_added_and_imported(qtbot, actors, open_window, tmp_path):
    director = actors["director"]
    window, page, tab = _open(qtbot, open_window, director, "holidays")
    tab.year.setValue(2026)
    _settled(qtbot, window)
    tab.day.setDate(QDate(2026, 9, 27))
    tab.kind.setCurrentIndex(tab.kind.findData(True))
    tab.name.setText("中秋调休")
    tab.add_button.click()
    _settled(qtbot, window)
    assert tab.message.text() == "Saved: 2026-09-27 Make-up workday (班) 中秋调休"
    assert [(h.day, h.is_workday) for h in config.list_holidays(actor=director)] == [
        (dt.date(2026, 9, 27), True)]
    assert tab.table.item(0, 1).text() == "Make-up workday (班)"
    # a file with a bad row changes nothing and names the row and field
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型,名称\n2026-10-01,休,国庆节\n2026-10-0x,休,国庆节\n",
                   encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("".join(f"2026-10-0{d},休,国庆节\n" for d in range(1, 8))
                    + "2026-10-10,班,国庆调休\n", encoding="utf-8")
    chosen = [str(bad)]
    tab.choose_csv = lambda: chosen[0]
    tab.import_button.click()
    _settled(qtbot, window)
    assert tab.error.text() == "Row 3, Date: is not a date (YYYY-MM-DD)"
    assert len(config.list_holidays(actor=director)) == 1
    chosen[0] = str(good)
    tab.import_button.click()
    _settled(qtbot, window)
    assert not tab.error.isVisible()
    assert tab.message.text() == (
        "Imported 8 entries for 2026; the year's earlier list was replaced.")
    assert tab.table.rowCount() == 8
    assert tab.table.item(7, 0).text() == "2026-10-10"
    days = config.list_holidays(actor=director, year=2026)
    assert dt.date(2026, 9, 27) not in {h.day for h in days}
    # remove one
    tab.table.selectRow(0)
    tab.remove_button.click()
    _settled(qtbot, window)
    assert tab.message.text() == "Removed: 2026-10-01"
    assert len(config.list_holidays(actor=director, year=2026)) == 7


def test_rubric_saved_as_a_new_version_earlier_review_keeps_its(
        qtbot, actors, open_window, frozen_clock):
    director, sup, duty = actors["director"], actors["supervisor"], actors["duty_officer"]
    case = calls.log_call(actor=duty, outcome="answered", subject="咨询欠薪")
    rubric = quality.get_rubric(actor=director).rubric
    review = quality.score_case(actor=sup, call_id=case.id,
                                scores={i.code: i.points for i in rubric.items})
    assert review.rubric_version == 1
    window, page, tab = _open(qtbot, open_window, director, "rubric")
    assert tab.version.text() == "Current version: 1"
    assert tab.items.rowCount() == len(rubric.items)
    assert tab.total.text() == "Total: 100 points"
    # 开场白 4 → 3 leaves 99: refused, the total named
    tab.items.item(0, 4).setText("3")
    assert tab.total.text() == "Total: 99 points"
    tab.save_button.click()
    _settled(qtbot, window)
    assert tab.error.text() == "Rubric: the items must total 100 points (now 99)"
    # a point value that is no number: the item is named
    tab.items.item(1, 4).setText("四")
    tab.save_button.click()
    _settled(qtbot, window)
    assert tab.error.text() == (
        "Dimension 1, item 2, points: must be a whole number above 0")
    tab.items.item(1, 4).setText("4")
    # a new item of 1 point in the same dimension, and a new veto item
    tab.items.setCurrentCell(0, 0)
    tab.add_item()
    tab.items.item(1, 3).setText("首问负责")
    tab.items.item(1, 4).setText("1")
    tab.add_veto()
    tab.vetoes.item(tab.vetoes.rowCount() - 1, 1).setText("威胁来电人")
    tab.save_button.click()
    _settled(qtbot, window)
    assert not tab.error.isVisible()
    assert tab.message.text() == ("Saved as version 2 (18 items, 6 veto items); "
                                  "earlier reviews keep their version.")
    assert tab.version.text() == "Current version: 2"
    assert tab.history.rowCount() == 2 and tab.history.item(0, 0).text() == "2"
    current = quality.get_rubric(actor=director)
    assert current.version == 2
    assert current.rubric.item("item1").name == "首问负责"
    assert current.rubric.item("opening").points == 3
    assert [v.name for v in current.rubric.vetoes][-1] == "威胁来电人"
    # the earlier review keeps version 1, which is unchanged
    assert quality.get_review(actor=sup, review_id=review.id).rubric_version == 1
    assert quality.get_rubric(actor=director, version=1).rubric == rubric


def test_archive_numbers_and_time_zone(qtbot, actors, open_window):
    director = actors["director"]
    window, page, tab = _open(qtbot, open_window, director, "archive")
    year = QDate.currentDate().year()
    assert tab.example.text() == f"X001-WS·{year}-D30-RX-0001"
    tab.fonds.setText("X-1")
    tab.save_button.click()
    _settled(qtbot, window)
    assert tab.error.text().startswith("Fonds number: ")
    assert archives.get_settings(actor=director).fonds == "X001"
    tab.fonds.setText("A002")
    tab.org_code.setText("FY")
    tab.center_name.setText("12348 法律服务热线")
    tab.retention.setCurrentIndex(tab.retention.findData("D10"))
    tab.save_button.click()
    _settled(qtbot, window)
    saved = archives.get_settings(actor=director)
    assert (saved.center_name, saved.fonds, saved.org_code, saved.retention) == (
        "12348 法律服务热线", "A002", "FY", "D10")
    assert tab.message.text() == (
        f"Saved: 12348 法律服务热线, archive numbers like A002-WS·{year}-D10-FY-0001")

    page.tabs.setCurrentWidget(page.time_zone)
    _settled(qtbot, window)
    zone = page.time_zone
    try:
        zone.zone.setCurrentText("Mars/Olympus")
        zone.save_button.click()
        _settled(qtbot, window)
        assert zone.error.text().startswith("Time zone: ")
        zone.zone.setCurrentText("Asia/Urumqi")
        zone.save_button.click()
        _settled(qtbot, window)
        assert config.get_time_zone(actor=director).name == "Asia/Urumqi"
        assert zone.current.text() == "Asia/Urumqi (UTC+06:00)"
        assert zone.message.text() == (
            "Saved: the center's time zone is Asia/Urumqi (UTC+06:00)")
    finally:
        clock.reset()


def test_thresholds_and_appraisal_editors_are_the_last_tabs(qtbot, actors,
                                                            open_window):
    """Built by the dashboard and appraisal work; here they are tabs 7 and 8,
    each read when first opened."""
    from hotline.ui.appraisal_settings import AppraisalSettingsEditor
    from hotline.ui.dashboard_settings import ThresholdsEditor

    window = open_window(actors["director"])
    window.go("center_settings")
    page = window.center_settings
    _settled(qtbot, window)
    assert isinstance(page.thresholds, ThresholdsEditor)
    assert isinstance(page.appraisal, AppraisalSettingsEditor)
    assert [page.tabs.tabText(n) for n in range(page.tabs.count())] == [
        "Categories", "SLA and hours", "Holidays", "QA rubric", "Archive numbers",
        "Time zone", "Dashboard thresholds", "Appraisal weights and KPI targets"]
    for editor in (page.thresholds, page.appraisal):
        page.tabs.setCurrentWidget(editor)
        _settled(qtbot, window)


def test_markup_in_a_category_name_is_shown_literally(qtbot, actors, open_window):
    from PySide6.QtCore import Qt

    hostile = "<b>粗体</b> &amp; =1+2"
    window, page, tab = _open(qtbot, open_window, actors["director"], "categories")
    tab.code.setText("X1")
    tab.name.setText(hostile)
    tab.add_top_button.click()
    _settled(qtbot, window)
    assert tab.message.textFormat() == Qt.TextFormat.PlainText
    assert tab.message.text() == f"Added: {hostile} (X1)"
    assert tab.tree.topLevelItem(0).text(0) == hostile
    assert config.list_categories(actor=actors["director"])[0].name == hostile
