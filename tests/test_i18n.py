"""The translator's workflow: add-language, catalogs, status, staleness, diff, safety."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import REPO, run_mkcourse

# From across Asia-Pacific; several have no Material interface file (ky, lo, ne, dv...) and
# one (tet) no Babel locale data, only a name.
TWENTY = ["ky", "lo", "ne", "dv", "my", "tg", "tet", "fil", "id", "th", "vi", "mn", "uz",
          "bn", "ms", "kk", "ta", "hi", "ps", "zh-Hans"]


def test_add_language_is_idempotent_and_never_overwrites(sample: Path):
    first = run_mkcourse("add-language", "km", "--root", str(sample))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[:3] == ["created translations/km/language.yml",
                                             "created translations/km/LC_MESSAGES/messages.po",
                                             "created translations/km/glossary.yml"]
    folder = sample / "translations" / "km"
    language = (folder / "language.yml").read_text(encoding="utf-8")
    assert "name: ខ្មែរ" in language and "status: incubating" in language
    glossary = (folder / "glossary.yml").read_text(encoding="utf-8")
    assert "  pps:  # Public Procurement Service (PPS)" in glossary
    assert 'term: "KONEPS"' in glossary  # do-not-translate terms come pre-filled
    (folder / "language.yml").write_text("name: Khmer (mine)\nstatus: beta\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    second = run_mkcourse("add-language", "km", "--root", str(sample))
    assert second.returncode == 0
    assert "nothing was changed" in second.stdout
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_add_language_prefills_the_theme_strings_material_has(sample: Path):
    assert run_mkcourse("add-language", "ru", "--root", str(sample)).returncode == 0
    catalog = (sample / "translations" / "ru" / "LC_MESSAGES" / "messages.po").read_text(
        encoding="utf-8")
    assert 'msgctxt "material:search.placeholder"\nmsgid "Search"\nmsgstr "Поиск"' in catalog


def test_add_language_rejects_an_unknown_code(sample: Path):
    result = run_mkcourse("add-language", "xx-Latn-Mars", "--root", str(sample))
    assert result.returncode == 1
    assert result.stderr.startswith("mkcourse add-language: `xx-Latn-Mars` is not a language "
                                    "code that Babel knows.")
    assert "Traceback" not in result.stderr
    assert not (sample / "translations" / "xx-Latn-Mars").exists()


def test_twenty_asia_pacific_languages_build(sample: Path):
    for code in TWENTY:
        result = run_mkcourse("add-language", code, "--root", str(sample))
        assert result.returncode == 0, (code, result.stderr)
        path = sample / "translations" / code / "language.yml"
        path.write_text(path.read_text(encoding="utf-8").replace("status: incubating",
                                                                 "status: beta"),
                        encoding="utf-8")
    result = run_mkcourse("build", "--root", str(sample))
    assert result.returncode == 0, result.stderr[-2000:]
    for code in TWENTY:
        html = (sample / "site" / code / "modules" / "02-tendering" / "quiz.html").read_text(
            encoding="utf-8")
        assert f'lang="{code}"' in html, code
    dv = (sample / "site" / "dv" / "index.html").read_text(encoding="utf-8")
    assert '<html dir="rtl" lang="dv"' in dv


def test_status_reports_every_state(sample: Path):
    orphan = sample / "translations" / "ko" / "modules" / "04-gone" / "index.md"
    orphan.parent.mkdir(parents=True)
    orphan.write_text("# Gone\n", encoding="utf-8")
    result = run_mkcourse("status", "--root", str(sample))
    assert result.returncode == 0
    assert result.stdout == (
        "ko 한국어 (beta): 5 pages: 2 draft, 1 stale, 2 missing\n"
        "  interface: 149/149 (100%);  glossary: 1/2 (50%)\n"
        "  welcome                  1 draft\n"
        "  tendering                1 draft, 1 stale, 1 missing\n"
        "  payment                  1 missing\n"
        "  orphan: translations/ko/modules/04-gone/index.md\n")
    data = json.loads(run_mkcourse("status", "--format", "json", "--root", str(sample)).stdout)
    ko = data["languages"][0]
    assert ko["counts"] == {"reviewed": 0, "translated": 0, "draft": 2, "stale": 1,
                            "missing": 2}
    assert ko["orphans"] == ["modules/04-gone/index.md"]


def _states(project: Path) -> dict[str, str]:
    result = run_mkcourse("status", "--format", "json", "--root", str(project))
    data = json.loads(result.stdout)
    return {page["page"]: page["state"] for page in data["languages"][0]["pages"]}


def test_editing_a_source_makes_its_translations_stale(sample: Path):
    assert run_mkcourse("i18n", "stamp", "ko", "--root", str(sample)).returncode == 0
    assert _states(sample)["modules/01-welcome/index.md"] == "draft"
    source = sample / "curriculum" / "modules" / "01-welcome" / "index.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nA new sentence.\n",
                      encoding="utf-8")
    states = _states(sample)
    assert states["modules/01-welcome/index.md"] == "stale"
    assert states["modules/02-tendering/quiz.md"] == "draft"
    result = run_mkcourse("build", "--root", str(sample))
    assert result.returncode == 0
    page = (sample / "site" / "ko" / "modules" / "01-welcome" / "index.html").read_text(
        encoding="utf-8")
    assert "mc-notice--stale" in page


def test_diff_uses_git_history_and_falls_back_to_sections(sample: Path):
    run_mkcourse("i18n", "stamp", "ko", "modules/01-welcome/index.md", "--root", str(sample))
    source = sample / "curriculum" / "modules" / "01-welcome" / "index.md"
    edited = source.read_text(encoding="utf-8").replace("Read each module",
                                                        "Read every module")
    # Without git: the sections that changed.
    source.write_text(edited, encoding="utf-8")
    result = run_mkcourse("diff", "ko", "curriculum/modules/01-welcome/index.md",
                          "--root", str(sample))
    assert "  changed: how-to-use" in result.stdout and "_intro" not in result.stdout
    # With git: the exact lines.
    original = edited.replace("Read every module", "Read each module")
    source.write_text(original, encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=sample, check=True)
    subprocess.run([*git, "add", "-A"], cwd=sample, check=True)
    subprocess.run([*git, "commit", "-qm", "one"], cwd=sample, check=True)
    source.write_text(edited, encoding="utf-8")
    subprocess.run([*git, "commit", "-qam", "two"], cwd=sample, check=True)
    result = run_mkcourse("diff", "ko", "modules/01-welcome/index.md", "--root", str(sample))
    assert "-Read each module, then take its quiz." in result.stdout
    assert "+Read every module, then take its quiz." in result.stdout


def test_a_catalog_may_not_add_markup(sample: Path):
    catalog = sample / "translations" / "ko" / "LC_MESSAGES" / "messages.po"
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace('msgstr "확인"', 'msgstr "<img src=x onerror=alert(1)>확인"'),
                       encoding="utf-8")
    result = run_mkcourse("check", "--root", str(sample))
    assert result.returncode == 1
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row == 'msgid "Check"')
    assert (f"translations/ko/LC_MESSAGES/messages.po:{line}: the translation of 'Check' adds "
            "markup its source lacks: <img>, an onerror= event handler") in result.stdout


def test_catalogs_are_up_to_date():
    result = run_mkcourse("i18n", "update", "--check", "--root", str(REPO))
    assert result.returncode == 0, result.stdout + result.stderr
