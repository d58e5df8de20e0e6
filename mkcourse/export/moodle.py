"""Moodle XML: one question per quiz question, every language inside it as multilang spans.

Moodle's multilang filter (or the multilang2 plugin) then shows each learner their own
language. Order questions use the `ordering` question type (standard from Moodle 4.4;
a plugin before that).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from ..check import Project
from .questions import Versions, module_questions, module_title

__all__ = ["moodle_xml"]

# Moodle accepts only these grade fractions (as percentages).
_FRACTIONS = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
              16.66667, 14.28571, 12.5, 11.11111, 10, 5]


def _fraction(share: float) -> str:
    value = min(_FRACTIONS, key=lambda f: abs(f - share))
    return f"{value:g}"


def _multilang(texts: dict[str, str]) -> str:
    """Moodle multilang spans; a single language is written plainly."""
    unique = {code: text for code, text in texts.items() if text}
    if len(set(unique.values())) <= 1:
        return escape(next(iter(unique.values()), ""))
    return "".join(f'<span lang="{code}" class="multilang">{escape(text)}</span>'
                   for code, text in unique.items())


def _text(parent: ET.Element, tag: str, value: str, html: bool = True) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": "html"} if html else {})
    ET.SubElement(element, "text").text = value
    return element


def _field(v: Versions, get: object) -> str:
    return _multilang({code: get(q) for code, q in v.by_language.items()})  # type: ignore[operator]


def _question(quiz: ET.Element, v: Versions) -> None:
    q = v.source
    kinds = {"single": "multichoice", "multiple": "multichoice", "truefalse": "truefalse",
             "text": "shortanswer", "numeric": "numerical", "order": "ordering",
             "match": "matching"}
    element = ET.SubElement(quiz, "question", {"type": kinds[q.type]})
    name = ET.SubElement(element, "name")
    ET.SubElement(name, "text").text = q.id
    _text(element, "questiontext", _field(v, lambda x: x.prompt))
    _text(element, "generalfeedback", _field(v, lambda x: x.explanation))
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "idnumber").text = q.id
    _BODIES[q.type](element, v)


def _choices(element: ET.Element, v: Versions) -> None:
    q = v.source
    ET.SubElement(element, "single").text = "true" if q.type == "single" else "false"
    ET.SubElement(element, "shuffleanswers").text = "true"
    ET.SubElement(element, "answernumbering").text = "abc"
    right, wrong = len(q.correct_indexes), len(q.options) - len(q.correct_indexes)
    for i, option in enumerate(q.options):
        if option.correct:
            fraction = _fraction(100 / right)
        else:
            fraction = "0" if q.type == "single" else "-" + _fraction(100 / max(wrong, 1))
        answer = _text(element, "answer", _field(v, lambda x, i=i: x.options[i].text))
        answer.set("fraction", fraction)
        _text(answer, "feedback", _field(v, lambda x, i=i: x.options[i].feedback))


def _truefalse(element: ET.Element, v: Versions) -> None:
    for value in (True, False):
        answer = ET.SubElement(element, "answer", {"fraction": "100" if v.source.answer is value
                                                   else "0", "format": "moodle_auto_format"})
        ET.SubElement(answer, "text").text = "true" if value else "false"
        _text(answer, "feedback",
              _field(v, lambda x, value=value: x.feedback_true if value else x.feedback_false))


def _shortanswer(element: ET.Element, v: Versions) -> None:
    ET.SubElement(element, "usecase").text = "0"
    accepted = dict.fromkeys(a for q in v.by_language.values() for a in q.answers)
    for text in accepted:
        answer = ET.SubElement(element, "answer", {"fraction": "100", "format": "plain_text"})
        ET.SubElement(answer, "text").text = text


def _numerical(element: ET.Element, v: Versions) -> None:
    q = v.source
    answer = ET.SubElement(element, "answer", {"fraction": "100", "format": "plain_text"})
    ET.SubElement(answer, "text").text = f"{q.answer:g}" if q.answer is not None else ""
    ET.SubElement(answer, "tolerance").text = f"{q.tolerance:g}"
    if q.unit:
        units = ET.SubElement(element, "units")
        unit = ET.SubElement(units, "unit")
        ET.SubElement(unit, "multiplier").text = "1"
        ET.SubElement(unit, "unit_name").text = q.unit
        ET.SubElement(element, "unitgradingtype").text = "0"
        ET.SubElement(element, "showunits").text = "3"
        ET.SubElement(element, "unitsleft").text = "0"


def _ordering(element: ET.Element, v: Versions) -> None:
    ET.SubElement(element, "layouttype").text = "VERTICAL"
    ET.SubElement(element, "selecttype").text = "ALL"
    ET.SubElement(element, "gradingtype").text = "ABSOLUTE_POSITION"
    for i in range(len(v.source.items)):
        answer = _text(element, "answer", _field(v, lambda x, i=i: x.items[i]))
        answer.set("fraction", f"{i + 1}")


def _matching(element: ET.Element, v: Versions) -> None:
    ET.SubElement(element, "shuffleanswers").text = "true"
    for i in range(len(v.source.pairs)):
        sub = _text(element, "subquestion", _field(v, lambda x, i=i: x.pairs[i].left))
        answer = ET.SubElement(sub, "answer")
        ET.SubElement(answer, "text").text = _field(v, lambda x, i=i: x.pairs[i].right)


_BODIES = {"single": _choices, "multiple": _choices, "truefalse": _truefalse,
           "text": _shortanswer, "numeric": _numerical, "order": _ordering, "match": _matching}


def moodle_xml(project: Project) -> tuple[bytes, int]:
    """The whole course's questions as Moodle XML, and how many questions it holds."""
    quiz = ET.Element("quiz")
    count = 0
    for module, versions in module_questions(project):
        category = ET.SubElement(quiz, "question", {"type": "category"})
        titles = {code: module_title(project, module, code) for code in versions[0].by_language}
        path = f"$course$/{project.course.title}/{module.title}"
        _text(category, "category", path, html=False)
        _text(category, "info", _multilang(titles))
        for v in versions:
            _question(quiz, v)
            count += 1
    ET.indent(quiz)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode")
    return (text + "\n").encode("utf-8"), count

