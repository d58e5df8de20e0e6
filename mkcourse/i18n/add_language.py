"""`mkcourse add-language CODE`: everything a translator needs to start, never overwriting.

Creates translations/<code>/ with language.yml (names and direction from Babel, with the
known corrections), LC_MESSAGES/messages.po (every interface string, the theme's pre-filled
where Material has the language) and glossary.yml (every term id, to fill in).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from ..model import Course
from .catalog import catalog_path
from .extract import EPOCH, extract_template, prefill_theme
from .languages import babel_locale, is_known_language, language_names

__all__ = ["add_language", "UnknownLanguage", "KNOWN_OVERRIDES"]

# Where Babel's (CLDR's) data is not what a language's readers expect.
KNOWN_OVERRIDES: dict[str, dict[str, str]] = {
    "id": {"name": "Bahasa Indonesia", "plural_forms": "nplurals=1; plural=0;"},
    "bn": {"english_name": "Bengali"},
    "ms": {"plural_forms": "nplurals=1; plural=0;"},
}


class UnknownLanguage(ValueError):
    pass


def add_language(root: Path, course: Course, code: str) -> list[Path]:
    """Create what is missing for `code`; return the files written (none on a second run)."""
    if not is_known_language(code):
        raise UnknownLanguage(code)
    folder = root / "translations" / code
    written: list[Path] = []
    for path, make in ((folder / "language.yml", lambda: _language_yml(code)),
                       (catalog_path(root, code), lambda: _catalog(code)),
                       (folder / "glossary.yml", lambda: _glossary(course))):
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        data = make()
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        written.append(path)
    return written


def _language_yml(code: str) -> str:
    native, english, direction = language_names(code)
    extra = KNOWN_OVERRIDES.get(code, {})
    lines = [
        f"# {extra.get('english_name', english)} ({code}). Names and direction come from "
        "Babel (CLDR); correct them here if needed.",
        f"name: {extra.get('name', native)}",
        f"english_name: {extra.get('english_name', english)}",
        f"direction: {direction}",
        "# incubating: not built yet; beta: built, with the draft notice; published: reviewed.",
        "status: incubating",
        "reviewers: []",
    ]
    if "plural_forms" in extra:
        lines.append(f'plural_forms: "{extra["plural_forms"]}"')
    return "\n".join(lines) + "\n"


def _catalog(code: str) -> bytes:
    template = extract_template("mkcourse")
    catalog = Catalog(locale=babel_locale(code), project="mkcourse", creation_date=EPOCH,
                      revision_date=EPOCH, fuzzy=False)
    forms = KNOWN_OVERRIDES.get(code, {}).get("plural_forms")
    if forms:
        # Babel derives Plural-Forms from CLDR; its header setter takes a correction.
        catalog.mime_headers = [(k, v) for k, v in catalog.mime_headers
                                if k != "Plural-Forms"] + [("Plural-Forms", forms)]
    catalog.update(template, no_fuzzy_matching=True)
    prefill_theme(catalog, code)
    buffer = BytesIO()
    write_po(buffer, catalog, width=90, sort_output=True, include_lineno=False)
    return buffer.getvalue()


def _glossary(course: Course) -> str:
    lines = ["# Approved renderings of the glossary terms (curriculum/glossary.yml).",
             "# Fill in `term` and `definition`; leave a term out until it is agreed.",
             "status: draft", "terms:"]
    for term in course.glossary:
        lines.append(f"  {term.id}:  # {term.term}")
        keep = term.term if term.do_not_translate else ""
        lines.append(f'    term: "{keep}"')
        lines.append('    definition: ""')
    return "\n".join(lines) + "\n"
