"""Paired fixtures, one per parity rule: a source page, its translation, and the report.

Each case in tests/fixtures/parity/<case>/ has source.md, translated.md, optionally `lang`
(default ko) and `status` (default beta), and expected.txt: the report lines a person reads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE, copy_project, run_mkcourse

CASES = REPO / "tests" / "fixtures" / "parity"
NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())
PAGE = "modules/02-tendering/parity.md"


def report_for(case: Path, tmp_path: Path) -> tuple[int, list[str]]:
    project = copy_project(SAMPLE, tmp_path / "course")
    lang = (case / "lang").read_text().strip() if (case / "lang").exists() else "ko"
    status = (case / "status").read_text().strip() if (case / "status").exists() else "beta"
    folder = project / "translations" / lang
    folder.mkdir(exist_ok=True)
    (folder / "language.yml").write_text(f"status: {status}\n", encoding="utf-8")
    shutil.copy(case / "source.md", project / "curriculum" / PAGE)
    (project / "curriculum" / "modules" / "02-tendering" / "chart.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    target = folder / PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(case / "translated.md", target)
    result = run_mkcourse("check", "--root", str(project))
    assert "Traceback" not in result.stdout + result.stderr
    lines = [line.strip() for line in result.stdout.splitlines() if "parity.md" in line]
    return result.returncode, lines


@pytest.mark.parametrize("name", NAMES)
def test_parity_case(name: str, tmp_path: Path):
    code, lines = report_for(CASES / name, tmp_path)
    expected = (CASES / name / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert lines == expected
    must_fail = name == "unsafe-html" or name.endswith("-published")
    assert code == (1 if must_fail else 0)
