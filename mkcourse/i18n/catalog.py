"""UI strings: gettext catalogs (Babel .po files), one per language.

The source language uses the msgids themselves. Catalogs are read straight from the .po
files, so a translator's edit shows on the next build with no compile step.
"""

from __future__ import annotations

import gettext
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from .languages import babel_locale
from .theme_strings import CONTEXT

__all__ = ["catalog_path", "load_ui_translations", "theme_texts", "POT_PATH"]

POT_PATH = Path("translations") / "messages.pot"


def catalog_path(root: Path, code: str) -> Path:
    return root / "translations" / code / "LC_MESSAGES" / "messages.po"


def load_ui_translations(root: Path, code: str) -> gettext.NullTranslations:
    """gettext translations for `code`; untranslated and fuzzy messages fall back to English."""
    path = catalog_path(root, code)
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        locale = babel_locale(code)  # None for a language Babel has only a name for
        catalog = read_po(handle, locale=locale, ignore_obsolete=True)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer)


def theme_texts(root: Path, code: str) -> dict[str, str]:
    """The theme's interface strings as translated in our catalog (by theme key)."""
    path = catalog_path(root, code)
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=babel_locale(code), ignore_obsolete=True)
    return {message.context[len(CONTEXT):]: str(message.string)
            for message in catalog
            if message.context and message.context.startswith(CONTEXT)
            and message.string and not message.fuzzy}
