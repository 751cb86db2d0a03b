"""Database proxy and the base model every table derives from."""

import datetime as dt

from peewee import DatabaseProxy, Model

db = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


_clock = None  # set by hotline.services.clock: the center's time zone and clock


def set_clock(source) -> None:
    global _clock
    _clock = source


def now() -> dt.datetime:
    """Wall-clock local time without microseconds noise below the millisecond.

    Times are stored as naive local time of the center (a hotline serves one time
    zone; indicators are defined on local days and months): the services' clock
    when it is loaded, else this machine's.
    """
    if _clock is not None:
        return _clock()
    t = dt.datetime.now()
    return t.replace(microsecond=(t.microsecond // 1000) * 1000)


