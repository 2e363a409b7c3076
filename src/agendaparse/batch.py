"""Bulk import: many PDFs into one SQLite database.

Extraction is a pure per-document function run in worker processes (pebble kills a worker that
runs over its time limit); the parent process is the single writer. Each document is written in
its own transaction. Unchanged files are skipped by size and modification time without being
opened; files with the same content as an imported document are linked, not imported twice.
"""

from __future__ import annotations

import gc
import glob
import logging
import os
import resource
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

from pebble import ProcessExpired, ProcessPool
from tqdm import tqdm

from . import store, track
from .errors import AgendaparseError, ChangedFileError, MemoryPdfError, TimeoutPdfError, UnreadableFileError
from .models import Extraction, ImportErrorRecord
from .pdf import file_sha256

log = logging.getLogger("agendaparse")
DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 2048


@dataclass
class ImportSummary:
    imported: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    pages: int = 0
    errors: list[ImportErrorRecord] = field(default_factory=list)

    @property
    def files(self) -> int:
        return self.imported + self.unchanged + self.duplicates + self.failed


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files as given, folders searched recursively for *.pdf, globs expanded; sorted, unique."""
    found: list[str] = []
    for given in paths:
        matches = glob.glob(given, recursive=True) if glob.has_magic(given) else [given]
        for path in matches:
            if os.path.isdir(path):
                for root, dirs, files in os.walk(path):  # followlinks=False: no symlink loops
                    dirs.sort()
                    found.extend(os.path.join(root, name) for name in sorted(files) if name.lower().endswith(".pdf"))
            else:
                found.append(path)
    return list(dict.fromkeys(found))


_worker_limit_bytes = 0  # this worker's address-space limit (0: none), set when the worker starts
_worker_cap_bytes = 0  # what a document may add to the worker's starting size under that limit


def _address_space_bytes(field: str = "VmSize") -> int:
    """This process's virtual size (``VmSize``) or its peak (``VmPeak``): what RLIMIT_AS counts; 0 off Linux."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _prepare_worker(megabytes: int) -> None:
    global _worker_limit_bytes, _worker_cap_bytes
    # A worker allocates millions of short-lived objects (character boxes, lines, sentences); the
    # collector's default of a pass every 700 allocations took 1.8 s of the 2,000-page pack, 0.4 s at 10,000.
    gc.set_threshold(10_000, 10, 10)
    if megabytes > 0:
        # The cap is what one document may add. A forked worker starts with its parent's address
        # space (a long-lived caller, such as a test run, can hold gigabytes of mappings), so a cap
        # counted from zero failed documents at random, often as a C library's SystemError.
        _worker_cap_bytes = megabytes * 1024 * 1024
        _worker_limit_bytes = _address_space_bytes() + _worker_cap_bytes
        resource.setrlimit(resource.RLIMIT_AS, (_worker_limit_bytes, _worker_limit_bytes))


