"""User actions on cases: log a call, sign for (签收), start, wait on the caller,
resume, resolve, close, reopen (退回重办), assign / transfer / escalate, supervise
(督办), add a note, record a call back and the caller's rating (回访). Reads (open a case, lists) are not operations: the views run
them through their TaskManager themselves."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services import calls
from ...services.base import Actor
from .. import labels
from ..changes import changes
from ..tasks import Job, TaskManager
from ..widgets import message_box

OnDone = Callable[[object], None] | None
OnError = Callable[[BaseException], None] | None


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default error handler: say what went wrong over `parent`."""
    labels.recover_connection(exc)
    box = message_box(parent, QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Operations", "Case"),
                      labels.error_text(exc))
    box.open()  # not exec(): the event loop keeps running


def _run_case_action(*, parent, tasks: TaskManager, service, kwargs: dict,
                     call_id: int | None, on_done: OnDone, on_error: OnError) -> Job:
    def done(result):
        changes().announce_case(getattr(result, "id", None) or call_id)
        if on_done is not None:
            on_done(result)

    def failed(exc):
        if getattr(exc, "code", None) == "stale_case" and call_id is not None:
            changes().announce_case(call_id)  # show what the case is now
        if on_error is not None:
            on_error(exc)
        else:
            show_failure(parent, exc)

    return tasks.run(lambda: service(**kwargs), done, failed)


def _case_action(service, *, parent: QWidget | None, tasks: TaskManager,
                 call_id: int, on_done: OnDone, on_error: OnError, **kwargs) -> Job:
    """Run `service` on one case: the keyword arguments go to the service (with the
    case id); a workflow action also gets the version of the case the user saw
    (`expected_version`), so a case changed meanwhile on another workstation is
    refused (StaleCase) rather than overwritten."""
    return _run_case_action(parent=parent, tasks=tasks, service=service,
                            kwargs=dict(kwargs, call_id=call_id), call_id=call_id,
                            on_done=on_done, on_error=on_error)


def log_call(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
             values: dict, on_done: OnDone = None, on_error: OnError = None) -> Job:
    """Save a call (`values`: the keyword arguments of services.calls.log_call)."""
    return _run_case_action(parent=parent, tasks=tasks, service=calls.log_call,
                            kwargs=dict(values, actor=actor), call_id=None,
                            on_done=on_done, on_error=on_error)


def assign_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                call_id: int, assignee_id: int, expected_version: int | None = None,
                note: str = "", on_done: OnDone = None, on_error: OnError = None
                ) -> Job:
    """Dispatch or reassign a case (派单)."""
    return _case_action(calls.assign, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor,
                        assignee_id=assignee_id, note=note,
                        expected_version=expected_version)


def transfer_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                  call_id: int, assignee_id: int, note: str,
                  expected_version: int | None = None, on_done: OnDone = None,
                  on_error: OnError = None) -> Job:
    """The assignee hands the case to a colleague (转办)."""
    return _case_action(calls.transfer, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor,
                        assignee_id=assignee_id, note=note,
                        expected_version=expected_version)


def escalate_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                  call_id: int, assignee_id: int, note: str,
                  expected_version: int | None = None, on_done: OnDone = None,
                  on_error: OnError = None) -> Job:
    """Escalate to an expert or supervisor (升级)."""
    return _case_action(calls.escalate, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor,
                        assignee_id=assignee_id, note=note,
                        expected_version=expected_version)


def add_note(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
             call_id: int, text: str, on_done: OnDone = None,
             on_error: OnError = None) -> Job:
    """A note on the case's timeline (a note leaves the case itself unchanged, so
    it needs no version)."""
    return _case_action(calls.add_note, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor, text=text)


def record_callback(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                    call_id: int, reached: bool, note: str = "",
                    expected_version: int | None = None, on_done: OnDone = None,
                    on_error: OnError = None) -> Job:
    """A call back to the caller (回电), reached or not."""
    return _case_action(calls.record_callback, parent=parent, tasks=tasks,
                        call_id=call_id, on_done=on_done, on_error=on_error,
                        actor=actor, reached=reached, note=note,
                        expected_version=expected_version)


