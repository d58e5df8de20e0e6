"""The `mkcourse` command: check, build and serve a course; keep UI catalogs current."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .check import Project, load_project
from .problems import format_report

__all__ = ["main"]


def _root(value: str | None) -> Path:
    root = Path(value or ".").resolve()
    if not (root / "curriculum").is_dir():
        raise click.UsageError(
            f"{root} has no curriculum/ folder; run mkcourse from the project root or pass --root")
    return root


root_option = click.option("--root", metavar="DIR", help="Project folder (default: here).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Publish a multilingual training course as a static website."""


@main.command()
@root_option
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def check(root: str | None, strict: bool) -> None:
    """Check the course and its translations; print every problem with its file and line."""
    project = load_project(_root(root))
    problems = project.problems
    click.echo(format_report(problems.items, project.files_checked), nl=False)
    if problems.errors or (strict and problems.warnings):
        sys.exit(1)


@main.command()
@root_option
@click.option("-d", "--site-dir", metavar="DIR", help="Output folder (default: site/).")
@click.option("--lang", metavar="CODE", help="Build the source language and this one only.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--edition", metavar="NAME", help="Build one edition (curriculum/editions/NAME.yml).")
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' progress messages.")
def build(root: str | None, site_dir: str | None, lang: str | None, strict: bool,
          edition: str | None, verbose: bool) -> None:
    """Check the course, then build the whole site (all languages) into site/."""
    project_root = _root(root)
    project = load_project(project_root, edition)
    problems = project.problems
    if problems.errors or (strict and problems.warnings):
        click.echo(format_report(problems.items, project.files_checked), nl=False, err=True)
        click.echo("Nothing was built; site/ is unchanged.", err=True)
        sys.exit(1)
    from .plugin.run import BuildFailed, build_site

    try:
        seconds = build_site(project_root, Path(site_dir) if site_dir else None, lang, strict,
                             verbose, project, edition)
    except BuildFailed as error:
        click.echo(f"mkcourse build: {error}\nNothing was built; site/ is unchanged.", err=True)
        sys.exit(1)
    built = [lang_.code for lang_ in project.course.languages
             if lang_.is_built and (lang is None or lang_.status == "source" or lang_.code == lang)]
    click.echo(f"Built {project.course.title!r} in {', '.join(built)} "
               f"into {site_dir or 'site/'} in {seconds:.1f} s.")


@main.command()
@root_option
@click.option("--lang", metavar="CODE", help="Preview the source language and this one only.")
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True,
              metavar="IP:PORT", help="Address to serve on.")
def serve(root: str | None, lang: str | None, dev_addr: str) -> None:
    """Serve the site locally and rebuild when curriculum/, translations/ or docs/ change."""
    project_root = _root(root)
    from .plugin.run import serve_site

    serve_site(project_root, dev_addr, lang)


@main.command("add-language")
@root_option
@click.argument("code")
def add_language_command(root: str | None, code: str) -> None:
    """Start a translation: translations/CODE/ with language.yml, messages.po, glossary.yml."""
    from .i18n.add_language import UnknownLanguage, add_language

    project_root = _root(root)
    project = load_project(project_root)
    try:
        written = add_language(project_root, project.course, code)
    except UnknownLanguage:
        click.echo(f"mkcourse add-language: `{code}` is not a language code that Babel knows.\n"
                   "  hint: use a BCP 47 code such as ko, ru, si, km, ur, ky, lo or zh-Hans.",
                   err=True)
        sys.exit(1)
    for path in written:
        click.echo(f"created {path.relative_to(project_root)}")
    if not written:
        click.echo(f"translations/{code}/ already has everything; nothing was changed.")
    else:
        click.echo(f"Next: translate, set `status: beta` in translations/{code}/language.yml "
                   f"to build it, and preview with ./scripts/serve --lang {code}")


@main.group()
def i18n() -> None:
    """Interface-text catalogs (gettext .po files) for every language."""