def _reached_memory_limit() -> bool:
    """Whether this worker's peak came within 256 MB (or an eighth of a larger cap) of its limit.

    A failure there is most likely an allocation the limit refused, whatever the library raising it
    called it (SystemError, ImportError "failed to map segment", ValueError). The margin is wide
    because one request (a page image, a shared library) can be that large.
    """
    if not _worker_limit_bytes:
        return False
    margin = max(_worker_cap_bytes // 8, 256 * 1024 * 1024)
    return _address_space_bytes("VmPeak") >= _worker_limit_bytes - margin


def extract_in_worker(
    path: str, password: str | None, ocr: str = "auto", spacy_model: str | None = None, pictures: str = "auto"
) -> Extraction:
    too_big = "the document needed more memory than --memory-limit allows"
    try:
        from .extract import extract_document  # in the try: under a small cap, even importing can fail

        extraction = extract_document(path, password=password, ocr=ocr, pictures=pictures, spacy_model=spacy_model)
    except MemoryError as exc:
        raise MemoryPdfError(path, too_big) from exc
    except AgendaparseError:
        raise
    except Exception as exc:
        if _reached_memory_limit():
            raise MemoryPdfError(path, f"{too_big} ({type(exc).__name__} at the limit)") from exc
        raise
    if _reached_memory_limit() and any("the stage failed" in warning for warning in extraction.document.warnings):
        # a stage starved by the cap would otherwise import as a quietly partial document
        raise MemoryPdfError(path, f"{too_big} (a stage failed at the limit)")
    return extraction


def stored_name(path: str) -> str:
    """The path as the database keeps it: a file name that is not UTF-8 keeps its odd bytes as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _error_record(path: str, exc: BaseException) -> ImportErrorRecord:
    if isinstance(exc, AgendaparseError):
        message = " ".join(str(exc).split())  # one line even when an engine's message has several
        return ImportErrorRecord(file=stored_name(path), page=exc.page, kind=exc.kind, message=stored_name(message))
    return ImportErrorRecord(
        file=stored_name(path),
        kind="internal",
        message=stored_name(f"{path}: internal error: {type(exc).__name__}: {exc}; please report it with this file"),
    )


def _detail(exc: BaseException) -> str:
    """The full story of a failure, including a worker's remote traceback (pebble keeps it as the cause)."""
    return "".join(traceback.format_exception(exc)).rstrip()


def _same_failure(path: str, first: BaseException | None) -> AgendaparseError:
    """The error of a file with the same bytes as one that failed: same kind and advice, this file's name."""
    if isinstance(first, AgendaparseError):
        return type(first)(path, first.message, page=first.page, hint=first.hint)
    return UnreadableFileError(path, "same content as a file that failed", hint="see the error of that file")


def _changed_since(path: str, stat: os.stat_result) -> bool:
    """Whether the file is no longer the one that was queued (its content may mix two versions)."""
    try:
        now = os.stat(path)
    except OSError:
        return True
    return (now.st_size, now.st_mtime_ns) != (stat.st_size, stat.st_mtime_ns)


def import_paths(
    paths: Iterable[str],
    db_path: str | Path,
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    passwords: dict[str, str] | None = None,
    default_password: str | None = None,
    progress: bool | None = None,
    on_event: Callable[[str, str], None] | None = None,
    ocr: str = "auto",
    pictures: str = "auto",
    executor: str | None = None,
    lock_timeout: float = 30.0,
    spacy_model: str | None = None,
    body: str | None = None,
) -> ImportSummary:
    """Import PDFs into ``db_path``. One bad file never stops the batch.

    ``body``: the body that published the files, for documents whose text names none
    (:meth:`agendaparse.models.Extraction.with_known_body`, applied in this process as each document is written).

    Any database problem (locked, read-only, disk full) stops the batch with a DatabaseError;
    documents already written stay, each complete.
    """
    with store.database_errors(db_path):
        return _import(
            paths,
            db_path,
            workers=workers,
            timeout=timeout,
            memory_mb=memory_mb,
            passwords=passwords,
            default_password=default_password,
            progress=progress,
            on_event=on_event,
            ocr=ocr,
            pictures=pictures,
            executor=executor,
            lock_timeout=lock_timeout,
            spacy_model=spacy_model,
            body=body,
        )


def _import(
    paths: Iterable[str],
    db_path: str | Path,
    *,
    workers: int | None,
    timeout: float,
    memory_mb: int,
    passwords: dict[str, str] | None,
    default_password: str | None,
    progress: bool | None,
    on_event: Callable[[str, str], None] | None,
    ocr: str,
    executor: str | None,
    pictures: str = "auto",
    lock_timeout: float,
    spacy_model: str | None = None,
    body: str | None = None,
) -> ImportSummary:
    db = store.open_db(db_path, lock_timeout=lock_timeout)
    summary = ImportSummary()
    files = expand_paths(paths)
    workers = workers or os.cpu_count() or 1
    show_bar = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(files), unit="file", disable=not show_bar, dynamic_ncols=True)
    started = time.monotonic()

    failures: dict[str, BaseException] = {}

    def event(kind: str, path: str, message: str = "") -> None:
        if on_event:
            on_event(kind, message or path)
        elif not show_bar:
            log.info("%s %s", kind, message or path)

    def fail(path: str, exc: BaseException) -> None:
        record = _error_record(path, exc)
        failures[path] = exc
        store.record_error(db, record)
        log.info("%s", _detail(exc))  # shown with --verbose: the engines' own messages and tracebacks
        summary.failed += 1
        summary.errors.append(record)
        event("error", path, record.message)

    def update_bar() -> None:
        elapsed = max(time.monotonic() - started, 1e-6)
        bar.set_postfix(pages=summary.pages, pages_s=f"{summary.pages / elapsed:.1f}", errors=summary.failed)
        bar.update(1)

    todo: list[tuple[str, os.stat_result]] = []
    queued: dict[str, str] = {}  # document id -> first path queued with that content
    same_as_queued: list[tuple[str, str, os.stat_result]] = []
    for path in files:
        try:
            stat = os.stat(path)
            known = store.document_for_path(db, stored_name(path))
            if (
                known
                and known["size"] == stat.st_size
                and known["mtime"] == stat.st_mtime
                and store.has_document(db, known["document_id"])
            ):
                summary.unchanged += 1
                event("unchanged", path)
                update_bar()
                continue
            document_id = file_sha256(path)
            if store.has_document(db, document_id):
                store.record_file_seen(db, stored_name(path), document_id, stat.st_size, stat.st_mtime)
                summary.duplicates += 1
                event("same-content", path)
                update_bar()
                continue
            if document_id in queued:
                same_as_queued.append((path, document_id, stat))
                continue
            queued[document_id] = path
            todo.append((path, stat))
        except OSError as exc:
            fail(path, UnreadableFileError(path, exc.strerror or str(exc)))
            update_bar()

    jobs = [(path, stat, (passwords or {}).get(path, default_password)) for path, stat in todo]
    if executor and executor.startswith("dask://"):
        outcomes = _run_on_dask(executor, jobs, ocr, spacy_model, pictures)
    else:
        outcomes = _run_locally(
            jobs, ocr, workers=workers, timeout=timeout, memory_mb=memory_mb, spacy_model=spacy_model, pictures=pictures
        )
    for path, stat, outcome in outcomes:
        if _changed_since(path, stat):  # also explains a read error: the file was half written
            outcome = ChangedFileError(path, "the file changed while it was being read")
        if isinstance(outcome, BaseException):
            fail(path, outcome)
        else:
            outcome = outcome.with_known_body(body)
            outcome.document.file = stored_name(outcome.document.file)
            outcome.document.file_name = stored_name(outcome.document.file_name)
            store.save_extraction(db, outcome, path=stored_name(path), size=stat.st_size, mtime=stat.st_mtime)
            summary.imported += 1
            summary.pages += outcome.document.page_count
            event("imported", path, f"{path} ({outcome.document.page_count} pages)")
        update_bar()
    for path, document_id, stat in same_as_queued:
        if store.has_document(db, document_id):
            store.record_file_seen(db, stored_name(path), document_id, stat.st_size, stat.st_mtime)
            summary.duplicates += 1
            event("same-content", path)
        else:
            fail(
                path,
                _same_failure(path, failures.get(queued[document_id])),
            )
        update_bar()
    track.link_actions_or_warn(db)  # follow actions across meetings; a failure is only a warning
    bar.close()
    db.close()
    return summary