def sign_for_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                  call_id: int, expected_version: int | None = None,
                  on_done: OnDone = None, on_error: OnError = None) -> Job:
    """签收: the assignee acknowledges a dispatched case (or takes one from the
    pool)."""
    return _case_action(calls.sign_for, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor,
                        expected_version=expected_version)


def start_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
               call_id: int, expected_version: int | None = None,
               on_done: OnDone = None, on_error: OnError = None) -> Job:
    """Begin work on the case (受理/开始办理)."""
    return _case_action(calls.start, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor,
                        expected_version=expected_version)


def wait_on_caller(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                   call_id: int, note: str, expected_version: int | None = None,
                   on_done: OnDone = None, on_error: OnError = None) -> Job:
    """Wait on the caller (材料补充等): the SLA clocks stop until resumed."""
    return _case_action(calls.wait_customer, parent=parent, tasks=tasks,
                        call_id=call_id, on_done=on_done, on_error=on_error,
                        actor=actor, note=note, expected_version=expected_version)


def resume_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                call_id: int, note: str = "", expected_version: int | None = None,
                on_done: OnDone = None, on_error: OnError = None) -> Job:
    """Work goes on after the wait: the clocks run again."""
    return _case_action(calls.resume, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor, note=note,
                        expected_version=expected_version)


def resolve_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                 call_id: int, solution: str, article_id: int | None = None,
                 expected_version: int | None = None, on_done: OnDone = None,
                 on_error: OnError = None) -> Job:
    """Record the solution (办结), with the knowledge article used if any."""
    return _case_action(calls.resolve, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor,
                        solution=solution, article_id=article_id,
                        expected_version=expected_version)


def close_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
               call_id: int, note: str = "", expected_version: int | None = None,
               on_done: OnDone = None, on_error: OnError = None) -> Job:
    """Close a resolved case (结案)."""
    return _case_action(calls.close, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor, note=note,
                        expected_version=expected_version)


def reopen_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                call_id: int, reason: str, expected_version: int | None = None,
                on_done: OnDone = None, on_error: OnError = None) -> Job:
    """Send a resolved or closed case back for rework (退回重办), reason required."""
    return _case_action(calls.reopen, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor,
                        reason=reason, expected_version=expected_version)


def supervise_case(*, parent: QWidget | None, tasks: TaskManager, actor: Actor,
                   call_id: int, note: str, deadline, expected_version: int | None
                   = None, on_done: OnDone = None, on_error: OnError = None) -> Job:
    """督办: press for the case with a note and a deadline."""
    return _case_action(calls.supervise, parent=parent, tasks=tasks, call_id=call_id,
                        on_done=on_done, on_error=on_error, actor=actor, note=note,
                        deadline=deadline, expected_version=expected_version)


def record_callback_visit(*, parent: QWidget | None, tasks: TaskManager,
                          actor: Actor, call_id: int, reached: bool, note: str = "",
                          rating: int | None = None, comment: str = "",
                          follow_up: str | None = None, reason: str = "",
                          escalate_to: int | None = None,
                          attempt_call_back: bool = True,
                          expected_version: int | None = None,
                          on_done: OnDone = None, on_error: OnError = None) -> Job:
    """回访: the call back, the caller's rating and, after a dissatisfied rating,
    reopening or escalation to a supervisor — saved together or not at all."""
    return _case_action(calls.record_callback_visit, parent=parent, tasks=tasks,
                        call_id=call_id, on_done=on_done, on_error=on_error,
                        actor=actor, reached=reached, note=note, rating=rating,
                        comment=comment, follow_up=follow_up, reason=reason,
                        escalate_to=escalate_to, attempt_call_back=attempt_call_back,
                        expected_version=expected_version)
