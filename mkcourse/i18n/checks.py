"""Every check of the translations, run by `mkcourse check` and by every build."""

from __future__ import annotations

from ..model import Course
from ..problems import Problems
from .catalog import catalog_path
from .parity import check_glossary_terms, check_parity
from .safety import check_catalog_safety, check_page_safety
from .translations import TranslationSet

__all__ = ["check_translations"]


def check_translations(course: Course, translations: TranslationSet, problems: Problems) -> None:
    pages = {page.rel: page for m in course.modules.values() for page in m.pages}
    for language in course.languages:
        if language.status == "source":
            continue
        catalog = catalog_path(course.root, language.code)
        if catalog.is_file():
            check_catalog_safety(catalog, problems)
        for (code, rel), translated in translations.pages.items():
            if code != language.code or rel not in pages:
                continue
            page = pages[rel]
            check_page_safety(page.body, translated.body, translated.body_line, translated.path,
                              problems)
            check_parity(course, language, page, translated, problems)
            check_glossary_terms(course.glossary, page, translated, problems)
