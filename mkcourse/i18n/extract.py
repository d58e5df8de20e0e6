"""Extract interface strings into translations/messages.pot and merge them into each catalog.

Strings come from the package's Jinja templates and Python code (`_()`, `_n()`). The .pot
and every translations/<lang>/LC_MESSAGES/messages.po are rewritten only when their
messages change; the dates in the header alone never count as a change.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from .catalog import POT_PATH, catalog_path
from .languages import babel_locale
from .theme_strings import CONTEXT, theme_messages, theme_translation

__all__ = ["extract_template", "update_catalogs", "prefill_theme", "EPOCH"]

_METHODS = [("templates/**.j2", "jinja2"), ("**.py", "python")]
_OPTIONS = {"templates/**.j2": {"extensions": "jinja2.ext.i18n", "trimmed": "false"}}
_KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "_n": (1, 2)}
# A fixed date keeps the .pot byte-identical between runs on unchanged code.
EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def extract_template(project: str) -> Catalog:
    package_dir = Path(str(resources.files("mkcourse")))
    catalog = Catalog(project=project, creation_date=EPOCH, revision_date=EPOCH,
                      msgid_bugs_address="", copyright_holder="", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(package_dir), _METHODS, _OPTIONS, _KEYWORDS, strip_comment_tags=True
    ):
        catalog.add(message, None, [(f"mkcourse/{filename}", lineno)],
                    auto_comments=comments, context=context)
    for key, text in theme_messages().items():
        catalog.add(text, None, auto_comments=[f"Theme (Material for MkDocs) string `{key}`"],
                    context=CONTEXT + key)
    return catalog


def _dump(catalog: Catalog) -> bytes:
    buffer = BytesIO()
    # File names without line numbers: moving code does not make catalogs out of date.
    write_po(buffer, catalog, width=90, sort_output=True, include_previous=True,
             include_lineno=False)
    return buffer.getvalue()


def _without_dates(data: bytes) -> bytes:
    return b"\n".join(line for line in data.splitlines()
                      if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date')))


def _write_if_changed(path: Path, data: bytes, write: bool) -> bool:
    if path.is_file() and _without_dates(path.read_bytes()) == _without_dates(data):
        return False
    if write:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return True


def prefill_theme(catalog: Catalog, code: str) -> None:
    """Fill untranslated theme strings from the theme's own translation, when it has one."""
    theirs = theme_translation(code)
    for message in catalog:
        if (message.context and message.context.startswith(CONTEXT)
                and (not message.string or message.fuzzy)):
            key = message.context[len(CONTEXT):]
            if theirs.get(key):
                message.string = theirs[key]
                message.flags.discard("fuzzy")


def update_catalogs(root: Path, write: bool = True) -> list[Path]:
    """Refresh the .pot and every language's catalog; return the files that changed."""
    template = extract_template("mkcourse")
    changed: list[Path] = []
    if _write_if_changed(root / POT_PATH, _dump(template), write):
        changed.append(POT_PATH)
    translations = root / "translations"
    for folder in sorted(p for p in translations.iterdir() if p.is_dir()):
        path = catalog_path(root, folder.name)
        locale = babel_locale(folder.name)
        if path.is_file():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=locale)
        else:
            catalog = Catalog(locale=locale, project="mkcourse", creation_date=EPOCH,
                              revision_date=EPOCH, fuzzy=False)
        catalog.update(template, update_header_comment=False)
        prefill_theme(catalog, folder.name)
        if _write_if_changed(path, _dump(catalog), write):
            changed.append(path.relative_to(root))
    return changed
