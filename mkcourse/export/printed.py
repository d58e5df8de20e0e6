"""Printed materials for one language, made from the built site with headless Chromium.

- workbook.pdf: a table of contents, then every module with its quiz, without answers and
  with room to write;
- answer-key.pdf: every module's answer key;
- schedule.pdf: the schedule on one page.

Pages carry page numbers. Text is shaped by Chromium with the site's own fonts (the shipped
Noto fonts for Khmer, Sinhala, Thaana and Lao), so complex scripts print as they read.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..model import Course

__all__ = ["PrintJob", "print_jobs", "render_pdfs", "ChromiumMissing"]

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_HEAD_LINKS = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
_PRINT_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm; }
body { margin: 0; }
.md-typeset { font-size: 10.5pt; }
.mc-doc-title { font-size: 20pt; margin: 0 0 1em; }
.mc-toc { page-break-after: always; }
.mc-toc ol { font-size: 11pt; line-height: 1.8; }
.mc-chapter { break-before: page; }
.mc-chapter:first-of-type { break-before: auto; }
.headerlink, .mc-module-nav, .md-source-file, .mc-notice a { display: none !important; }
.mc-q { break-inside: avoid; }
.mc-q__field input { display: none; }
.mc-q__field::after, .mc-q[data-type="order"]::after {
  content: ""; display: block; block-size: 2.2em; inline-size: 100%;
  border-block-end: 1px solid #555; }
.mc-match select { display: none; }
.mc-match__row::after { content: "→ ______________________"; }
.mc-writing { block-size: 6em; border: 1px dashed #888; margin: 0.5em 0 1.5em; }
/* Wide tables wrap inside the page instead of running off it (to the left in RTL). */
.md-typeset table:not([class]) { display: table; table-layout: fixed; inline-size: 100%; }
.md-typeset td, .md-typeset th { overflow-wrap: anywhere; }
.md-typeset img, .md-typeset svg { max-inline-size: 100%; }
"""


# The schedule fits one page: small type, tight tables.
_ONE_PAGE_CSS = """
.md-typeset { font-size: 8pt; line-height: 1.3; }
.md-typeset h1 { font-size: 14pt; margin: 0 0 0.4em; }
.md-typeset h3 { font-size: 9pt; margin: 0.6em 0 0.2em; }
.md-typeset p { margin: 0.2em 0; }
.md-typeset table:not([class]) { font-size: 7.5pt; margin: 0; }
.md-typeset table:not([class]) td, .md-typeset table:not([class]) th { padding: 0.15em 0.6em; }
"""


class ChromiumMissing(RuntimeError):
    pass


@dataclass
class PrintJob:
    name: str  # file name without .pdf
    title: str
    pages: list[Path]  # built HTML pages whose articles make the document
    toc: bool
    one_page: bool = False


def _site_page(site: Path, code: str, source: str, rel: str) -> Path:
    prefix = site if code == source else site / code
    return prefix / rel


def print_jobs(course: Course, site: Path, code: str, titles: dict[str, str]) -> list[PrintJob]:
    source = course.source_language
    modules = course.ordered_modules()
    workbook = [_site_page(site, code, source, page.rel.removesuffix(".md") + ".html")
                for module in modules for page in module.pages]
    keys = [_site_page(site, code, source, f"answer-keys/{m.folder}.html")
            for m in modules if m.questions]
    schedule = [_site_page(site, code, source, "schedule.html")]
    return [PrintJob("workbook", titles["workbook"], workbook, toc=True),
            PrintJob("answer-key", titles["answer-key"], keys, toc=True),
            PrintJob("schedule", titles["schedule"], schedule, toc=False, one_page=True)]


def _document(job: PrintJob, lang: str, direction: str, toc_title: str) -> str:
    chapters: list[str] = []
    entries: list[str] = []
    styles: list[str] = []
    for number, page in enumerate(job.pages, start=1):
        text = page.read_text(encoding="utf-8")
        match = _ARTICLE.search(text)
        if match is None:
            continue
        if not styles:
            base = page.parent.as_uri() + "/"
            styles = [f'<link rel="stylesheet" href="{base}{href}">'
                      for href in _HEAD_LINKS.findall(text)]
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", match.group(1), re.S)
        label = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).replace("¶", "").strip() \
            if heading else page.stem
        entries.append(f'<li><a href="#chapter-{number}">{html.escape(label)}</a></li>')
        body = re.sub(r'(<section class="mc-q"[^>]*>.*?</section>)',
                      r'\1<div class="mc-writing"></div>', match.group(1), flags=re.S) \
            if job.name == "workbook" else match.group(1)
        chapters.append(f'<section class="mc-chapter" id="chapter-{number}">{body}</section>')
    toc = (f'<nav class="mc-toc"><h1 class="mc-doc-title">{html.escape(job.title)}</h1>'
           f'<h2>{html.escape(toc_title)}</h2><ol>{"".join(entries)}</ol></nav>'
           if job.toc else "")
    return (f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f'<title>{html.escape(job.title)}</title>{"".join(styles)}'
            f"<style>{_PRINT_CSS}{_ONE_PAGE_CSS if job.one_page else ''}</style></head>"
            f'<body dir="{direction}"><div class="md-typeset">{toc}{"".join(chapters)}</div>'
            "</body></html>")


def render_pdfs(jobs: list[PrintJob], out: Path, lang: str, direction: str, toc_title: str,
                page_label: str, step: Callable[[str], None]) -> list[Path]:
    """Write one PDF per job into `out`; `step` is called as each one is done."""
    chromium = os.environ.get("MKCOURSE_CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        raise ChromiumMissing(chromium)
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    footer = (f'<div style="font-size:8pt;width:100%;text-align:center;color:#555">'
              f'{html.escape(page_label)} <span class="pageNumber"></span> / '
              f'<span class="totalPages"></span></div>')
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        for job in jobs:
            source = out / f".{job.name}.html"
            source.write_text(_document(job, lang, direction, toc_title), encoding="utf-8")
            page.goto(source.as_uri(), wait_until="networkidle")
            page.evaluate("document.fonts.ready")
            target = out / f"{job.name}.pdf"
            page.pdf(path=str(target), format="A4", print_background=True,
                     display_header_footer=True, header_template="<span></span>",
                     footer_template=footer, prefer_css_page_size=True,
                     scale=0.9 if job.one_page else 1.0)
            source.unlink()
            written.append(target)
            step(job.name)
        browser.close()
    return written
