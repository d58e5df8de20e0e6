"""An offline copy of the site as one zip: unzip it anywhere and open index.html."""

from __future__ import annotations

import zipfile
from pathlib import Path

__all__ = ["zip_site"]

# A fixed timestamp keeps the zip byte-identical for identical sites.
_STAMP = (1980, 1, 1, 0, 0, 0)


def zip_site(site: Path, target: Path, folder: str) -> int:
    """Write every file of `site` under `folder/` in a zip; return the zip's size in bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".part")
    with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site).as_posix()}", _STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    temp.replace(target)
    return target.stat().st_size
