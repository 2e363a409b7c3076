"""Errors that name the file (and page) and say what to do about it."""

from __future__ import annotations


class AgendaparseError(Exception):
    """Base class: a problem with one input that the user can act on."""

    kind = "error"
    hint = ""

    def __init__(self, file: str, message: str, *, page: int | None = None, hint: str | None = None):
        self.file = file
        self.page = page
        self.message = message
        if hint is not None:
            self.hint = hint
        # args stay (file, message) so the error pickles across worker processes
        super().__init__(file, message)

    def __str__(self) -> str:
        return self.one_line()

    def one_line(self) -> str:
        where = self.file if self.page is None else f"{self.file} (page {self.page})"
        hint = f"; {self.hint}" if self.hint else ""
        return f"{where}: {self.kind}: {self.message}{hint}"


class CorruptPdfError(AgendaparseError):
    kind = "corrupt"
    hint = "the file is not a readable PDF; download it again or repair it (e.g. qpdf)"


class EncryptedPdfError(AgendaparseError):
    kind = "encrypted"
    hint = "pass --password or --passwords-file"


class EmptyPdfError(CorruptPdfError):
    hint = "the PDF has no pages that can be read; download it again"


class TimeoutPdfError(AgendaparseError):
    kind = "timeout"
    hint = "raise --timeout, or leave this file out"


class MemoryPdfError(AgendaparseError):
    kind = "memory"
    hint = "raise --memory-limit, or leave this file out"


class UnreadableFileError(AgendaparseError):
    kind = "unreadable"
    hint = "check the path and its permissions"


class ChangedFileError(AgendaparseError):
    kind = "changed"
    hint = "the file was written to while it was read; import it again once it is complete"


class DatabaseError(AgendaparseError):
    """The SQLite database cannot be written: locked, read-only, disk full, unopenable."""

    kind = "database"


DATABASE_PROBLEMS = [
    (
        "locked",
        "the database is locked by another writer",
        "wait for the other import to finish or close the program holding it (Datasette reading does not lock it)",
    ),
    ("readonly", "the database file is read-only", "check the file's permissions, or choose another --db"),
    ("disk is full", "the disk is full", "free some space and run the import again: what was imported is kept"),
    ("unable to open", "the database file cannot be opened", "check that its folder exists and can be written"),
    ("malformed", "the database file is damaged", "restore it from a backup or import into a new --db"),
]


def database_error(path: str, exc: Exception) -> DatabaseError:
    text = str(exc).lower().replace("read-only", "readonly")
    for needle, message, hint in DATABASE_PROBLEMS:
        if needle in text:
            return DatabaseError(path, message, hint=hint)
    return DatabaseError(path, f"SQLite error: {exc}", hint="check the database file")
