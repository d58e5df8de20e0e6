"""One schema style for every YAML mapping an author writes (course, module, glossary, ...).

A `Field` names a key, the kind of value it takes, and whether it is required. `read_fields`
checks a mapping against a list of fields, reports each problem with its line, and returns
the values it could read (defaults for the rest), so checking can go on after an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .problems import Problems
from .yamlpos import PosDict, PosList, line_of

__all__ = ["Field", "read_fields", "SLUG", "TIME"]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")

KINDS: dict[str, str] = {
    "str": "text",
    "int": "a whole number",
    "number": "a number, written plainly (120000000, 62.6)",
    "bool": "true or false",
    "list[str]": "a list of texts",
    "list": "a list",
    "dict": "a mapping of keys to values",
    "slug": "an id in lowercase letters, digits and hyphens, e.g. e-bidding",
    "time": "a time as HH:MM, e.g. 09:30",
}


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # a key of KINDS
    required: bool = True
    default: Any = None
    choices: Sequence[str] = ()
    check: Callable[[Any], str | None] | None = None  # returns a message when wrong


def _matches(kind: str, value: Any) -> bool:
    if kind in ("str", "slug", "time"):
        ok = isinstance(value, str) and value.strip() != ""
        if ok and kind == "slug":
            ok = bool(SLUG.match(value))
        if ok and kind == "time":
            ok = bool(TIME.match(value))
        return ok
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list[str]":
        return isinstance(value, list) and all(
            isinstance(v, str) and v.strip() for v in value
        )
    if kind == "list":
        return isinstance(value, list)
    if kind == "dict":
        return isinstance(value, dict)
    raise KeyError(kind)


def read_fields(
    data: Any,
    fields: Sequence[Field],
    path: Path,
    problems: Problems,
    where: str,
    line: int = 0,
    allow_extra: Sequence[str] = (),
) -> dict[str, Any]:
    """Check `data` (a mapping from YAML) against `fields`; return what could be read."""
    values: dict[str, Any] = {f.name: f.default for f in fields}
    if not isinstance(data, dict):
        problems.add(path, line_of(data, default=line), "field-type",
                     f"{where} must be a mapping of fields (key: value)")
        return values
    known = {f.name for f in fields} | set(allow_extra)
    for f in fields:
        at = data.line_of(f.name) if isinstance(data, PosDict) else line
        if f.name not in data or data[f.name] is None:
            if f.required:
                problems.add(path, line_of(data, default=line), "field-missing",
                             f"{where} has no `{f.name}` ({KINDS[f.kind]})")
            continue
        value = data[f.name]
        if not _matches(f.kind, value):
            problems.add(path, at, "field-type",
                         f"`{f.name}` in {where} must be {KINDS[f.kind]}, not {_show(value)}")
            continue
        if f.choices and value not in f.choices:
            problems.add(path, at, "field-type",
                         f"`{f.name}` in {where} must be one of {', '.join(f.choices)}, "
                         f"not {_show(value)}")
            continue
        message = f.check(value) if f.check else None
        if message:
            problems.add(path, at, "field-type", f"`{f.name}` in {where} {message}")
            continue
        values[f.name] = [v.strip() for v in value] if f.kind == "list[str]" else value
    for key in data:
        if key not in known:
            at = data.line_of(key) if isinstance(data, PosDict) else line
            problems.add(path, at, "field-unknown", f"{where} has an unknown field `{key}`")
    return values


def item_line(seq: Any, index: int, default: int) -> int:
    return seq.line_at(index) if isinstance(seq, PosList) else default


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"{value!r}" if value.strip() else "an empty text"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)
