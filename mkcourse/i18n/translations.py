"""Translated files: what each language supplies, and how fresh it is.

A translation supplies text only. Its pages live under translations/<lang>/ with the same
relative path as the source under curriculum/. Each records the hash of the source text it
was made from (`source_hash`), so a changed source is detected without git.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Course, Language, Page
from ..parse import read_markdown
from ..problems import Problems
from ..quiz.model import Question
from ..quiz.parse import quiz_fences
from ..quiz.translate import merge_translated_questions
from ..schema import Field, read_fields
from ..yamlpos import YamlError, load_yaml

__all__ = ["TranslatedPage", "TranslationSet", "load_translations", "source_hash",
           "FILE_STATUSES"]

FILE_STATUSES = ("draft", "translated", "reviewed")

TRANSLATED_PAGE_FIELDS = [
    Field("title", "str", required=False),
    Field("objectives", "list[str]", required=False),
    Field("keypoints", "list[str]", required=False),
    Field("status", "str", required=False, default="draft", choices=FILE_STATUSES),
    Field("source_hash", "str", required=False),
    Field("source_sections", "dict", required=False),
    Field("translators", "list[str]", required=False, default=[]),
    Field("reviewers", "list[str]", required=False, default=[]),
]
TRANSLATED_COURSE_FIELDS = [
    Field("title", "str", required=False),
    Field("audience", "str", required=False),
    Field("description", "str", required=False),
    Field("days", "dict", required=False, default={}),
    Field("sessions", "dict", required=False, default={}),
    Field("status", "str", required=False, default="draft", choices=FILE_STATUSES),
    Field("source_hash", "str", required=False),
]


def source_hash(text: str) -> str:
    """Hash of a source text, insensitive to line endings, trailing spaces and NFC/NFD."""
    normal = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    normal = "\n".join(line.rstrip() for line in normal.split("\n")).strip() + "\n"
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


@dataclass
class TranslatedPage:
    lang: str
    rel: str  # same as the source page's rel, e.g. "modules/02-x/index.md"
    path: Path
    meta: dict[str, Any]
    body: str
    body_line: int
    status: str
    recorded_hash: str | None
    questions: dict[str, Question] = field(default_factory=dict)  # source keys, own texts

    def is_stale(self, source_text: str) -> bool:
        return self.recorded_hash is not None and self.recorded_hash != source_hash(source_text)


@dataclass
class TranslationSet:
    pages: dict[tuple[str, str], TranslatedPage] = field(default_factory=dict)
    course: dict[str, dict[str, Any]] = field(default_factory=dict)  # lang -> course.yml texts
    glossary: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    orphans: list[tuple[str, str]] = field(default_factory=list)  # (lang, rel) with no source

    def page(self, lang: str, rel: str) -> TranslatedPage | None:
        return self.pages.get((lang, rel))


def load_translations(course: Course, problems: Problems) -> TranslationSet:
    result = TranslationSet()
    sources = {page.rel: page for m in course.modules.values() for page in m.pages}
    sources.update({page.rel: page for pages in course.site_pages.values() for page in pages})
    for language in course.languages:
        if language.status == "source":
            continue
        base = course.translations_dir / language.code
        _load_pages(language, base, sources, result, problems)
        result.course[language.code] = _load_course_texts(base / "course.yml", problems)
        result.glossary[language.code] = _load_glossary(base / "glossary.yml", problems)
    return result


def _load_pages(language: Language, base: Path, sources: dict[str, Page],
                result: TranslationSet, problems: Problems) -> None:
    # Translated files mirror the source: modules/ and facilitator/ as under curriculum/,
    # docs/ (the handbook) as under the project root.
    found = [(path, path.relative_to(base).as_posix())
             for folder in ("modules", "facilitator") if (base / folder).is_dir()
             for path in sorted((base / folder).rglob("*.md"))]
    if (base / "docs").is_dir():
        found += [(path, f"handbook/{path.name}") for path in sorted((base / "docs").glob("*.md"))]
    for path, rel in found:
        if rel not in sources:
            problems.add(path, 0, "translation-orphan",
                         f"no source file for this translation (expected {_source_of(rel)})")
            result.orphans.append((language.code, rel))
            continue
        md = read_markdown(path, problems)
        if md is None:
            continue
        values = read_fields(md.meta, TRANSLATED_PAGE_FIELDS, path, problems,
                             "the translation front matter", line=md.meta_line)
        source = sources[rel]
        source_ids = {b.id for b in quiz_fences(source.body, source.body_line, source.path,
                                                Problems(problems.root)) if b.id}
        questions = merge_translated_questions(source.questions, source_ids, md.body,
                                               md.body_line, path, problems) \
            if source_ids else {}
        result.pages[(language.code, rel)] = TranslatedPage(
            language.code, rel, path, md.meta, md.body, md.body_line,
            values["status"] or "draft", values["source_hash"], questions)


def _load_course_texts(path: Path, problems: Problems) -> dict[str, Any]:
    data = _read_yaml(path, problems)
    if data is None:
        return {}
    values = read_fields(data, TRANSLATED_COURSE_FIELDS, path, problems,
                         "the translated course.yml", line=1)
    return {k: v for k, v in values.items() if v is not None}


def _load_glossary(path: Path, problems: Problems) -> dict[str, dict[str, str]]:
    data = _read_yaml(path, problems)
    if not isinstance(data, dict) or not isinstance(data.get("terms"), dict):
        return {}
    terms: dict[str, dict[str, str]] = {}
    for term_id, entry in data["terms"].items():
        if isinstance(entry, dict):
            terms[str(term_id)] = {k: str(v) for k, v in entry.items() if v is not None}
    return terms


def _read_yaml(path: Path, problems: Problems) -> Any:
    if not path.is_file():
        return None
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as error:
        problems.add(path, error.line, "yaml-invalid", error.message)
        return None


def _source_of(rel: str) -> str:
    return f"docs/{rel[len('handbook/'):]}" if rel.startswith("handbook/") else f"curriculum/{rel}"
