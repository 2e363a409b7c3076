"""OCR throughput on the real scanned PDFs, measured against bare Tesseract in the same run.

    python benchmarks/ocr.py            # the parish scans (Souldern, Milburn: 20 pages)
    python benchmarks/ocr.py --all      # every scanned file of ../shared/corpus/real (95 pages)

Prints, from one run (Tesseract limited to one thread, as agendaparse runs it):
- reference: each page rendered at agendaparse's OCR resolution and read by one `tesseract` call (the floor:
  one recognition per page, nothing else);
- ``read_pages(ocr="auto")``: agendaparse's page reading (lines and words, rotation check when a reading is poor,
  pasted pictures), as a ratio of the reference time;
- ``extract_document(ocr="auto")``: the whole extraction, scanned tables read cell by cell included;
- table cells: the cells of every scanned table read one Tesseract process per cell (as before stop 34) and all
  in one Tesseract run (``agendaparse.tesseract.image_data_many``), the texts compared.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
PARISH = ("souldern-pc", "milburn-pc")


def scanned_files(everything: bool) -> list[Path]:
    files = sorted(REAL.rglob("*scanned*.pdf"))
    return files if everything else [path for path in files if path.parent.name in PARISH]


def time_bare_tesseract(files: list[Path]) -> tuple[float, int]:
    """Each page rendered at agendaparse's OCR resolution (rendering not timed), then one `tesseract` call."""
    import pypdfium2 as pdfium

    from agendaparse.pdf import ocr_dpi

    seconds, pages = 0.0, 0
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            document = pdfium.PdfDocument(str(path))
            for number in range(len(document)):
                page = document[number]
                width, height = page.get_size()
                image = Path(folder) / f"{pages}.png"
                page.render(scale=ocr_dpi(width, height) / 72).to_pil().save(image)
                started = time.perf_counter()
                subprocess.run(["tesseract", str(image), "-", "tsv"], capture_output=True, check=True)
                seconds += time.perf_counter() - started
                pages += 1
            document.close()
    return seconds, pages


def time_call(function, files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        function(path)
    return time.perf_counter() - started


def cell_crops(files: list[Path]) -> list:
    """The crops agendaparse reads for the cells of the scanned tables of ``files``, caught on their way to
    Tesseract."""
    import pypdfium2 as pdfium

    from agendaparse.tables import scanned

    crops: list = []
    reader = scanned.image_data_many

    def catching(images, config=""):
        crops.extend(images)
        return reader(images, config)

    scanned.image_data_many = catching
    try:
        for path in files:
            document = pdfium.PdfDocument(str(path))
            count = len(document)
            document.close()
            scanned.scanned_tables(path, list(range(1, count + 1)), "benchmark", None)
    finally:
        scanned.image_data_many = reader
    return crops


def words(data: dict | None) -> list[str]:
    return [word for word in (data or {}).get("text", []) if word.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all", action="store_true", help="every scanned file, not only the parish scans")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from agendaparse.extract import extract_document
    from agendaparse.pdf import read_pages
    from agendaparse.tesseract import image_data_many, pytesseract_module

    files = scanned_files(args.all)
    if not files:
        raise SystemExit(f"no scanned PDFs under {REAL}")
    print(f"{len(files)} scanned files; load average {os.getloadavg()[0]:.1f}")
    reference, pages = time_bare_tesseract(files)
    print(f"reference: bare tesseract, one call a page: {pages / reference:.2f} pages/s ({pages} pages)")
    reading = time_call(lambda path: read_pages(path, ocr="auto"), files)
    print(f"read_pages(ocr='auto'): {pages / reading:.2f} pages/s, {reading / reference:.2f}x the reference time")
    whole = time_call(lambda path: extract_document(path, ocr="auto"), files)
    print(f"extract_document(ocr='auto'): {pages / whole:.2f} pages/s, {whole / reference:.2f}x the reference time")
    crops = cell_crops(files)
    pytesseract = pytesseract_module()
    started = time.perf_counter()
    alone = [pytesseract.image_to_data(crop, output_type=pytesseract.Output.DICT, config="--psm 6") for crop in crops]
    one_by_one = time.perf_counter() - started
    started = time.perf_counter()
    together = image_data_many(crops, config="--psm 6")
    one_run = time.perf_counter() - started
    same = sum(words(a) == words(b) for a, b in zip(alone, together, strict=True))
    print(
        f"table cells ({len(crops)} crops): one process a cell {one_by_one:.1f} s, one run {one_run:.1f} s "
        f"({one_by_one / one_run:.1f}x faster); same words for {same} of {len(crops)}"
    )


if __name__ == "__main__":
    main()
