"""Read ```quiz blocks (YAML inside a fenced block) from a page, with checks and file lines.

    ```quiz
    id: bid-reserve-picks
    type: single
    prompt: How many preliminary prices does each bidder pick?
    options:
      - text: "2"
        correct: true
      - text: "15"
        feedback: That is how many are drawn.
    explanation: ...
    ```
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..markdown_scan import Fence, iter_fences
from ..problems import Problems
from ..schema import Field, item_line, read_fields
from ..yamlpos import YamlError, line_of, load_yaml
from .model import QUESTION_TYPES, Option, Pair, Question

__all__ = ["QuizBlock", "quiz_fences", "parse_questions", "parse_block"]

COMMON = [
    Field("id", "slug"),
    Field("type", "str"),
    Field("explanation", "str", required=False, default=""),
    Field("hints", "list[str]", required=False, default=[]),
]
BY_TYPE: dict[str, list[Field]] = {
    "single": [Field("options", "list"), Field("answer", "str", required=False)],
    "multiple": [Field("options", "list"), Field("answer", "list[str]", required=False)],
    "truefalse": [Field("answer", "bool"), Field("feedback_true", "str", required=False),
                  Field("feedback_false", "str", required=False)],
    "text": [Field("answers", "list[str]")],
    "numeric": [Field("tolerance", "number", required=False,
                                                 default=0),
                Field("unit", "str", required=False, default="")],
    "order": [Field("items", "list[str]")],
    "match": [Field("pairs", "list")],
}
OPTION_FIELDS = [Field("text", "str"), Field("correct", "bool", required=False, default=False),
                 Field("feedback", "str", required=False, default="")]
PAIR_FIELDS = [Field("left", "str"), Field("right", "str")]


class QuizBlock:
    """A ```quiz fence and its parsed YAML (None when the YAML is invalid)."""

    def __init__(self, fence: Fence, data: Any) -> None:
        self.fence = fence
        self.data = data

    @property
    def id(self) -> str | None:
        value = self.data.get("id") if isinstance(self.data, dict) else None
        return value if isinstance(value, str) else None


def quiz_fences(body: str, body_line: int, path: Path, problems: Problems) -> list[QuizBlock]:
    blocks = []
    for fence in iter_fences(body, body_line):
        if fence.info.split()[:1] != ["quiz"]:
            continue
        try:
            data = load_yaml(fence.body, line_offset=fence.body_line - 1)
        except YamlError as error:
            problems.add(path, error.line, "yaml-invalid", f"quiz block: {error.message}")
            data = None
        blocks.append(QuizBlock(fence, data))
    return blocks


def parse_questions(body: str, body_line: int, path: Path, problems: Problems) -> list[Question]:
    """Every valid question of a source page; problems are reported with their lines."""
    questions = []
    for block in quiz_fences(body, body_line, path, problems):
        if block.data is None:
            continue
        question = parse_block(block, path, problems)
        if question is not None:
            questions.append(question)
    return questions


def parse_block(block: QuizBlock, path: Path, problems: Problems) -> Question | None:
    data, line = block.data, block.fence.line
    if not isinstance(data, dict):
        problems.add(path, line, "field-type", "a quiz block must be a mapping of fields")
        return None
    kind = data.get("type")
    if kind not in QUESTION_TYPES:
        problems.add(path, line_of(data, "type", line), "quiz-type-unknown",
                     f"question `{data.get('id')}` has type `{kind}`; "
                     f"use one of {', '.join(QUESTION_TYPES)}")
        return None
    where = f"question `{data.get('id')}`"
    # `prompt` and a numeric `answer` have rules of their own (quiz-empty,
    # quiz-numeric-invalid), so they are not checked as plain fields too.
    values = read_fields(data, COMMON + BY_TYPE[kind], path, problems, where, line=line,
                         allow_extra=("prompt", "answer") if kind == "numeric" else ("prompt",))
    if values["id"] is None:
        return None
    prompt = data.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        problems.add(path, line_of(data, "prompt", line), "quiz-empty", f"{where} has no prompt")
        return None
    question = Question(values["id"], kind, prompt.strip(), path, line,
                        values["explanation"], values["hints"])
    filler = _FILLERS[kind]
    return question if filler(question, data, values, path, problems) else None


def _fill_choice(q: Question, data: dict[str, Any], values: dict[str, Any], path: Path,
                 problems: Problems) -> bool:
    raw = values["options"] or []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            item = {"text": item}
        o = read_fields(item, OPTION_FIELDS, path, problems, f"option {i + 1} of `{q.id}`",
                        line=item_line(raw, i, q.line))
        q.options.append(Option(o["text"] or "", bool(o["correct"]), o["feedback"] or ""))
    if len(q.options) < 2:
        problems.add(path, line_of(data, "options", q.line), "quiz-empty",
                     f"question `{q.id}` needs at least 2 options")
        return False
    named = values["answer"]
    if named is not None:
        for text in [named] if isinstance(named, str) else named:
            matches = [o for o in q.options if o.text.strip() == text.strip()]
            if not matches:
                problems.add(path, line_of(data, "answer", q.line), "quiz-answer-not-option",
                             f"question `{q.id}` gives the answer {text!r}, which is not "
                             "one of its options")
                return False
            matches[0].correct = True
    count = len(q.correct_indexes)
    if count == 0:
        problems.add(path, q.line, "quiz-no-correct",
                     f"question `{q.id}` has no option marked `correct: true`")
        return False
    if q.type == "single" and count > 1:
        problems.add(path, q.line, "quiz-correct-count",
                     f"single-choice question `{q.id}` has {count} correct options; "
                     "use `type: multiple` or mark one")
        return False
    return True


def _fill_truefalse(q: Question, data: dict[str, Any], values: dict[str, Any], path: Path,
                    problems: Problems) -> bool:
    if values["answer"] is None:
        return False
    q.answer = bool(values["answer"])
    q.feedback_true = values["feedback_true"] or ""
    q.feedback_false = values["feedback_false"] or ""
    return True


def _fill_text(q: Question, data: dict[str, Any], values: dict[str, Any], path: Path,
               problems: Problems) -> bool:
    q.answers = values["answers"] or []
    if not q.answers:
        problems.add(path, line_of(data, "answers", q.line), "quiz-empty",
                     f"question `{q.id}` lists no accepted answer")
    return bool(q.answers)


def _fill_numeric(q: Question, data: dict[str, Any], values: dict[str, Any], path: Path,
                  problems: Problems) -> bool:
    answer = data.get("answer")
    if answer is None:
        problems.add(path, q.line, "field-missing", f"question `{q.id}` has no `answer` "
                     "(a number, written plainly)")
        return False
    if not isinstance(answer, int | float) or isinstance(answer, bool):
        problems.add(path, line_of(data, "answer", q.line), "quiz-numeric-invalid",
                     f"question `{q.id}` has the answer {answer!r}, which is not "
                     "a number; write it plainly, e.g. 120000000 or 62.6")
        return False
    if values["tolerance"] is not None and values["tolerance"] < 0:
        problems.add(path, line_of(data, "tolerance", q.line), "quiz-numeric-invalid",
                     f"question `{q.id}` has a negative tolerance")
        return False
    q.answer = float(answer)
    q.tolerance = float(values["tolerance"] or 0)
    q.unit = values["unit"] or ""
    return True


def _fill_order(q: Question, data: dict[str, Any], values: dict[str, Any], path: Path,
                problems: Problems) -> bool:
    q.items = values["items"] or []
    if len(q.items) < 2:
        problems.add(path, line_of(data, "items", q.line), "quiz-empty",
                     f"question `{q.id}` needs at least 2 items to put in order")
        return False
    return True


def _fill_match(q: Question, data: dict[str, Any], values: dict[str, Any], path: Path,
                problems: Problems) -> bool:
    raw = values["pairs"] or []
    for i, item in enumerate(raw):
        p = read_fields(item, PAIR_FIELDS, path, problems, f"pair {i + 1} of `{q.id}`",
                        line=item_line(raw, i, q.line))
        q.pairs.append(Pair(p["left"] or "", p["right"] or ""))
    if len(q.pairs) < 2:
        problems.add(path, line_of(data, "pairs", q.line), "quiz-empty",
                     f"question `{q.id}` needs at least 2 pairs to match")
        return False
    return True


_FILLERS = {"single": _fill_choice, "multiple": _fill_choice, "truefalse": _fill_truefalse,
            "text": _fill_text, "numeric": _fill_numeric, "order": _fill_order,
            "match": _fill_match}
