"""Parity of a translated page with its source: what a translation must keep.

Heading ids, link targets, images and every figure (numbers, amounts, dates, article
references) of the source must be in the translation. A changed figure is the worst error a
procurement course can have, so figures are compared as numbers, read with each language's
own decimal and grouping marks. Breaks are errors for published languages, warnings for the
others. Do-not-translate glossary terms must appear verbatim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal

from ..markdown_scan import iter_headings, iter_links, prose_lines
from ..model import Course, GlossaryTerm, Language, Page
from ..problems import Problems
from ..quiz.grade import number_symbols, parse_number
from .translations import TranslatedPage

__all__ = ["check_parity", "check_glossary_terms"]

# Text that holds digits but no figure: link targets, footnote keys, attribute lists.
_NOT_FIGURES = re.compile(r"\]\([^)]*\)|\[\^[^\]]*\]|\{[^}]*#[^}]*\}|<[^>]*>|https?://\S+")
_PLAIN = r"\d[\d.,\u066b\u066c]*\d|\d"
# Languages that group thousands with a space (ru: 120 000 000) need that form read whole.
_SPACED = re.compile(r"(?<!\d)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|" + _PLAIN)
_NUMBER = re.compile(_PLAIN)


def _figures(body: str, first_line: int, code: str) -> list[tuple[Decimal | str, int, str]]:
    """(value, line, as written) for every figure outside code."""
    decimal, group = number_symbols(code)
    pattern = _SPACED if not group.strip() else _NUMBER
    found = []
    for line, text in prose_lines(body, first_line):
        for token in pattern.findall(_NOT_FIGURES.sub(" ", text)):
            token = token.rstrip(".,")
            value = parse_number(token, decimal, group) if token else None
            found.append((value if value is not None else token, line, token))
    return found


def _explicit_ids(body: str, first_line: int) -> dict[str, int]:
    return {heading_id: line for line, _level, _text, heading_id in iter_headings(body, first_line)
            if heading_id}


def _targets(body: str, first_line: int, images: bool) -> dict[str, int]:
    return {target: line for line, target, is_image in iter_links(body, first_line)
            if is_image == images}


def _block_starts(body: str, first_line: int) -> list[int]:
    """File lines where each block (paragraph, heading, list item, table) begins."""
    starts = []
    previous_blank = True
    for offset, text in enumerate(body.splitlines()):
        stripped = text.strip()
        starts_item = stripped.startswith(("#", "- ", "* ", "|", "```")) or (
            stripped[:1].isdigit() and ". " in stripped[:4])
        if stripped and (previous_blank or starts_item):
            starts.append(first_line + offset)
        previous_blank = not stripped
    return starts


def _matching_line(page: Page, translated: TranslatedPage, source_line: int) -> int:
    """The line of the translation's block that corresponds to a source line (same position)."""
    ours = _block_starts(page.body, page.body_line)
    theirs = _block_starts(translated.body, translated.body_line)
    index = sum(1 for start in ours if start <= source_line) - 1
    return theirs[index] if 0 <= index < len(theirs) else translated.body_line


def check_parity(course: Course, language: Language, page: Page, translated: TranslatedPage,
                 problems: Problems) -> None:
    rule = "translation-parity" if language.status == "published" else "translation-parity-draft"
    here = translated.path
    source_at = problems.relative(page.path)

    def report(line: int, detail: str) -> None:
        problems.add(here, line, rule, detail)

    def at(source_line: int) -> int:
        return _matching_line(page, translated, source_line)

    theirs_ids = _explicit_ids(translated.body, translated.body_line)
    for heading_id, line in _explicit_ids(page.body, page.body_line).items():
        if heading_id not in theirs_ids:
            report(at(line), f"heading id `{heading_id}` ({source_at}:{line}) is missing here")
    for images, what in ((False, "link"), (True, "image")):
        theirs = _targets(translated.body, translated.body_line, images)
        ours = _targets(page.body, page.body_line, images)
        for target, line in ours.items():
            if target not in theirs:
                report(at(line), f"{what} `{target}` ({source_at}:{line}) is missing here")
        for target, line in theirs.items():
            if target not in ours:
                report(line, f"{what} `{target}` is not in the source {source_at}")
    _check_figures(page, translated, course.source_language, language.code, source_at,
                   lambda line, detail: report(at(line), detail))


def _check_figures(page: Page, translated: TranslatedPage, source_code: str, code: str,
                   source_at: str, report: Callable[[int, str], None]) -> None:
    source = _figures(page.body, page.body_line, source_code)
    theirs = Counter(value for value, _line, _raw in _figures(translated.body,
                                                               translated.body_line, code))
    for value, line, raw in source:
        if theirs[value] > 0:
            theirs[value] -= 1
            continue
        report(line,
               f"the figure `{raw}` ({source_at}:{line}) is missing or changed here")


def check_glossary_terms(terms: list[GlossaryTerm], page: Page, translated: TranslatedPage,
                         problems: Problems) -> None:
    """Do-not-translate terms used by the source page must appear verbatim in its translation."""
    for term in terms:
        names = [term.term, *term.aliases]
        if (term.do_not_translate and term.term in page.body
                and not any(name in translated.body for name in names)):
            problems.add(translated.path, translated.body_line, "glossary-verbatim",
                         f"`{term.term}` is used in curriculum/{page.rel} but not here; it is a "
                         "name that stays as it is in every language")

