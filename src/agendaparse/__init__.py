"""agendaparse: council committee PDFs into structured, searchable data."""

__version__ = "0.1.0"

__all__ = ["__version__", "extract_document", "import_paths"]


def __getattr__(name: str):
    # Import lazily so `agendaparse --help` does not load spaCy and pdfplumber.
    if name == "extract_document":
        from .extract import extract_document

        return extract_document
    if name == "import_paths":
        from .batch import import_paths

        return import_paths
    raise AttributeError(name)
