"""The real course in this repository: it checks clean and builds in both languages."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, run_mkcourse


def test_course_has_no_errors():
    result = run_mkcourse("check", "--root", str(REPO))
    assert result.returncode == 0, result.stdout


def test_course_builds_english_and_korean(tmp_path: Path):
    site = tmp_path / "site"
    result = run_mkcourse("build", "--root", str(REPO), "-d", str(site))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site / "index.html").is_file() and (site / "ko" / "index.html").is_file()
    home = (site / "ko" / "index.html").read_text(encoding="utf-8")
    assert '<html dir="ltr" lang="ko"' in home
    for module in sorted((REPO / "curriculum" / "modules").iterdir()):
        assert (site / "modules" / module.name / "index.html").is_file()
        assert (site / "ko" / "modules" / module.name / "index.html").is_file()
