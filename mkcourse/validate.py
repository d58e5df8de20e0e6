"""Rules that look across files: module references, ids, prerequisites, schedule, links.

Per-file rules (YAML syntax, field types) run while parsing; see parse.py. Each rule here
adds `Problem`s; rule names, severities and hints live in problems.RULES.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .markdown_scan import iter_links
from .model import Course, Module
from .problems import Problems
from .yamlpos import PosDict

__all__ = ["validate_course"]


def validate_course(course: Course, problems: Problems) -> None:
    _check_module_list(course, problems)
    _check_prerequisites(course, problems)
    _check_schedule(course, problems)
    _check_glossary_ids(course, problems)
    _check_question_ids(course, problems)
    _check_links(course, problems)


def _check_module_list(course: Course, problems: Problems) -> None:
    course_yml = course.pos.path
    seen: dict[str, int] = {}
    for module_id, line in zip(course.module_order, course.module_order_lines, strict=False):
        if module_id in seen:
            problems.add(course_yml, line, "id-duplicate",
                         f"module `{module_id}` is listed twice in `modules:` "
                         f"(first at line {seen[module_id]})")
            continue
        seen[module_id] = line
        if module_id not in course.modules:
            problems.add(course_yml, line, "module-unknown",
                         f"`modules:` lists `{module_id}`, but no module has that id"
                         + _did_you_mean(module_id, course.modules))
    if not course.module_order:
        return  # course.yml is unreadable or lists nothing: already reported there
    for module in course.modules.values():
        if module.id not in seen:
            problems.add(module.pos.path, module.pos.line, "module-unlisted",
                         f"module `{module.id}` ({module.folder}/) is not in course.yml")


def _meta_line(module: Module, key: str) -> int:
    meta = module.index.meta
    return meta.line_of(key) if isinstance(meta, PosDict) else module.pos.line


def _check_prerequisites(course: Course, problems: Problems) -> None:
    position = {m: i for i, m in enumerate(course.module_order)}
    for module in course.modules.values():
        line = _meta_line(module, "prerequisites")
        for prereq in module.prerequisites:
            if prereq not in course.modules:
                problems.add(module.index.path, line, "prerequisite-unknown",
                             f"prerequisite `{prereq}` of `{module.id}` is not a module id"
                             + _did_you_mean(prereq, course.modules))
            elif (module.id in position and prereq in position
                  and position[prereq] > position[module.id]):
                problems.add(module.index.path, line, "prerequisite-order",
                             f"`{module.id}` needs `{prereq}`, which comes after it in course.yml")
    for cycle in _cycles(course):
        first = course.modules[cycle[0]]
        problems.add(first.index.path, _meta_line(first, "prerequisites"), "prerequisite-cycle",
                     "prerequisites form a cycle: " + " -> ".join(cycle + [cycle[0]]))


def _cycles(course: Course) -> list[list[str]]:
    """Each prerequisite cycle once, starting from its smallest id."""
    graph = {m.id: [p for p in m.prerequisites if p in course.modules]
             for m in course.modules.values()}
    found: dict[tuple[str, ...], list[str]] = {}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        path.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):]
                start = cycle.index(min(cycle))
                rotated = cycle[start:] + cycle[:start]
                found.setdefault(tuple(rotated), rotated)
            elif nxt not in state:
                visit(nxt, path)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return list(found.values())


def _check_schedule(course: Course, problems: Problems) -> None:
    listed = set(course.module_order)
    for day in course.schedule:
        for session in day.sessions:
            if session.module is None:
                continue
            if session.module not in course.modules:
                problems.add(session.pos.path, session.pos.line, "schedule-module-unknown",
                             f"day {day.number} at {session.start} names module "
                             f"`{session.module}`, which does not exist"
                             + _did_you_mean(session.module, course.modules))
            elif session.module not in listed:
                problems.add(session.pos.path, session.pos.line, "schedule-module-unknown",
                             f"day {day.number} at {session.start} names module "
                             f"`{session.module}`, which is not listed in `modules:`")


def _check_glossary_ids(course: Course, problems: Problems) -> None:
    seen: dict[str, int] = {}
    for term in course.glossary:
        if term.id in seen:
            problems.add(term.pos.path, term.pos.line, "id-duplicate",
                         f"glossary term id `{term.id}` is also used at line {seen[term.id]}")
        else:
            seen[term.id] = term.pos.line


def _check_question_ids(course: Course, problems: Problems) -> None:
    """Question ids are unique in the whole course: progress is stored by id alone."""
    seen: dict[str, tuple[Path, int]] = {}
    for module in course.modules.values():
        for question in module.questions:
            if question.id in seen:
                path, line = seen[question.id]
                problems.add(question.path, question.line, "id-duplicate",
                             f"question id `{question.id}` is also used at "
                             f"{problems.relative(path)}:{line}")
            else:
                seen[question.id] = (question.path, question.line)


def check_page_links(page_path: Path, body: str, body_line: int, site_root: Path,
                     problems: Problems) -> None:
    """Relative links and images must point at files that exist under `site_root`."""
    for line, target, _is_image in iter_links(body, body_line):
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or not parts.path or target.startswith("/"):
            continue  # external, absolute or same-page anchor
        rel = posixpath.normpath(posixpath.join(page_path.parent.as_posix(), unquote(parts.path)))
        resolved = Path(rel)
        try:
            resolved.resolve().relative_to(site_root.resolve())
        except ValueError:
            problems.add(page_path, line, "link-broken",
                         f"link `{target}` points outside {site_root.name}/")
            continue
        if not resolved.exists():
            problems.add(page_path, line, "link-broken",
                         f"link `{target}` points at a missing file")
        elif resolved.is_dir():
            problems.add(page_path, line, "link-broken",
                         f"link `{target}` points at a folder; link its index.md instead")


def _check_links(course: Course, problems: Problems) -> None:
    pages = [page for module in course.modules.values() for page in module.pages]
    pages += course.site_pages.get("facilitator", [])
    for page in pages:
        check_page_links(page.path, page.body, page.body_line, course.curriculum_dir, problems)


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean `{close[0]}`?)" if close else ""
