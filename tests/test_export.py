"""Exports for organizers: Moodle XML (all languages in one question) and GIFT."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import REPO, SAMPLE, run_mkcourse

from mkcourse.check import load_project


def test_moodle_xml_holds_every_question_in_every_language(tmp_path: Path):
    out = tmp_path / "quiz.xml"
    result = run_mkcourse("export", "moodle", "--root", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote 7 questions in en, ko to {out}.\n"
    root = ET.parse(out).getroot()
    questions = {q.findtext("name/text"): q for q in root.findall("question")
                 if q.get("type") != "category"}
    assert set(questions) == {"tnd-portal", "tnd-stages", "tnd-electronic", "tnd-agency",
                              "tnd-amount", "tnd-order", "tnd-match"}
    portal = questions["tnd-portal"]
    assert portal.get("type") == "multichoice" and portal.findtext("single") == "true"
    text = portal.findtext("questiontext/text")
    assert '<span lang="en" class="multilang">Where is the tender notice published?</span>' in text
    assert '<span lang="ko" class="multilang">입찰공고는 어디에 게시됩니까?</span>' in text
    fractions = [a.get("fraction") for a in portal.findall("answer")]
    assert fractions == ["100", "0", "0"]
    stages = [a.get("fraction") for a in questions["tnd-stages"].findall("answer")]
    assert stages == ["50", "50", "-100"]
    amount = questions["tnd-amount"]
    assert amount.get("type") == "numerical" and amount.findtext("answer/text") == "1250.5"
    accepted = [a.findtext("text") for a in questions["tnd-agency"].findall("answer")]
    assert accepted == ["PPS", "Public Procurement Service", "조달청"]
    match = questions["tnd-match"]  # not translated: the source text only
    assert match.findtext("subquestion/text") == "입찰공고"


def test_the_real_course_exports_every_question(tmp_path: Path):
    out = tmp_path / "course.xml"
    assert run_mkcourse("export", "moodle", "--root", str(REPO), "-o", str(out)).returncode == 0
    project = load_project(REPO)
    wanted = {q.id for m in project.course.ordered_modules() for q in m.questions}
    root = ET.parse(out).getroot()
    names = [q.findtext("name/text") for q in root.findall("question")
             if q.get("type") != "category"]
    assert sorted(names) == sorted(wanted) and len(wanted) >= 80
    translated = {qid for (lang, _rel), page in project.translations.pages.items()
                  if lang == "ko" for qid in page.questions}
    with_korean = {q.findtext("name/text") for q in root.findall("question")
                   if 'lang="ko"' in (q.findtext("questiontext/text") or "")}
    assert translated and with_korean == translated


def test_gift_for_one_language(tmp_path: Path):
    out = tmp_path / "quiz.gift"
    result = run_mkcourse("export", "gift", "--root", str(SAMPLE), "--lang", "ko", "-o",
                          str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert ("::tnd-portal:: 입찰공고는 어디에 게시됩니까? {\n"
            "\t=국가 포털 #맞습니다. 모든 공고가 게시됩니다.") in text
    assert "::tnd-amount:: 1,250.5천 원의 입찰은 몇 천 원입니까? (천 원) {\n\t#1250.5:0" in text
    assert "\t~%50%공고\n\t~%50%제출\n\t~%-100%추첨 #추첨 단계는 없습니다." in text
    assert "\t=공고 -> 1번째\n" in text  # order as matching to positions
    assert "$CATEGORY: $course$/Sample procurement course/온라인 입찰" in text
    assert text.count("::tnd-") == 7


def test_gift_escapes_special_characters():
    from mkcourse.export.gift import _e

    assert _e("a: {b} = ~c #d") == "a\\: \\{b\\} \\= \\~c \\#d"
