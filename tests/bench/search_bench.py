"""./scripts/bench search: our per-language search against stock Material search, in Chromium,
typing each query of tests/search/queries.<lang>.yml into the real search box."""

from __future__ import annotations

import contextlib
import functools
import gzip
import statistics
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import yaml

MARK_TIMES = """() => {
  window.__bench = {key: 0, change: 0};
  // beforeinput, not keydown: letters that no keyboard key types (Hangul, Khmer) arrive as
  // text input without key events.
  document.addEventListener('beforeinput', () => { window.__bench.key = performance.now(); },
                            true);
  const result = document.querySelector('.md-search-result');
  new MutationObserver(() => { window.__bench.change = performance.now(); })
    .observe(result, {childList: true, subtree: true, characterData: true});
}"""


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from conftest import _QuietHandler

    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _page_of(href: str, base: str) -> str:
    path = urlsplit(href).path
    return path[len(urlsplit(base).path):].lstrip("/") if path.startswith(urlsplit(base).path) \
        else path.lstrip("/")


def run_language(browser, base: str, lang: str, queries: list[dict], engine: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    sizes: list[int] = []

    def on_response(response):
        url = response.url
        if "/search/" in url or "lunr" in url or "/workers/" in url:
            # A redirect or an aborted request has no body.
            with contextlib.suppress(Exception):
                sizes.append(len(gzip.compress(response.body(), 6)))

    page.on("response", on_response)
    home = f"{base}/{'' if lang == 'en' else lang + '/'}index.html"
    page.goto(home, wait_until="load")
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    if engine == "mkcourse":
        # Our index loads on the first sign of intent: time it from there.
        page.locator(".md-search__input").click()
        page.wait_for_selector("[data-mc-search][data-search-ready]", state="attached",
                               timeout=15000)
        ready = float(page.get_attribute("[data-mc-search]", "data-search-ready") or 0)
        loaded = float(page.get_attribute("[data-mc-search]", "data-search-asked") or 0)
    else:
        page.locator(".md-search__input").click()
        page.wait_for_function(
            "(() => { const m = document.querySelector('.md-search-result__meta');"
            " return m && !/initiali|初始化|초기화|Инициализ/i.test(m.textContent); })()",
            polling=5, timeout=30000)
        ready = page.evaluate("performance.now()")
    page.evaluate(MARK_TIMES)
    box = page.locator(".md-search__input")
    box.click()
    hits, times = 0, []
    for item in queries:
        box.fill("")
        page.wait_for_timeout(30)
        box.press_sequentially(str(item["q"]), delay=15)
        # No change within 3 s: the same results as the last query (nothing to redraw).
        with contextlib.suppress(Exception):
            page.wait_for_function("window.__bench.change >= window.__bench.key", polling=5,
                                   timeout=3000)
        page.wait_for_timeout(60)
        bench = page.evaluate("window.__bench")
        times.append(max(0.0, bench["change"] - bench["key"]))
        hrefs = page.eval_on_selector_all(".md-search-result__link",
                                          "links => links.map(a => a.href)")
        ranked: list[str] = []
        for href in hrefs:
            found = _page_of(href, base)
            if found not in ranked:
                ranked.append(found)
        hits += str(item["page"]) in ranked[:5]
    context.close()
    return {"recall": hits / len(queries), "median_ms": statistics.median(times),
            "ready_ms": max(0.0, ready - loaded), "bytes": sum(sizes)}


def bench_search(repo: Path, ours: Path, stock: Path, browser) -> None:
    servers = []
    try:
        ours_server, ours_url = serve(ours)
        stock_server, stock_url = serve(stock)
        servers = [ours_server, stock_server]
        print("search, per language (mkcourse | stock Material on the same pages); ready is")
        print("timed from the first focus of the box for mkcourse (its index loads then), from")
        print("page load for Material (its index loads with every page)")
        print(f"  {'lang':5} {'queries':>7}  {'recall@5':>15}  {'keypress→results ms':>21}  "
              f"{'load→ready ms':>17}  {'first-search bytes':>21}")
        for path in sorted((repo / "tests" / "search").glob("queries.*.yml")):
            lang = path.stem.split(".", 1)[1]
            queries = yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]
            a = run_language(browser, ours_url, lang, queries, "mkcourse")
            b = run_language(browser, stock_url, lang, queries, "material")
            print(f"  {lang:5} {len(queries):>7}  {a['recall']:6.2f} | {b['recall']:6.2f}  "
                  f"{a['median_ms']:9.1f} | {b['median_ms']:8.1f}  "
                  f"{a['ready_ms']:7.0f} | {b['ready_ms']:7.0f}  "
                  f"{a['bytes']:9,} | {b['bytes']:9,}")
    finally:
        for server in servers:
            server.shutdown()
