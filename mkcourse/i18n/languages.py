"""Languages: BCP 47 codes checked with Babel, and each translation's language.yml."""

from __future__ import annotations

from pathlib import Path

from babel import Locale, UnknownLocaleError

from ..model import Language, Pos
from ..problems import Problems
from ..schema import Field, read_fields
from ..yamlpos import YamlError, load_yaml

__all__ = ["babel_locale", "is_known_language", "language_names", "load_languages", "STATUSES"]

STATUSES = ("incubating", "beta", "published")
_STATUS_ORDER = {"source": 0, "published": 1, "beta": 2, "incubating": 3}

LANGUAGE_FIELDS = [
    Field("name", "str", required=False),
    Field("english_name", "str", required=False),
    Field("direction", "str", required=False, choices=("ltr", "rtl")),
    Field("status", "str", required=True, choices=STATUSES),
    Field("reviewers", "list[str]", required=False, default=[]),
    Field("plural_forms", "str", required=False),
]


def babel_locale(code: str) -> Locale | None:
    """The Babel locale for a BCP 47 code (`zh-Hans`, `ko`), or None when Babel has none."""
    if not code or not all(part.isalnum() for part in code.split("-")):
        return None
    try:
        return Locale.parse(code, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def is_known_language(code: str) -> bool:
    """True for a code Babel has locale data for, or at least a language name for.

    CLDR names more languages than it has data for (Tetum, `tet`, has a name only);
    such a language can still be built, with names and direction set in language.yml.
    """
    if babel_locale(code) is not None:
        return True
    language = code.split("-")[0]
    return language.isalpha() and language.lower() == language and (
        language in Locale("en").languages
    )


def language_names(code: str) -> tuple[str, str, str]:
    """(native name, English name, direction) from Babel, with fallbacks for name-only codes."""
    locale = babel_locale(code)
    if locale is not None:
        native = _title(locale.get_display_name(locale) or code)
        return native, locale.get_display_name("en") or code, locale.text_direction
    english = Locale("en").languages.get(code.split("-")[0], code)
    return english, english, "ltr"


def source_language(code: str, pos: Pos) -> Language | None:
    if not is_known_language(code):
        return None
    native, english, direction = language_names(code)
    return Language(
        code=code,
        name=native,
        english_name=english,
        direction=direction,
        status="source",
        pos=pos,
    )


def load_languages(translations_dir: Path, problems: Problems) -> list[Language]:
    """Read translations/<code>/language.yml for every folder; unknown codes are errors."""
    languages: list[Language] = []
    if not translations_dir.is_dir():
        return languages
    for folder in sorted(p for p in translations_dir.iterdir() if p.is_dir()):
        code = folder.name
        path = folder / "language.yml"
        if not is_known_language(code):
            problems.add(path if path.is_file() else folder, 1 if path.is_file() else 0,
                         "language-unknown",
                         f"translations/{code}/ is named after `{code}`, which is not a language "
                         "code Babel knows")
            continue
        if not path.is_file():
            problems.add(path, 0, "file-missing",
                         f"translations/{code}/ has no language.yml "
                         f"(run `mkcourse add-language {code}`)")
            continue
        try:
            data = load_yaml(path.read_text(encoding="utf-8"))
        except YamlError as error:
            problems.add(path, error.line, "yaml-invalid", error.message)
            continue
        values = read_fields(data, LANGUAGE_FIELDS, path, problems, "language.yml", line=1)
        native, english, direction = language_names(code)
        languages.append(
            Language(
                code=code,
                name=values["name"] or native,
                english_name=values["english_name"] or english,
                direction=values["direction"] or direction,
                status=values["status"] or "incubating",
                reviewers=values["reviewers"],
                pos=Pos(path, 1),
            )
        )
    return sorted(languages, key=lambda lang: (_STATUS_ORDER[lang.status], lang.code))


def _title(name: str) -> str:
    # Babel gives "español", "русский"; a language menu shows them capitalised.
    return name[:1].upper() + name[1:]
