"""The words documents print for stored codes (channel, outcome, status, priority,
timeline events), in Chinese and English. The screens translate the same codes
through Qt (ui/labels.py, the zh_CN catalogue); documents are built without Qt, so
they carry the same words here."""

from __future__ import annotations

_TERMS = {
    "channel": {
        "phone": ("电话", "Phone"), "sms": ("短信", "SMS"), "email": ("电子邮件", "E-mail"),
        "web": ("网站", "Web"), "wechat": ("微信", "WeChat"), "walk_in": ("来访", "Walk-in"),
        "other": ("其他", "Other")},
    "outcome": {
        "answered": ("已答复", "Answered"), "transferred": ("已转办", "Transferred"),
        "escalated": ("已升级", "Escalated"), "callback": ("回电", "Call back"),
        "hang_up": ("挂断", "Hung up"), "silent": ("无声电话", "Silent call"),
        "prank": ("骚扰", "Prank"), "wrong_number": ("打错", "Wrong number"),
        "test": ("测试", "Test call")},
    "status": {
        "new": ("新建", "New"), "assigned": ("已派单", "Assigned"),
        "in_progress": ("办理中", "In progress"),
        "pending_customer": ("等待来电人", "Waiting for caller"),
        "resolved": ("已办结", "Resolved"), "closed": ("已结案", "Closed"),
        "reopened": ("退回重办", "Reopened")},
    "priority": {
        "urgent": ("紧急", "Urgent"), "high": ("高", "High"), "normal": ("普通", "Normal"),
        "low": ("低", "Low")},
    "event": {
        "created": ("登记", "Logged"), "assigned": ("派单", "Assigned"),
        "transferred": ("转办", "Transferred"), "escalated": ("升级", "Escalated"),
        "note": ("备注", "Note"), "callback": ("回电", "Call back"),
        "survey": ("满意度", "Survey"), "reopened": ("退回重办", "Reopened"),
        "start": ("开始办理", "Started"), "wait_customer": ("等待来电人", "Waiting for caller"),
        "resume": ("继续办理", "Resumed"), "resolve": ("办结", "Resolved"),
        "close": ("结案", "Closed"), "printed": ("打印", "Printed"),
        "archived": ("归档", "Archived"), "signed": ("签收", "Signed for"),
        "supervised": ("督办", "Supervision")},
    "secrecy": {"internal": ("内部", "Internal"), "secret": ("保密", "Confidential")},
    "copy": {"archival": ("档案件", "archival copy"), "working": ("工作件", "working copy")},
    # the words of a `printed` event's detail (services/print_log.print_detail)
    "print": {"archival": ("档案件", "archival copy"), "working": ("工作件", "working copy"),
              "masked": ("已脱敏", "masked"), "printer": ("送打印机", "to the printer")},
}
RATINGS = {5: ("非常满意", "very satisfied"), 4: ("满意", "satisfied"),
           3: ("基本满意", "fairly satisfied"), 2: ("不满意", "dissatisfied"),
           1: ("非常不满意", "very dissatisfied")}


def term(kind: str, code, lang: str = "zh") -> str:
    """The word for `code`; an unknown code prints as stored."""
    words = _TERMS[kind].get(code)
    if words is None:
        return "" if code is None else str(code)
    return words[1] if lang == "en" else words[0]


def rating(value, lang: str = "zh") -> str:
    words = RATINGS.get(value)
    if words is None:
        return "" if value is None else str(value)
    return f"{value} {words[1] if lang == 'en' else words[0]}"
