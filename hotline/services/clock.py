"""The services' clock (tests replace `now`)."""

import datetime as dt


def now() -> dt.datetime:
    t = dt.datetime.now()
    return t.replace(microsecond=(t.microsecond // 1000) * 1000)
