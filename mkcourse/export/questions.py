"""Questions of a course, per module and per language, for the exporters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..check import Project
from ..model import Language, Module
from ..quiz.model import Question


@dataclass
class Versions:
    """One question in every language that has it; `source` is the answer key."""

    source: Question
    by_language: dict[str, Question]  # language code -> question with that language's text


def built_languages(project: Project) -> list[Language]:
    return [lang for lang in project.course.languages if lang.is_built]


def module_questions(project: Project) -> Iterator[tuple[Module, list[Versions]]]:
    languages = built_languages(project)
    for module in project.course.ordered_modules():
        items = []
        for page in module.pages:
            for question in page.questions:
                versions = {languages[0].code: question}
                for language in languages[1:]:
                    translated = project.translations.page(language.code, page.rel)
                    if translated and question.id in translated.questions:
                        versions[language.code] = translated.questions[question.id]
                items.append(Versions(question, versions))
        if items:
            yield module, items


def module_title(project: Project, module: Module, code: str) -> str:
    translated = project.translations.page(code, module.index.rel)
    title = translated.meta.get("title") if translated else None
    return title if isinstance(title, str) and title.strip() else module.title
