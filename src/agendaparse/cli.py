"""The `agendaparse` command: parses options and calls one library function per command."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from . import __version__
from .errors import AgendaparseError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _read_passwords(path: str | None) -> dict[str, str]:
    """A passwords file: one `path<TAB>password` (or `path password`) per line."""
    if not path:
        return {}
    passwords = {}
    for line in Path(path).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, password = line.replace("\t", " ").partition(" ")
            passwords[name] = password.strip()
    return passwords


ocr_option = click.option(
    "--ocr",
    type=click.Choice(["auto", "never"]),
    default="auto",
    show_default=True,
    help="OCR pages without a text layer (Tesseract) or leave them empty.",
)


ocr_pictures_option = click.option(
    "--ocr-pictures/--no-ocr-pictures",
    default=True,
    show_default=True,
    help="With --ocr auto, also OCR large pictures pasted on pages that have a text layer (a table pasted as "
    "an image); each costs 3-5 s, photographs and charts included, whose readings are then dropped.",
    callback=lambda ctx, param, value: "auto" if value else "never",  # as read_document's ``pictures`` takes it
)


spacy_model_option = click.option(
    "--spacy-model",
    metavar="NAME",
    help="Add an installed spaCy pipeline's NER for people and organisations (e.g. en_core_web_sm).",
)


body_option = click.option(
    "--body",
    metavar="NAME",
    help="The body that published the PDFs (e.g. 'Kent County Council'), for documents whose text names none; "
    "the text wins where it names one.",
)


@click.group()
@click.version_option(__version__)
@click.option("-v", "--verbose", is_flag=True, help="Log every file and show full error details.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Turn council committee PDFs into structured, searchable data."""
    ctx.ensure_object(dict)["verbose"] = verbose
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s")


