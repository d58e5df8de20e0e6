"""Render the per-language view of each page as Markdown, through Jinja templates.

For each built language and each page: the translation when there is one (with a notice
when it is stale or a draft), otherwise the source text with a notice in the reader's
language that links to the original. Generated pages (course home, glossary) are built
from course.yml and glossary.yml. Nothing here imports MkDocs.
"""

from __future__ import annotations

import gettext
import posixpath
import re
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .i18n.catalog import load_ui_translations
from .i18n.dates import date_range, long_date, short_time, zone_name
from .i18n.status import STATES, LanguageStatus
from .i18n.translations import TranslatedPage, TranslationSet
from .model import Course, Language, Module, Page
from .quiz.pages import QuizPages

__all__ = ["Renderer", "RenderedPage", "page_dest", "relative_url"]

_SOURCES_HEADING = re.compile(r"^##\s+.*\{\s*#sources\s*\}\s*$", re.MULTILINE)
_H1 = re.compile(r"^#\s+\S", re.MULTILINE)


@dataclass
class RenderedPage:
    rel: str  # e.g. "modules/02-x/index.md"
    text: str


def page_dest(rel: str, use_directory_urls: bool) -> str:
    """The output path MkDocs gives a page source, e.g. modules/x/lesson.md -> .../lesson.html."""
    stem = posixpath.splitext(rel)[0]
    if posixpath.basename(stem) in ("index", "README"):
        return posixpath.join(posixpath.dirname(stem), "index.html")
    return stem + ("/index.html" if use_directory_urls else ".html")


def relative_url(from_dest: str, to_dest: str, use_directory_urls: bool) -> str:
    url = posixpath.relpath(to_dest, posixpath.dirname(from_dest) or ".")
    if use_directory_urls and url.endswith("index.html"):
        url = url[: -len("index.html")] or "./"
    return url


def _yaml_text(value: str) -> Markup:
    """A double-quoted YAML scalar; Markup, so that HTML escaping does not break the YAML."""
    return Markup('"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"')


def _cell(value: str) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


