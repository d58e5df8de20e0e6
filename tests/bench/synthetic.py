"""Generate a synthetic course (N modules x 2 languages) for build benchmarks."""

from __future__ import annotations

import shutil
from pathlib import Path

PARAGRAPH = (
    "Public bodies publish each tender notice on the national portal, and registered "
    "suppliers submit their bids electronically before the deadline. The opening is "
    "automatic and the result is published to every bidder at the same time. "
)


def make_course(dest: Path, modules: int, repo: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "curriculum" / "modules").mkdir(parents=True)
    shutil.copy(repo / "mkdocs.yml", dest / "mkdocs.yml")
    ids = [f"module-{n:02d}" for n in range(1, modules + 1)]
    (dest / "curriculum" / "course.yml").write_text(
        "id: synthetic\ntitle: Synthetic course\nsource_language: en\n"
        "audience: Benchmarks.\nmodules:\n" + "".join(f"  - {i}\n" for i in ids),
        encoding="utf-8")
    ko = dest / "translations" / "ko"
    (ko / "LC_MESSAGES").mkdir(parents=True)
    (ko / "language.yml").write_text("status: beta\n", encoding="utf-8")
    shutil.copy(repo / "translations" / "ko" / "LC_MESSAGES" / "messages.po",
                ko / "LC_MESSAGES" / "messages.po")
    for n, module_id in enumerate(ids, start=1):
        folder = f"{n:02d}-{module_id}"
        prereq = f"[{ids[n - 2]}]" if n > 1 else "[]"
        body = "".join(f"## Section {s} {{ #section-{s} }}\n\n{PARAGRAPH * 4}\n\n"
                       for s in range(1, 6))
        for base, title in ((dest / "curriculum" / "modules", "Module"),
                            (ko / "modules", "모듈")):
            (base / folder).mkdir(parents=True)
            front = (f"---\nid: {module_id}\ntitle: {title} {n}\nduration: 90\n"
                     f"level: intermediate\nobjectives: [Explain the topic.]\n"
                     f"prerequisites: {prereq}\nkeypoints: [One point.]\n---\n\n"
                     if base.parent.name == "curriculum"
                     else f"---\ntitle: {title} {n}\nstatus: draft\n---\n\n")
            (base / folder / "index.md").write_text(front + body, encoding="utf-8")
            (base / folder / "lesson.md").write_text(f"# Lesson {n}\n\n{body}",
                                                     encoding="utf-8")
    return dest
