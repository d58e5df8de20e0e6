"""Record which source version a translation follows, and show what changed since.

`mkcourse i18n stamp` writes `source_hash` (the whole source page) and `source_sections`
(one short hash per `## ... { #id }` section) into a translated page's front matter.
`mkcourse diff` then shows the change: from git history when the old source can be found
there, otherwise as the list of sections that changed.
"""

from __future__ import annotations

import difflib
import subprocess
from pathlib import Path

from ..check import Project
from ..markdown_scan import iter_headings
from ..yamlpos import split_front_matter
from .translations import source_hash

__all__ = ["section_hashes", "stamp_page", "describe_change"]

_STAMP_KEYS = ("source_hash:", "source_sections:")


def section_hashes(text: str) -> dict[str, str]:
    """A short hash per level-2 section (by explicit id), `_intro` for the text before."""
    _front, _line, body, body_line = split_front_matter(text)
    lines = body.splitlines()
    starts = [(line - body_line, heading_id or f"_line{line}")
              for line, level, _text, heading_id in iter_headings(body, body_line) if level == 2]
    bounds = [(0, "_intro"), *starts, (len(lines), "")]
    sections = {}
    for (start, name), (end, _next) in zip(bounds, bounds[1:], strict=False):
        sections[name] = source_hash("\n".join(lines[start:end]))[:8]
    return sections


def stamp_page(translated_path: Path, source_text: str) -> bool:
    """Write the source's hashes into the translated page's front matter; True if changed."""
    text = translated_path.read_text(encoding="utf-8")
    front, _front_line, body, _body_line = split_front_matter(text)
    kept = [line for line in (front or "").splitlines() if not line.startswith(_STAMP_KEYS)]
    sections = ", ".join(f"{k}: {v}" for k, v in section_hashes(source_text).items())
    kept += [f"source_hash: {source_hash(source_text)}", f"source_sections: {{{sections}}}"]
    new = "---\n" + "\n".join(kept) + "\n---\n" + body
    if new == text:
        return False
    translated_path.write_text(new, encoding="utf-8")
    return True


def _git_versions(root: Path, source: Path) -> list[str]:
    """Commits that touched `source`, newest first; empty without git or history."""
    try:
        result = subprocess.run(["git", "log", "--format=%H", "--", str(source)], cwd=root,
                                capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return result.stdout.split() if result.returncode == 0 else []


def _git_show(root: Path, commit: str, source: Path) -> str | None:
    rel = source.resolve().relative_to(root.resolve()).as_posix()
    result = subprocess.run(["git", "show", f"{commit}:{rel}"], cwd=root, capture_output=True,
                            text=True, timeout=30, check=False)
    return result.stdout if result.returncode == 0 else None


def describe_change(project: Project, code: str, rel: str) -> str:
    """What changed in the source page `rel` since language `code` translated it."""
    root = project.course.root
    page = project.course.page(rel)
    if page is None:
        return f"{rel} is not a page of the course.\n"
    source = page.path
    shown = page.path.relative_to(root).as_posix()
    translated = project.translations.page(code, rel)
    if translated is None:
        return f"translations/{code}/{rel} does not exist yet: translate the whole page.\n"
    current = source.read_text(encoding="utf-8")
    recorded = translated.recorded_hash
    if recorded is None:
        return (f"translations/{code}/{rel} records no source version "
                f"(run `mkcourse i18n stamp {code} {rel}` after checking it).\n")
    if recorded == source_hash(current):
        return f"translations/{code}/{rel} is up to date with {shown}.\n"
    for commit in _git_versions(root, source):
        old = _git_show(root, commit, source)
        if old is not None and source_hash(old) == recorded:
            diff = difflib.unified_diff(old.splitlines(), current.splitlines(),
                                        f"{shown} (as translated, {commit[:10]})",
                                        f"{shown} (now)", lineterm="")
            return "\n".join(diff) + "\n"
    return _section_report(translated.meta.get("source_sections"), current, shown)


def _section_report(recorded: object, current: str, shown: str) -> str:
    now = section_hashes(current)
    if not isinstance(recorded, dict):
        return (f"The version of {shown} that was translated is not in git history "
                "and no section hashes were recorded; compare the whole page.\n")
    then = {str(k): str(v) for k, v in recorded.items()}
    lines = [f"Sections of {shown} changed since the translation (git history "
             "does not have the old text):"]
    for name, digest in now.items():
        if name not in then:
            lines.append(f"  added:   {name}")
        elif then[name] != digest:
            lines.append(f"  changed: {name}")
    lines += [f"  removed: {name}" for name in then if name not in now]
    return "\n".join(lines) + "\n"