class Renderer:
    """Renders the pages of one language."""

    def __init__(self, course: Course, translations: TranslationSet, language: Language,
                 use_directory_urls: bool) -> None:
        self.course = course
        self.translations = translations
        self.language = language
        self.use_directory_urls = use_directory_urls
        self.source = course.languages[0]
        self.gettext = (gettext.NullTranslations() if language.status == "source"
                        else load_ui_translations(course.root, language.code))
        self.env = Environment(loader=PackageLoader("mkcourse", "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True),
                               undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=True, extensions=["jinja2.ext.i18n"])
        self.env.install_gettext_translations(self.gettext, newstyle=True)  # type: ignore[attr-defined]
        self.env.filters["yaml_text"] = _yaml_text
        self.env.filters["cell"] = _cell
        self.quiz = QuizPages(self)

    # -- small helpers -------------------------------------------------------------------

    def _(self, message: str, **values: Any) -> str:
        text = self.gettext.gettext(message)
        return text % values if values else text

    def _n(self, singular: str, plural: str, count: int) -> str:
        return self.gettext.ngettext(singular, plural, count) % {"num": count}

    def duration(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        parts = []
        if hours:
            parts.append(self._n("%(num)d hour", "%(num)d hours", hours))
        if rest or not hours:
            parts.append(self._n("%(num)d minute", "%(num)d minutes", rest))
        return " ".join(parts)

    def status_name(self, status: str) -> str:
        names = {"beta": self._("beta"), "published": self._("published"),
                 "incubating": self._("incubating")}
        return names.get(status, status)

    def level(self, level: str) -> str:
        labels = {"introductory": self._("Introductory"), "intermediate": self._("Intermediate"),
                  "advanced": self._("Advanced")}
        return labels.get(level, level)

    def day_label(self, number: int) -> str:
        return self._("Day %(number)d", number=number)

    def link(self, from_rel: str, to_rel: str) -> str:
        """A Markdown link target between two pages of the same language (MkDocs resolves it)."""
        return posixpath.relpath(to_rel, posixpath.dirname(from_rel) or ".")

    def url(self, from_rel: str, to_rel: str) -> str:
        """A final URL between two pages of the same language, for raw HTML links."""
        return relative_url(page_dest(from_rel, self.use_directory_urls),
                            page_dest(to_rel, self.use_directory_urls), self.use_directory_urls)

    def source_url(self, rel: str) -> str:
        """URL of the source-language page, relative to this language's copy of `rel`."""
        dest = page_dest(rel, self.use_directory_urls)
        here = f"{self.language.code}/{dest}"
        return relative_url(here, dest, self.use_directory_urls)

    def translated_title(self, module: Module) -> str:
        page = self.translation(module.index.rel)
        title = page.meta.get("title") if page else None
        return title if isinstance(title, str) and title.strip() else module.title

    def translation(self, rel: str) -> TranslatedPage | None:
        if self.language.status == "source":
            return None
        return self.translations.page(self.language.code, rel)

    def schedule_day(self, module_id: str) -> str | None:
        for day in self.course.schedule:
            if any(s.module == module_id for s in day.sessions):
                return self.day_label(day.number)
        return None

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    # -- notices -------------------------------------------------------------------------

    def notice(self, name: str, rel: str) -> str:
        source_name = self.source.name
        texts = {
            "fallback": ("warning", self._("Not yet translated"),
                         self._("This page has not been translated into %(language)s yet, "
                                "so it is shown in %(source)s.",
                                language=self.language.name, source=source_name)),
            "stale": ("warning", self._("Translation out of date"),
                      self._("The original of this page has changed since it was translated. "
                             "Figures and rules here may be out of date.")),
            "draft": ("info", self._("Machine-assisted draft"),
                      self._("This translation is a machine-assisted draft, not yet reviewed.")),
        }
        kind, title, text = texts[name]
        return self.render("notice.md.j2", name=name, kind=kind, title=title, text=text,
                           link=self.source_url(rel), link_lang=self.source.code,
                           link_text=self._("Read the original (%(source)s)",
                                            source=source_name))

    def wrap_source(self, body: str) -> str:
        """Source text on a translated page keeps its own language and direction."""
        return (f'<div lang="{self.source.code}" dir="{self.source.direction}" markdown>\n\n'
                f"{body.strip()}\n\n</div>\n")

    # -- pages ---------------------------------------------------------------------------

    def content_page(self, page: Page, module: Module | None) -> RenderedPage:
        """A module page (or other authored page) in this language."""
        translated = self.translation(page.rel)
        notices = ""
        meta: dict[str, Any] = dict(page.meta)
        if self.language.status == "source":
            body = self.quiz.replace_blocks(page, page.body, page.body_line, None)
        elif translated is None:
            body = self.wrap_source(self.quiz.replace_blocks(page, page.body, page.body_line,
                                                             None))
            notices = self.notice("fallback", page.rel)
        else:
            body = self.quiz.replace_blocks(page, translated.body, translated.body_line,
                                            translated)
            meta.update({k: v for k, v in translated.meta.items() if v is not None})
            if translated.is_stale(page.path.read_text(encoding="utf-8")):
                notices += self.notice("stale", page.rel)
            if translated.status == "draft" or self.language.status == "beta":
                notices += self.notice("draft", page.rel)
        title = meta.get("title") if isinstance(meta.get("title"), str) else page.title
        header = ""
        if module is not None and page.rel == module.index.rel:
            title = self.translated_title(module)
            header = self.module_header(module, meta) + self.quiz.module_score(module)
            body = self.with_keypoints(body, module, meta)
        heading = "" if _H1.search(body) else f"# {title}\n\n"
        # A page shown in the source language is left out of this language's search.
        flag = "mkcourse_fallback: true\n" if translated is None and \
            self.language.status != "source" else ""
        front = f"---\ntitle: {_yaml_text(str(title))}\n{flag}---\n\n"
        return RenderedPage(page.rel, front + heading + header + "\n" + notices + body)

    def module_header(self, module: Module, meta: dict[str, Any]) -> str:
        order = self.course.ordered_modules()
        position = order.index(module) if module in order else -1
        rel = module.index.rel

        def ref(other: Module) -> dict[str, str]:
            return {"title": self.translated_title(other),
                    "link": self.link(rel, other.index.rel)}

        prereqs = [ref(self.course.modules[p]) for p in module.prerequisites
                   if p in self.course.modules]
        return self.render(
            "module_header.md.j2",
            prev=ref(order[position - 1]) if position > 0 else None,
            next=ref(order[position + 1]) if 0 <= position < len(order) - 1 else None,
            duration=self.duration(module.duration), level=self.level(module.level),
            day=self.schedule_day(module.id),
            objectives=_text_list(meta.get("objectives"), module.objectives),
            prerequisites=prereqs)

    def with_keypoints(self, body: str, module: Module, meta: dict[str, Any]) -> str:
        points = _text_list(meta.get("keypoints"), module.keypoints)
        if not points:
            return body
        block = self.render("keypoints.md.j2", keypoints=points)
        match = _SOURCES_HEADING.search(body)
        if match is None:
            return body.rstrip() + "\n\n" + block
        return body[: match.start()] + block + "\n" + body[match.start():]

    def home(self) -> RenderedPage:
        texts = self.translations.course.get(self.language.code, {})
        modules = []
        for module in self.course.ordered_modules():
            translated = self.translation(module.index.rel)
            meta = translated.meta if translated else {}
            modules.append({
                "id": module.id, "title": self.translated_title(module),
                "link": self.link("index.md", module.index.rel),
                "duration": self.duration(module.duration), "level": self.level(module.level),
                "day": self.schedule_day(module.id),
                "objectives": _text_list(meta.get("objectives"), module.objectives)})
        draft = self.language.status == "beta" or texts.get("status") == "draft"
        text = self.render(
            "home.md.j2", notices=Markup(self.notice("draft", "index.md") if draft else ""),
            course={"title": texts.get("title", self.course.title),
                    "description": texts.get("description", self.course.description),
                    "audience": texts.get("audience", self.course.audience)},
            modules=modules, days=self._days(texts, "index.md"), edition=self._edition())
        return RenderedPage("index.md", text)

    def _edition(self) -> dict[str, str] | None:
        edition = self.course.edition
        if edition is None:
            return None
        last = max((day.number for day in self.course.schedule), default=1)
        contact = " ".join(v for v in (edition.contact.get("name"), edition.contact.get("email"))
                           if v)
        return {"title": edition.title, "venue": edition.venue, "contact": contact,
                "dates": date_range(edition.day_date(1), edition.day_date(last),
                                    self.language.code)}

    def schedule(self) -> RenderedPage:
        """The schedule page: with an edition, real dates and times in the reader's language."""
        texts = self.translations.course.get(self.language.code, {})
        edition = self.course.edition
        zone_note = ""
        if edition is not None:
            moment = edition.moment(1, "09:00")
            zone_note = self._("Times are in %(zone)s (%(tz)s).",
                               zone=zone_name(moment, self.language.code), tz=edition.timezone)
        return RenderedPage("schedule.md", self.render(
            "schedule.md.j2", title=self._("Schedule"), edition=self._edition(),
            zone_note=zone_note, days=self._days(texts, "schedule.md")))

    def _days(self, texts: dict[str, Any], from_rel: str) -> list[dict[str, Any]]:
        day_titles = texts.get("days", {})
        session_titles = texts.get("sessions", {})
        days = []
        for day in self.course.schedule:
            sessions = []
            for session in day.sessions:
                module = self.course.modules.get(session.module or "")
                if module is not None:
                    title = self.translated_title(module)
                    link = self.link(from_rel, module.index.rel)
                else:
                    title = session_titles.get(session.title or "", session.title or "")
                    link = None
                start, end = session.start, session.end
                edition = self.course.edition
                if edition is not None:
                    start = short_time(edition.moment(day.number, start), self.language.code)
                    end = short_time(edition.moment(day.number, end), self.language.code)
                sessions.append({"start": start, "end": end, "title": _cell(title),
                                 "link": link})
            label = self.day_label(day.number)
            if self.course.edition is not None:
                label += ", " + long_date(self.course.edition.day_date(day.number),
                                          self.language.code)
            days.append({"number": day.number, "label": label,
                         "title": day_titles.get(str(day.number), day.title), "sessions": sessions})
        return days

    def translation_dashboard(self, statuses: list[LanguageStatus]) -> RenderedPage:
        """One row per language: a bar of reviewed, draft, stale and missing pages."""
        names = {"reviewed": self._("reviewed"), "translated": self._("translated"),
                 "draft": self._("draft"), "stale": self._("stale"),
                 "missing": self._("missing")}
        rows = []
        for status in statuses:
            parts = [{"state": state, "count": status.count(state),
                      "text": f"{status.count(state)} {names[state]}"}
                     for state in STATES if status.count(state)]
            label = ", ".join(str(p["text"]) for p in parts)
            rows.append({"code": status.code, "name": status.name,
                         "status": self.status_name(status.status),
                         "parts": parts, "label": label,
                         "ui": f"{status.ui_translated} / {status.ui_total}",
                         "glossary": f"{status.glossary_translated} / {status.glossary_total}"})
        return RenderedPage("handbook/translation-status.md", self.render(
            "translation_status.md.j2", title=self._("Translation status"), rows=rows,
            intro=self._("How far each language has come. Draft pages are machine-assisted "
                         "and not yet reviewed; stale pages follow an older version of the "
                         "original; missing pages are shown in the original language."),
            legend=list(names.items())))

    def glossary(self) -> RenderedPage:
        own = self.translations.glossary.get(self.language.code, {})
        terms = []
        for term in self.course.glossary:
            entry = own.get(term.id, {}) if self.language.status != "source" else {}
            fallback = self.language.status != "source" and not entry.get("term")
            terms.append({"id": term.id, "term": _cell(entry.get("term", term.term)),
                          "korean": _cell(term.korean), "romanized": _cell(term.romanized),
                          "definition": _cell(entry.get("definition", term.definition)),
                          "fallback": fallback})
        title = self._("Glossary")
        intro = self._("Terms used in this course, with their Korean originals.")
        return RenderedPage("glossary.md", self.render(
            "glossary.md.j2", title=title, intro=intro, terms=terms,
            source_lang=self.source.code))


def _text_list(value: Any, default: list[str]) -> list[str]:
    if isinstance(value, list) and all(isinstance(v, str) for v in value) and value:
        return value
    return default

