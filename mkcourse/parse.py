"""Read a course from disk into the model: course.yml, modules, glossary and languages.

Parsing never stops at the first mistake: each problem goes into `Problems` with its file
and line, and whatever could be read is returned, so one run reports everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .i18n.languages import load_languages, source_language
from .model import LEVELS, Course, Day, GlossaryTerm, Module, Page, Pos, Session
from .problems import Problems
from .quiz.parse import parse_questions
from .schema import Field, item_line, read_fields
from .yamlpos import PosDict, YamlError, line_of, load_yaml, split_front_matter

__all__ = ["load_course", "read_markdown", "MarkdownFile", "page_sort_key"]

COURSE_FIELDS = [
    Field("id", "slug"),
    Field("title", "str"),
    Field("source_language", "str"),
    Field("audience", "str"),
    Field("description", "str", required=False, default=""),
    Field("modules", "list[str]"),
    Field("schedule", "list", required=False, default=[]),
]
DAY_FIELDS = [
    Field("day", "int"),
    Field("title", "str"),
    Field("sessions", "list"),
]
SESSION_FIELDS = [
    Field("start", "time"),
    Field("end", "time"),
    Field("module", "slug", required=False),
    Field("title", "str", required=False),
]
MODULE_FIELDS = [
    Field("id", "slug"),
    Field("title", "str"),
    Field("duration", "int", check=lambda v: None if v > 0 else "must be more than 0 minutes"),
    Field("level", "str", choices=LEVELS),
    Field("objectives", "list[str]"),
    Field("prerequisites", "list[str]", required=False, default=[]),
    Field("keypoints", "list[str]"),
]
PAGE_FIELDS = [Field("title", "str", required=False)]
TERM_FIELDS = [
    Field("id", "slug"),
    Field("term", "str"),
    Field("korean", "str"),
    Field("romanized", "str", required=False, default=""),
    Field("definition", "str"),
    Field("do_not_translate", "bool", required=False, default=False),
    Field("aliases", "list[str]", required=False, default=[]),
]


@dataclass
class MarkdownFile:
    path: Path
    meta: dict[str, Any]
    meta_line: int
    body: str
    body_line: int


def read_markdown(path: Path, problems: Problems) -> MarkdownFile | None:
    """Read a Markdown file and its front matter; a YAML error is reported with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.add(path, 0, "file-missing", f"cannot read the file: {error}")
        return None
    front, front_line, body, body_line = split_front_matter(text)
    meta: Any = PosDict()
    if front is not None:
        try:
            meta = load_yaml(front, line_offset=front_line - 1) or PosDict()
        except YamlError as error:
            problems.add(path, error.line, "yaml-invalid", f"front matter: {error.message}")
            return None
        if not isinstance(meta, dict):
            problems.add(path, front_line, "field-type",
                         "the front matter must be a mapping of fields (key: value)")
            return None
    return MarkdownFile(path, meta, max(front_line, 1), body, body_line)


def _load_yaml_file(path: Path, problems: Problems) -> Any:
    if not path.is_file():
        problems.add(path, 0, "file-missing", f"{path.name} is missing")
        return None
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as error:
        problems.add(path, error.line, "yaml-invalid", error.message)
    except (OSError, UnicodeDecodeError) as error:
        problems.add(path, 0, "file-missing", f"cannot read the file: {error}")
    return None


def page_sort_key(name: str) -> tuple[int, str]:
    """index.md first, quiz.md last, lesson pages by file name in between."""
    return (0 if name == "index.md" else 2 if name == "quiz.md" else 1, name)


def _page_title(md: MarkdownFile, fallback: str) -> str:
    title = md.meta.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    for line in md.body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def _load_module(folder: Path, curriculum: Path, problems: Problems) -> Module | None:
    index = folder / "index.md"
    if not index.is_file():
        problems.add(folder, 0, "file-missing",
                     f"module folder {folder.name}/ has no index.md")
        return None
    md = read_markdown(index, problems)
    if md is None:
        return None
    where = "the module front matter"
    values = read_fields(md.meta, MODULE_FIELDS, index, problems, where, line=md.meta_line)
    if values["id"] is None:
        return None
    pages: list[Page] = []
    for path in sorted(folder.glob("*.md"), key=lambda p: page_sort_key(p.name)):
        page_md = md if path == index else read_markdown(path, problems)
        if page_md is None:
            continue
        if path != index:
            read_fields(page_md.meta, PAGE_FIELDS, path, problems, "the page front matter",
                        line=page_md.meta_line, allow_extra=("search", "hide"))
        title = values["title"] if path == index else _page_title(page_md, path.stem)
        pages.append(Page(path.relative_to(curriculum).as_posix(), path, title or path.stem,
                          page_md.meta, page_md.body, page_md.body_line,
                          parse_questions(page_md.body, page_md.body_line, path, problems)))
    return Module(
        id=values["id"],
        folder=folder.name,
        title=values["title"] or folder.name,
        duration=values["duration"] or 0,
        level=values["level"] or LEVELS[0],
        objectives=values["objectives"] or [],
        prerequisites=values["prerequisites"] or [],
        keypoints=values["keypoints"] or [],
        pages=pages,
        pos=Pos(index, md.meta.line_of("id") if isinstance(md.meta, PosDict) else 1),
    )


