"""Languages with their own scripts and directions, as a reader sees them in Chromium:
Urdu right to left, Khmer in the shipped font, native names in the switcher, notices, axe."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import SAMPLE, _QuietHandler, copy_project, run_mkcourse
from test_accessibility import serious_violations

pytestmark = pytest.mark.browser

WELCOME = {
    "km": ("សូមស្វាគមន៍មកកាន់វគ្គសិក្សា", "វគ្គសិក្សានេះមានបីម៉ូឌុល។ កិច្ចសន្យាលទ្ធកម្មសាធារណៈ។"),
    "si": ("පාඨමාලාවට සාදරයෙන් පිළිගනිමු", "මෙම පාඨමාලාවේ මොඩියුල තුනක් ඇත."),
    "ur": ("کورس میں خوش آمدید", "اس کورس میں تین ماڈیول ہیں۔"),
}


@pytest.fixture(scope="module")
def scripts_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    project = copy_project(SAMPLE, tmp_path_factory.mktemp("scripts") / "course")
    for code, (title, text) in WELCOME.items():
        assert run_mkcourse("add-language", code, "--root", str(project)).returncode == 0
        folder = project / "translations" / code
        language = folder / "language.yml"
        language.write_text(language.read_text(encoding="utf-8").replace(
            "status: incubating", "status: beta"), encoding="utf-8")
        page = folder / "modules" / "01-welcome" / "index.md"
        page.parent.mkdir(parents=True)
        page.write_text(f'---\ntitle: "{title}"\nstatus: draft\n---\n\n{text} '
                        "[→](../02-tendering/index.md)\n\n## {{ #how-to-use }}\n\n"
                        f"{text}\n\n## Sources {{ #sources }}\n\n-\n", encoding="utf-8")
    result = run_mkcourse("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(project / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield project, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_urdu_is_right_to_left_with_english_fallback_left_to_right(page, scripts_site):
    _project, url = scripts_site
    page.goto(f"{url}/ur/modules/01-welcome/index.html")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.goto(f"{url}/ur/modules/03-payment/index.html")
    fallback = page.locator(".md-content div[lang='en']").first
    assert fallback.get_attribute("dir") == "ltr"
    assert fallback.evaluate("e => getComputedStyle(e).direction") == "ltr"


def test_switcher_keeps_the_page_and_shows_native_names(page, scripts_site):
    _project, url = scripts_site
    page.goto(f"{url}/modules/02-tendering/quiz.html")
    names = page.locator(".md-select__link").all_inner_texts()
    assert [n.strip() for n in names] == ["English", "ខ្មែរ", "한국어", "සිංහල", "اردو"]
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select").get_by_role("link", name="ខ្មែរ", exact=True).click()
    page.wait_for_url("**/km/modules/02-tendering/quiz.html")


def test_draft_and_stale_notices_are_shown(page, scripts_site):
    _project, url = scripts_site
    page.goto(f"{url}/km/modules/01-welcome/index.html")
    assert page.locator(".mc-notice--draft").is_visible()
    page.goto(f"{url}/ko/modules/02-tendering/index.html")
    assert page.locator(".mc-notice--stale").is_visible()
    assert page.locator(".mc-notice--stale a").get_attribute("href") == \
        "../../../modules/02-tendering/index.html"


def _heading_box(page, url: str) -> dict[str, float]:
    page.goto(f"{url}/km/modules/01-welcome/index.html", wait_until="networkidle")
    page.evaluate("document.fonts.ready")
    box = page.locator("h1").first.evaluate(
        "h => { const r = document.createRange(); r.selectNodeContents(h.firstChild); "
        "const b = r.getBoundingClientRect(); return {width: b.width, height: b.height}; }")
    return box


def test_khmer_renders_with_the_shipped_font(browser, scripts_site):
    _project, url = scripts_site
    shipped_context = browser.new_context()
    page = shipped_context.new_page()
    fonts: list[str] = []
    page.on("response", lambda r: fonts.append(r.url) if r.url.endswith(".woff2") else None)
    shipped = _heading_box(page, url)
    assert any(u.endswith("/assets/mkcourse/fonts/noto-sans-khmer-khmer-400-normal.woff2")
               for u in fonts)
    loaded = page.evaluate("[...document.fonts].filter(f => f.family.includes('mkcourse') "
                           "&& f.status === 'loaded').map(f => f.unicodeRange)")
    assert any("U+1780-17FF" in r for r in loaded)
    shipped_context.close()
    # The same page with the font withheld: the glyphs fall back to other boxes.
    fallback_context = browser.new_context()
    page = fallback_context.new_page()
    page.route("**/*.woff2", lambda route: route.abort())
    fallback = _heading_box(page, url)
    fallback_context.close()
    assert shipped["width"] > 0 and abs(shipped["width"] - fallback["width"]) > 5


@pytest.mark.parametrize("code", ["ur", "km", "si"])
def test_no_serious_accessibility_violation_in_other_scripts(page, scripts_site, code: str):
    _project, url = scripts_site
    for path in ("index.html", "modules/01-welcome/index.html"):
        page.goto(f"{url}/{code}/{path}")
        assert serious_violations(page) == [], path
