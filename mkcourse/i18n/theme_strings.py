"""The theme's own interface strings (Material for MkDocs), kept in our gettext catalogs.

Material ships one partial per language (partials/languages/<code>.html). Its strings join
our catalogs with the context `material:<key>`, so a translator has one file for all the
interface text. For a language Material has, they are pre-filled from its partial; for one it
lacks (km, ky, lo, ne, dv, ...), the build writes the partial from the catalog, falling back
to English key by key. Reading the theme's files needs no MkDocs import.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from pathlib import Path

__all__ = ["CONTEXT", "theme_messages", "theme_translation", "partial_source"]

CONTEXT = "material:"
_ENTRY = re.compile(r'^\s*"([\w.\-]+)":\s*"((?:[^"\\]|\\.)*)",?\s*$', re.MULTILINE)
# Settings, not text: never translated in the catalog.
_SETTINGS = ("language", "direction", "search.config.lang", "search.config.pipeline",
             "search.config.separator")


@cache
def _languages_dir() -> Path | None:
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates" / "partials"
    return folder / "languages"


@cache
def _partial(code: str) -> dict[str, str]:
    folder = _languages_dir()
    path = folder / f"{code}.html" if folder else None
    if path is None or not path.is_file():
        return {}
    return {key: json.loads(f'"{value}"')
            for key, value in _ENTRY.findall(path.read_text(encoding="utf-8"))}


def theme_messages() -> dict[str, str]:
    """Material's English interface strings by key, settings left out."""
    return {k: v for k, v in _partial("en").items() if k not in _SETTINGS}


def theme_translation(code: str) -> dict[str, str]:
    """Material's own translation of its strings into `code` (empty when it has none)."""
    return {k: v for k, v in _partial(code).items() if k not in _SETTINGS}


def partial_source(code: str, direction: str, texts: dict[str, str]) -> str:
    """A Material language partial for `code`: our catalog's texts (by key) over Material's
    own translation over English. Translators' corrections of theme strings thus reach the
    site; search settings stay Material's where it has the language."""
    own = _partial(code)
    values = {**_partial("en"), **own, **{k: v for k, v in texts.items() if v}}
    values.update({"language": code, "direction": direction})
    if not own:
        # lunr has no stemmer for these languages: split on spaces (and zero-width spaces).
        values.update({"search.config.lang": "en", "search.config.pipeline": "",
                       "search.config.separator": "[\\s\\u200b\\-]+"})
    body = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                      for k, v in values.items())
    return ("{#- Written by mkcourse from translations/" + code + "/LC_MESSAGES/messages.po -#}\n"
            "{% macro t(key) %}{{ {\n" + body + "\n}[key] }}{% endmacro %}\n")
