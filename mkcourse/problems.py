"""Problems found in a course, the table of rules, and the grouped report people read.

Every check yields `Problem(path, line, rule, detail)`. One table, `RULES`, maps each rule
to its severity, a title and a fix hint, so messages stay consistent and documented in one
place (the authors' handbook lists the same table).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

__all__ = ["Problem", "Problems", "Rule", "RULES", "format_report"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Rule:
    severity: Severity
    title: str
    hint: str


RULES: dict[str, Rule] = {
    "yaml-invalid": Rule(
        "error",
        "Invalid YAML",
        "Check the indentation, and quote text that contains ': ' or starts with a special "
        "character such as *, &, [, { or >.",
    ),
    "file-missing": Rule(
        "error",
        "A required file is missing",
        "Create the file; `mkcourse new-module` writes a module skeleton.",
    ),
    "field-missing": Rule(
        "error",
        "A required field is missing",
        "Add the field. The authors' handbook (docs/authors.md) lists every field.",
    ),
    "field-type": Rule(
        "error",
        "A field has the wrong type or value",
        "Give the field the kind of value shown in the message; the authors' handbook has "
        "an example of each.",
    ),
    "field-unknown": Rule(
        "warning",
        "An unknown field is ignored",
        "Check the spelling of the field name against the authors' handbook.",
    ),
    "id-duplicate": Rule(
        "error",
        "Two items share one id",
        "Ids must be unique. Give one of them a new id; never reuse the id of something else, "
        "because saved quiz progress and translations are keyed by it.",
    ),
    "module-unknown": Rule(
        "error",
        "course.yml names a module that does not exist",
        "Use the `id` from the front matter of a module's index.md, or create the module.",
    ),
    "module-unlisted": Rule(
        "warning",
        "A module is not listed in course.yml",
        "Add its id to `modules:` in curriculum/course.yml, or delete the folder.",
    ),
    "prerequisite-unknown": Rule(
        "error",
        "A prerequisite names a module that does not exist",
        "Prerequisites are module ids; check the spelling or remove the entry.",
    ),
    "prerequisite-cycle": Rule(
        "error",
        "Prerequisites form a cycle",
        "A module cannot depend on itself through other modules; remove one prerequisite "
        "from the cycle.",
    ),
    "prerequisite-order": Rule(
        "warning",
        "A prerequisite comes later in the course",
        "Move the prerequisite module earlier in `modules:` of course.yml.",
    ),
    "schedule-module-unknown": Rule(
        "error",
        "The schedule names a module that does not exist",
        "Each session's `module:` must be a module id listed in `modules:` of course.yml.",
    ),
    "language-unknown": Rule(
        "error",
        "Unknown language code",
        "Use a BCP 47 code that Babel knows, such as ko, ru, si, km, ur or zh-Hans.",
    ),
    "link-broken": Rule(
        "error",
        "A link points to a page or file that does not exist",
        "Fix the relative path; links between pages point at the .md file, "
        "e.g. ../02-procurement-system/index.md.",
    ),
    "quiz-type-unknown": Rule(
        "error",
        "A question has an unknown type",
        "Use one of: single, multiple, truefalse, text, numeric, order, match.",
    ),
    "quiz-empty": Rule(
        "error",
        "A question is empty",
        "Give it a prompt and what its type needs: options, accepted answers, items or pairs.",
    ),
    "quiz-no-correct": Rule(
        "error",
        "A question has no correct answer",
        "Mark the right option with `correct: true` (or name it in `answer:`).",
    ),
    "quiz-correct-count": Rule(
        "error",
        "A single-choice question has more than one correct answer",
        "Mark exactly one option correct, or make it `type: multiple`.",
    ),
    "quiz-answer-not-option": Rule(
        "error",
        "A correct answer is not among the options",
        "`answer:` must repeat the text of one of the options exactly.",
    ),
    "quiz-numeric-invalid": Rule(
        "error",
        "A numeric answer is not a number",
        "Write the number plainly in YAML, without units or thousands separators: "
        "120000000, 62.6. Put the unit in `unit:`.",
    ),
    "quiz-translation-mismatch": Rule(
        "error",
        "A translated quiz does not match its source",
        "A translation changes text only: keep the question ids, their order, the number of "
        "options, items and pairs, and every `correct:` mark and numeric answer as in the source.",
    ),
    "quiz-translation-missing": Rule(
        "warning",
        "A translated page lacks a question",
        "Translate the question; until then it is shown from the source with a notice.",
    ),
    "translation-parity": Rule(
        "error",
        "A published translation does not keep what its source has",
        "Keep every heading id, link, image and figure of the source, written the same way "
        "or as your language writes numbers. A changed figure misinforms readers.",
    ),
    "translation-parity-draft": Rule(
        "warning",
        "A draft translation does not keep what its source has",
        "Keep every heading id, link, image and figure of the source; this becomes an error "
        "when the language is published.",
    ),
    "translation-unsafe": Rule(
        "error",
        "A translation adds code",
        "Translations carry text only: remove the HTML element, event handler or URL scheme.",
    ),
    "glossary-verbatim": Rule(
        "warning",
        "A name that must not be translated is missing",
        "Write the name exactly as in the source at least once, e.g. KONEPS or 나라장터.",
    ),
    "translation-orphan": Rule(
        "warning",
        "A translated file has no source file",
        "The source was renamed or removed: rename or delete the translated file.",
    ),
}


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    rule: str
    detail: str

    @property
    def severity(self) -> Severity:
        return RULES[self.rule].severity

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class Problems:
    """Collects problems; paths are shown relative to the project root."""

    root: Path
    items: list[Problem] = field(default_factory=list)

    def add(self, path: Path | str, line: int, rule: str, detail: str) -> None:
        if rule not in RULES:
            raise KeyError(f"unknown rule {rule!r}")
        self.items.append(Problem(self.relative(path), line, rule, detail))

    def relative(self, path: Path | str) -> str:
        candidate = Path(path)
        try:
            return candidate.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return candidate.as_posix()

    def extend(self, other: Iterable[Problem]) -> None:
        self.items.extend(other)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "warning"]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def format_report(problems: Iterable[Problem], files_checked: int) -> str:
    """The grouped report: a count, then each rule with its hint, then one line per place."""
    items = sorted(set(problems),
                   key=lambda p: (RULES[p.rule].severity, p.rule, p.path, p.line, p.detail))
    if not items:
        return f"mkcourse check: no problems in {_plural(files_checked, 'file')}.\n"
    errors = sum(1 for p in items if p.severity == "error")
    warnings = len(items) - errors
    files = len({p.path for p in items})
    lines = [
        f"mkcourse check: {_plural(errors, 'error')} and {_plural(warnings, 'warning')} "
        f"in {files} of {_plural(files_checked, 'file')}.",
    ]
    for rule_name in dict.fromkeys(p.rule for p in items):
        rule = RULES[rule_name]
        group = [p for p in items if p.rule == rule_name]
        lines.append("")
        lines.append(f"{rule.severity} [{rule_name}] {rule.title} ({len(group)})")
        lines.append(f"  hint: {rule.hint}")
        lines.extend(f"  {p.location()}: {p.detail}" for p in group)
    return "\n".join(lines) + "\n"