def _load_schedule(raw: Any, path: Path, problems: Problems) -> list[Day]:
    days: list[Day] = []
    for i, day_raw in enumerate(raw or []):
        line = item_line(raw, i, 1)
        where = f"schedule day {i + 1}"
        d = read_fields(day_raw, DAY_FIELDS, path, problems, where, line=line)
        sessions: list[Session] = []
        sessions_raw = d["sessions"] or []
        for j, s_raw in enumerate(sessions_raw):
            s_line = item_line(sessions_raw, j, line)
            s = read_fields(s_raw, SESSION_FIELDS, path, problems,
                            f"session {j + 1} of {where}", line=s_line)
            if s["module"] is None and s["title"] is None and isinstance(s_raw, dict):
                problems.add(path, s_line, "field-missing",
                             f"session {j + 1} of {where} needs a `module` or a `title`")
            sessions.append(Session(s["start"] or "", s["end"] or "", s["module"], s["title"],
                                    Pos(path, line_of(s_raw, "module", s_line))))
        days.append(Day(d["day"] or i + 1, d["title"] or "", sessions, Pos(path, line)))
    return days


def _load_glossary(path: Path, problems: Problems) -> list[GlossaryTerm]:
    if not path.is_file():
        return []
    data = _load_yaml_file(path, problems)
    if data is None:
        return []
    values = read_fields(data, [Field("terms", "list")], path, problems, "glossary.yml", line=1)
    terms: list[GlossaryTerm] = []
    raw = values["terms"] or []
    for i, item in enumerate(raw):
        line = item_line(raw, i, 1)
        t = read_fields(item, TERM_FIELDS, path, problems, f"glossary term {i + 1}", line=line)
        if t["id"] is None:
            continue
        terms.append(GlossaryTerm(t["id"], t["term"] or t["id"], t["korean"] or "",
                                  t["romanized"] or "", t["definition"] or "",
                                  bool(t["do_not_translate"]), Pos(path, line),
                                  t["aliases"] or []))
    return terms


SITE_SECTIONS = {"facilitator": ("curriculum", "facilitator"), "handbook": ("docs",)}


def _load_site_pages(root: Path, problems: Problems) -> dict[str, list[Page]]:
    """Pages outside modules: the facilitator's guide and the handbook, by section."""
    sections: dict[str, list[Page]] = {}
    for section, parts in SITE_SECTIONS.items():
        folder = root.joinpath(*parts)
        pages = []
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            md = read_markdown(path, problems)
            if md is None:
                continue
            read_fields(md.meta, PAGE_FIELDS, path, problems, "the page front matter",
                        line=md.meta_line, allow_extra=("search", "hide"))
            pages.append(Page(f"{section}/{path.name}", path, _page_title(md, path.stem),
                              md.meta, md.body, md.body_line))
        sections[section] = pages
    return sections


def load_course(root: Path, problems: Problems) -> Course:
    """Load everything under `root`; problems are collected, never raised."""
    curriculum = root / "curriculum"
    course_path = curriculum / "course.yml"
    raw = _load_yaml_file(course_path, problems)
    values = read_fields(raw, COURSE_FIELDS, course_path, problems, "course.yml", line=1) \
        if raw is not None else {f.name: f.default for f in COURSE_FIELDS}

    modules: dict[str, Module] = {}
    modules_dir = curriculum / "modules"
    if modules_dir.is_dir():
        for folder in sorted(p for p in modules_dir.iterdir() if p.is_dir()):
            module = _load_module(folder, curriculum, problems)
            if module is None:
                continue
            if module.id in modules:
                first = modules[module.id].pos
                problems.add(module.pos.path, module.pos.line, "id-duplicate",
                             f"module id `{module.id}` is also used by "
                             f"{problems.relative(first.path)}:{first.line}")
                continue
            modules[module.id] = module

    source_code = values["source_language"] or "en"
    source_pos = Pos(course_path, line_of(raw, "source_language", 1))
    source = source_language(source_code, source_pos)
    if source is None:
        problems.add(course_path, source_pos.line, "language-unknown",
                     f"source_language `{source_code}` is not a language code Babel knows")
    languages = ([source] if source else []) + load_languages(root / "translations", problems)

    return Course(
        root=root,
        id=values["id"] or "course",
        title=values["title"] or "Course",
        source_language=source_code,
        audience=values["audience"] or "",
        description=values["description"] or "",
        module_order=values["modules"] or [],
        module_order_lines=[item_line(raw.get("modules") if isinstance(raw, dict) else None,
                                      i, line_of(raw, "modules", 1))
                            for i in range(len(values["modules"] or []))],
        modules=modules,
        schedule=_load_schedule(values["schedule"], course_path, problems),
        glossary=_load_glossary(curriculum / "glossary.yml", problems),
        languages=languages,
        pos=Pos(course_path, 1),
        site_pages=_load_site_pages(root, problems),
    )
