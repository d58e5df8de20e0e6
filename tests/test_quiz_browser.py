"""Quizzes in Chromium, as a trainee uses them: every type, keyboard only, saved progress
shared across languages, clearing, scores, and the grading rules in the browser."""

from __future__ import annotations

from decimal import Decimal

import pytest
from quiz_cases import NUMBER_CASES

pytestmark = pytest.mark.browser

QUIZ = "modules/02-tendering/quiz.html"

# How to answer each question right and wrong, with the mouse: (question id, right, wrong).
ANSWERS = {
    "tnd-portal": (lambda q: q.get_by_label("On the national portal").check(),
                   lambda q: q.get_by_label("In a local newspaper only").check()),
    "tnd-stages": (lambda q: [q.get_by_label(x).check() for x in ("Notice", "Submission")],
                   lambda q: [q.get_by_label(x).check() for x in ("Notice", "Lottery")]),
    "tnd-electronic": (lambda q: q.get_by_label("True").check(),
                       lambda q: q.get_by_label("False").check()),
    "tnd-agency": (lambda q: q.get_by_label("Your answer").fill("  pps "),
                   lambda q: q.get_by_label("Your answer").fill("KFTC")),
    "tnd-amount": (lambda q: q.get_by_label("Your answer").fill("1,250.5"),
                   lambda q: q.get_by_label("Your answer").fill("1,205.5")),
}


def open_quiz(page, site_url: str, path: str = QUIZ) -> None:
    page.goto(f"{site_url}/{path}")
    page.evaluate("localStorage.clear()")
    page.reload()


def check(question) -> str:
    question.get_by_role("button", name="Check").click()
    return question.locator(".mc-q__feedback").inner_text()


def put_in_order(question, wanted: list[str]) -> None:
    """Move items with the arrow buttons until they read `wanted` top to bottom."""
    for position, text in enumerate(wanted):
        while True:
            items = question.locator(".mc-order__text").all_inner_texts()
            index = items.index(text)
            if index == position:
                break
            question.get_by_role("button", name=f"Move up: {text}").click()


def match_all(question, pairs: dict[str, str]) -> None:
    for left, right in pairs.items():
        question.get_by_label(left).select_option(label=right)


@pytest.mark.parametrize("qid", list(ANSWERS))
def test_choice_and_typed_answers_give_feedback(page, site_url: str, qid: str):
    open_quiz(page, site_url)
    question = page.locator(f"#q-{qid}")
    right, wrong = ANSWERS[qid]
    assert question.locator(".mc-q__explanation").is_hidden()
    wrong(question)
    assert check(question).startswith("Not quite.")
    assert question.locator(".mc-q__explanation").is_visible()
    page.reload()
    question = page.locator(f"#q-{qid}")
    if qid in ("tnd-stages",):
        question.get_by_label("Lottery").uncheck()
        question.get_by_label("Submission").check()
    else:
        right(question)
    assert check(question).startswith("Correct.")


def test_per_option_feedback_and_hints(page, site_url: str):
    open_quiz(page, site_url)
    question = page.locator("#q-tnd-portal")
    hint = question.get_by_role("button", name="Show a hint")
    hint.click()
    assert question.get_by_text("Think of the single window.").is_visible()
    assert question.get_by_text("It is on line.").is_hidden()
    hint.click()
    assert question.get_by_text("It is on line.").is_visible() and hint.is_disabled()
    question.get_by_label("In a local newspaper only").check()
    assert check(question) == "Not quite. Paper notices are not enough."


def test_order_and_match_right_and_wrong(page, site_url: str):
    open_quiz(page, site_url)
    order = page.locator("#q-tnd-order")
    put_in_order(order, ["Opening", "Notice", "Submission"])
    assert check(order) == "Not quite."
    put_in_order(order, ["Notice", "Submission", "Opening"])
    assert check(order) == "Correct."
    match = page.locator("#q-tnd-match")
    match_all(match, {"입찰공고": "bid submission", "투찰": "bid notice", "개찰": "bid opening"})
    assert check(match) == "Not quite."
    assert match.locator(".mc-bad").count() == 2
    match_all(match, {"입찰공고": "bid notice", "투찰": "bid submission"})
    assert check(match) == "Correct."


def by_keys(page, qid: str, *keys: str) -> str:
    """Focus the question's first control, press `keys`, submit with Enter; the feedback."""
    page.locator(f"#q-{qid} input").first.focus()
    for key in (*keys, "Enter"):
        page.keyboard.press(key)
    return page.locator(f"#q-{qid} .mc-q__feedback").inner_text()