@i18n.command("update")
@root_option
@click.option("--check", "check_only", is_flag=True,
              help="Change nothing; exit 1 when a catalog is out of date.")
def i18n_update(root: str | None, check_only: bool) -> None:
    """Extract the interface strings to translations/messages.pot and update every catalog."""
    from .i18n.extract import update_catalogs

    changed = update_catalogs(_root(root), write=not check_only)
    for path in changed:
        click.echo(f"{'out of date' if check_only else 'updated'}: {path}")
    if check_only and changed:
        click.echo("Run `mkcourse i18n update` and commit the result.", err=True)
        sys.exit(1)
    if not changed:
        click.echo("All catalogs are up to date.")


@i18n.command("stamp")
@root_option
@click.argument("code")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
def i18n_stamp(root: str | None, code: str, paths: tuple[str, ...]) -> None:
    """Record that CODE's translated pages follow the current source (all pages, or PATHs)."""
    from .i18n.freshness import stamp_page

    project = _checked(root)
    rels = [_source_rel(p) for p in paths] or [
        rel for (lang, rel) in project.translations.pages if lang == code]
    for rel in rels:
        page = project.translations.page(code, rel)
        if page is None:
            click.echo(f"translations/{code}/{rel} does not exist", err=True)
            sys.exit(1)
        source = project.course.page(rel)
        if source is None:
            click.echo(f"{rel} has no source page", err=True)
            sys.exit(1)
        if stamp_page(page.path, source.path.read_text(encoding="utf-8")):
            click.echo(f"stamped translations/{code}/{rel}")


