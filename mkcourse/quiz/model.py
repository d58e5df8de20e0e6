"""Quiz questions as plain data. The answer key lives once, in the source question."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["QUESTION_TYPES", "Option", "Pair", "Question"]

# The vocabulary of question types: parser, renderer, exports and the handbook all read it.
QUESTION_TYPES = ("single", "multiple", "truefalse", "text", "numeric", "order", "match")


@dataclass
class Option:
    text: str
    correct: bool = False
    feedback: str = ""


@dataclass
class Pair:
    left: str
    right: str


@dataclass
class Question:
    id: str
    type: str
    prompt: str
    path: Path
    line: int  # file line of the ```quiz fence
    explanation: str = ""
    hints: list[str] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)  # single, multiple
    answer: bool | float | None = None  # truefalse, numeric
    tolerance: float = 0.0  # numeric, absolute
    unit: str = ""  # numeric
    answers: list[str] = field(default_factory=list)  # text: accepted answers
    items: list[str] = field(default_factory=list)  # order: in the correct order
    pairs: list[Pair] = field(default_factory=list)  # match
    feedback_true: str = ""
    feedback_false: str = ""

    @property
    def correct_indexes(self) -> list[int]:
        return [i for i, option in enumerate(self.options) if option.correct]

    def key(self) -> dict[str, object]:
        """The answer key the browser grades against (language-neutral)."""
        if self.type in ("single", "multiple"):
            return {"correct": self.correct_indexes}
        if self.type == "truefalse":
            return {"answer": self.answer}
        if self.type == "numeric":
            return {"answer": self.answer, "tolerance": self.tolerance}
        if self.type == "text":
            return {"answers": self.answers}
        if self.type == "order":
            return {"count": len(self.items)}
        return {"count": len(self.pairs)}
