"""YAML loading that keeps line numbers, and front-matter splitting.

PyYAML's safe loader returns plain dicts and lists, which forget where each value came
from. Authors need `path:line` in every message, so mappings and sequences are loaded as
`PosDict` / `PosList`, which remember the line of each key and item (1-based, in the file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, SequenceNode

__all__ = ["PosDict", "PosList", "YamlError", "load_yaml", "split_front_matter", "line_of"]


class PosDict(dict[str, Any]):
    """A mapping that knows the file line of itself and of each key."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = 0
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class PosList(list[Any]):
    """A sequence that knows the file line of itself and of each item."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = 0
        self.item_lines: list[int] = []

    def line_at(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


@dataclass
class YamlError(Exception):
    """Invalid YAML, with the 1-based line where the parser stopped."""

    line: int
    message: str


def line_of(value: Any, key: str | None = None, default: int = 0) -> int:
    """Best line for `value[key]` (or `value` itself) when it was loaded by `load_yaml`."""
    if isinstance(value, PosDict):
        return value.line_of(key) if key is not None else value.line
    if isinstance(value, PosList):
        return value.line
    return default


class _PosLoader(yaml.SafeLoader):
    line_offset = 0

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> PosDict:  # type: ignore[override]
        result = PosDict({str(k): v for k, v in super().construct_mapping(node, deep=True).items()})
        result.line = node.start_mark.line + 1 + self.line_offset
        result.key_lines = {
            str(key_node.value): key_node.start_mark.line + 1 + self.line_offset
            for key_node, _ in node.value
        }
        return result

    def construct_sequence(self, node: SequenceNode, deep: bool = False) -> PosList:
        result = PosList(super().construct_sequence(node, deep=True))
        result.line = node.start_mark.line + 1 + self.line_offset
        result.item_lines = [item.start_mark.line + 1 + self.line_offset for item in node.value]
        return result


_PosLoader.add_constructor("tag:yaml.org,2002:map", _PosLoader.construct_mapping)
_PosLoader.add_constructor("tag:yaml.org,2002:seq", _PosLoader.construct_sequence)
# YAML 1.1 reads `yes`/`no`/`on`/`off` as booleans, `09:30` as the number 570 and
# `2024-08-26` as a date. Course text means all of those as plain text, so this loader
# resolves only the YAML 1.2 core forms: null, true/false, decimal integers and floats.
_PosLoader.yaml_implicit_resolvers = {}
_PosLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_PosLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
_PosLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_PosLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)


def load_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse YAML text; line numbers are shifted by `line_offset` (for embedded YAML)."""
    loader = _PosLoader(text)
    loader.line_offset = line_offset
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = error.problem or error.context or "invalid YAML"
        raise YamlError(line, problem) from None
    except yaml.YAMLError as error:
        raise YamlError(1 + line_offset, str(error)) from None
    finally:
        loader.dispose()


def split_front_matter(text: str) -> tuple[str | None, int, str, int]:
    """Split `---` front matter from a Markdown text.

    Returns (front matter text or None, its first line, body text, body's first line).
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return None, 0, text, 1
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "".join(lines[1:index]), 2, "".join(lines[index + 1 :]), index + 2
    # An opening fence with no closing one: treat everything as front matter so the
    # author gets a YAML error instead of a page that silently shows the metadata.
    return "".join(lines[1:]), 2, "", len(lines) + 1

