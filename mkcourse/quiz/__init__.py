"""Quizzes: Markdown syntax, checks, grading rules, HTML rendering and exports."""

from .model import QUESTION_TYPES, Option, Question

__all__ = ["QUESTION_TYPES", "Option", "Question"]