@main.command()
@root_option
@click.option("--lang", metavar="CODE", help="One language only.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def status(root: str | None, lang: str | None, fmt: str) -> None:
    """Per language and module: missing, stale, draft, reviewed and orphan pages; UI and
    glossary coverage."""
    from .i18n.status import translation_status
    from .i18n.status_report import status_json, status_text

    project = load_project(_root(root))
    result = translation_status(project, lang)
    click.echo(status_json(result) if fmt == "json" else status_text(result), nl=False)


@main.command()
@root_option
@click.argument("code")
@click.argument("path")
def diff(root: str | None, code: str, path: str) -> None:
    """What changed in a source page since CODE translated it (git history, else sections)."""
    from .i18n.freshness import describe_change

    project = load_project(_root(root))
    click.echo(describe_change(project, code, _source_rel(path)), nl=False)


def _source_rel(path: str) -> str:
    """`modules/x/index.md` from a source, translated or bare path."""
    parts = Path(path).as_posix().split("/")
    if parts[0] == "curriculum":
        parts = parts[1:]
    elif parts[0] == "translations":
        parts = parts[2:]
    if parts[0] == "docs":
        parts = ["handbook", *parts[1:]]
    return "/".join(parts)


@main.command()
@root_option
@click.option("--edition", metavar="NAME", help="Bundle one edition.")
@click.option("-o", "--output", required=True, metavar="FILE.zip", help="Zip file to write.")
def bundle(root: str | None, edition: str | None, output: str) -> None:
    """An offline copy: a zip that works after unzipping, opened from disk (index.html)."""
    import tempfile

    from .bundle import zip_site
    from .plugin.run import BuildFailed, build_site

    project_root = _root(root)
    project = _checked(root, edition)
    with tempfile.TemporaryDirectory(prefix="mkcourse-bundle-") as work:
        site = Path(work) / "site"
        try:
            build_site(project_root, site, project=project, edition=edition)
        except BuildFailed as error:
            click.echo(f"mkcourse bundle: {error}", err=True)
            sys.exit(1)
        folder = project.course.id + (f"-{edition}" if edition else "")
        size = zip_site(site, Path(output), folder)
    languages = [lang.code for lang in project.course.languages if lang.is_built]
    click.echo(f"Wrote {output}: {size / 1_000_000:.1f} MB, languages {', '.join(languages)}. "
               f"Unzip it and open {folder}/index.html.")


@main.command("print")
@root_option
@click.option("--edition", metavar="NAME", help="Print one edition (its dates and modules).")
@click.option("--lang", "code", metavar="CODE", help="Language (default: the source language).")
@click.option("-o", "--output", required=True, metavar="DIR", help="Folder for the PDFs.")
def print_command(root: str | None, edition: str | None, code: str | None, output: str) -> None:
    """Workbook, answer key and one-page schedule as PDFs for one language (needs Chromium)."""
    import tempfile

    from .export.printed import ChromiumMissing, print_jobs, render_pdfs
    from .plugin.run import BuildFailed, build_site
    from .render import Renderer

    project_root = _root(root)
    project = _checked(root, edition)
    code = code or project.course.source_language
    language = project.course.language(code)
    if language is None or not language.is_built:
        raise click.BadParameter(f"`{code}` is not a built language of this course",
                                 param_hint="--lang")
    _ = Renderer(project.course, project.translations, language, False)._
    titles = {"workbook": _("Workbook: %(course)s", course=project.course.title),
              "answer-key": _("Answer key: %(module)s", module=project.course.title),
              "schedule": _("Schedule")}
    with tempfile.TemporaryDirectory(prefix="mkcourse-print-") as work, click.progressbar(
            length=4, label=f"Printing {code}", show_eta=False) as bar:
        site = Path(work) / "site"
        only = None if language.status == "source" else code
        try:
            build_site(project_root, site, only, project=project, edition=edition)
        except BuildFailed as error:
            click.echo(f"mkcourse print: {error}", err=True)
            sys.exit(1)
        bar.update(1)
        jobs = print_jobs(project.course, site, code, titles)
        try:
            written = render_pdfs(jobs, Path(output), code, language.direction, _("Contents"),
                                  _("Page"), lambda _name: bar.update(1))
        except ChromiumMissing as missing:
            click.echo(f"mkcourse print: Chromium is needed at {missing} "
                       "(apt-get install -y chromium, or set MKCOURSE_CHROMIUM).", err=True)
            sys.exit(1)
    for path in written:
        click.echo(f"wrote {path}")


@main.group()
def export() -> None:
    """Export the quizzes for a learning management system."""


@export.command("moodle")
@root_option
@click.option("-o", "--output", required=True, metavar="FILE", help="File to write.")
def export_moodle(root: str | None, output: str) -> None:
    """Moodle XML with every language of each question in one question (multilang spans)."""
    from .export.moodle import moodle_xml

    project = _checked(root)
    data, count = moodle_xml(project)
    Path(output).write_bytes(data)
    languages = ", ".join(lang.code for lang in project.course.languages if lang.is_built)
    click.echo(f"Wrote {count} questions in {languages} to {output}.")


@export.command("gift")
@root_option
@click.option("-o", "--output", required=True, metavar="FILE", help="File to write.")
@click.option("--lang", metavar="CODE", help="Language (default: the source language).")
def export_gift(root: str | None, output: str, lang: str | None) -> None:
    """GIFT (Moodle's plain-text format) for one language."""
    from .export.gift import gift_text

    project = _checked(root)
    code = lang or project.course.source_language
    language = project.course.language(code)
    if language is None:
        raise click.BadParameter(f"there is no language `{code}` in translations/",
                                 param_hint="--lang")
    from .render import Renderer

    renderer = Renderer(project.course, project.translations, language, use_directory_urls=False)
    ordinal = [renderer._("position %(number)d", number=n) for n in range(1, 21)]
    text, count = gift_text(project, code, ordinal)
    Path(output).write_text(text, encoding="utf-8")
    click.echo(f"Wrote {count} questions in {code} to {output}.")


def _checked(root: str | None, edition: str | None = None) -> Project:
    """Load the project; stop with the report when it has errors."""
    project = load_project(_root(root), edition)
    if project.problems.errors:
        click.echo(format_report(project.problems.errors, project.files_checked), err=True,
                   nl=False)
        sys.exit(1)
    return project
