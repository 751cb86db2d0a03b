"""Fill hotline_zh_CN.ts from the glossary below (run after pyside6-lupdate).

    .venv/bin/pyside6-lupdate hotline/ui/*.py -ts resources/translations/hotline_zh_CN.ts \
        -source-language en -target-language zh_CN -no-obsolete
    .venv/bin/python resources/translations/fill_zh_CN.py

Exits 1 and lists the strings that have no translation yet (so nothing ships
unfinished). Qt Linguist can edit the .ts as well; this glossary wins on the next run.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("hotline_zh_CN.ts")

ZH = {
    # shell, sign-in, first run
    "Hotline Desk": "热线服务台",
    "Hotline Desk — sign in": "热线服务台 — 登录",
    "Hotline Desk — first start": "热线服务台 — 首次启动",
    "Hotline Desk — %1": "热线服务台 — %1",
    "Welcome to Hotline Desk": "欢迎使用热线服务台",
    "This database has no accounts yet. Create the administrator account now; the "
    "administrator then adds the duty officers, specialists and supervisors. There is "
    "no default password: choose one with at least %1 characters, letters and digits, "
    "and keep it safe.":
        "此数据库还没有任何账号。请先创建系统管理员账号，再由管理员添加值班员、服务专员和"
        "监督员。系统没有默认密码：请设置至少 %1 位、同时包含字母和数字的密码，并妥善保管。",
    "Database: %1": "数据库：%1",
    "Locked. Press Esc to close this window, then unlock in the main window.":
        "已锁定。按 Esc 关闭此窗口，然后在主窗口解锁。",
    "e.g. 王伟 (IT)": "例如：王伟（信息科）",
    "User name": "用户名",
    "Full name": "姓名",
    "Password": "密码",
    "Password again": "再次输入密码",
    "Create administrator": "创建管理员",
    "Quit": "退出",
    "Sign in": "登录",
    "The two passwords differ.": "两次输入的密码不一致。",
    "Screen locked": "屏幕已锁定",
    "%1 is signed in. What was typed is kept. Enter the password to continue.":
        "%1 已登录，已输入的内容都会保留。请输入密码继续。",
    "Unlock": "解锁",
    "Sign out": "注销",
    "Log a call  F2": "来电登记  F2",
    "My shift  F3": "本班工作  F3",
    "Duty & handover  F4": "值班与交接  F4",
    "Roster": "排班",
    "Users": "用户管理",
    "&File": "文件(&F)",
    "Settings…": "设置…",
    "Lock screen": "锁定屏幕",
    "&Help": "帮助(&H)",
    "Keyboard shortcuts": "快捷键",
    "Case": "工单",
    "Saved ticket %1": "已保存工单 %1",
    "%1 (%2)": "%1（%2）",
    "Shift: unknown (database unreachable)": "班次：未知（无法连接数据库）",
    "Shift: not rostered now": "班次：当前未排班",
    "Shift: %1 %2–%3": "班次：%1 %2–%3",
    "F2  log a call (the form is ready to type in)\nF3  my shift    F4  duty and handover\n"
    "Ctrl+Enter  save as answered\nCtrl+T  transfer to a specialist    Ctrl+E  escalate\n"
    "Ctrl+B  save as call back later\nF5 hung up · F6 silent · F7 prank · F8 wrong number "
    "(one key saves)\nCtrl+K  search the knowledge base\nCtrl+L  lock the screen    "
    "Ctrl+Q  quit":
        "F2  来电登记（表单立即可输入）\nF3  本班工作    F4  值班与交接\n"
        "Ctrl+Enter  保存为“已答复”\nCtrl+T  转办给服务专员    Ctrl+E  升级\n"
        "Ctrl+B  保存为“需回电”\nF5 挂断 · F6 无声 · F7 骚扰 · F8 打错（按一次键即保存）\n"
        "Ctrl+K  搜索知识库\nCtrl+L  锁定屏幕    Ctrl+Q  退出",
    # call form
    "Caller's number — history appears on the right": "来电号码 — 右侧自动显示来电历史",
    "Type to filter, e.g. 欠薪": "输入筛选，例如：欠薪",
    "What the call is about, in one line": "一句话概括来电事由",
    "What the caller says, what they ask for": "来电人反映的情况和诉求",
    "The answer or advice given on the call": "通话中给出的答复或建议",
    "Confidential": "保密",
    "Caller stays anonymous": "来电人要求匿名",
    "Phone": "电话",
    "Caller": "来电人",
    "Priority": "优先级",
    "Channel": "渠道",
    "Category": "分类",
    "Subject": "事由",
    "Description": "详细情况",
    "Reply given": "答复内容",
    "Save with outcome": "选择处理结果并保存",
    "Answered": "已答复",
    "Transfer…": "转办…",
    "Escalate…": "升级…",
    "Call back later": "需回电",
    "Hung up": "挂断",
    "Silent": "无声",
    "Prank": "骚扰",
    "Wrong number": "打错",
    "Logs the call at once with this outcome (one key)": "按一次键即以此结果登记本次来电",
    "Clear form": "清空表单",
    "Log a call": "来电登记",
    "Call time": "通话时长",
    "Caller history": "来电历史",
    "Type the caller's number to see earlier calls.": "输入来电号码即可查看历史来电。",
    "Date": "日期",
    "Outcome": "处理结果",
    "Knowledge base": "知识库",
    "Search (Ctrl+K) — or just type the subject": "搜索（Ctrl+K）— 或直接填写事由自动推荐",
    "%1: no earlier calls (new caller).": "%1：无历史来电（新来电人）。",
    "Known numbers starting like this: %1": "开头相同的已知号码：%1",
    "name unknown": "姓名未知",
    "%1 — %2 · %3 calls in total, %4 in the last 30 days":
        "%1 — %2 · 累计来电 %3 次，近 30 天 %4 次",
    "Flagged caller: %1": "重点关注来电人：%1",
    "see notes": "见备注",
    "Frequent caller: %1 calls in 30 days": "频繁来电：30 天内 %1 次",
    "%1 open ticket(s): %2": "%1 个未办结工单：%2",
    "Notes: %1": "备注：%1",
    "(confidential)": "（保密）",
    "No matching articles.": "没有匹配的知识条目。",
    "Subject: is required — one line about the call.": "事由：必须填写 — 一句话概括来电。",
    "Nobody can take this call: there is no active specialist or supervisor account.":
        "无人可接收：系统中没有启用的服务专员或监督员账号。",
    "Transfer to a specialist": "转办给服务专员",
    "Escalate to": "升级给",
    "Saved: ticket %1 (%2). Ready for the next call.": "已保存：工单号 %1（%2）。可以接听下一个来电。",
    "Clear the form": "清空表单",
    "Discard what is typed for this call? It is not saved.": "放弃本次来电已输入的内容？这些内容尚未保存。",
    "The draft cannot be written (%1); the form is still here.": "无法写入草稿（%1）；表单内容仍然保留。",
    "Unsaved call found": "发现未保存的来电",
    "A call was being typed when the program stopped (%1): %2\n\nRestore it into the form?":
        "程序上次退出时有一条来电正在录入（%1）：%2\n\n是否恢复到表单中？",
    "(no phone or subject)": "（无号码或事由）",
    "The unsaved call was restored. Check it and save.": "已恢复未保存的来电，请核对后保存。",
    "Type to jump to a name; Enter chooses.": "输入姓名可快速定位，按回车确认。",
    # case dialog
    "Case %1": "工单 %1",
    "Ticket": "工单号",
    "Received": "来电时间",
    "duration %1": "时长 %1",
    "(anonymous)": "（匿名）",
    "assigned to %1": "承办人 %1",
    "due %1": "办结期限 %1",
    "Status": "状态",
    "yes": "是",
    "When": "时间",
    "Who": "操作人",
    "What": "事项",
    "Detail": "详情",
    "reached": "已接通",
    "not reached": "未接通",
    "Timeline": "办理过程",
    "Assigned to": "承办人",
    # my shift
    "My shift": "本班工作",
    "Search ticket, phone, subject or description": "搜索工单号、电话、事由或详细情况",
    "Bold rows are open tickets. Enter or double-click opens the case.":
        "粗体行为未办结工单。按回车或双击打开工单。",
    "Shift %1: %2 – %3": "班次 %1：%2 – %3",
    "No rostered shift now: showing the last 12 hours (since %1)":
        "当前未排班：显示最近 12 小时（自 %1 起）",
    "%1 · %2 calls logged · %3 open tickets I created": "%1 · 已登记 %2 个来电 · 我创建的未办结工单 %3 个",
    "Refresh": "刷新",
    # duty and handover
    "Duty and handover": "值班与交接班",
    "On duty now and next 24 hours": "当前及未来 24 小时值班人员",
    "Name": "姓名",
    "Role": "角色",
    "Shift": "班次",
    "From": "开始",
    "To": "结束",
    "Handover note for the next shift": "交接班记录（留给下一班）",
    "Open matters, callers to call back, system problems, anything the next officer must "
    "know.": "未办结事项、需要回电的来电人、系统问题等下一班必须知道的情况。",
    "Hand over (Ctrl+S)": "提交交接班记录（Ctrl+S）",
    "Recent handover notes": "最近的交接班记录",
    "Nobody is rostered for the next 24 hours.": "未来 24 小时没有排班。",
    "acknowledged by %1 at %2": "%1 已于 %2 确认接班",
    "not yet acknowledged": "尚未确认接班",
    "No handover notes yet.": "暂无交接班记录。",
    "Handed over at %1. The next officer sees it after signing in.":
        "已于 %1 提交交接班记录。下一班值班员登录后即可看到。",
    "%1 · %2": "%1 · %2",
    "Handover from the previous shift": "上一班交接班记录",
    "Read the handover note(s) and confirm that you take over the shift.":
        "请阅读交接班记录，并确认接班。",
    "I have read it — take over": "已阅读，确认接班",
    "Later": "稍后",
    # roster
    "Duty roster": "值班排班表",
    "Add shift…": "添加班次…",
    "Remove shift": "删除班次",
    "Week of": "所在周",
    "Remove this shift from the roster?": "从排班表中删除这个班次？",
    "Add a shift": "添加班次",
    "Day shift": "早班",
    "Evening shift": "中班",
    "Night shift": "夜班",
    "Person": "人员",
    "Shift name": "班次名称",
    "Start": "开始",
    "End": "结束",
    # users
    "Add a user": "添加用户",
    "First password": "初始密码",
    "Add user…": "添加用户…",
    "Reset password…": "重置密码…",
    "Activate / deactivate": "启用 / 停用",
    "State": "状态",
    "Last sign-in": "最近登录",
    "Account unlocked.": "账号已解锁。",
    "active": "启用",
    "deactivated": "已停用",
    "locked until %1": "锁定至 %1",
    "Choose a user in the list first.": "请先在列表中选择一个用户。",
    "User added.": "已添加用户。",
    "Reset password": "重置密码",
    "New password": "新密码",
    "Password reset.": "密码已重置。",
    "Saved.": "已保存。",
    # settings
    "Settings": "设置",
    "Follow the system": "跟随系统",
    " min": " 分钟",
    " s": " 秒",
    "A new language applies from the next sign-in.": "新的界面语言在下次登录时生效。",
    "Language": "界面语言",
    "Lock the screen after": "无操作自动锁屏时间",
    "Save the call draft every": "来电草稿保存间隔",
    # labels: roles, outcomes, statuses, priorities, channels, events
    "Duty officer": "值班员",
    "Specialist": "服务专员",
    "Supervisor": "监督员",
    "Secretary": "专职秘书",
    "Director": "服务主任",
    "Administrator": "系统管理员",
    "Transferred": "已转办",
    "Escalated": "已升级",
    "Call back": "回电",
    "Silent call": "无声电话",
    "Test call": "测试",
    "New": "新建",
    "Assigned": "已派单",
    "In progress": "办理中",
    "Waiting for caller": "等待来电人",
    "Resolved": "已办结",
    "Closed": "已结案",
    "Reopened": "退回重办",
    "Urgent": "紧急",
    "High": "高",
    "Normal": "普通",
    "Low": "低",
    "SMS": "短信",
    "E-mail": "电子邮件",
    "Web": "网站",
    "WeChat": "微信",
    "Walk-in": "来访",
    "Other": "其他",
    "Logged": "登记",
    "Note": "备注",
    "Survey": "满意度",
    "Started": "开始办理",
    "Resumed": "继续办理",
    "Printed": "已打印",
    "Archived": "已归档",
    "Handover note": "交接班记录",
    "Call duration": "通话时长",
    "Search": "搜索",
    # errors
    "The next officer acknowledges a handover note, not its author.":
        "交接班记录应由下一班值班员确认，不能由记录人本人确认。",
    "Someone has acknowledged this note already.": "这条交接班记录已由他人确认。",
    "You cannot deactivate your own account.": "不能停用自己的账号。",
    "You cannot take the administrator role from yourself.": "不能取消自己的管理员角色。",
    "Accounts exist already; sign in as an administrator.": "系统中已有账号，请以管理员身份登录。",
    "The user name %1 is taken.": "用户名 %1 已被使用。",
    "%1 already has a shift in that period.": "%1 在该时段已有班次。",
    "%1: %2": "%1：%2",
    "is required": "必须填写",
    "must contain letters and digits": "必须同时包含字母和数字",
    "is too repetitive": "重复字符过多",
    "is a commonly used password": "是常见密码，不安全",
    "must not contain the user name": "不能包含用户名",
    "must be a single line": "只能填写一行",
    "is not an active user": "不是启用的用户",
    "must be after the start": "必须晚于开始时间",
    "a shift lasts at most 24 hours": "一个班次最长 24 小时",
    "is not an active category": "不是有效的分类",
    "must have at least %1 characters": "至少需要 %1 个字符",
    "is too long": "过长",
    "is not a phone number": "不是有效的电话号码",
    "may contain only letters, digits and . _ - (2 to 64 characters)":
        "只能包含字母、数字和 . _ -（2 到 64 个字符）",
    "The database cannot be used: %1": "无法使用数据库：%1",
    "The disk holding the database is full. Nothing was saved; free some space and save "
    "again — your text is still here.":
        "数据库所在磁盘已满，本次未保存。请清理空间后再次保存 — 已输入的内容仍然保留。",
    "The database is read-only. Nothing was saved.": "数据库为只读状态，本次未保存。",
    "The database was busy (another workstation held it too long). Nothing was saved; "
    "save again.": "数据库正忙（其他工作站占用时间过长），本次未保存，请再次保存。",
    "The database could not be used (%1). Nothing was saved; your text is still here.":
        "数据库无法使用（%1），本次未保存。已输入的内容仍然保留。",
    "The database server cannot be reached (%1). Nothing was saved; your text is still "
    "here — try again in a moment.":
        "无法连接数据库服务器（%1），本次未保存。已输入的内容仍然保留 — 请稍后重试。",
    "Too many failed sign-ins: this account is locked until %1. An administrator can "
    "unlock it sooner.": "登录失败次数过多：此账号已锁定至 %1。系统管理员可以提前解锁。",
    "This account has been deactivated.": "此账号已停用。",
    "Wrong user name or password.": "用户名或密码错误。",
    "You do not have permission to do this.": "您没有执行此操作的权限。",
    "Not found: %1": "未找到：%1",
    "Unexpected error: %1": "意外错误：%1",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in ZH:
            translation.text = ZH[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no translation: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