@cli.command()
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False))
@click.option("--password", help="Password for an encrypted PDF.")
@click.option("--no-page-text", is_flag=True, help="Leave page text out of the output.")
@ocr_option
@ocr_pictures_option
@spacy_model_option
@body_option
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation.")
def extract(
    pdf: str,
    password: str | None,
    no_page_text: bool,
    ocr: str,
    ocr_pictures: str,
    spacy_model: str | None,
    body: str | None,
    indent: int,
) -> None:
    """Print the extraction of one PDF as JSON (the extraction contract)."""
    from .extract import extract_document

    try:
        extraction = extract_document(
            pdf, password=password, ocr=ocr, pictures=ocr_pictures, spacy_model=spacy_model, body=body
        )
    except AgendaparseError as exc:
        raise click.ClickException(exc.one_line()) from exc
    click.echo(json.dumps(extraction.to_json_dict(page_text=not no_page_text), indent=indent, ensure_ascii=False))


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite database to write.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: number of cores).")
@click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds allowed per document.")
@click.option(
    "--memory-limit",
    type=int,
    default=2048,
    show_default=True,
    help="MB of memory a worker may add reading one document (over what it started with).",
)
@click.option("--password", help="Password to try for encrypted PDFs.")
@click.option("--passwords-file", type=click.Path(exists=True, dir_okay=False), help="Lines of 'path password'.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@ocr_option
@ocr_pictures_option
@click.option(
    "--executor",
    metavar="dask://HOST:PORT",
    help="Run extraction on an existing Dask cluster instead of local worker processes.",
)
@spacy_model_option
@body_option
@click.pass_context
def import_(
    ctx,
    paths,
    db_path,
    workers,
    timeout,
    memory_limit,
    password,
    passwords_file,
    progress,
    ocr,
    ocr_pictures,
    executor,
    spacy_model,
    body,
) -> None:
    """Import PDFs (files, folders, globs) into a SQLite database.

    Exit status: 0 all imported, 1 some files failed (see the import_errors table), 2 usage.
    """
    from .batch import import_paths

    try:
        summary = import_paths(
            paths,
            db_path,
            workers=workers,
            timeout=timeout,
            memory_mb=memory_limit,
            passwords=_read_passwords(passwords_file),
            default_password=password,
            progress=progress,
            ocr=ocr,
            pictures=ocr_pictures,
            executor=executor,
            spacy_model=spacy_model,
            body=body,
        )
    except AgendaparseError as exc:  # the database itself: locked, read-only, disk full
        raise click.ClickException(exc.one_line()) from exc
    for error in summary.errors:
        click.echo(error.message, err=True)
    click.echo(
        f"{summary.files} files: {summary.imported} imported ({summary.pages} pages), "
        f"{summary.unchanged} unchanged, {summary.duplicates} same content as another file, "
        f"{summary.failed} failed",
        err=True,
    )
    ctx.exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("-p", "--port", default=8001, show_default=True, type=int)
def serve(db_path: str, host: str, port: int) -> None:
    """Browse and search a database in Datasette."""
    from .serve import serve as run

    sys.exit(run(db_path, host=host, port=port))


@cli.command()
@click.option("--output", type=click.Path(dir_okay=False), help="Write to a file instead of printing.")
def schema(output: str | None) -> None:
    """Print the JSON Schema of the extraction contract."""
    from .models import json_schema

    text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if output:
        Path(output).write_text(text)
    else:
        click.echo(text, nl=False)


@cli.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(file_okay=False), help="Folder of gold JSON files.")
@click.option(
    "--pdf-root",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder the gold source.path values are relative to [default: ../shared/corpus/real of the project].",
)
@click.option(
    "--json", "json_out", type=click.Path(dir_okay=False), help="Write every figure (per section, per document)."
)
@click.option("--fast", is_flag=True, help="Skip OCR (scanned pages stay empty): what the CI ratchet runs.")
@click.option("-v", "--verbose", is_flag=True, help="Add a line per document to each section.")
@click.option(
    "--bootstrap",
    "resamples",
    type=click.IntRange(min=0),
    default=1000,
    show_default=True,
    help="Resamples of the documents for the 95% interval of each headline figure (0: no intervals).",
)
@click.option(
    "--variant",
    type=click.Choice(
        [
            "unruled",
            "rotated",
            "rasterised",
            "rasterised-colour",
            "reprinted",
            "resized",
            "cropped",
            "placed",
            "searchable",
            "sideways",
            "skewed",
        ]
    ),
    help="Score the PDFs stored another way (ruling removed, pages turned, pages as pictures, drawn again by "
    "another PDF writer, shrunk to A5, on larger paper with crop marks and a slug, placed as a form with wider "
    "margins, scanned and made searchable, content set sideways, scanned askew): "
    "how far the readers generalise beyond the layouts they were built on (agendaparse.variants).",
)
@spacy_model_option
@click.pass_context
def eval_(
    ctx: click.Context,
    gold_dir: str,
    pdf_root: str | None,
    json_out: str | None,
    fast: bool,
    verbose: bool,
    resamples: int,
    variant: str | None,
    spacy_model: str | None,
) -> None:
    """Score extraction against gold annotations (corpus/gold/dev, test or tune).

    Sections a gold file leaves out (absent or null) are not scored; [] means "none".
    Figures are micro-averaged over documents; --verbose adds a line per document. Each
    section's headline figure is then printed with a 95% interval from resampling the documents
    (--bootstrap N resamples, seeded): with few documents, one of them can carry a section.

    \b
    Matching (one-to-one, greedy best-first; Jaccard = shared word tokens / all word tokens):
    agenda items      by number when both give one, else title Jaccard >= 0.5; title accuracy:
                      equal after folding case, whitespace, quotes, dashes and end punctuation;
                      printed pages over pairs where either gives pages.
    action-plan rows  by action_no (+ theme Jaccard >= 0.5 when both give a theme), else action
                      text Jaccard >= 0.5; field accuracy over pairs where either has a value.
    actions           text Jaccard >= 0.5; core P/R/F1 counts gold tier core only (a prediction
                      paired with borderline gold is neither TP nor FP); owners equal as sets of
                      names without titles / leading "the"; due dates equal.
    tables            continuation tables with the same header merged; paired by page overlap,
                      then header similarity; columns aligned by header (unnamed ones by position);
                      rows in order; cell accuracy = equal cells / gold cells.
    people, orgs      sets without titles (Cllr, Mr, Dr, OBE...), leading "the", punctuation, case.
    document          meeting_date, doc_type equal; body, committee equal after normalising.
    """
    from .evaluate import evaluate, format_report

    root = pdf_root or str(Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real")
    try:
        report = evaluate(gold_dir, root, fast=fast, spacy_model=spacy_model, variant=variant)
    except AgendaparseError as exc:
        raise click.ClickException(exc.one_line()) from exc
    text = format_report(report, verbose=verbose or ctx.obj.get("verbose", False), resamples=resamples)
    _finish_report(ctx, text, report, json_out)


@cli.command(name="eval-tables")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write every figure (overall, per table).")
@click.option("--no-camelot", is_flag=True, help="Score agendaparse only (camelot is slow to import and run).")
@click.option("-v", "--verbose", is_flag=True, help="Add a line per expected table.")
@click.pass_context
def eval_tables(ctx: click.Context, folder: str | None, json_out: str | None, no_camelot: bool, verbose: bool) -> None:
    """Score table extraction against expected CSVs [default: ../shared/corpus/tables].

    FOLDER holds PDFs, expected CSVs and a MANIFEST.tsv listing them. camelot (a dependency:
    our unruled-table pass uses its stream reader) runs on the same files in the same run, told each
    table's flavour (lattice or stream) by the manifest; agendaparse is not told.

    \b
    Cells are compared after NFKC, whitespace collapsed; empty cells ignored.
    cell P/R/F1      multiset of non-empty cells shared with the expected table
    relation F1      multiset of (cell, next non-empty cell right/below) pairs: structure
    pairing          one-to-one by page overlap, highest cell F1 first; a table spanning
                     pages may pair with the page tables joined; unpaired tables on an
                     annotated page are false positives, others are reported, not scored.
    """
    from .evaluate_tables import evaluate_tables, format_tables_report

    root = folder or str(Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "tables")
    try:
        report = evaluate_tables(root, with_camelot=not no_camelot)
    except AgendaparseError as exc:
        raise click.ClickException(exc.one_line()) from exc
    _finish_report(
        ctx, format_tables_report(report, verbose=verbose or ctx.obj.get("verbose", False)), report, json_out
    )


def _finish_report(ctx: click.Context, text: str, report, json_out: str | None) -> None:
    """Print an eval report, write its JSON when asked, exit 1 when a document could not be scored."""
    click.echo(text)
    if json_out:
        Path(json_out).write_text(json.dumps(report.to_json_dict(), indent=2) + "\n")
    ctx.exit(EXIT_SOME_FAILED if report.errors else EXIT_OK)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except AgendaparseError as exc:
        click.echo(f"Error: {exc.one_line()}", err=True)
        sys.exit(EXIT_SOME_FAILED)


if __name__ == "__main__":
    main()
