"""The quiz widget under Material's instant navigation, in a right-to-left language, in
print, and the organizers' answer keys."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import _QuietHandler, run_mkcourse

pytestmark = pytest.mark.browser


def serve(site: Path, server: ThreadingHTTPServer) -> str:
    server.RequestHandlerClass = functools.partial(  # type: ignore[assignment]
        _QuietHandler, directory=str(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def variant_site(sample: Path) -> Iterator[tuple[Path, str]]:
    """The sample with instant navigation on and an Urdu (right-to-left) translation."""
    config = sample / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "    - navigation.footer\n", "    - navigation.footer\n    - navigation.instant\n")
    # Material's instant navigation reads the sitemap, so site_url must name the very
    # host and port the site is served from.
    server = ThreadingHTTPServer(("127.0.0.1", 0), _QuietHandler)
    port = server.server_address[1]
    config.write_text(f"site_url: http://127.0.0.1:{port}/\n{text}", encoding="utf-8")
    (sample / "translations" / "ur").mkdir()
    (sample / "translations" / "ur" / "language.yml").write_text("status: beta\n",
                                                                 encoding="utf-8")
    result = run_mkcourse("build", "--root", str(sample))
    assert result.returncode == 0, result.stderr
    url = serve(sample / "site", server)
    yield sample, url
    server.shutdown()


def test_quiz_works_after_instant_navigation(page, variant_site):
    _project, url = variant_site
    page.goto(f"{url}/modules/02-tendering/index.html")
    page.evaluate("window.notReloaded = true")
    page.get_by_role("link", name="Take the quiz").click()
    page.wait_for_url("**/modules/02-tendering/quiz.html")
    page.locator("#q-tnd-portal").wait_for()
    assert page.evaluate("window.notReloaded === true"), "the page was fully reloaded"
    question = page.locator("#q-tnd-portal")
    question.get_by_label("On the national portal").check()
    question.get_by_role("button", name="Check").click()
    assert question.locator(".mc-q__feedback").inner_text().startswith("Correct.")


def test_quiz_in_a_right_to_left_page(page, variant_site):
    _project, url = variant_site
    page.goto(f"{url}/ur/modules/02-tendering/quiz.html")
    assert page.locator("html").get_attribute("dir") == "rtl"
    body = page.locator(".md-content div[lang='en']").first
    assert body.get_attribute("dir") == "ltr"  # English fallback text keeps its direction
    order = page.locator("#q-tnd-order")
    first = order.locator("li").first
    text_box = first.locator(".mc-order__text").bounding_box()
    buttons_box = first.locator(".mc-order__moves").bounding_box()
    assert text_box and buttons_box and buttons_box["x"] > text_box["x"]  # LTR inside
    question = page.locator("#q-tnd-electronic")
    question.locator("input[value='true']").check()
    question.locator("button[type='submit']").click()
    assert question.locator(".mc-q__feedback").inner_text() != ""


def test_print_shows_questions_without_answers(page, site_url: str):
    page.goto(f"{site_url}/modules/02-tendering/quiz.html")
    question = page.locator("#q-tnd-portal")
    question.get_by_label("On the national portal").check()
    question.get_by_role("button", name="Check").click()
    assert question.locator(".mc-q__explanation").is_visible()
    page.emulate_media(media="print")
    assert question.locator(".mc-q__prompt").is_visible()
    assert question.get_by_text("In a local newspaper only").is_visible()
    for hidden in (".mc-q__feedback", ".mc-q__explanation", ".mc-q__actions"):
        assert question.locator(hidden).is_hidden(), hidden
    assert page.locator(".mc-ok").evaluate("e => getComputedStyle(e, '::after').content") \
        == "none"


def test_answer_keys_are_printable_and_unlisted(built_sample: Path):
    site = built_sample / "site"
    key = (site / "answer-keys" / "02-tendering.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", key))
    for answer in ("On the national portal", "Notice Submission", "1,250.5 thousand won",
                   "입찰공고 → bid notice", "True"):
        assert answer in text, answer
    assert re.search(r"<ol>\s*<li>Notice</li>\s*<li>Submission</li>\s*<li>Opening</li>", key)
    ko = (site / "ko" / "answer-keys" / "02-tendering.html").read_text(encoding="utf-8")
    assert "국가 포털" in ko and "정답지" in ko
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "answer-keys" not in home
    index = "".join(p.read_text(encoding="utf-8") for p in (site / "search").glob("*.js"))
    assert "Where is the tender notice published" not in index
    assert "answer-keys" not in index