def test_every_type_can_be_done_with_the_keyboard(page, site_url: str):
    open_quiz(page, site_url)
    keyboard = page.keyboard
    # single and true/false: Space picks the focused radio; multiple: Tab between boxes
    assert by_keys(page, "tnd-portal", "Space").startswith("Correct.")
    assert by_keys(page, "tnd-stages", "Space", "Tab", "Space").startswith("Correct.")
    assert by_keys(page, "tnd-electronic", "Space").startswith("Correct.")
    # text and numeric: type, Enter
    page.locator("#q-tnd-agency input").focus()
    keyboard.type("Public Procurement Service")
    keyboard.press("Enter")
    assert page.locator("#q-tnd-agency .mc-q__feedback").inner_text().startswith("Correct.")
    page.locator("#q-tnd-amount input").focus()
    keyboard.type("1250.5")
    keyboard.press("Enter")
    assert page.locator("#q-tnd-amount .mc-q__feedback").inner_text().startswith("Correct.")
    # order: the move buttons answer to Enter and keep the focus
    order = page.locator("#q-tnd-order")
    for _ in range(6):
        texts = order.locator(".mc-order__text").all_inner_texts()
        if texts == ["Notice", "Submission", "Opening"]:
            break
        goal = ["Notice", "Submission", "Opening"]
        wrong = next(t for i, t in enumerate(texts) if t != goal[i])
        way = "up" if texts.index(wrong) > goal.index(wrong) else "down"
        button = order.get_by_role("button", name=f"Move {way}: {wrong}")
        button.focus()
        keyboard.press("Enter")
    order.get_by_role("button", name="Check").focus()
    keyboard.press("Enter")
    assert order.locator(".mc-q__feedback").inner_text() == "Correct."
    # match: a select changes with the arrow keys
    match = page.locator("#q-tnd-match")
    pairs = (("입찰공고", "bid notice"), ("투찰", "bid submission"), ("개찰", "bid opening"))
    for left, right in pairs:
        select = match.get_by_label(left)
        select.focus()
        options = select.locator("option").all_inner_texts()
        for _ in range(options.index(right)):
            keyboard.press("ArrowDown")
        assert select.evaluate("s => s.options[s.selectedIndex].text") == right
    match.get_by_role("button", name="Check").focus()
    keyboard.press("Enter")
    assert match.locator(".mc-q__feedback").inner_text() == "Correct."


def test_progress_survives_reload_and_language_switch(page, site_url: str):
    open_quiz(page, site_url)
    page.locator("#q-tnd-portal").get_by_label("On the national portal").check()
    check(page.locator("#q-tnd-portal"))
    page.locator("#q-tnd-amount").get_by_label("Your answer").fill("12,5")
    check(page.locator("#q-tnd-amount"))
    page.reload()
    assert page.locator("#q-tnd-portal .mc-q__feedback").inner_text().startswith("Correct.")
    assert page.locator("#q-tnd-amount input").input_value() == "12,5"
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select").get_by_role("link", name="한국어", exact=True).click()
    page.wait_for_url(f"**/ko/{QUIZ}")
    portal = page.locator("#q-tnd-portal")
    assert portal.get_by_label("국가 포털").is_checked()
    assert portal.locator(".mc-q__feedback").inner_text().startswith("정답입니다.")
    assert page.locator(".mc-score__text").inner_text() == "7문제 중 1문제 정답, 2문제 답함"
    untranslated = page.locator("#q-tnd-match")
    assert untranslated.get_attribute("lang") == "en"
    assert "아직 번역되지 않아" in untranslated.locator(".mc-q__notice").inner_text()


def test_scores_on_progress_page_and_module_page_and_clearing(page, site_url: str):
    open_quiz(page, site_url)
    for qid, (right, _wrong) in ANSWERS.items():
        question = page.locator(f"#q-{qid}")
        (right if qid != "tnd-amount" else ANSWERS[qid][1])(question)
        check(question)
    assert page.locator(".mc-score__text").inner_text() == "4 of 7 correct, 5 answered"
    page.goto(f"{site_url}/progress.html")
    row = page.locator(".mc-progress tr", has_text="Tendering on line")
    assert row.locator(".mc-progress__answered").inner_text() == "5 / 7"
    assert row.locator(".mc-progress__score").inner_text() == "57% (4 / 7)"
    page.goto(f"{site_url}/modules/02-tendering/index.html")
    assert page.locator(".mc-score__text").inner_text() == "4 of 7 correct, 5 answered"
    page.goto(f"{site_url}/progress.html")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear my answers").click()
    assert row.locator(".mc-progress__answered").inner_text() == "0 / 7"
    page.goto(f"{site_url}/{QUIZ}")
    assert page.locator("#q-tnd-portal .mc-q__feedback").inner_text() == ""
    assert not page.locator("#q-tnd-portal input").first.is_checked()


def test_browser_reads_numbers_like_grade_py(page, site_url: str):
    page.goto(f"{site_url}/{QUIZ}")
    for text, decimal, group, expected in NUMBER_CASES:
        value = page.evaluate("([t, d, g]) => window.mkcourseQuiz.parseNumber(t, d, g)",
                              [text, decimal, group])
        wanted = None if expected is None else float(Decimal(expected))
        assert value == wanted, (text, decimal, group)


def test_quiz_answers_are_not_in_the_search_index(built_sample):
    index = "".join(p.read_text(encoding="utf-8")
                    for p in (built_sample / "site" / "search").glob("*.js"))
    for secret in ("Paper notices are not enough", "Notice, then submission, then opening",
                   "Public Procurement Service (PPS) runs it", "There is no lottery stage"):
        assert secret not in index
    assert "SAMPLEWORDTENDER" in index  # the lesson itself is indexed
