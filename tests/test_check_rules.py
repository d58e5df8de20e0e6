"""Each rule has a bad-input fixture in tests/fixtures/bad/<case>/ (files laid over the sample
course) and the exact report a person reads in expected.txt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE, copy_project, run_mkcourse

BAD = REPO / "tests" / "fixtures" / "bad"
CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir())


def test_sample_course_has_only_the_intended_warning():
    result = run_mkcourse("check", "--root", str(SAMPLE))
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("mkcourse check: 0 errors and 1 warning in 1 of ")
    assert ("translations/ko/modules/02-tendering/quiz.md:5: question `tnd-match` "
            "(curriculum/modules/02-tendering/quiz.md:76) is not translated here") in result.stdout
    assert run_mkcourse("check", "--strict", "--root", str(SAMPLE)).returncode == 1


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_the_exact_report(case: str, tmp_path: Path):
    project = copy_project(SAMPLE, tmp_path / "course")
    for path in (BAD / case).rglob("*"):
        if path.is_file() and path.name != "expected.txt":
            target = project / path.relative_to(BAD / case)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    result = run_mkcourse("check", "--root", str(project))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    expected = (BAD / case / "expected.txt").read_text(encoding="utf-8")
    assert result.stdout == expected


def test_every_rule_that_authors_can_break_has_a_case():
    needed = {"yaml-invalid", "field-missing", "field-type", "module-unknown", "id-duplicate",
              "prerequisite-cycle", "language-unknown", "link-broken",
              "schedule-module-unknown", "quiz-no-correct", "quiz-answer-not-option",
              "quiz-type-unknown", "quiz-empty", "quiz-numeric-invalid",
              "quiz-translation-mismatch"}
    covered = set()
    for case in CASES:
        text = (BAD / case / "expected.txt").read_text(encoding="utf-8")
        covered |= {rule for rule in needed if f"[{rule}]" in text}
    assert needed <= covered
