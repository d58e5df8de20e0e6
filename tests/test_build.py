"""Building the sample course: pages, languages, notices, and failure on bad input."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO, run_mkcourse


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_both_languages_are_built(built_sample: Path):
    site = built_sample / "site"
    for rel in ["index.html", "glossary.html", "modules/02-tendering/index.html",
                "modules/02-tendering/opening.html"]:
        assert (site / rel).is_file(), rel
        assert (site / "ko" / rel).is_file(), f"ko/{rel}"
    assert '<html dir="ltr" lang="ko"' in read(site / "ko" / "index.html")


def test_home_is_generated_from_course_yml(built_sample: Path):
    home = text_of(read(built_sample / "site" / "index.html"))
    assert "Sample procurement course" in home
    assert "Who this course is for: Testers of the course generator." in home
    assert "1. Welcome to the course" in home and "3. Paying suppliers" in home
    assert "1 hour 15 minutes" in home  # the duration of `tendering`
    assert "Explain how an electronic tender runs." in home
    assert "Day 1: Getting started" in home
    assert "09:30–10:30 Welcome to the course" in home
    ko_home = text_of(read(built_sample / "site" / "ko" / "index.html"))
    assert "샘플 조달 과정" in ko_home and "1일차: 시작하기" in ko_home
    assert "09:00–09:30 개회" in ko_home
    assert "mc-notice--draft" in read(built_sample / "site" / "ko" / "index.html")


def test_module_header_links_prerequisites_and_neighbours(built_sample: Path):
    html = read(built_sample / "site" / "modules" / "03-payment" / "index.html")
    header = html[html.index('class="mc-module-header"'):html.index("</dl>")]
    assert "1 hour 30 minutes" in header
    assert '<a href="../02-tendering/index.html">← Previous module: Tendering on line</a>' in header
    assert "Next module" not in header  # the last module has no next one
    assert '<a href="../02-tendering/index.html">Tendering on line</a>' in html  # prerequisite
    content = html[html.index('class="md-content"'):]
    assert content.count("<h1") == 1 and "title:" not in text_of(content)


def test_fallback_page_has_notice_in_reader_language(built_sample: Path):
    html = read(built_sample / "site" / "ko" / "modules" / "03-payment" / "index.html")
    notice = html[html.index("mc-notice--fallback"):]
    assert "아직 번역되지 않음" in notice
    assert 'href="../../../modules/03-payment/index.html" hreflang="en"' in notice
    assert '<div dir="ltr" lang="en">' in html or '<div lang="en" dir="ltr">' in html
    assert "SAMPLEWORDPAYMENT" in html


def test_stale_and_draft_notices(built_sample: Path):
    stale = read(built_sample / "site" / "ko" / "modules" / "02-tendering" / "index.html")
    assert "mc-notice--stale" in stale and "번역이 최신이 아님" in stale
    draft = read(built_sample / "site" / "ko" / "modules" / "01-welcome" / "index.html")
    assert "mc-notice--draft" in draft and "mc-notice--stale" not in draft
    assert "mc-notice--fallback" not in draft


def test_no_request_to_other_hosts_in_html(built_sample: Path):
    for page in (built_sample / "site").rglob("*.html"):
        html = read(page)
        for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
            # Only plain links to other sites are allowed, never loaded resources.
            tag = html[html.rfind("<", 0, html.index(url)):html.index(url)]
            assert tag.startswith("<a "), f"{page}: {url}"
        assert "fonts.googleapis" not in html and "unpkg.com" not in html


def test_build_fails_cleanly_and_keeps_the_old_site(sample: Path):
    assert run_mkcourse("build", "--root", str(sample)).returncode == 0
    marker = sample / "site" / "index.html"
    before = read(marker)
    course = sample / "curriculum" / "course.yml"
    course.write_text(read(course).replace("title: \"Sample procurement course\"",
                                           "title: Sample: broken"), encoding="utf-8")
    result = run_mkcourse("build", "--root", str(sample))
    assert result.returncode == 1
    assert "curriculum/course.yml:2: mapping values are not allowed here" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert read(marker) == before


def test_plain_mkdocs_build_fails_on_the_same_problems(sample: Path):
    module = sample / "curriculum" / "modules" / "03-payment" / "index.md"
    module.write_text(read(module).replace("duration: 90\n", ""), encoding="utf-8")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run([str(mkdocs), "build"], cwd=sample, capture_output=True, text=True,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert ("curriculum/modules/03-payment/index.md:2: the module front matter has no "
            "`duration`") in result.stderr


def test_mkcourse_is_installed_in_the_venv():
    assert (REPO / ".venv" / "bin" / "mkcourse").exists()
