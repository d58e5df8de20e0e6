"""Editions: one run of the course, with dates, a venue, languages and maybe fewer modules.

curriculum/editions/<name>.yml:

    title: "Example edition, August 2024"
    start: "2024-08-26"          # the date of day 1; day N is the Nth working day
    venue: "Government Complex Daejeon"
    timezone: Asia/Seoul
    languages: [en, ko]          # optional; default: every built language
    modules: [course-guide, e-bidding]   # optional subset or new order
    contact: { name: "...", email: "..." }   # optional
    certificates: true           # optional: trainees who answered every question print one

Dates and times are formatted for each reader's language with Babel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .model import Course, Day
from .problems import Problems
from .schema import Field, read_fields
from .yamlpos import PosList, YamlError, line_of, load_yaml

__all__ = ["Edition", "load_edition", "apply_edition", "edition_path"]

EDITION_FIELDS = [
    Field("title", "str"),
    Field("start", "str"),
    Field("venue", "str"),
    Field("timezone", "str", required=False, default="UTC"),
    Field("languages", "list[str]", required=False),
    Field("modules", "list[str]", required=False),
    Field("contact", "dict", required=False),
    Field("certificates", "bool", required=False, default=False),
]


@dataclass(frozen=True)
class Edition:
    name: str
    title: str
    start: dt.date
    venue: str
    timezone: str
    languages: list[str] | None
    modules: list[str] | None
    contact: dict[str, str]
    certificates: bool = False

    def day_date(self, number: int) -> dt.date:
        """Day 1 is `start`; later days skip Saturdays and Sundays."""
        date = self.start
        for _ in range(number - 1):
            date += dt.timedelta(days=1)
            while date.weekday() >= 5:
                date += dt.timedelta(days=1)
        return date

    def moment(self, number: int, time: str) -> dt.datetime:
        hour, minute = (int(part) for part in time.split(":"))
        return dt.datetime.combine(self.day_date(number), dt.time(hour, minute),
                                   tzinfo=ZoneInfo(self.timezone))


def edition_path(root: Path, name: str) -> Path:
    return root / "curriculum" / "editions" / f"{name}.yml"


def load_edition(root: Path, name: str, course: Course, problems: Problems) -> Edition | None:
    path = edition_path(root, name)
    if not path.is_file():
        known = sorted(p.stem for p in path.parent.glob("*.yml")) if path.parent.is_dir() else []
        problems.add(path, 0, "file-missing",
                     f"there is no edition `{name}`"
                     + (f" (editions: {', '.join(known)})" if known else ""))
        return None
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as error:
        problems.add(path, error.line, "yaml-invalid", error.message)
        return None
    values = read_fields(data, EDITION_FIELDS, path, problems, "the edition", line=1)
    start = _date(values["start"], path, line_of(data, "start", 1), problems)
    zone = values["timezone"] or "UTC"
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.add(path, line_of(data, "timezone", 1), "field-type",
                     f"`timezone` {zone!r} is not a time zone name, e.g. Asia/Seoul")
        zone = "UTC"
    _check_names(values["modules"], set(course.modules), data, "modules", "module", path,
                 problems)
    built = {lang.code for lang in course.languages if lang.is_built}
    _check_names(values["languages"], built, data, "languages", "language", path, problems)
    if start is None or values["title"] is None or values["venue"] is None:
        return None
    contact = {str(k): str(v) for k, v in (values["contact"] or {}).items()}
    return Edition(name, values["title"], start, values["venue"], zone, values["languages"],
                   values["modules"], contact, bool(values["certificates"]))


def _date(value: str | None, path: Path, line: int, problems: Problems) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.add(path, line, "field-type",
                     f"`start` must be a date as YYYY-MM-DD, e.g. 2024-08-26, not {value!r}")
        return None


def _check_names(names: list[str] | None, known: set[str], data: object, key: str, what: str,
                 path: Path, problems: Problems) -> None:
    rule = "module-unknown" if what == "module" else "language-unknown"
    items = data.get(key) if isinstance(data, dict) else None
    for index, name in enumerate(names or []):
        if name not in known:
            line = items.line_at(index) if isinstance(items, PosList) else line_of(data, key, 1)
            problems.add(path, line, rule,
                         f"the edition names {what} `{name}`, which the course does not have "
                         f"(it has: {', '.join(sorted(known))})")


def apply_edition(course: Course, edition: Edition) -> Course:
    """The course as this edition runs it: its modules, languages and schedule."""
    order = edition.modules or course.module_order
    keep = set(order)
    schedule = []
    for day in course.schedule:
        sessions = [s for s in day.sessions if s.module is None or s.module in keep]
        if any(s.module for s in sessions):  # a day with no module left is not held
            schedule.append(Day(day.number, day.title, sessions, day.pos))
    languages = [lang for lang in course.languages
                 if lang.status == "source" or edition.languages is None
                 or lang.code in edition.languages]
    return dataclasses.replace(course, module_order=list(order), schedule=schedule,
                               languages=languages, edition=edition)
