"""What a simulated duty officer types into the call form, call after call.

The mix is the demo generator's (hotline/demo/generator.py): channels, outcomes
(answered / transferred / escalated / callback / hang_up / silent / prank /
wrong_number / test), categories and their texts, priorities, confidential and
anonymous calls, talk times, and callers — 4 % a frequent caller (a small pool
shared by every workstation, so two workstations may save the same new number at
once), 22 % someone who called before, the rest new numbers (mobile and landline,
typed in the shapes people type them: with spaces, dashes or +86).

`next_call()` returns the keyword arguments of services.calls.log_call exactly as
the call form passes them (hotline/ui/call_form.py `_log`): a transfer or an
escalation names an assignee picked from the list the form offers
(users.list_assignees), a call back is saved without one (the form does not ask).
"""

from __future__ import annotations

import random

from ..demo.generator import (ANSWERED_PRIORITIES, AREA_CODES, CATEGORY_TREE,
                              CHANNEL_MIX, GIVEN, MOBILE_PREFIXES, NON_SERVICE_NOTES,
                              OTHER_OUTCOMES, PHONE_OUTCOMES, SOLUTIONS, SURNAMES,
                              TICKET_PRIORITIES)

SERVICE_OUTCOMES = ("answered", "transferred", "escalated", "callback")
FREQUENT = 20  # numbers every workstation may see (shared frequent callers)
FREQUENT_SHARE = 0.04
RETURNING_SHARE = 0.22
MAX_DURATION = 24 * 3600


def _weighted(pairs):
    values = [v for v, _ in pairs]
    weights = [w for _, w in pairs]
    return lambda rng: rng.choices(values, weights)[0]


_channel = _weighted(CHANNEL_MIX)
_phone_outcome = _weighted(PHONE_OUTCOMES)
_other_outcome = _weighted(OTHER_OUTCOMES)
_ticket_priority = _weighted(TICKET_PRIORITIES)
_answered_priority = _weighted(ANSWERED_PRIORITIES)
_top = _weighted([(i, top[2]) for i, top in enumerate(CATEGORY_TREE)])
_leaf = [_weighted([(j, leaf[2]) for j, leaf in enumerate(top[3])])
         for top in CATEGORY_TREE]


def phone_number(index: int, offset: int) -> str:
    """The digits of caller number `index` (12 % landlines), as the demo makes them."""
    x = (index * 7919 + offset) % 10**8
    if (index * 2654435761) % 100 < 12:
        area = AREA_CODES[(index * 40503) % len(AREA_CODES)]
        return f"{area}{20_000_000 + x % 70_000_000:08d}"
    return f"{MOBILE_PREFIXES[(index * 97 + 13) % len(MOBILE_PREFIXES)]}{x:08d}"


def typed(digits: str, rng: random.Random) -> str:
    """A number as an officer types it: mostly plain, sometimes spaced, dashed or
    with +86 (the service normalizes it)."""
    r = rng.random()
    if r < 0.75:
        return digits
    if digits.startswith("0"):  # a landline: area code, dash, number
        cut = 3 if digits[:3] in ("010", "020", "021", "022", "023", "024", "025",
                                  "027", "028", "029") else 4
        return f"{digits[:cut]}-{digits[cut:]}" if r < 0.9 else \
            f"+86 {digits[1:cut]} {digits[cut:]}"
    if r < 0.85:
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if r < 0.95:
        return f"+86 {digits}"
    return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"


class CallMix:
    """The calls of one workstation (its own random stream)."""

    def __init__(self, *, seed: int, workstation: int, categories: dict[str, int],
                 transfer_to: list[int], escalate_to: list[int], phone_offset: int):
        self.rng = random.Random(seed * 7919 + workstation)
        self.workstation = workstation
        self.categories = categories  # code -> id of the active subcategories
        self.transfer_to = transfer_to
        self.escalate_to = escalate_to
        self.phone_offset = phone_offset
        self.mine: list[int] = []  # caller indexes this workstation has used
        self.new_index = 0

    def _caller_index(self) -> int:
        r = self.rng.random()
        if r < FREQUENT_SHARE:
            return self.rng.randrange(FREQUENT)
        if r < FREQUENT_SHARE + RETURNING_SHARE and self.mine:
            return self.rng.choice(self.mine)
        self.new_index += 1  # numbers of this workstation only
        index = FREQUENT + self.workstation + 1000 * self.new_index
        self.mine.append(index)
        return index

    def _name(self) -> str:
        rng = self.rng
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        return rng.choice(SURNAMES) + given

    def next_call(self, tag: str) -> dict:
        """log_call's keyword arguments for the next call; `tag` (the save's key)
        ends the description so that the save can be found again."""
        rng = self.rng
        channel = _channel(rng)
        is_phone = channel == "phone"
        outcome = (_phone_outcome if is_phone else _other_outcome)(rng)
        service_call = outcome in SERVICE_OUTCOMES
        category_id, subject, description, solution = None, "", "", ""
        confidential = anonymous = False
        leaf_code = None
        if service_call:
            top = CATEGORY_TREE[_top(rng)]
            leaf = top[3][_leaf[CATEGORY_TREE.index(top)](rng)]
            leaf_code = leaf[0]
            category_id = self.categories.get(leaf_code)
            if category_id is None and self.categories:  # the center's own tree
                category_id = rng.choice(sorted(self.categories.values()))
            subject, description = rng.choice(leaf[3])
            confidential = leaf_code == "FAM.VIOLENCE" or rng.random() < 0.01
            anonymous = rng.random() < 0.03
        else:
            description = rng.choice(NON_SERVICE_NOTES[outcome])
        if outcome == "answered" and leaf_code:
            options = SOLUTIONS.get(leaf_code) or SOLUTIONS.get(leaf_code.split(".")[0])
            solution = rng.choice(options) if options else ""
        if is_phone:
            duration = (int(min(1500, max(40, rng.lognormvariate(5.5, 0.55))))
                        if service_call else 3 + rng.randrange(50))
        elif channel == "walk_in":
            duration = 300 + rng.randrange(1200)
        else:  # the form's timer runs while the officer types a message in
            duration = 60 + rng.randrange(840)
        has_phone = outcome == "callback" or rng.random() < (
            0.985 if is_phone else {"sms": 1.0, "wechat": 0.5, "web": 0.7,
                                    "email": 0.3, "walk_in": 0.8}.get(channel, 0.5))
        phone = caller_name = ""
        if has_phone:
            phone = typed(phone_number(self._caller_index(), self.phone_offset), rng)
            if service_call and not anonymous and rng.random() < 0.45:
                caller_name = self._name()
        priority = "normal"
        assignee_id = None
        if outcome == "answered":
            priority = _answered_priority(rng)
        elif service_call:
            priority = _ticket_priority(rng)
        if outcome == "transferred":
            assignee_id = rng.choice(self.transfer_to)
        elif outcome == "escalated":
            assignee_id = rng.choice(self.escalate_to)
        return dict(outcome=outcome, phone=phone, caller_name=caller_name,
                    channel=channel, category_id=category_id, priority=priority,
                    subject=subject, description=f"{description}\n{tag}".lstrip("\n"),
                    solution=solution, assignee_id=assignee_id,
                    confidential=confidential, anonymous=anonymous,
                    duration_seconds=min(duration, MAX_DURATION))
