"""Merge a translated page's quiz blocks with the source questions.

A translation supplies text only. The answer key (correct marks, numeric answers and
tolerances, the order of items, the pairs) always comes from the source; a translation that
disagrees with it is an error naming both files.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..problems import Problems
from .model import Option, Pair, Question
from .parse import quiz_fences

__all__ = ["merge_translated_questions"]


def merge_translated_questions(source: list[Question], source_ids: set[str], body: str,
                               body_line: int, path: Path,
                               problems: Problems) -> dict[str, Question]:
    """Questions of a translated page: source keys with the translated texts.

    `source_ids` holds the id of every quiz block of the source page, valid or not: a
    question whose source is broken is reported there, not again here.
    """
    by_id: dict[str, Question] = {}
    for q in source:
        by_id.setdefault(q.id, q)
    merged: dict[str, Question] = {}
    mismatched: set[str] = set()
    order: list[str] = []
    for block in quiz_fences(body, body_line, path, problems):
        data, line = block.data, block.fence.line
        if not isinstance(data, dict):
            continue
        qid = block.id
        original = by_id.get(qid or "")
        if original is None and qid in source_ids:
            continue
        if original is None:
            problems.add(path, line, "quiz-translation-mismatch",
                         f"question `{qid}` is not in the source page "
                         f"{problems.relative(source[0].path) if source else ''}".rstrip())
            continue
        mismatch = _key_difference(original, data)
        if mismatch:
            problems.add(path, line, "quiz-translation-mismatch",
                         f"question `{qid}` does not match the source "
                         f"{_where(problems, original)}: {mismatch}")
            mismatched.add(original.id)
            continue
        merged[original.id] = _with_texts(original, data)
        order.append(original.id)
    expected = [q for q in by_id if q in merged]
    if order != expected:
        problems.add(path, body_line, "quiz-translation-mismatch",
                     f"questions are in the order {', '.join(order)}; the source "
                     f"{problems.relative(source[0].path)} has {', '.join(expected)}")
    for question in by_id.values():
        if question.id not in merged and question.id not in mismatched:
            problems.add(path, body_line, "quiz-translation-missing",
                         f"question `{question.id}` ({_where(problems, question)}) is not "
                         "translated here; it is shown from the source")
    return merged


def _where(problems: Problems, question: Question) -> str:
    return f"{problems.relative(question.path)}:{question.line}"


def _key_difference(q: Question, data: dict[str, Any]) -> str | None:
    """How the translated block's structure differs from the source, or None."""
    if data.get("type", q.type) != q.type:
        return f"type `{data.get('type')}` here, `{q.type}` in the source"
    if q.type in ("single", "multiple"):
        options = data.get("options")
        if not isinstance(options, list):
            options = []
        count = len(options)
        if count != len(q.options):
            return f"{count} options here, {len(q.options)} in the source"
        marks = [bool(o.get("correct")) if isinstance(o, dict) else False for o in options]
        if any(marks) and marks != [o.correct for o in q.options]:
            here = ", ".join(str(i + 1) for i, m in enumerate(marks) if m)
            there = ", ".join(str(i + 1) for i in q.correct_indexes)
            return f"option {here} marked correct here, option {there} in the source"
    if q.type in ("truefalse", "numeric") and "answer" in data and data["answer"] != q.answer:
        return f"the answer is {data['answer']!r} here, {q.answer!r} in the source"
    if q.type == "numeric" and "tolerance" in data and data["tolerance"] != q.tolerance:
        return f"the tolerance is {data['tolerance']!r} here, {q.tolerance!r} in the source"
    for name, items in (("items", q.items), ("pairs", q.pairs)):
        count = len(data[name]) if isinstance(data.get(name), list) else 0
        if items and count != len(items):
            return f"{count} {name} here, {len(items)} in the source"
    return None


def _text(data: dict[str, Any], key: str, default: str) -> str:
    value = data.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else default


def _with_texts(original: Question, data: dict[str, Any]) -> Question:
    q = copy.deepcopy(original)
    q.prompt = _text(data, "prompt", q.prompt)
    q.explanation = _text(data, "explanation", q.explanation)
    hints = data.get("hints")
    if isinstance(hints, list) and all(isinstance(h, str) for h in hints):
        q.hints = hints
    q.feedback_true = _text(data, "feedback_true", q.feedback_true)
    q.feedback_false = _text(data, "feedback_false", q.feedback_false)
    q.unit = _text(data, "unit", q.unit)
    if q.options:
        q.options = [
            Option(_text(o, "text", src.text) if isinstance(o, dict) else
                   (o if isinstance(o, str) else src.text),
                   src.correct,
                   _text(o, "feedback", src.feedback) if isinstance(o, dict) else src.feedback)
            for o, src in zip(data["options"], original.options, strict=True)
        ]
    if q.items:
        q.items = [i if isinstance(i, str) else s for i, s in zip(data["items"], q.items,
                                                                   strict=True)]
    if q.pairs:
        q.pairs = [Pair(_text(p, "left", s.left), _text(p, "right", s.right))
                   if isinstance(p, dict) else s
                   for p, s in zip(data["pairs"], q.pairs, strict=True)]
    if q.type == "text":
        extra = data.get("answers")
        if isinstance(extra, list):
            # A translation may accept answers in its own language, besides the source's.
            q.answers = list(dict.fromkeys([*map(str, extra), *original.answers]))
    return q

