"""Write the staged docs folder that MkDocs builds from (the suffix layout of static-i18n).

curriculum/ and translations/ are the people's layout; the stage is the engine's. Every page
exists in every built language (`x.md`, `x.ko.md`, ...), already merged and with its
notices, so the engine never falls back on its own. Files are only rewritten when their
content changes, so `mkdocs serve` does not rebuild for nothing.
"""

from __future__ import annotations

import posixpath
import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .check import Project
from .i18n.status import translation_status
from .model import Language
from .render import RenderedPage, Renderer

__all__ = ["StageResult", "write_stage", "ASSET_PREFIX", "STYLESHEETS", "SCRIPTS", "NOT_IN_NAV"]

ASSET_PREFIX = "assets/mkcourse"
STYLESHEETS = [f"{ASSET_PREFIX}/mkcourse.css", f"{ASSET_PREFIX}/quiz.css"]
SCRIPTS = [f"{ASSET_PREFIX}/quiz.js", f"{ASSET_PREFIX}/search.js"]
# Printable answer keys are pages, but not in the navigation (nor in search).
NOT_IN_NAV = "answer-keys/*"
_FONTS = ["noto-sans-khmer-khmer-400-normal.woff2", "noto-sans-sinhala-sinhala-400-normal.woff2",
          "noto-sans-thaana-thaana-400-normal.woff2", "noto-sans-lao-lao-400-normal.woff2",
          "noto-naskh-arabic-arabic-400-normal.woff2",
          "OFL.txt"]
_PACKAGE_ASSETS = {**{f"fonts/{name}": f"fonts/{name}" for name in _FONTS},
                   "mkcourse.css": "mkcourse.css", "quiz.css": "quiz.css", "quiz.js": "quiz.js",
                   "search.js": "search.js"}
_ASSET_SUFFIXES = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".csv", ".xlsx"}


@dataclass
class StageResult:
    docs_dir: Path
    languages: list[Language]
    nav: dict[str, list[object]] = field(default_factory=dict)  # per language code
    written: int = 0


def _suffixed(rel: str, language: Language) -> str:
    if language.status == "source":
        return rel
    stem, ext = posixpath.splitext(rel)
    return f"{stem}.{language.code}{ext}"


def _write(path: Path, data: bytes, keep: set[Path]) -> bool:
    keep.add(path)
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def built_languages(project: Project, only: str | None = None) -> list[Language]:
    """Languages to build: the source plus every non-incubating translation (or just `only`)."""
    languages = [lang for lang in project.course.languages if lang.is_built]
    if only:
        languages = [lang for lang in languages if lang.status == "source" or lang.code == only]
    return languages


def write_stage(project: Project, docs_dir: Path, use_directory_urls: bool,
                only_language: str | None = None) -> StageResult:
    course = project.course
    languages = built_languages(project, only_language)
    result = StageResult(docs_dir, languages)
    keep: set[Path] = set()
    docs_dir.mkdir(parents=True, exist_ok=True)
    site_pages = [page for pages in course.site_pages.values() for page in pages]
    statuses = translation_status(project)
    for language in languages:
        renderer = Renderer(course, project.translations, language, use_directory_urls)
        pages: list[RenderedPage] = [renderer.home(), renderer.schedule(), renderer.glossary()]
        for module in course.ordered_modules():
            pages.extend(renderer.content_page(page, module) for page in module.pages)
        pages.extend(renderer.content_page(page, None) for page in site_pages)
        pages.append(RenderedPage(*renderer.quiz.progress_page()))
        pages.append(renderer.translation_dashboard(statuses))
        for module in course.ordered_modules():
            key = renderer.quiz.answer_key(module)
            if key is not None:
                pages.append(RenderedPage(*key))
        for page in pages:
            target = docs_dir / _suffixed(page.rel, language)
            result.written += _write(target, page.text.encode("utf-8"), keep)
        result.nav[language.code] = _nav(project, renderer)
    _copy_module_assets(project, languages, docs_dir, keep)
    _copy_package_assets(docs_dir, keep)
    _remove_stale(docs_dir, keep)
    return result


def _nav(project: Project, renderer: Renderer) -> list[object]:
    """Navigation for one language: home, one section per module in course order, glossary."""
    course = project.course
    modules: list[object] = []
    for number, module in enumerate(course.ordered_modules(), start=1):
        pages = [page.rel for page in module.pages]
        label = f"{number}. {renderer.translated_title(module)}"
        modules.append({label: pages} if len(pages) > 1 else {label: pages[0]})
    nav: list[object] = [{renderer._("Course home"): "index.md"},
                         {renderer._("Schedule"): "schedule.md"},
                         {renderer._("Modules"): modules},
                         {renderer._("Glossary"): "glossary.md"},
                         {renderer._("My progress"): "progress.md"}]
    facilitator = course.site_pages.get("facilitator", [])
    if facilitator:
        nav.append({renderer._("Facilitator guide"): [page.rel for page in facilitator]})
    nav.append({renderer._("Handbook"): [*(p.rel for p in course.site_pages.get("handbook", [])),
                                         "handbook/translation-status.md"]})
    return nav


def _copy_module_assets(project: Project, languages: list[Language], docs_dir: Path,
                        keep: set[Path]) -> None:
    """Images and other files next to module pages; a translation may localise each one."""
    curriculum = project.course.curriculum_dir
    for module in project.course.ordered_modules():
        folder = curriculum / "modules" / module.folder
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in _ASSET_SUFFIXES or not path.is_file():
                continue
            rel = path.relative_to(curriculum).as_posix()
            _write(docs_dir / rel, path.read_bytes(), keep)
            for language in languages:
                localised = project.course.translations_dir / language.code / rel
                if language.status != "source" and localised.is_file():
                    _write(docs_dir / _suffixed(rel, language), localised.read_bytes(), keep)


def _copy_package_assets(docs_dir: Path, keep: set[Path]) -> None:
    base = resources.files("mkcourse") / "assets"
    for source, target in _PACKAGE_ASSETS.items():
        _write(docs_dir / ASSET_PREFIX / target, base.joinpath(source).read_bytes(), keep)


def _remove_stale(docs_dir: Path, keep: set[Path]) -> None:
    for path in sorted(docs_dir.rglob("*"), reverse=True):
        if path.is_file() and path not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            shutil.rmtree(path)
