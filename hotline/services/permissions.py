"""Who may do what: the permission matrix of DESIGN §1, enforced by every service."""

DUTY, SPEC, SUP, SEC, DIR, ADM = (
    "duty_officer", "specialist", "supervisor", "secretary", "director", "admin")

MATRIX: dict[str, frozenset[str]] = {
    # cases
    "call.log": frozenset({DUTY, SPEC, SUP, DIR}),
    "call.view": frozenset({DUTY, SPEC, SUP, SEC, DIR}),
    "call.view_all_confidential": frozenset({SUP, DIR}),
    "call.assign": frozenset({DUTY, SUP, DIR}),  # dispatch / reassign to anyone
    "call.escalate": frozenset({DUTY, SPEC, SUP, DIR}),
    "call.work": frozenset({SPEC, SUP, DIR}),  # start, wait, resume, resolve
    "call.note": frozenset({DUTY, SPEC, SUP, DIR}),
    "call.close": frozenset({SPEC, SUP, DIR}),
    "call.reopen": frozenset({SUP, DIR}),  # 退回重办
    "call.callback": frozenset({DUTY, SPEC, SUP, DIR}),
    "call.supervise": frozenset({SUP, DIR}),  # 督办: a note and a deadline
    # callers
    "caller.view": frozenset({DUTY, SPEC, SUP, SEC, DIR}),
    "caller.edit": frozenset({DUTY, SPEC, SUP, DIR}),
    "caller.purge": frozenset({DIR, ADM}),
    # configuration
    "config.view": frozenset({DUTY, SPEC, SUP, SEC, DIR, ADM}),
    "config.manage": frozenset({DIR}),  # categories, SLA, calendar, roster
    # people and system
    "user.view": frozenset({SUP, DIR, ADM}),
    "user.manage": frozenset({ADM}),
    "audit.view": frozenset({DIR, ADM}),
    "system.backup": frozenset({ADM}),
    "data.import": frozenset({DIR, ADM}),
    "data.export": frozenset({SEC, DIR}),
    "report.view": frozenset({SUP, SEC, DIR}),
    "demo.generate": frozenset({ADM}),
    # duty roster, handover notes, knowledge base (issue 4)
    "roster.view": frozenset({DUTY, SPEC, SUP, SEC, DIR, ADM}),
    "roster.manage": frozenset({SUP, DIR}),
    "handover.write": frozenset({DUTY, SPEC, SUP, DIR}),
    "knowledge.view": frozenset({DUTY, SPEC, SUP, SEC, DIR}),
    "knowledge.edit": frozenset({SPEC, SUP, DIR}),  # write, publish, retire articles
    # documents (issue 9): archival copies are made by the secretary or the director;
    # a working copy (watermarked, masked where the reader may not see the caller)
    # by anyone who works cases; the register and verification by who reads reports
    "archive.generate": frozenset({SEC, DIR}),
    "archive.view": frozenset({SUP, SEC, DIR}),
    "case.print": frozenset({SPEC, SUP, SEC, DIR}),
    # spot checks (issue 11, services/quality.py): supervisors and directors draw and
    # score; the director edits the rubric; whoever works cases answers their own
    # reviews (object rule: only the reviewed agent appeals or states the fix)
    "qa.review": frozenset({SUP, DIR}),
    "qa.rubric": frozenset({DIR}),
    "qa.respond": frozenset({DUTY, SPEC, SUP, DIR}),
    # KPIs and appraisal (issue 11, services/kpi.py and appraisal.py): supervisors
    # and directors see everyone's KPIs and run the appraisal; an agent sees and
    # signs their own sheet and their own KPI row (object rule: own only)
    "kpi.view": frozenset({SUP, DIR}),
    "appraisal.manage": frozenset({SUP, DIR}),
    "appraisal.sign": frozenset({DUTY, SPEC, SUP}),
    # the supervisor's live dashboard (issue 11 item 1, services/dashboard.py); its
    # thresholds are edited with config.manage
    "dashboard.view": frozenset({SUP, DIR}),
}

ALL_PERMISSIONS = frozenset(MATRIX)


def allowed(role: str, permission: str) -> bool:
    try:
        return role in MATRIX[permission]
    except KeyError:
        raise KeyError(f"unknown permission {permission!r}") from None


def permissions_of(role: str) -> frozenset[str]:
    return frozenset(p for p, roles in MATRIX.items() if role in roles)
