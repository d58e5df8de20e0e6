"""Options of the `mkcourse` MkDocs plugin (mkdocs.yml: plugins: - mkcourse: ...)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class CourseConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Turn the course plugin off (the site then builds from docs_dir as plain MkDocs)."""
    stage_dir = c.Type(str, default="build/docs")
    """Where the merged, per-language pages are written for MkDocs to build (gitignored)."""
    only_language = c.Optional(c.Type(str))
    """Build the source language plus this one only (a translator's preview)."""
    edition = c.Optional(c.Type(str))
    """Build one edition (curriculum/editions/<name>.yml): its dates, modules, languages."""
