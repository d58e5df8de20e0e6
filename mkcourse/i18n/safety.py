"""Translations cannot add code. Translators are outside contributors: raw HTML that can run
script (<script>, <iframe>, <object>, on*= handlers, javascript: and data: URLs) is rejected
unless the source has the same construct. The same holds for interface catalogs: a translated
message may not add markup that its source message lacks."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

from ..markdown_scan import prose_lines
from ..problems import Problems

__all__ = ["check_page_safety", "check_catalog_safety"]

_INLINE_CODE = re.compile(r"`+[^`]*`+")
_DANGERS = [
    (re.compile(r"<\s*(script|iframe|object|embed|frame|frameset|applet|base|meta|link|style"
                r"|form|svg|math)\b", re.I), "a <{}> element"),
    (re.compile(r"\bon([a-z]+)\s*=", re.I), "an on{}= event handler"),
    (re.compile(r"\b(javascript|vbscript|data)\s*:", re.I), "a {}: URL"),
]
_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][\w-]*)")


def _constructs(text: str) -> list[str]:
    found: list[str] = []
    for pattern, label in _DANGERS:
        found.extend(label.format(m.group(1).lower()) for m in pattern.finditer(text))
    return found


def check_page_safety(source_body: str, body: str, body_line: int, path: Path,
                      problems: Problems) -> None:
    allowed = set(_constructs(_INLINE_CODE.sub("", source_body)))
    for line, text in prose_lines(body, body_line):
        for construct in _constructs(_INLINE_CODE.sub("", text)):
            if construct not in allowed:
                problems.add(path, line, "translation-unsafe",
                             f"{construct} is not allowed in a translation")


def check_catalog_safety(path: Path, problems: Problems) -> None:
    with path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id or not message.string:
            continue
        sources = [str(s) for s in (message.id if isinstance(message.id, tuple | list)
                                    else (message.id,))]
        targets = [str(s) for s in (message.string if isinstance(message.string, tuple | list)
                                    else (message.string,))]
        source_text = " ".join(sources)
        source_tags = {t.lower() for t in _TAG.findall(source_text)}
        known = set(_constructs(source_text))
        for target in targets:
            added = {t.lower() for t in _TAG.findall(target)} - source_tags
            dangers = [c for c in _constructs(target) if c not in known]
            if added or dangers:
                what = ", ".join([*(f"<{t}>" for t in sorted(added)), *dangers])
                problems.add(path, message.lineno or 0, "translation-unsafe",
                             f"the translation of {sources[0]!r} adds markup its source lacks: "
                             f"{what}")
