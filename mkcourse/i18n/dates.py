"""Dates and times in the reader's language, with Babel (CLDR).

Some locales have only skeletal CLDR data (Dhivehi months come out as "M08"): those, and
languages Babel has no data for, get ISO dates instead of a misleading mix.
"""

from __future__ import annotations

import datetime as dt
import re

from babel import Locale
from babel.dates import format_date, format_interval, format_time, get_timezone_name

from .languages import babel_locale

__all__ = ["long_date", "short_time", "date_range", "zone_name"]

_SKELETAL = re.compile(r"\bM\d\d\b")


def _locale(code: str) -> Locale | None:
    return babel_locale(code)


def long_date(date: dt.date, code: str) -> str:
    """Monday, August 26, 2024 / 2024년 8월 26일 월요일."""
    locale = _locale(code)
    if locale is None:
        return date.isoformat()
    text = format_date(date, format="full", locale=locale)
    return date.isoformat() if _SKELETAL.search(text) else text


def short_time(moment: dt.datetime, code: str) -> str:
    """9:00 AM / 오전 9:00, in the moment's own time zone."""
    locale = _locale(code)
    if locale is None:
        return moment.strftime("%H:%M")
    return format_time(moment, format="short", tzinfo=moment.tzinfo, locale=locale)


def date_range(start: dt.date, end: dt.date, code: str) -> str:
    """Aug 26 – 30, 2024 / 2024. 8. 26. ~ 30."""
    locale = _locale(code)
    if locale is None:
        return f"{start.isoformat()} – {end.isoformat()}"
    text = format_interval(start, end, skeleton="yMMMd", locale=locale)
    return f"{start.isoformat()} – {end.isoformat()}" if _SKELETAL.search(text) else text


def zone_name(moment: dt.datetime, code: str) -> str:
    """Korean Time / 대한민국 시간; the zone's id where CLDR lacks the name."""
    try:
        return get_timezone_name(moment.tzinfo, locale=_locale(code) or "en")
    except (KeyError, LookupError, ValueError):
        return str(moment.tzinfo)
