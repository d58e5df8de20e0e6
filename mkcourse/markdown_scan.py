"""Small, dependency-free scans of Markdown source: links, headings, fenced blocks.

These run on the author's text before rendering, so every hit keeps its file line.
They skip fenced code, where link-like text is an example, not a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Fence", "iter_fences", "iter_links", "iter_headings", "prose_lines"]

_FENCE_OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_INLINE_LINK = re.compile(
    r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"
)
_REF_DEF = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*#([\w-]+)[^}]*\})?\s*#*\s*$")
_INLINE_CODE = re.compile(r"`+[^`]*`+")


@dataclass
class Fence:
    info: str  # the info string, e.g. "quiz" or "python"
    body: str
    line: int  # file line of the opening fence
    body_line: int  # file line of the first body line
    end_line: int  # file line of the closing fence


def iter_fences(body: str, first_line: int) -> Iterator[Fence]:
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        fence = m.group("fence")
        start = i
        i += 1
        while i < len(lines) and not (
            lines[i].strip().startswith(fence[0] * len(fence)) and lines[i].strip(fence[0]) == ""
        ):
            i += 1
        yield Fence(m.group("info").strip(), "\n".join(lines[start + 1 : i]) + "\n",
                    first_line + start, first_line + start + 1, first_line + min(i, len(lines)))
        i += 1


def prose_lines(body: str, first_line: int) -> Iterator[tuple[int, str]]:
    """(file line, text) for each line outside fenced code."""
    fenced: set[int] = set()
    for fence in iter_fences(body, first_line):
        fenced.update(range(fence.line, fence.end_line + 1))
    for offset, text in enumerate(body.splitlines()):
        if first_line + offset not in fenced:
            yield first_line + offset, text


def iter_links(body: str, first_line: int) -> Iterator[tuple[int, str, bool]]:
    """(line, target, is_image) for inline links, images and reference definitions."""
    for line, text in prose_lines(body, first_line):
        text = _INLINE_CODE.sub("", text)
        for m in _INLINE_LINK.finditer(text):
            yield line, m.group(2), m.group(1) == "!"
        ref = _REF_DEF.match(text)
        if ref:
            yield line, ref.group(1), False


def iter_headings(body: str, first_line: int) -> Iterator[tuple[int, int, str, str | None]]:
    """(line, level, text, explicit id or None) for ATX headings outside code."""
    for line, text in prose_lines(body, first_line):
        m = _HEADING.match(text)
        if m:
            yield line, len(m.group(1)), m.group(2).strip(), m.group(3)
