"""LibreOffice's PDF export for the scripts that build Word/Excel test fixtures (make_office_*.py).

The tests read the PDFs these scripts write; nothing under tests/ runs LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def office_to_pdf(sources: list[Path], out: Path) -> list[Path]:
    """Convert .docx/.xlsx ``sources`` into PDFs in ``out`` with ``soffice --headless``; a throwaway user profile
    keeps a running LibreOffice or a stale lock from stopping the export."""
    if shutil.which("soffice") is None:
        raise SystemExit("soffice not found: install LibreOffice (Debian: libreoffice-writer-nogui, -calc-nogui)")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out), *map(str, sources)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    return [out / f"{source.stem}.pdf" for source in sources]
