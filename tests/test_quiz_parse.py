"""Quiz blocks: parsing every type, keys, translations carrying text only, fixed shuffles."""

from __future__ import annotations

from pathlib import Path

from conftest import SAMPLE

from mkcourse.check import load_project
from mkcourse.quiz.render import shuffled


def test_every_type_is_read_with_its_key():
    project = load_project(SAMPLE)
    page = next(p for p in project.course.modules["tendering"].pages if p.rel.endswith("quiz.md"))
    keys = {q.id: (q.type, q.key()) for q in page.questions}
    assert keys == {
        "tnd-portal": ("single", {"correct": [0]}),
        "tnd-stages": ("multiple", {"correct": [0, 1]}),
        "tnd-electronic": ("truefalse", {"answer": True}),
        "tnd-agency": ("text", {"answers": ["PPS", "Public Procurement Service"]}),
        "tnd-amount": ("numeric", {"answer": 1250.5, "tolerance": 0.0}),
        "tnd-order": ("order", {"count": 3}),
        "tnd-match": ("match", {"count": 3}),
    }
    assert page.questions[0].line == 7  # the line of the ```quiz fence


def test_translation_supplies_text_and_keeps_the_source_key():
    project = load_project(SAMPLE)
    ko = project.translations.page("ko", "modules/02-tendering/quiz.md")
    assert ko is not None
    portal = ko.questions["tnd-portal"]
    assert portal.prompt == "입찰공고는 어디에 게시됩니까?"
    assert [o.correct for o in portal.options] == [True, False, False]
    assert ko.questions["tnd-stages"].correct_indexes == [0, 1]  # marks left out: source's
    amount = ko.questions["tnd-amount"]
    assert amount.answer == 1250.5 and amount.unit == "천 원"
    assert ko.questions["tnd-agency"].answers == ["조달청", "PPS", "Public Procurement Service"]
    assert "tnd-match" not in ko.questions  # shown from the source, with a warning


def test_shuffles_are_fixed_and_never_the_answer():
    assert shuffled("tnd-order", 3) == shuffled("tnd-order", 3)
    for n in range(2, 9):
        for qid in ("a", "b", "c", "tnd-order", "bid-stages-order"):
            order = shuffled(qid, n)
            assert sorted(order) == list(range(n)) and order != list(range(n))


def test_a_page_without_front_matter_is_read(tmp_path: Path):
    assert load_project(SAMPLE).course.modules["tendering"].pages[1].title == "Opening the bids"
