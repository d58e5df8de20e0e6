"""axe-core (from npm, see package.json) scans pages in Chromium: no serious or critical
violation may remain."""

from __future__ import annotations

import pytest
from conftest import REPO

pytestmark = pytest.mark.browser
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page) -> list[str]:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run ./scripts/node-deps (npm ci)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", ["modules/02-tendering/quiz.html",
                                  "ko/modules/02-tendering/quiz.html",
                                  "modules/02-tendering/index.html", "progress.html",
                                  "ko/index.html"])
def test_no_serious_accessibility_violation(page, site_url: str, path: str):
    page.goto(f"{site_url}/{path}")
    question = page.locator(".mc-q").first
    if question.count():
        # Scan the answered state too: feedback, explanation and marks are then shown.
        question.locator("input").first.check()
        question.get_by_role("button").first.click()
    assert serious_violations(page) == []
