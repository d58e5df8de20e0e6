"""GIFT, Moodle's plain-text question format, for one language.

GIFT has no ordering type: an order question is written as a matching question that pairs
each item with its position.
"""

from __future__ import annotations

from ..check import Project
from ..quiz.model import Question
from .questions import module_questions, module_title

__all__ = ["gift_text"]

_SPECIAL = "~=#{}:"


def _e(text: str) -> str:
    """Escape GIFT's special characters and keep a question on one logical line."""
    out = " ".join(text.split())
    for char in "\\" + _SPECIAL:
        out = out.replace(char, "\\" + char)
    return out


def _feedback(text: str) -> str:
    return f" #{_e(text)}" if text else ""


def _body(q: Question, ordinal: list[str]) -> str:
    if q.type == "single":
        lines = [f"{'=' if o.correct else '~'}{_e(o.text)}{_feedback(o.feedback)}"
                 for o in q.options]
    elif q.type == "multiple":
        plus = 100 / len(q.correct_indexes)
        minus = 100 / max(len(q.options) - len(q.correct_indexes), 1)
        lines = [f"~%{plus:g}%{_e(o.text)}{_feedback(o.feedback)}" if o.correct else
                 f"~%-{minus:g}%{_e(o.text)}{_feedback(o.feedback)}" for o in q.options]
    elif q.type == "truefalse":
        wrong, right = (q.feedback_false, q.feedback_true) if q.answer else \
            (q.feedback_true, q.feedback_false)
        lines = [f"{'TRUE' if q.answer else 'FALSE'}{_feedback(wrong)}{_feedback(right)}"]
    elif q.type == "text":
        lines = [f"={_e(a)}" for a in q.answers]
    elif q.type == "numeric":
        lines = [f"#{q.answer:g}:{q.tolerance:g}"]
    elif q.type == "match":
        lines = [f"={_e(p.left)} -> {_e(p.right)}" for p in q.pairs]
    else:
        lines = [f"={_e(item)} -> {ordinal[i] if i < len(ordinal) else i + 1}"
                 for i, item in enumerate(q.items)]
    if q.explanation:
        lines.append(f"####{_e(q.explanation)}")
    return "{\n\t" + "\n\t".join(lines) + "\n}"


def gift_text(project: Project, code: str, ordinal: list[str]) -> tuple[str, int]:
    """The course's questions in language `code` as GIFT, and how many there are."""
    out: list[str] = []
    count = 0
    for module, versions in module_questions(project):
        title = module_title(project, module, code)
        out.append(f"$CATEGORY: $course$/{_e(project.course.title)}/{_e(title)}\n")
        for v in versions:
            q = v.by_language.get(code, v.source)
            unit = f" ({_e(q.unit)})" if q.type == "numeric" and q.unit else ""
            out.append(f"::{q.id}:: {_e(q.prompt)}{unit} {_body(q, ordinal)}\n")
            count += 1
    return "\n".join(out), count
