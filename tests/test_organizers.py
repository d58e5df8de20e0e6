"""For organizers: editions, reproducible builds, sub-paths, GitHub Pages, nginx, the offline
bundle, printed materials and certificates."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest
from conftest import run_mkcourse

EDITION = "2024-08-daejeon"


def text_of(path: Path) -> str:
    html = path.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[html.index("md-content"):]))


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def edition_site(tmp_path_factory) -> Path:
    from conftest import SAMPLE, copy_project

    project = copy_project(SAMPLE, tmp_path_factory.mktemp("edition") / "course")
    result = run_mkcourse("build", "--edition", EDITION, "--root", str(project))
    assert result.returncode == 0, result.stderr
    return project


def test_edition_schedule_is_dated_in_each_language(edition_site: Path):
    site = edition_site / "site"
    en = text_of(site / "schedule.html")
    assert "Day 1, Monday, August 26, 2024: Getting started" in en
    assert "9:30 AM–10:30 AM Welcome to the course" in en
    ko = text_of(site / "ko" / "schedule.html")
    assert "1일차, 2024년 8월 26일 월요일: 시작하기" in ko
    home = text_of(site / "index.html")
    assert "Sample edition, August 2024 Aug 26, 2024 · Daejeon" in home


def test_edition_builds_only_its_modules_and_languages(edition_site: Path):
    site = edition_site / "site"
    assert (site / "modules" / "02-tendering" / "index.html").is_file()
    assert not (site / "modules" / "03-payment").exists()
    schedule = text_of(site / "schedule.html")
    assert "Paying suppliers" not in schedule and "Day 2" not in schedule  # nothing left


def test_edition_errors_name_the_line(sample: Path):
    path = sample / "curriculum" / "editions" / f"{EDITION}.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "modules: [welcome, tendering]", "modules: [welcome, auditing]").replace(
        "languages: [en, ko]", "languages: [en, xx]"), encoding="utf-8")
    result = run_mkcourse("check", "--root", str(sample))
    assert result.returncode == 1
    assert (f"curriculum/editions/{EDITION}.yml:6: the edition names module `auditing`, "
            "which the course does not have") in result.stdout
    assert (f"curriculum/editions/{EDITION}.yml:5: the edition names language `xx`, "
            "which the course does not have") in result.stdout
    result = run_mkcourse("build", "--edition", "nope", "--root", str(sample))
    assert result.returncode == 1 and "there is no edition `nope`" in result.stderr


def test_two_builds_are_byte_identical(sample: Path, tmp_path: Path):
    for name in ("one", "two"):
        result = run_mkcourse("build", "--edition", EDITION, "--root", str(sample), "-d",
                              str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        time.sleep(1.1)
    assert tree_hash(tmp_path / "one") == tree_hash(tmp_path / "two")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8", errors="replace")


def test_nginx_serves_the_site_under_a_sub_path(sample: Path, tmp_path: Path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.fail("nginx is missing: ./scripts/test installs it (apt-get install -y nginx)")
    config = sample / "mkdocs.yml"
    config.write_text("site_url: https://example.org/course/2024/\n"
                      + config.read_text(encoding="utf-8"), encoding="utf-8")
    site = tmp_path / "www" / "course" / "2024"
    assert run_mkcourse("build", "--root", str(sample), "-d", str(site)).returncode == 0
    port = _free_port()
    conf = tmp_path / "nginx.conf"
    # pytest's temporary folders are private to their owner: workers run as that user.
    user = "user root;" if os.geteuid() == 0 else ""
    conf.write_text(f"""{user}
pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; daemon off;
events {{}}
http {{
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path {tmp_path}; proxy_temp_path {tmp_path};
  fastcgi_temp_path {tmp_path}; uwsgi_temp_path {tmp_path}; scgi_temp_path {tmp_path};
  server {{
    listen 127.0.0.1:{port};
    root {tmp_path / "www"};
    location /course/2024/ {{ index index.html; try_files $uri $uri/ =404; }}
  }}
}}""", encoding="utf-8")
    server = subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp_path)],
                              stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}/course/2024/"
        for _ in range(50):
            try:
                home = _get(base)
                break
            except OSError:
                time.sleep(0.1)
        assert "Sample procurement course" in home
        page = _get(base + "ko/modules/02-tendering/quiz.html")
        for href in re.findall(r'(?:href|src)="(\.\./[^"#]+)"', page)[:20]:
            url = urllib.request.urljoin(base + "ko/modules/02-tendering/quiz.html", href)
            assert url.startswith(base), url
            _get(url)  # raises on 404
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_gh_deploy_pushes_the_site(sample: Path, tmp_path: Path):
    remote = tmp_path / "remote.git"
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    subprocess.run(["git", "init", "-q"], cwd=sample, check=True)
    subprocess.run([*git, "add", "-A"], cwd=sample, check=True)
    subprocess.run([*git, "commit", "-qm", "course"], cwd=sample, check=True)
    subprocess.run(["git", "remote", "add", "origin", str(remote)], cwd=sample, check=True)
    from conftest import MKCOURSE

    mkdocs = MKCOURSE.parent / "mkdocs"
    result = subprocess.run([str(mkdocs), "gh-deploy", "--force", "--no-history"], cwd=sample,
                            capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1",
                                 "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                 "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})
    assert result.returncode == 0, result.stderr
    files = subprocess.run(["git", "ls-tree", "-r", "--name-only", "gh-pages"], cwd=remote,
                           capture_output=True, text=True, check=True).stdout.split()
    assert "index.html" in files and "ko/modules/02-tendering/quiz.html" in files


@pytest.mark.browser
def test_offline_bundle_works_from_disk(sample: Path, tmp_path: Path, page):
    out = tmp_path / "course.zip"
    result = run_mkcourse("bundle", "--root", str(sample), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert re.match(r"Wrote .*course\.zip: \d+\.\d MB, languages en, ko\.", result.stdout)
    with zipfile.ZipFile(out) as archive:
        archive.extractall(tmp_path / "unzipped")
    home = tmp_path / "unzipped" / "sample-course" / "index.html"
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(home.as_uri())
    page.locator(".md-search__input").first.click()
    # From disk the index loads through the worker shim: wait until search is ready.
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent"
                           ".trim() === 'Type to start searching'", timeout=15000)
    page.locator(".md-search__input").press_sequentially("SAMPLEWORDTENDER", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert "Tendering" in page.locator(".md-search-result__list").inner_text()
    page.goto((home.parent / "modules" / "02-tendering" / "quiz.html").as_uri())
    question = page.locator("#q-tnd-portal")
    question.get_by_label("On the national portal").check()
    question.get_by_role("button", name="Check").click()
    assert question.locator(".mc-q__feedback").inner_text().startswith("Correct.")
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select").get_by_role("link", name="한국어", exact=True).click()
    page.wait_for_url("**/ko/modules/02-tendering/quiz.html")
    assert page.locator("#q-tnd-portal .mc-q__feedback").inner_text().startswith("정답입니다.")
    assert [u for u in requests if not u.startswith("file://")] == []


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(path), "-"],
                                              capture_output=True, text=True,
                                              check=True).stdout)


def test_printed_workbook_answer_key_and_schedule(sample: Path, tmp_path: Path):
    out = tmp_path / "print"
    result = run_mkcourse("print", "--root", str(sample), "--lang", "en", "-o", str(out))
    assert result.returncode == 0, result.stderr
    workbook = _pdf_text(out / "workbook.pdf")
    for title in ("Welcome to the course", "Tendering on line", "Paying suppliers",
                  "Quiz: tendering", "Contents", "Page 1 /"):
        assert title in workbook, title
    for hidden in ("Paper notices are not enough", "Notice, then submission"):
        assert hidden not in workbook  # feedback and explanations are not printed
    key = _pdf_text(out / "answer-key.pdf")
    for answer in ("On the national portal", "Notice", "Submission", "True", "PPS",
                   "1,250.5", "입찰공고 → bid notice"):
        assert answer in key, answer
    pages = subprocess.run(["pdfinfo", str(out / "schedule.pdf")], capture_output=True,
                           text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.M)


@pytest.mark.browser
def test_certificate_after_every_question(edition_site: Path, page):
    site = edition_site / "site"
    page.goto((site / "modules" / "02-tendering" / "quiz.html").as_uri())
    page.evaluate("localStorage.clear()")
    page.goto((site / "progress.html").as_uri())
    assert page.get_by_text("Answer every quiz question of the course").is_visible()
    assert page.locator(".mc-certificate form").is_hidden()
    # Answer every question (right or wrong does not matter for the certificate).
    page.goto((site / "modules" / "02-tendering" / "quiz.html").as_uri())
    for question in page.locator(".mc-q").all():
        kind = question.get_attribute("data-type")
        if kind in ("single", "multiple", "truefalse"):
            question.locator("input").first.check()
        elif kind in ("text", "numeric"):
            question.locator("input").fill("1")
        elif kind == "match":
            for select in question.locator("select").all():
                select.select_option(index=1)
        question.locator("button[type=submit]").click()
    page.goto((site / "progress.html").as_uri())
    form = page.locator(".mc-certificate form")
    assert form.is_visible()
    page.evaluate("window.print = () => { window.printed = true; }")
    form.get_by_label("Your name, as it should appear").fill("Aizada Toktogulova")
    form.get_by_role("button", name="Print my certificate").click()
    assert page.evaluate("window.printed") is True
    sheet = page.locator(".mc-certificate__sheet")
    assert "Aizada Toktogulova" in sheet.inner_text()
    assert "Sample edition, August 2024" in sheet.inner_text()
    assert "Tendering on line" in sheet.inner_text()
    page.emulate_media(media="print")
    assert sheet.is_visible() and page.locator(".mc-progress").is_hidden()
