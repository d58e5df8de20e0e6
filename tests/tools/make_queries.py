"""Draft search queries from the built site's own text: terms from page titles and headings
that few pages share, each with the page it should find. Hand-written hard cases are kept.

    .venv/bin/python tests/tools/make_queries.py site ko > tests/search/queries.ko.yml
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

site, lang = Path(sys.argv[1]), sys.argv[2]
text = (site / "search" / f"{lang}.js").read_text(encoding="utf-8")
index = json.loads(text[text.index("]=") + 2:].rstrip().rstrip(";"))
docs = index["docs"]
NO_SPACE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\uac00-\ud7af]")
WORD = re.compile(r"[^\s\d.,:;!?()\[\]«»\"'’“”/·—–-]+")


def terms(title: str) -> list[str]:
    out = []
    for word in WORD.findall(title.lower()):
        if NO_SPACE.search(word):
            if lang == "ko" and len(word) >= 3 and word[-1] in "은는이가을를의에와과로도":
                word = word[:-1]
            if len(word) >= 2:
                out.append(word)
        elif len(word) >= 5:
            out.append(word)
    return out


pages: dict[str, str] = {}
for url, title, heading, _body in docs:
    page = url.split("#")[0]
    pages.setdefault(page, "")
    pages[page] += " " + (heading or title) + " " + title
frequency = Counter(t for page in pages.values() for t in set(terms(page)))
pairs, seen = [], set()
for page, titles in pages.items():
    for term in terms(titles):
        if frequency[term] <= 2 and term not in seen and not page.startswith(f"{lang}/handbook"):
            seen.add(term)
            pairs.append((term, page))
print(f"# Search queries for `{lang}`: term -> the page it must find in the top 5.")
print("# Drafted by tests/tools/make_queries.py from page titles and headings; reviewed.")
print("queries:")
for term, page in pairs[:60]:
    print(f"  - {{q: {json.dumps(term, ensure_ascii=False)}, page: {page}}}")
