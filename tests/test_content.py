"""The course itself: every module complete, every figure cited, nothing unverified taught."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO

from mkcourse.check import load_project
from mkcourse.markdown_scan import iter_headings, prose_lines

PROJECT = load_project(REPO)
COURSE = PROJECT.course
MODULES = COURSE.ordered_modules()

# Digits that are not figures: years, law articles, footnote keys, links, ids, code, tags.
_NOT_FIGURES = [
    re.compile(r"\]\([^)]*\)"), re.compile(r"\[\^[^\]]*\]"), re.compile(r"\{[^}]*#[^}]*\}"),
    re.compile(r"`[^`]*`"), re.compile(r"<[^>]+>"), re.compile(r"https?://\S+"),
    # Years, and day/month parts of dates: neither amounts, counts nor percentages.
    re.compile(r"(?<!\d)(?:19|20)\d\d(?=년|s\b|\b|[–-])"),
    re.compile(r"(?<!\d)\d{1,2}\s*(?:월|일)(?!\w*[원명개건])"),
    re.compile(r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"),
    re.compile(r"2단계"),  # the term "second-stage competition" (2단계 경쟁)
    re.compile(r"\b(?:art(?:icle)?s?\.?|Decree art\.)\s*\d+(?:-\d+)?(?:\(\d+\))?", re.I),
    re.compile(r"제\d+조(?:의\d+)?(?:제\d+항)?"),
]


def _blocks(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, text) of each paragraph, list item and table row outside code."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for line, text in prose_lines(body, first_line):
        item = re.match(r"^\s*(?:[-*]|\d+\.)\s|^\s*\|", text)
        if not text.strip() or item:
            if current:
                blocks.append((start, " ".join(current)))
            current, start = ([text], line) if text.strip() else ([], 0)
        else:
            if not current:
                start = line
            current.append(text)
    if current:
        blocks.append((start, " ".join(current)))
    return blocks


def _uncited(path: Path, body: str, first_line: int) -> list[str]:
    definitions = set(re.findall(r"^\[\^([^\]]+)\]:", body, re.M))
    problems = []
    for line, text in _blocks(body, first_line):
        if text.lstrip().startswith("[^"):
            continue  # a footnote definition is the source itself
        bare = text
        for pattern in _NOT_FIGURES:
            bare = pattern.sub(" ", bare)
        if not re.search(r"\d", bare):
            continue
        keys = re.findall(r"\[\^([^\]]+)\]", text)
        if not keys:
            problems.append(f"{path}:{line}: a figure without a footnote: {text.strip()[:80]}")
        problems += [f"{path}:{line}: footnote [^{k}] has no entry in Sources"
                     for k in keys if k not in definitions]
    return problems


PAGES = [(m, p) for m in MODULES for p in m.pages if not p.questions]


@pytest.mark.parametrize("module", MODULES, ids=[m.id for m in MODULES])
def test_module_is_complete(module):
    index = module.index
    headings = list(iter_headings(index.body, index.body_line))
    assert headings[-1][3] == "sources", "Sources must be the last section"
    assert any(text.startswith("Exercise") for _l, level, text, _i in headings if level == 2)
    assert len(module.objectives) >= 3 and module.keypoints and module.duration > 0
    questions = module.questions
    assert len(questions) >= 8
    assert len({q.type for q in questions}) >= 4
    assert all(q.explanation for q in questions)


@pytest.mark.parametrize(("module", "page"), PAGES, ids=[p.rel for _m, p in PAGES])
def test_every_figure_has_a_footnote_in_sources(module, page):
    assert _uncited(page.path, page.body, page.body_line) == []
    translated = PROJECT.translations.page("ko", page.rel)
    assert translated is not None
    assert _uncited(translated.path, translated.body, translated.body_line) == []


# Items the fact sheet marks UNVERIFIED (section 13), as a page would state them as fact.
UNVERIFIED = [
    (r"TUNEPS|Umucyo|JONEPS", "system names of exports not verified"),
    (r"31 March 2025|2025년 3월 31일", "the '31 March 2025' opening"),
    (r"world'?s best", "'world's best' claim"),
    (r"1,070", "PPS headcount"),
    (r"(?:Local Government Contracts Act|지방계약법)[^.\n]{0,40}\b2005\b", "enactment year"),
]
_HEDGES = re.compile(r"not (?:confirmed|verified|identified)|unverified|cannot be|no source|"
                     r"확인되지|확인할 수 없|검증되지|avoid|do not|not in", re.I)


def test_nothing_unverified_is_taught_as_fact():
    pages = [p for p in COURSE.all_pages() if not p.rel.startswith("handbook/")]
    pages += [t for t in PROJECT.translations.pages.values()]
    found = []
    for page in pages:
        for line, text in prose_lines(page.body, page.body_line):
            for pattern, what in UNVERIFIED:
                if re.search(pattern, text, re.I) and not _HEDGES.search(text):
                    found.append(f"{page.path}:{line}: {what}: {text.strip()[:100]}")
    assert found == []


def test_next_generation_koneps_opened_in_2025():
    text = " ".join(p.body for p in COURSE.all_pages())
    assert "6 January 2025" in text
    assert not re.search(r"next-generation KONEPS (?:opened|launched|went live) in 2024", text,
                         re.I)


def test_glossary_and_translations_cover_the_course():
    assert len(COURSE.glossary) >= 50 and all(t.korean for t in COURSE.glossary)
    for module in MODULES:
        for page in module.pages:
            translated = PROJECT.translations.page("ko", page.rel)
            assert translated is not None and translated.status == "draft", page.rel
    facilitator = COURSE.site_pages["facilitator"]
    assert [p.rel for p in facilitator] == [f"facilitator/day-{n}.md" for n in range(1, 6)]
    assert all(PROJECT.translations.page("ko", p.rel) for p in facilitator)


def test_the_course_checks_without_warnings():
    assert PROJECT.problems.items == []
