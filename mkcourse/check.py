"""Load and check a whole project: the entry point that the CLI and the plugin share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .edition import apply_edition, load_edition
from .i18n.checks import check_translations
from .i18n.translations import TranslationSet, load_translations
from .model import Course
from .parse import load_course
from .problems import Problems
from .validate import validate_course

__all__ = ["Project", "load_project"]


@dataclass
class Project:
    course: Course
    translations: TranslationSet
    problems: Problems

    @property
    def files_checked(self) -> int:
        root = self.course.root
        count = 0
        for folder in ("curriculum", "translations"):
            base = root / folder
            if base.is_dir():
                count += sum(1 for p in base.rglob("*")
                             if p.is_file() and p.suffix in (".md", ".yml", ".yaml", ".po"))
        return count


def load_project(root: Path, edition: str | None = None) -> Project:
    """Parse and validate everything; problems are collected in `project.problems`.

    With `edition`, the course is the one that edition runs (its modules, languages, dates).
    """
    problems = Problems(root)
    course = load_course(root, problems)
    validate_course(course, problems)
    if edition:
        loaded = load_edition(root, edition, course, problems)
        if loaded is not None:
            course = apply_edition(course, loaded)
    else:  # check every edition file, so a broken one is found before its week
        for path in sorted((root / "curriculum" / "editions").glob("*.yml")):
            load_edition(root, path.stem, course, problems)
    translations = load_translations(course, problems)
    check_translations(course, translations, problems)
    return Project(course, translations, problems)
