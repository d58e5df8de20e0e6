"""Turn ```quiz blocks into the HTML the widget (assets/quiz.js) brings to life.

Text comes from the reader's language; the key always from the source question. Options
of order and match questions are shuffled with a seed taken from the question id, so every
language and every build shows the same order.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

from ..markdown_scan import iter_fences
from ..yamlpos import YamlError, load_yaml
from .model import Question

__all__ = ["replace_quiz_blocks", "question_context", "shuffled"]


def shuffled(question_id: str, count: int) -> list[int]:
    """A fixed permutation of range(count) for this question; never the identity."""
    order = list(range(count))
    random.Random(question_id).shuffle(order)
    if count > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


def question_context(question: Question, number: int) -> dict[str, Any]:
    """Everything the question template needs, with the key as JSON for the widget."""
    key: dict[str, Any] = dict(question.key())
    key["type"] = question.type
    if question.type in ("single", "multiple"):
        key["feedback"] = [o.feedback for o in question.options]
    if question.type == "truefalse":
        key["feedback"] = [question.feedback_true, question.feedback_false]
    context: dict[str, Any] = {"q": question, "number": number, "dom_id": f"q-{question.id}",
                               "key_json": json.dumps(key, ensure_ascii=False)}
    if question.type == "order":
        context["order"] = [(i, question.items[i]) for i in shuffled(question.id,
                                                                     len(question.items))]
    if question.type == "match":
        context["rights"] = [(i, question.pairs[i].right)
                             for i in shuffled(question.id, len(question.pairs))]
    return context


def replace_quiz_blocks(body: str, body_line: int, render: Callable[[str | None, int], str],
                        tail: Callable[[], str] | None = None) -> str:
    """Replace each ```quiz fence by `render(question id, fence index)`; add `tail()` at the end."""
    lines = body.splitlines(keepends=True)
    out: list[str] = []
    position = 0
    index = 0
    for fence in iter_fences(body, body_line):
        if fence.info.split()[:1] != ["quiz"]:
            continue
        start, end = fence.line - body_line, fence.end_line - body_line
        out.append("".join(lines[position:start]))
        out.append(render(_block_id(fence.body), index))
        index += 1
        position = end + 1
    out.append("".join(lines[position:]))
    if tail is not None:
        out.append(tail())
    return "".join(out)


def _block_id(yaml_text: str) -> str | None:
    try:
        data = load_yaml(yaml_text)
    except YamlError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None
