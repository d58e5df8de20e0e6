"""Run MkDocs for the CLI: an atomic build into site/, and serve."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.commands.serve import serve
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from ..check import Project
from .plugin import CoursePlugin

__all__ = ["build_site", "serve_site", "BuildFailed"]


class BuildFailed(Exception):
    pass


def _quiet_logging(verbose: bool) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


def build_site(root: Path, site_dir: Path | None = None, only_language: str | None = None,
               strict: bool = False, verbose: bool = False,
               project: Project | None = None, edition: str | None = None) -> float:
    """Build into a temporary folder, then swap it in: site/ is never left half-written."""
    _quiet_logging(verbose)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # Reproducible output: the only date MkDocs writes (the sitemap's lastmod) comes from
    # SOURCE_DATE_EPOCH; by default the time of the last commit, not the time of the build.
    os.environ.setdefault("SOURCE_DATE_EPOCH", _commit_epoch(root))
    started = time.perf_counter()
    try:
        config = load_config(str(root / "mkdocs.yml"), strict=strict)
    except MkDocsException as error:
        raise BuildFailed(str(error)) from None
    target = Path(site_dir) if site_dir else Path(config.site_dir)
    if not target.is_absolute():
        target = root / target
    temp = target.parent / f".{target.name}.building"
    shutil.rmtree(temp, ignore_errors=True)
    config.site_dir = str(temp)
    plugin = config.plugins["mkcourse"]
    if not isinstance(plugin, CoursePlugin):
        raise BuildFailed("mkdocs.yml must list the `mkcourse` plugin")
    plugin.preloaded = project
    if only_language:
        plugin.config.only_language = only_language
    if edition:
        plugin.config.edition = edition
    try:
        build(config)
    except MkDocsException as error:
        shutil.rmtree(temp, ignore_errors=True)
        raise BuildFailed(str(error)) from None
    old = target.parent / f".{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    temp.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return time.perf_counter() - started


def _commit_epoch(root: Path) -> str:
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root,
                                capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return "0"
    stamp = result.stdout.strip()
    return stamp if result.returncode == 0 and stamp.isdigit() else "0"


def serve_site(root: Path, address: str, only_language: str | None = None) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if only_language:
        os.environ["MKCOURSE_ONLY_LANGUAGE"] = only_language
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    serve(config_file=str(root / "mkdocs.yml"), dev_addr=address, livereload=True)
