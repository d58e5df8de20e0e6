"""Search in every shipped language, on the real course, in Chromium: the reader's language
only, words inside unspaced scripts and Korean compounds, inflected forms, no quiz answers."""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import REPO, _QuietHandler, run_mkcourse

from mkcourse.check import load_project

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def course_site(tmp_path_factory) -> Iterator[tuple[Path, str]]:
    site = tmp_path_factory.mktemp("course") / "site"
    result = run_mkcourse("build", "--root", str(REPO), "-d", str(site))
    assert result.returncode == 0, result.stderr
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def ask(page, url: str, lang: str, query: str) -> list[str]:
    page.goto(f"{url}/{'' if lang == 'en' else lang + '/'}index.html")
    page.evaluate("window.mkcourseSearchStart()")
    page.wait_for_selector("[data-mc-search][data-search-ready]", state="attached")
    return page.evaluate("([l, q]) => window.mkcourseSearchQuery(l, q)", [lang, query])


def typed(page, url: str, lang: str, query: str) -> list[str]:
    """Type into the real search box, as a trainee does; the result links in order."""
    page.goto(f"{url}/{'' if lang == 'en' else lang + '/'}index.html")
    page.locator(".md-search__input").click()
    page.wait_for_selector("[data-mc-search][data-search-ready]", state="attached")
    page.locator(".md-search__input").press_sequentially(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    return page.eval_on_selector_all(".md-search-result__link", "as => as.map(a => a.href)")


def _related(word: str, token: str) -> bool:
    """The prefix rule of assets/search.js: would `word` find `token`?"""
    same = next((i for i, (a, b) in enumerate(zip(word, token, strict=False)) if a != b),
                min(len(word), len(token)))
    stem = word[:max(3, len(word) - 2)]
    return token.startswith(stem) or (same >= 4 and same >= len(word) - 4
                                      and same >= len(token) - 4)


def test_korean_stem_inside_a_compound(page, course_site):
    _site, url = course_site
    text = (REPO / "translations/ko/modules/05-e-bidding/index.md").read_text(encoding="utf-8")
    assert "전자입찰" in text  # the page has 입찰 only inside a longer word
    links = typed(page, url, "ko", "입찰")
    assert any("/ko/modules/05-e-bidding/index.html" in link for link in links[:5])


def test_khmer_word_inside_unspaced_text(page, course_site):
    _site, url = course_site
    text = (REPO / "translations/km/modules/01-course-guide/index.md").read_text(
        encoding="utf-8")
    word = "លទ្ធកម្ម"  # procurement
    assert word in text and f" {word} " not in text  # never set off by spaces
    links = typed(page, url, "km", word)
    assert links and all("/km/" in link for link in links)


def test_russian_inflected_form(page, course_site):
    _site, url = course_site
    glossary = (REPO / "translations/ru/glossary.yml").read_text(encoding="utf-8")
    assert re.search(r"\bзакупк[аи]\b", glossary) and " закупкой " not in glossary
    links = typed(page, url, "ru", "закупкой")  # a form the text does not use
    assert any("/ru/glossary.html" in link for link in links[:5])


def test_a_search_from_korean_pages_shows_no_english_page(page, course_site):
    _site, url = course_site
    for query in ("KONEPS", "PPS", "2002", "입찰"):
        results = ask(page, url, "ko", query)
        assert results, query
        assert all(r.startswith("ko/") for r in results), (query, results)


def test_quiz_answers_are_not_found(page, course_site):
    site, url = course_site
    project = load_project(REPO)
    script = (site / "search" / "en.js").read_text(encoding="utf-8")
    fields = json.loads(script[script.index("]=") + 2:].rstrip().rstrip(";"))["fields"]
    lesson_words = {token for field in fields.values() for token in field}
    secrets = []
    for module in project.course.ordered_modules():
        for question in module.questions:
            text = " ".join([question.explanation, *(o.feedback for o in question.options)])
            # Words of answers that no lesson word shares even a beginning with.
            secrets += [w for w in re.findall(r"[a-z]{7,}", text.lower())
                        if not any(_related(w, t) for t in lesson_words)]
    assert len(set(secrets)) >= 3
    for word in sorted(set(secrets))[:15]:
        assert ask(page, url, "en", word) == [], word
    index = (site / "search" / "en.js").read_text(encoding="utf-8")
    explanation = project.course.modules["e-bidding"].questions[0].explanation
    assert explanation[:60] not in index


def test_the_index_loads_only_when_a_reader_wants_to_search(page, course_site):
    _site, url = course_site
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url) if "/search/" in r.url else None)
    page.goto(f"{url}/ko/modules/05-e-bidding/index.html", wait_until="networkidle")
    assert loaded == []
    page.locator(".md-search__input").hover()
    page.wait_for_selector("[data-mc-search][data-search-ready]", state="attached")
    assert [u.rsplit("/", 1)[-1] for u in loaded] == ["ko.js"]


def test_titles_rank_above_body_text(page, course_site):
    _site, url = course_site
    results = ask(page, url, "en", "glossary")
    assert results[0].startswith("glossary.html")
