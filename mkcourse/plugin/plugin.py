"""Routes MkDocs events to the course core: load and check, stage, configure the engine.

Everything that decides what a page says lives in the core (parse, validate, render,
stage). This file only translates between the core and MkDocs + mkdocs-static-i18n.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from pathspec.gitignore import GitIgnoreSpec

from ..check import Project, load_project
from ..i18n.catalog import theme_texts
from ..i18n.theme_strings import partial_source
from ..model import Language
from ..problems import format_report
from ..search.index import SearchIndex
from ..stage import NOT_IN_NAV, SCRIPTS, STYLESHEETS, StageResult, write_stage
from .config import CourseConfig

log = get_plugin_logger("mkcourse")

WATCHED = ("curriculum", "translations", "docs")
_TWO_LETTER = re.compile(r"^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$")
# Theme partials of our own, searched before Material's.
OVERRIDES = str(Path(__file__).parent / "overrides")


def _with_pattern(spec: GitIgnoreSpec | None, pattern: str) -> GitIgnoreSpec:
    """MkDocs' `not_in_nav` setting plus one more gitignore-style pattern."""
    lines = [str(p.pattern) for p in spec.patterns] if spec is not None else []
    return spec if spec is not None and pattern in lines else GitIgnoreSpec.from_lines(
        [*lines, pattern])


