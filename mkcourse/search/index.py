"""Per-language search indexes, built from the pages' HTML at build time.

One index per language, so a reader only ever finds pages of her own language. Text is cut
into sections at headings with ids (results link to the section). Two kinds of tokens:

- words, for scripts written with spaces (English, Russian, Sinhala, Urdu, Mongolian...);
  the browser also matches them by prefix, which finds inflected forms (заявка ~ заявку);
- character bigrams, for scripts written without spaces between words (Thai, Khmer, Lao,
  Burmese) and for Korean compounds and particles (입찰 inside 전자입찰을), so a word is
  found anywhere inside a longer run of letters.

Quiz questions, answer keys and other elements marked data-search-exclude are left out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["Section", "extract_sections", "SearchIndex", "tokens"]

# Letters of scripts (or word-building habits) where words are not separated by spaces.
_NO_SPACE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
                       r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
# The letters of a word, script by script (the same class as in assets/search.js).
_WORD = re.compile(
    "["
    r"0-9A-Za-z_\u00c0-\u024f\u0400-\u04ff"  # Latin, Cyrillic
    r"\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5-\u06ff"  # Arabic script, no punctuation
    r"\u0780-\u07bf\u0900-\u0963\u0966-\u0dff"  # Thaana, Indic scripts without dandas
    r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"  # Thai, Lao, Burmese, Khmer
    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"  # CJK, Hangul
    r"\u200c\u200d"  # zero-width (non-)joiners, part of words in Indic scripts
    "]+"
)
_SKIP_TAGS = {"script", "style", "template", "button", "select", "nav", "form"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "source", "track", "wbr"}
_BREAKS = {"br", "p", "li", "td", "th", "div", "tr", "dd", "dt", "h1", "h2", "h3", "h4",
           "blockquote", "figcaption"}
_SNIPPET = 600  # characters of text kept per section, for result snippets


@dataclass
class Section:
    anchor: str  # heading id ("" for the top of the page)
    heading: str
    text: str


_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")


def normalize(text: str) -> str:
    """NFKC, lower case, and no zero-width characters: Sinhala is typed with and without
    the joiner (ප්‍ර / ප්ර), and both must match."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text).lower())


def tokens(text: str) -> tuple[set[str], set[str]]:
    """(words, bigrams) of a text, normalized."""
    words: set[str] = set()
    grams: set[str] = set()
    runs = list(_WORD.finditer(normalize(text)))
    for before, after in zip(runs, runs[1:], strict=False):
        # Korean writers space compounds freely (출처 등급 / 출처등급): pair across one space.
        if (before.group()[-1:] and _NO_SPACE.match(before.group()[-1])
                and _NO_SPACE.match(after.group()[0])
                and before.string[before.end():after.start()].isspace()):
            grams.add(before.group()[-1] + after.group()[0])
    for run in (match.group() for match in runs):
        if _NO_SPACE.search(run):
            letters = [c for c in run if not c.isdigit()]
            grams.update("".join(letters[i:i + 2]) for i in range(len(letters) - 1))
            if len(letters) == 1:
                grams.add(letters[0])
        elif len(run) > 1 or run.isdigit():
            words.add(run)
    return words, grams


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections = [Section("", "", "")]
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []
        self.in_heading: str | None = None
        self.heading_text: list[str] = []
        self.text: list[list[str]] = [[]]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS and not self.skip_depth:
            self.text[-1].append(" ")  # "조달청<br><i>Jodalcheong</i>" is two words
        if tag in _VOID:
            return
        values = dict(attrs)
        skip = tag in _SKIP_TAGS or "data-search-exclude" in values or \
            "headerlink" in (values.get("class") or "")
        self.stack.append((tag, skip))
        if skip:
            self.skip_depth += 1
        elif tag in ("h2", "h3") and values.get("id") and not self.skip_depth:
            self.in_heading = values["id"]
            self.heading_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAKS and not self.skip_depth:
            self.text[-1].append(" ")
        while self.stack:
            open_tag, skip = self.stack.pop()
            if skip:
                self.skip_depth -= 1
            if open_tag == tag:
                break
        if tag in ("h2", "h3") and self.in_heading is not None:
            heading = " ".join("".join(self.heading_text).split())
            self.sections.append(Section(self.in_heading, heading, ""))
            self.text.append([])
            self.in_heading = None

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_heading is not None:
            self.heading_text.append(data)
        else:
            self.text[-1].append(data)


def extract_sections(html: str) -> list[Section]:
    parser = _Sections()
    parser.feed(html)
    parser.close()
    for section, parts in zip(parser.sections, parser.text, strict=False):
        section.text = " ".join("".join(parts).split())
    return [s for s in parser.sections if s.text or s.heading]


@dataclass
class SearchIndex:
    """The index of one language, written as a small script (it loads from file:// too)."""

    language: str
    docs: list[list[str]] = field(default_factory=list)  # [url, page title, heading, text]
    fields: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: {"t": {}, "h": {}, "b": {}})  # title, heading, body

    def add_page(self, url: str, title: str, html: str) -> None:
        for section in extract_sections(html):
            doc = len(self.docs)
            anchor = f"#{section.anchor}" if section.anchor else ""
            self.docs.append([url + anchor, title, section.heading, section.text[:_SNIPPET]])
            for name, text in (("t", title if not section.anchor else ""),
                               ("h", section.heading), ("b", section.text)):
                words, grams = tokens(text)
                for token in sorted(words | grams):  # stable order: reproducible builds
                    self.fields[name].setdefault(token, []).append(doc)

    def script(self) -> str:
        data = json.dumps({"lang": self.language, "docs": self.docs, "fields": self.fields},
                          ensure_ascii=False, separators=(",", ":"))
        target = f"(window.mkcourseSearch=window.mkcourseSearch||{{}})[{json.dumps(self.language)}]"
        return f"{target}={data};\n"
