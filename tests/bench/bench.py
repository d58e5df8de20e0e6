"""./scripts/bench: build times against plain MkDocs, and first-view page weight.

  build   full build of this course and of a synthetic 10-module x 2-language course,
          against the same staged pages built by plain Material + mkdocs-static-i18n
  weight  bytes a first view of a module page transfers, gzipped, by type
"""

from __future__ import annotations

import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(REPO / "tests"))

from bench.synthetic import make_course  # noqa: E402

RUNS = 3


def _time(cmd: list[str], cwd: Path) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed:\n{result.stdout}{result.stderr}")
    return elapsed


def _plain_project(project: Path, dest: Path, all_languages: bool = False) -> Path:
    """The same staged pages and settings, built without the mkcourse plugin."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(project / "build" / "docs", dest / "docs")
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"),
                       Loader=yaml.UnsafeLoader)  # our own file; it has a !!python tag
    codes = sorted({p.suffixes[-2][1:] for p in (dest / "docs").rglob("*.md")
                    if len(p.suffixes) > 1}) if all_languages else ["ko"]
    config["plugins"] = [
        "search",
        {"i18n": {"docs_structure": "suffix", "languages": [
            {"locale": "en", "name": "English", "default": True},
            *({"locale": code, "name": code} for code in codes)]}},
    ]
    # Languages Material lacks need the partials mkcourse wrote.
    config["theme"]["custom_dir"] = str(project / "build" / "theme")
    config["docs_dir"] = "docs"
    (dest / "mkdocs.yml").write_text(yaml.dump(config, allow_unicode=True), encoding="utf-8")
    return dest


def bench_build() -> None:
    work = Path(tempfile.mkdtemp(prefix="mkcourse-bench-"))
    try:
        cases = {"this course": REPO,
                 "synthetic 10 modules x 2 languages": make_course(work / "synthetic", 10, REPO)}
        print("build time, median of", RUNS, "runs (wall clock, seconds)")
        print(f"  {'course':38} {'mkcourse':>9} {'plain':>9} {'ratio':>7}")
        for name, project in cases.items():
            site = work / "site"
            full = [_time([str(BIN / "mkcourse"), "build", "--root", str(project), "-d", str(site)],
                          project) for _ in range(RUNS)]
            plain_dir = _plain_project(project, work / "plain", all_languages=True)
            plain = [_time([str(BIN / "mkdocs"), "build", "-q", "-d", str(work / "plain-site")],
                           plain_dir) for _ in range(RUNS)]
            a, b = statistics.median(full), statistics.median(plain)
            print(f"  {name:38} {a:9.2f} {b:9.2f} {a / b:7.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


KINDS = {"text/html": "HTML", "text/css": "CSS", "javascript": "JS", "font": "fonts",
         "image": "images"}


def bench_weight(path: str = "modules/05-e-bidding/index.html") -> None:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(REPO / "tests"))
    from conftest import CHROMIUM, CHROMIUM_ARGS

    site = REPO / "site"
    if not (site / path).is_file():
        subprocess.run([str(BIN / "mkcourse"), "build"], cwd=REPO, check=True)
    server = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1",
                               "-d", str(site)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    try:
        line = server.stdout.readline() if server.stdout else ""
        port = int(line.split("port ")[1].split()[0])
        totals: dict[str, int] = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            responses = []
            page.on("response", lambda response: responses.append(response))
            page.goto(f"http://127.0.0.1:{port}/{path}", wait_until="networkidle")
            for response in responses:
                kind = next((label for key, label in KINDS.items()
                             if key in (response.headers.get("content-type") or "")), "other")
                body = response.body() if response.status == 200 else b""
                size = len(gzip.compress(body, 6))
                totals[kind] = totals.get(kind, 0) + size
                if os.environ.get("BENCH_VERBOSE"):
                    print(f"    {kind:7} {size:>9,}  {response.url}")
            browser.close()
        print(f"first view of /{path}, gzipped bytes by type")
        for kind in ["HTML", "CSS", "JS", "fonts", "images", "other"]:
            print(f"  {kind:7} {totals.get(kind, 0):>9,}")
        without_fonts = sum(v for k, v in totals.items() if k != "fonts")
        print(f"  {'total':7} {sum(totals.values()):>9,}  ({without_fonts:,} without fonts)")
    finally:
        server.terminate()


def bench_quiz() -> None:
    """Size of the quiz widget as shipped (JS + CSS), gzipped."""
    assets = REPO / "mkcourse" / "assets"
    print("quiz widget, gzipped bytes (target: at most 10,240 together)")
    total = 0
    for name in ("quiz.js", "quiz.css"):
        size = len(gzip.compress((assets / name).read_bytes(), 9))
        total += size
        print(f"  {name:9} {size:>7,}")
    print(f"  {'total':9} {total:>7,}")


def bench_preview(code: str = "ko") -> None:
    """A translator's preview (`serve --lang CODE` builds the same) against the full build."""
    work = Path(tempfile.mkdtemp(prefix="mkcourse-bench-"))
    try:
        mkcourse = str(BIN / "mkcourse")
        full = [_time([mkcourse, "build", "-d", str(work / "a")], REPO) for _ in range(RUNS)]
        one = [_time([mkcourse, "build", "--lang", code, "-d", str(work / "b")], REPO)
               for _ in range(RUNS)]
        languages = sorted(p.name for p in (work / "a").iterdir()
                           if p.is_dir() and (p / "index.html").is_file())
        print(f"translator's preview, median of {RUNS} runs (seconds)")
        print(f"  full build (en + {', '.join(languages)}): {statistics.median(full):6.2f}")
        print(f"  --lang {code} (en + {code}):{'':14}{statistics.median(one):6.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_search_all() -> None:
    """Build this course, and the same pages with stock Material search, then query both."""
    from conftest import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    from bench.search_bench import bench_search

    work = Path(tempfile.mkdtemp(prefix="mkcourse-bench-"))
    try:
        _time([str(BIN / "mkcourse"), "build", "-d", str(work / "ours")], REPO)
        plain = _plain_project(REPO, work / "plain", all_languages=True)
        _time([str(BIN / "mkdocs"), "build", "-q", "-d", str(work / "stock")], plain)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            bench_search(REPO, work / "ours", work / "stock", browser)
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


BENCHES = {"build": bench_build, "weight": bench_weight, "quiz": bench_quiz,
           "preview": bench_preview, "search": bench_search_all}


def main(argv: list[str]) -> None:
    what = argv[0] if argv else "all"
    if what != "all" and what not in BENCHES:
        raise SystemExit(f"bench: unknown benchmark {what!r} ({', '.join(BENCHES)})")
    for name, bench in BENCHES.items():
        if what in (name, "all"):
            bench()


if __name__ == "__main__":
    main(sys.argv[1:])