class CoursePlugin(BasePlugin[CourseConfig]):
    def __init__(self) -> None:
        self.stage: StageResult | None = None
        # `mkcourse build` has already loaded and checked the project; it hands it over
        # here so the work is not done twice. Plain `mkdocs build` leaves it None.
        self.preloaded: Project | None = None
        self.indexes: dict[str, SearchIndex] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across `mkdocs serve` rebuilds.
        self.command = command

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        i18n = config.plugins.get("i18n")
        if i18n is not None and getattr(i18n, "building", False):
            return config  # a nested per-language build: the stage is already written
        root = Path(config.config_file_path).parent
        edition = self.config.edition or os.environ.get("MKCOURSE_EDITION") or None
        project, self.preloaded = self.preloaded or load_project(root, edition), None
        for problem in project.problems.warnings:
            log.warning(f"{problem.location()}: {problem.detail} [{problem.rule}]")
        if project.problems.errors:
            raise PluginError(
                "the course has errors; nothing was built.\n\n"
                + format_report(project.problems.errors, project.files_checked))
        only = self.config.only_language or os.environ.get("MKCOURSE_ONLY_LANGUAGE") or None
        if only and project.course.language(only) is None:
            raise PluginError(f"--lang {only}: there is no translations/{only}/ folder")
        self.stage = write_stage(project, root / self.config.stage_dir,
                                 config.use_directory_urls, only)
        config.docs_dir = str(self.stage.docs_dir)
        config.extra_css = STYLESHEETS + [s for s in config.extra_css if s not in STYLESHEETS]
        config.extra_javascript = [*SCRIPTS, *(s for s in config.extra_javascript
                                               if str(s) not in SCRIPTS)]
        config.not_in_nav = _with_pattern(config.not_in_nav, NOT_IN_NAV)
        theme_dir = self._theme_partials(root, config)
        for folder in (OVERRIDES, theme_dir):
            if folder not in config.theme.dirs:
                config.theme.dirs.insert(0, folder)
        if i18n is not None:
            self._configure_i18n(i18n, config)
        return config

    def _theme_partials(self, root: Path, config: MkDocsConfig) -> str:
        """Write each translated language's theme partial from our catalog: the one place
        translators edit. Material has none at all for km, ky, lo, ne, dv... (without one the
        build fails), and where it has one, the catalog starts from it."""
        assert self.stage is not None
        folder = root / self.config.stage_dir.rstrip("/").rsplit("/", 1)[0] / "theme"
        languages = folder / "partials" / "languages"
        languages.mkdir(parents=True, exist_ok=True)
        for lang in self.stage.languages:
            if lang.status != "source":
                text = partial_source(lang.code, lang.direction, theme_texts(root, lang.code))
                target = languages / f"{lang.code}.html"
                if not target.is_file() or target.read_text(encoding="utf-8") != text:
                    target.write_text(text, encoding="utf-8")
        return str(folder)

    def _configure_i18n(self, i18n: Any, config: MkDocsConfig) -> None:
        """Give mkdocs-static-i18n the languages found in translations/, through its schema."""
        assert self.stage is not None
        # static-i18n's schema accepts only two-letter codes (ISO 639-1), yet Filipino (fil)
        # and Tetum (tet) have three. Such codes pass its validation under a private-use
        # stand-in (qa, qb, ...) and get their real code right after; its file matching
        # accepts any configured code.
        stand_ins = {lang.code: f"q{chr(97 + i)}" for i, lang in enumerate(
            [lang for lang in self.stage.languages if not _TWO_LETTER.match(lang.code)])}
        languages = [
            {
                "locale": stand_ins.get(lang.code, lang.code),
                "name": lang.name,
                "default": lang.status == "source",
                "build": True,
                "nav": self.stage.nav[lang.code],
            }
            for lang in self.stage.languages
        ]
        i18n.config.load_dict({"languages": languages})
        errors, _warnings = i18n.config.validate()
        if errors:
            details = "; ".join(f"{key}: {error}" for key, error in errors)
            raise PluginError(f"mkdocs-static-i18n rejected the language list: {details}")
        real = {stand_in: code for code, stand_in in stand_ins.items()}
        for language in i18n.config.languages:
            if language.locale in real:
                language.locale = real[language.locale]
                language.link = f"/{language.locale}/"

    def on_page_content(self, html: str, *, page: Any, config: MkDocsConfig,
                        files: Any) -> str:
        """Collect each page's text for its own language's search index."""
        meta = page.meta or {}
        search = meta.get("search")
        search = search if isinstance(search, dict) else {}
        if self.stage is not None and not search.get("exclude") and not meta.get(
                "mkcourse_fallback"):
            code = self._language_of(page).code
            index = self.indexes.setdefault(code, SearchIndex(code))
            index.add_page(page.url, page.title or "", html)
        # Material's search plugin would index the page again, for an index nobody loads.
        meta["search"] = {**search, "exclude": True}
        page.meta = meta
        return html

    def _write_indexes(self, *, config: MkDocsConfig) -> None:
        """Write the indexes collected in this build (each language is its own build)."""
        folder = Path(config.site_dir) / "search"
        for code, index in self.indexes.items():
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{code}.js").write_text(index.script(), encoding="utf-8")
        self.indexes = {}

    @event_priority(-200)
    def _remove_material_index(self, *, config: MkDocsConfig) -> None:
        """Runs after mkdocs-static-i18n has merged Material's index: nothing loads it."""
        for name in ("search_index.json", "search_index.js"):
            (Path(config.site_dir) / "search" / name).unlink(missing_ok=True)

    on_post_build = CombinedEvent(_write_indexes, _remove_material_index)

    def _language_of(self, page: Any) -> Language:
        assert self.stage is not None
        first = page.file.dest_uri.split("/", 1)[0]
        return next((lang for lang in self.stage.languages if lang.code == first),
                    self.stage.languages[0])

    def on_post_page(self, output: str, *, page: Any, config: MkDocsConfig) -> str:
        """Material puts `dir` on <body>; readers' tools and our tests look for it on <html>."""
        if self.stage is None:
            return output
        language = self._language_of(page)
        output = output.replace("<html ", f'<html dir="{language.direction}" ', 1)
        if language.direction == "rtl":
            # Code reads left to right, whatever the page's direction.
            output = output.replace("<pre>", '<pre dir="ltr">').replace("<code>",
                                                                         '<code dir="ltr">')
        return output

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        # Watch the people's folders, not the stage we rewrite (that would rebuild twice).
        root = Path(config.config_file_path).parent
        if self.stage is not None:
            server.unwatch(str(self.stage.docs_dir))
        for name in WATCHED:
            if (root / name).is_dir():
                server.watch(str(root / name))
        return server
