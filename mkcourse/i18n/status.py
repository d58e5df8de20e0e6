"""Where each translation stands: per language and module, and for the UI catalog and glossary.

A page is `missing` (no file), `stale` (its recorded source hash differs from the source's
now), `draft` (machine-assisted, not reviewed), `translated` or `reviewed`. Files whose source
is gone are `orphan`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po

from ..check import Project
from .catalog import catalog_path
from .languages import babel_locale

__all__ = ["LanguageStatus", "PageStatus", "translation_status", "STATES"]

STATES = ("reviewed", "translated", "draft", "stale", "missing")


@dataclass
class PageStatus:
    module: str  # module id
    page: str  # source path under curriculum/
    state: str  # one of STATES


@dataclass
class LanguageStatus:
    code: str
    name: str
    status: str  # incubating | beta | published
    pages: list[PageStatus] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    ui_translated: int = 0
    ui_total: int = 0
    glossary_translated: int = 0
    glossary_total: int = 0

    def count(self, state: str) -> int:
        return sum(1 for page in self.pages if page.state == state)

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["counts"] = {state: self.count(state) for state in STATES}
        return data


def _page_state(project: Project, code: str, path: Path, rel: str) -> str:
    translated = project.translations.page(code, rel)
    if translated is None:
        return "missing"
    if translated.is_stale(path.read_text(encoding="utf-8")):
        return "stale"
    return translated.status


def _catalog_coverage(root: Path, code: str) -> tuple[int, int]:
    path = catalog_path(root, code)
    if not path.is_file():
        return 0, 0
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=babel_locale(code))
    messages = [m for m in catalog if m.id]
    done = [m for m in messages if not m.fuzzy and (
        all(m.string) if isinstance(m.string, tuple) else bool(m.string))]
    return len(done), len(messages)


def translation_status(project: Project, only: str | None = None) -> list[LanguageStatus]:
    course = project.course
    result = []
    for language in course.languages:
        if language.status == "source" or (only and language.code != only):
            continue
        status = LanguageStatus(language.code, language.name, language.status)
        groups = [(module.id, module.pages) for module in course.ordered_modules()]
        groups += [(section, pages) for section, pages in course.site_pages.items() if pages]
        for group, pages in groups:
            for page in pages:
                status.pages.append(PageStatus(group, page.rel,
                                               _page_state(project, language.code, page.path,
                                                           page.rel)))
        status.orphans = sorted(
            rel for (code, rel) in project.translations.orphans if code == language.code)
        status.ui_translated, status.ui_total = _catalog_coverage(course.root, language.code)
        own = project.translations.glossary.get(language.code, {})
        status.glossary_total = len(course.glossary)
        status.glossary_translated = sum(1 for t in course.glossary
                                         if own.get(t.id, {}).get("term"))
        result.append(status)
    return result

