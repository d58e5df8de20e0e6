"""Quiz parts of the pages of one language: questions, scores, progress page, answer keys.

Used by render.Renderer; every visible string goes through the language's catalog.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from babel.numbers import format_decimal
from markupsafe import Markup

from ..i18n.languages import babel_locale
from .grade import number_symbols
from .model import Question
from .render import question_context, replace_quiz_blocks

if TYPE_CHECKING:
    from ..i18n.translations import TranslatedPage
    from ..model import Module, Page
    from ..render import Renderer

__all__ = ["QuizPages"]


class QuizPages:
    def __init__(self, renderer: Renderer) -> None:
        self.r = renderer

    # -- questions inside a page ---------------------------------------------------------

    def replace_blocks(self, page: Page, body: str, body_line: int,
                       translated: TranslatedPage | None) -> str:
        """The page body with each ```quiz block turned into the widget's HTML."""
        if not page.questions:
            return body
        source = {q.id: q for q in page.questions}
        own = translated.questions if translated else source
        before_first, after = self._missing_layout(page.questions, own)
        number = iter(range(1, len(page.questions) + 1))

        def one(q: Question, untranslated: bool) -> str:
            return self.question(q, next(number), untranslated)

        def block(qid: str | None, index: int) -> str:
            q = own.get(qid or "")
            if q is None:
                return ""
            html = "".join(one(m, True) for m in before_first) if index == 0 else ""
            return html + one(q, False) + "".join(one(m, True) for m in after.get(q.id, []))

        def tail() -> str:
            leftover = before_first if not own else []
            return "".join(one(m, True) for m in leftover) + self.score(page.questions,
                                                                        clear=True)

        return replace_quiz_blocks(body, body_line, block, tail) + self.config_block()

    @staticmethod
    def _missing_layout(source: list[Question], own: dict[str, Question]
                        ) -> tuple[list[Question], dict[str, list[Question]]]:
        """Where to show source questions that the translation lacks: after their neighbour."""
        before_first: list[Question] = []
        after: dict[str, list[Question]] = {}
        last: str | None = None
        for q in source:
            if q.id in own:
                last = q.id
            elif last is None:
                before_first.append(q)
            else:
                after.setdefault(last, []).append(q)
        return before_first, after

    def question(self, q: Question, number: int, untranslated: bool) -> str:
        context = question_context(q, number)
        source = self.r.source
        context.update(
            lang=source.code if untranslated else None, dir=source.direction,
            notice=self.r._("This question is not translated yet; it is shown in %(source)s.",
                            source=source.name) if untranslated else "")
        return "\n" + self.r.render("quiz_question.html.j2", **context) + "\n"

    def score(self, questions: list[Question], clear: bool = False,
              link: str | None = None) -> str:
        return "\n" + self.r.render("quiz_score.html.j2", qids=[q.id for q in questions],
                                    clear=clear, link=link) + "\n"

    def config_block(self) -> str:
        decimal, group = number_symbols(self.r.language.code)
        _ = self.r._
        strings = {
            "correct": _("Correct."),
            "incorrect": _("Not quite."),
            "unanswered": _("Answer the question first."),
            "notNumber": _("This is not a number I can read. Type digits, for example "
                           "{example}."),
            "accepted": _("An accepted answer: {answer}"),
            "score": _("{correct} of {total} correct, {answered} answered"),
            "none": _("No answers saved yet."),
            "percent": _("{value}%"),
            "confirmClear": _("Clear every saved answer of this course on this computer?"),
            "cleared": _("Your answers have been cleared."),
            "moved": _("{item}: now at position {position} of {total}"),
        }
        config = {"course": self.r.course.id, "decimal": decimal, "group": group,
                  "example": f"1{group}250{decimal}5" if group.strip() else f"1250{decimal}5",
                  "strings": strings}
        data = json.dumps(config, ensure_ascii=False)
        return "\n" + self.r.render("quiz_strings.html.j2", config_json=data) + "\n"

    # -- module pages, progress page, answer keys ------------------------------------------

    def module_score(self, module: Module) -> str:
        quiz_page = next((p for p in module.pages if p.questions), None)
        if quiz_page is None:
            return ""
        link = self.r.url(module.index.rel, quiz_page.rel)
        return self.score(module.questions, link=link) + self.config_block()

    def progress_page(self) -> tuple[str, str]:
        rows = []
        for module in self.r.course.ordered_modules():
            if not module.questions:
                continue
            quiz_page = next(p for p in module.pages if p.questions)
            rows.append({"title": self.r.translated_title(module),
                         "link": self.r.url("progress.md", quiz_page.rel),
                         "qids": [q.id for q in module.questions]})
        text = self.r.render(
            "progress.md.j2", title=self.r._("My progress"), rows=rows,
            certificate=Markup(self.certificate()),
            intro=self.r._("Your answers are saved in this browser only, on this computer. "
                           "They are shared by every language of the course."),
            privacy=self.r._("Nothing is sent anywhere. On a shared computer, clear your "
                             "answers when you finish."))
        return "progress.md", text + self.config_block()

    def certificate(self) -> str:
        """The printable certificate, when the edition offers one."""
        edition = self.r.course.edition
        if edition is None or not edition.certificates:
            return ""
        info = self.r._edition() or {}
        texts = self.r.translations.course.get(self.r.language.code, {})
        return self.r.render(
            "certificate.html.j2", course=texts.get("title", self.r.course.title),
            edition=f"{edition.title} · {info.get('dates', '')} · {edition.venue}",
            modules=[self.r.translated_title(m) for m in self.r.course.ordered_modules()])

    def answer_key(self, module: Module) -> tuple[str, str] | None:
        if not module.questions:
            return None
        questions: list[dict[str, Any]] = []
        for page in module.pages:
            translated = self.r.translation(page.rel)
            own = translated.questions if translated else {}
            for q in page.questions:
                shown = own.get(q.id, q)
                questions.append({"q": shown, "answer": self.answer_text(shown),
                                  "ordered": q.type == "order"})
        title = self.r._("Answer key: %(module)s", module=self.r.translated_title(module))
        text = self.r.render("answer_key.md.j2", title=title, questions=questions,
                             note=self.r._("For facilitators. Print this page; it is not "
                                           "listed in the navigation or the search."))
        return f"answer-keys/{module.folder}.md", text

    def answer_text(self, q: Question) -> list[str]:
        """The correct answer as lines a facilitator reads out."""
        if q.type in ("single", "multiple"):
            return [o.text for o in q.options if o.correct]
        if q.type == "truefalse":
            return [self.r._("True") if q.answer else self.r._("False")]
        if q.type == "numeric":
            locale = babel_locale(self.r.language.code) or "en"
            value = format_decimal(Decimal(str(q.answer)), locale=locale)
            tolerance = self.r._(" (± %(tolerance)s)", tolerance=f"{q.tolerance:g}") \
                if q.tolerance else ""
            return [f"{value} {q.unit}".strip() + tolerance]
        if q.type == "text":
            return q.answers
        if q.type == "order":
            return q.items
        return [f"{p.left} → {p.right}" for p in q.pairs]
