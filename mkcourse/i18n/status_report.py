"""`mkcourse status` output: a table per language, or JSON for tools and CI."""

from __future__ import annotations

import json

from .status import STATES, LanguageStatus

__all__ = ["status_text", "status_json"]


def status_json(result: list[LanguageStatus]) -> str:
    return json.dumps({"languages": [s.as_dict() for s in result]}, ensure_ascii=False,
                      indent=2) + "\n"


def _percent(done: int, total: int) -> str:
    return f"{100 * done // total}%" if total else "–"


def status_text(result: list[LanguageStatus]) -> str:
    lines: list[str] = []
    for s in result:
        counts = ", ".join(f"{s.count(state)} {state}" for state in STATES if s.count(state))
        lines.append(f"{s.code} {s.name} ({s.status}): {len(s.pages)} pages: {counts}")
        lines.append(f"  interface: {s.ui_translated}/{s.ui_total} "
                     f"({_percent(s.ui_translated, s.ui_total)});  glossary: "
                     f"{s.glossary_translated}/{s.glossary_total} "
                     f"({_percent(s.glossary_translated, s.glossary_total)})")
        modules: dict[str, list[str]] = {}
        for page in s.pages:
            modules.setdefault(page.module, []).append(page.state)
        for module, states in modules.items():
            summary = ", ".join(f"{states.count(x)} {x}" for x in STATES if x in states)
            lines.append(f"  {module:24} {summary}")
        lines.extend(f"  orphan: translations/{s.code}/{orphan}" for orphan in s.orphans)
        lines.append("")
    return "\n".join(lines) if lines else "No translations.\n"