Job = tuple[str, os.stat_result, str | None]
Outcome = tuple[str, os.stat_result, "Extraction | BaseException"]


def _run_locally(
    jobs: list[Job],
    ocr: str,
    *,
    workers: int,
    timeout: float,
    memory_mb: int,
    spacy_model: str | None = None,
    pictures: str = "auto",
) -> Iterator[Outcome]:
    """Worker processes on this machine; a document over its time limit has its worker killed."""
    if not jobs:
        return
    with ProcessPool(max_workers=min(workers, len(jobs)), initializer=_prepare_worker, initargs=(memory_mb,)) as pool:
        futures = [
            (
                path,
                stat,
                pool.schedule(extract_in_worker, args=(path, password, ocr, spacy_model, pictures), timeout=timeout),
            )
            for path, stat, password in jobs
        ]
        for path, stat, future in futures:
            try:
                yield path, stat, future.result()
            except FutureTimeout:
                yield path, stat, TimeoutPdfError(path, f"extraction took longer than {timeout:g} s and was stopped")
            except ProcessExpired as exc:
                message = f"the worker died (exit code {exc.exitcode}), most likely out of memory"
                yield path, stat, MemoryPdfError(path, message)
            except Exception as exc:  # one bad file must not stop the batch
                yield path, stat, exc


def _run_on_dask(
    address: str, jobs: list[Job], ocr: str, spacy_model: str | None = None, pictures: str = "auto"
) -> Iterator[Outcome]:
    """The per-document function on a Dask cluster; records stream back as documents finish.

    The cluster's own limits (worker memory, nannies) guard it; the local --timeout does not apply.
    """
    from distributed import Client, as_completed

    with Client(address.replace("dask://", "tcp://", 1)) as client:
        futures = {
            client.submit(extract_in_worker, path, password, ocr, spacy_model, pictures, pure=False): (path, stat)
            for path, stat, password in jobs
        }
        for future in as_completed(futures):
            path, stat = futures[future]
            try:
                yield path, stat, future.result()
            except Exception as exc:  # one bad file must not stop the batch
                yield path, stat, exc
            finally:
                future.release()
