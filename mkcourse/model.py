"""The course model: plain dataclasses, no MkDocs import.

Every node keeps the file and line it came from (`pos`), so any later check can point an
author at the exact place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .edition import Edition
    from .quiz.model import Question

__all__ = [
    "Pos",
    "Page",
    "Module",
    "Session",
    "Day",
    "GlossaryTerm",
    "Language",
    "Course",
    "LEVELS",
]

LEVELS = ("introductory", "intermediate", "advanced")


@dataclass(frozen=True)
class Pos:
    path: Path
    line: int = 0


@dataclass
class Page:
    """One Markdown page of a module (or a site page), in the source language."""

    rel: str  # path relative to the curriculum root, e.g. "modules/02-x/index.md"
    path: Path
    title: str
    meta: dict[str, Any]
    body: str
    body_line: int  # file line of the first body line
    questions: list[Question] = field(default_factory=list)


@dataclass
class Module:
    id: str
    folder: str  # e.g. "02-procurement-system"
    title: str
    duration: int  # minutes
    level: str
    objectives: list[str]
    prerequisites: list[str]
    keypoints: list[str]
    pages: list[Page]
    pos: Pos

    @property
    def index(self) -> Page:
        return self.pages[0]

    @property
    def questions(self) -> list[Question]:
        return [q for page in self.pages for q in page.questions]


@dataclass
class Session:
    start: str  # "09:00"
    end: str  # "10:30"
    module: str | None  # module id, or None for a break or an activity
    title: str | None
    pos: Pos


@dataclass
class Day:
    number: int
    title: str
    sessions: list[Session]
    pos: Pos


@dataclass
class GlossaryTerm:
    id: str
    term: str
    korean: str
    romanized: str
    definition: str
    do_not_translate: bool
    pos: Pos
    aliases: list[str] = field(default_factory=list)  # other names that count as verbatim


@dataclass
class Language:
    """A language the site can be built in (the source language included)."""

    code: str  # BCP 47, as used in URLs: "ko", "zh-Hans"
    name: str  # native name, shown in the language switcher
    english_name: str
    direction: str  # "ltr" or "rtl"
    status: str  # "source", "incubating", "beta" or "published"
    reviewers: list[str] = field(default_factory=list)
    pos: Pos | None = None

    @property
    def is_built(self) -> bool:
        return self.status != "incubating"


@dataclass
class Course:
    root: Path  # the project root (holds curriculum/, translations/, docs/)
    id: str
    title: str
    source_language: str
    audience: str
    description: str
    module_order: list[str]  # module ids, in course order
    module_order_lines: list[int]  # line of each of them in course.yml
    modules: dict[str, Module]  # by id: every module folder, listed in course.yml or not
    schedule: list[Day]
    glossary: list[GlossaryTerm]
    languages: list[Language]  # source first, then the others in display order
    pos: Pos
    # Pages that are not modules: "facilitator/day-1.md" (curriculum/facilitator/) and
    # "handbook/authors.md" (docs/), by section, in file-name order.
    site_pages: dict[str, list[Page]] = field(default_factory=dict)
    edition: Edition | None = None  # set when one edition is built (see edition.py)

    def ordered_modules(self) -> list[Module]:
        return [self.modules[m] for m in self.module_order if m in self.modules]

    def all_pages(self) -> list[Page]:
        pages = [page for module in self.modules.values() for page in module.pages]
        return pages + [page for section in self.site_pages.values() for page in section]

    def page(self, rel: str) -> Page | None:
        return next((page for page in self.all_pages() if page.rel == rel), None)

    def language(self, code: str) -> Language | None:
        return next((lang for lang in self.languages if lang.code == code), None)

    @property
    def curriculum_dir(self) -> Path:
        return self.root / "curriculum"

    @property
    def translations_dir(self) -> Path:
        return self.root / "translations"
