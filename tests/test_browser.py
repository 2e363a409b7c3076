"""In a real browser: search, open an action, follow its provenance link, see the highlighted page.

Drives Debian's Chromium (``scripts/system-deps.sh`` installs it) with Playwright against
``agendaparse serve`` on the real corpus. Screenshots go to the test's tmp_path and are copied to
/tmp/agendaparse-screens/.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
import sqlite_utils

CHROMIUM = Path("/usr/bin/chromium")
SCREENS = Path("/tmp/agendaparse-screens")
PHRASES = ["knife crime", "dog fouling", "potholes", "open data"]

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'"
)
pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason=f"{CHROMIUM} is missing: run `bash scripts/system-deps.sh` (apt chromium)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def agendaparse_command() -> list[str]:
    script = Path(sys.executable).with_name("agendaparse")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from agendaparse.cli import main; main()"]


@pytest.fixture(scope="module")
def tracker_db(real_db, tmp_path_factory) -> Path:
    """The real corpus plus one generated meeting whose minutes give an action on knife crime
    (the real corpus has none): a copy, so the session's database stays as imported."""
    from agendaparse.batch import import_paths
    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "corpus"))
    from generate import generate

    folder = tmp_path_factory.mktemp("tracker")
    db_path = folder / "tracker.db"
    shutil.copy(real_db, db_path)
    minutes = [path for path in generate(folder / "sample", count=1, pack_pages=12, seed=5) if "minutes" in path.name]
    summary = import_paths([str(path) for path in minutes], db_path, workers=1, progress=False, ocr="never")
    assert summary.imported == 1
    return db_path


@pytest.fixture(scope="module")
def server(tracker_db, tmp_path_factory):
    """`agendaparse serve` on the real corpus (plus one generated meeting), on a free port of 127.0.0.1."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*agendaparse_command(), "serve", str(tracker_db), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the Datasette child goes with it
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"agendaparse serve did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@pytest.fixture(scope="module")
def phrase(tracker_db) -> str:
    """ "knife crime" if the database has it in an action with a box, else the first phrase that is."""
    db = sqlite_utils.Database(tracker_db)
    for candidate in PHRASES:
        found = db.execute(
            "select count(*) from actions_fts join actions on actions.rowid = actions_fts.rowid "
            "where actions_fts match ? and actions.bbox is not null and actions.page is not null",
            [f'"{candidate}"'],
        ).fetchone()[0]
        if found:
            return candidate
    pytest.fail(f"none of {PHRASES} is in an action with a box in the real corpus")


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"]
            )
        except playwright_api.Error as exc:
            pytest.skip(f"Chromium at {CHROMIUM} cannot be started by Playwright: {exc}")
        yield browser
        browser.close()


def shoot(page, tmp_path: Path, name: str, **options) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path), **options)
    SCREENS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENS / name)
    return path


def test_search_action_provenance_page_image(server, browser, phrase, tmp_path):
    from PIL import Image, ImageChops

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        # 1. the search box
        page.goto(f"{server}/-/agendaparse/search")
        page.fill("input[name=q]", phrase)
        page.press("input[name=q]", "Enter")
        page.wait_for_url(lambda url: urlencode({"q": phrase}) in url)
        assert page.locator("#actions .agendaparse-result").count() >= 1
        marks = page.locator("mark").all_inner_texts()
        assert any(phrase.split()[0].lower() in mark.lower() for mark in marks), marks
        shoot(page, tmp_path, "1-search.png", full_page=True)

        # 2. open the first action with a highlighted page link
        result = page.locator("#actions .agendaparse-result", has=page.locator("a.agendaparse-provenance")).first
        result.locator("a.agendaparse-record").click()
        page.wait_for_load_state()
        assert "/actions/" in page.url
        assert page.locator("a.agendaparse-page").count() >= 1
        shoot(page, tmp_path, "2-action.png", full_page=True)

        # 3. follow its provenance link: the page view with the box
        link = page.locator("a.agendaparse-page[href*='bbox=']").first
        href = link.get_attribute("href")
        link.click()
        page.wait_for_url(lambda url: "/-/agendaparse/page/" in url)
        image = page.locator(".agendaparse-page-image img")
        image.wait_for()
        page.wait_for_function(
            "() => { const img = document.querySelector('.agendaparse-page-image img');"
            " return img && img.complete && img.naturalWidth > 0; }",
            timeout=30_000,
        )
        natural = page.evaluate(
            "() => { const img = document.querySelector('.agendaparse-page-image img');"
            " return [img.naturalWidth, img.naturalHeight]; }"
        )
        assert natural[0] > 0 and natural[1] > 0
        src = image.get_attribute("src")
        assert "bbox=" in src and src.split("bbox=")[1] == href.split("bbox=")[1]
        text = page.locator(".agendaparse-page-text pre").inner_text()
        assert phrase.split()[0].lower() in text.lower(), text[:300]
        shoot(page, tmp_path, "3-page.png", full_page=True)
        image.screenshot(path=str(tmp_path / "4-page-image.png"))
        shutil.copy(tmp_path / "4-page-image.png", SCREENS / "4-page-image.png")

        # the highlight: the image with the box differs from the plain page inside the box only
        boxed = Image.open(io.BytesIO(page.request.get(f"{server}{src}").body())).convert("RGB")
        plain = Image.open(io.BytesIO(page.request.get(f"{server}{src.split('?')[0]}").body())).convert("RGB")
        assert boxed.size == plain.size == tuple(natural)
        x0, top, x1, bottom = (float(v) * 1.5 for v in src.split("bbox=")[1].split(","))
        changed = ImageChops.difference(boxed, plain).getbbox()
        assert changed is not None, "no highlight drawn"
        pad = 2 * 1.5 + 3
        assert x0 - pad <= changed[0] and changed[2] <= x1 + pad
        assert top - pad <= changed[1] and changed[3] <= bottom + pad
        (tmp_path / "flow.json").write_text(json.dumps({"phrase": phrase, "page": page.url, "image": src}))
    finally:
        page.close()
