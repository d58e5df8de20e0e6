"""What a trainee sees in Chromium: no outside requests, language switch, notices, file://."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def heading(page) -> str:
    """The page's h1 as read, without the permalink sign that appears on hover."""
    return page.locator("h1").first.inner_text().rstrip("¶").strip()


@pytest.mark.parametrize("path", ["index.html", "modules/02-tendering/index.html",
                                  "ko/index.html", "ko/modules/02-tendering/index.html"])
def test_pages_make_no_request_to_other_hosts(page, site_url: str, path: str):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    assert page.locator("h1").first.is_visible()
    assert requests, "the page loaded nothing at all"
    host = urlsplit(site_url).netloc
    foreign = [url for url in requests
               if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != host]
    assert foreign == []


def test_language_switcher_keeps_the_page(page, site_url: str):
    page.goto(f"{site_url}/modules/02-tendering/index.html")
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select").get_by_role("link", name="한국어", exact=True).click()
    page.wait_for_url("**/ko/modules/02-tendering/index.html")
    assert heading(page) == "온라인 입찰"
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select").get_by_role("link", name="English", exact=True).click()
    page.wait_for_url("**/modules/02-tendering/index.html")
    assert "/ko/" not in page.url
    assert heading(page) == "Tendering on line"


def test_fallback_notice_is_shown_and_links_to_the_source(page, site_url: str):
    page.goto(f"{site_url}/ko/modules/03-payment/index.html")
    notice = page.locator(".mc-notice--fallback")
    assert notice.is_visible()
    assert "아직 번역되지 않음" in notice.inner_text()
    assert page.locator("html").get_attribute("lang") == "ko"
    notice.get_by_role("link").click()
    page.wait_for_url(f"{site_url}/modules/03-payment/index.html")
    assert page.locator("html").get_attribute("lang") == "en"


def test_site_works_from_file_urls(page, built_sample: Path):
    home = (built_sample / "site" / "index.html").as_uri()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(home)
    page.locator(".md-content").get_by_role("link", name="Tendering on line").first.click()
    page.wait_for_url("**/modules/02-tendering/index.html")
    assert page.url.startswith("file://")
    assert "SAMPLEWORDTENDER" in page.locator(".md-content").inner_text()
    page.locator(".md-nav").get_by_role("link", name="Opening the bids").first.click()
    page.wait_for_url("**/modules/02-tendering/opening.html")
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select").get_by_role("link", name="한국어", exact=True).click()
    page.wait_for_url("**/ko/modules/02-tendering/opening.html")
    assert page.locator(".mc-notice--fallback").is_visible()
    assert [url for url in requests if not url.startswith("file://")] == []
