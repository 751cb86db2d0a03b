"""Time zones without a database: validating an IANA name and finding the
machine's own (the default of the center's `time_zone` setting)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TIME_ZONE_KEY = "time_zone"  # the Setting that holds the center's zone


def valid_zone(name: str) -> bool:
    if not isinstance(name, str) or not name or len(name) > 64 or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def machine_zone_name() -> str:
    """The IANA name of this machine's time zone (a fixed 'Etc/GMT±h' zone when
    the name cannot be found)."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and valid_zone(tz):
        return tz
    try:  # Windows, and anywhere tzlocal happens to be installed
        import tzlocal  # type: ignore

        name = tzlocal.get_localzone_name()
        if name and valid_zone(name):
            return name
    except Exception:
        pass
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if valid_zone(name):
            return name
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
            if valid_zone(name):
                return name
    except OSError:
        pass
    offset = -time.timezone if not time.daylight else -time.altzone
    hours = round(offset / 3600)
    name = "Etc/UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"  # POSIX sign
    return name if valid_zone(name) else "UTC"
