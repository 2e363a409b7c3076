"""Property tests for the text parsers: dates, page ranges, item numbers."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.dates import parse_date, quarter_end
from agendaparse.segment import format_page_range, parse_item_number, parse_page_range

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


@given(dates)
def test_numeric_dates_are_day_first(date):
    assert parse_date(date.strftime("%d/%m/%Y")).date == date


@given(dates.filter(lambda d: d.day > 12), st.booleans())
def test_a_numeric_date_that_reads_only_one_way_is_read_that_way(date, month_first):
    text = f"{date.month}/{date.day}/{date.year}"  # '3/31/2025': no month 31, so 31 March either way
    assert (parse_date(text, month_first=month_first).date, parse_date(text).precision) == (date, "day")


# (the hyphenated forms are spreadsheets' d-mmm-yy and dd-mmm-yyyy: '03-Nov-2025' is a day, not November)
@given(
    dates,
    st.sampled_from(
        ["%A %-d %B %Y", "%A, %-d %B, %Y", "%-d %B %Y", "%d %b %Y", "%B %-d, %Y", "%d-%b-%Y", "%-d-%b-%y", "%d-%B-%Y"]
    ),
)
def test_written_dates_round_trip(date, fmt):
    value = parse_date(date.strftime(fmt))
    assert value.date == date and value.precision == "day"


@given(dates)
def test_ordinal_dates(date):
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(date.day, "th")
    text = f"Thursday, {date.day}{suffix} {date.strftime('%B')}, {date.year} 12.00 pm"
    assert parse_date(text).date == date


@given(st.integers(1990, 2060), st.integers(1, 12))
def test_month_year_is_last_day_of_month(year, month):
    value = parse_date(f"{calendar.month_name[month]} {year}")
    assert value.precision == "month"
    assert value.date == dt.date(year, month, calendar.monthrange(year, month)[1])


@given(st.integers(1, 4), st.integers(2000, 2060))
def test_financial_quarters_end_on_quarter_end(quarter, year):
    value = parse_date(f"Q{quarter} {year}/{(year + 1) % 100:02d}")
    assert value.precision == "quarter"
    assert value.date == quarter_end(quarter, year, financial=True)
    assert value.date.month in (3, 6, 9, 12)


@given(
    st.integers(1, 4),
    st.integers(2000, 2060),
    st.sampled_from(["Q{q} {y}/{n:02d}", "Quarter {q} {y}-{n:02d}", "Qtr {q} {y}/{y1}", "Q{q} {s:02d}/{n:02d}"]),
)
def test_financial_quarters_as_written_end_on_the_same_day(quarter, year, form):
    """Stop 30: 'Quarter 2 2026/27' read as the financial year's end (precision year); every spelling of a quarter of
    a financial year ends where 'Q2 2026/27' does."""
    text = form.format(q=quarter, y=year, y1=year + 1, n=(year + 1) % 100, s=year % 100)
    value = parse_date(text)
    assert (value.date, value.precision) == (quarter_end(quarter, year, financial=True), "quarter"), text


def test_quarter_before_an_iso_date_is_no_financial_year():
    assert parse_date("Q1 2026-03-31").date == dt.date(2026, 3, 31)


@given(st.sampled_from(["Ongoing", "Continuous", "ongoing", "TBC", "n/a"]))
def test_open_ended_has_no_date(text):
    assert parse_date(text).date is None


@given(st.text(max_size=80))
def test_parse_date_never_raises(text):
    parse_date(text, reference=dt.date(2024, 5, 1))


@given(st.integers(1, 4999), st.integers(0, 500), st.sampled_from(["-", "–", " - ", " to "]))
def test_page_range_round_trip(start, length, dash):
    end = start + length
    parsed = parse_page_range(f"Report title (Pages {start}{dash}{end})")
    assert parsed == (start, end)
    assert format_page_range(parsed) == (str(start) if length == 0 else f"{start}-{end}")


@given(st.integers(2, 4999), st.integers(1, 500))
def test_backwards_page_range_is_rejected(end, back):
    start = end + back
    assert parse_page_range(f"(Pages {start} - {end})") is None


@given(st.text(max_size=60))
def test_page_range_never_raises(text):
    parse_page_range(text)


@given(st.integers(1, 9999), st.sampled_from([".", "", ")"]), st.text("abcdefghij ", min_size=1, max_size=20))
def test_item_numbers(number, punct, title):
    title = ("Item " + title.strip()).strip()
    assert parse_item_number(f"{number}{punct} {title}") == (str(number), title)


@given(st.integers(1, 999), st.integers(0, 99))
def test_slash_item_numbers(number, year):
    assert parse_item_number(f"{number}/{year:02d} Apologies") == (f"{number}/{year:02d}", "Apologies")


@given(st.text(max_size=40))
def test_item_number_never_raises(text):
    parse_item_number(text)


@given(st.sampled_from(["Spring", "Late Spring", "Summer", "autumn", "Winter"]), st.integers(2000, 2060))
def test_a_season_is_not_the_end_of_its_year(season, year):
    assert parse_date(f"{season} {year}").date is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1 ſeptember 2024", "2024-09-01"),
        ("ſept 2024", "2024-09-30"),
        ("2 Aprİl 2024", "2024-04-02"),
        ("aprıl 2024", "2024-04-30"),
    ],
)
def test_month_names_with_letters_a_case_blind_regex_accepts(text: str, iso: str) -> None:
    """'ſ' (long s), dotless and dotted i match s and i case-blind but keep their form in str.lower(): they are folded,
    not a KeyError that fails the whole document."""
    assert parse_date(text).date.isoformat() == iso


MONTH_NAMES = [name for name in [*calendar.month_name, *calendar.month_abbr, "Sept"] if name]
LOOKALIKES = [("s", "ſ"), ("S", "ſ"), ("k", "\u212a"), ("i", "ı"), ("i", "İ"), ("I", "İ")]


@given(st.sampled_from(MONTH_NAMES), st.sampled_from(LOOKALIKES), st.integers(1, 28), st.integers(2000, 2060))
def test_a_month_spelt_with_a_lookalike_letter_still_parses(name, lookalike, day, year):
    """A case-blind regex reads 'ſeptember' as September: the date follows, never a KeyError."""
    spelt = name.replace(*lookalike)
    found = parse_date(f"{day} {spelt} {year}").date
    assert found == dt.date(year, list(calendar.month_abbr).index(name[:3].title()), day)


# Stop 33 (corpus/gold/README.md): bare quarters are the UK financial year's, a quarter with a calendar year the
# calendar's; "Early"/"Mid" a year no date, "Late" its 31 December; "FY26", "FY 2025/26", "FY2025-26" 31 March 2026.
QUARTER_ORDINAL_WORDS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}
FINANCIAL_QUARTER_END_MONTHS = {1: 6, 2: 9, 3: 12, 4: 3}


@given(
    dates,
    st.integers(1, 4),
    st.sampled_from(["Q{q}", "end of Q{q}", "Quarter {q}", "{o} quarter", "by the end of the {o} quarter"]),
)
def test_a_bare_quarter_is_the_next_financial_quarter(reference, quarter, form):
    value = parse_date(form.format(q=quarter, o=QUARTER_ORDINAL_WORDS[quarter]), reference=reference)
    assert value.precision == "quarter"
    assert value.date.month == FINANCIAL_QUARTER_END_MONTHS[quarter]
    assert value.date == calendar_month_end(value.date)
    assert dt.timedelta(0) <= value.date - reference < dt.timedelta(days=366)


def calendar_month_end(date: dt.date) -> dt.date:
    return date.replace(day=calendar.monthrange(date.year, date.month)[1])


@given(st.integers(1, 4))
def test_a_bare_quarter_needs_the_meeting(quarter):
    assert parse_date(f"end of Q{quarter}").date is None


@given(
    st.integers(1, 4), st.integers(2000, 2060), st.sampled_from(["Q{q} {y}", "{o} Quarter {y}", "{o} quarter of {y}"])
)
def test_a_quarter_of_a_calendar_year_is_the_calendar_quarter(quarter, year, form):
    value = parse_date(form.format(q=quarter, o=QUARTER_ORDINAL_WORDS[quarter], y=year))
    assert (value.date, value.precision) == (quarter_end(quarter, year, financial=False), "quarter")


@given(st.integers(2000, 2060), st.sampled_from(["FY{n:02d}", "FY {y}/{n:02d}", "FY{y}-{n:02d}", "FY {y}-{y1}"]))
def test_a_financial_year_ends_on_31_march(year, form):
    value = parse_date(form.format(y=year, y1=year + 1, n=(year + 1) % 100))
    assert (value.date, value.precision) == (dt.date(year + 1, 3, 31), "year")


@given(st.sampled_from(["Early", "early", "Mid", "Mid-", "mid"]), st.integers(2000, 2060))
def test_early_and_mid_year_are_no_date(part, year):
    value = parse_date(f"{part} {year}".replace("- ", "-"))
    assert value.date is None and value.raw


@given(st.sampled_from(["Late", "late", "End of", "end of"]), st.integers(2000, 2060))
def test_late_and_end_of_a_year_are_its_last_day(part, year):
    assert (parse_date(f"{part} {year}").date, parse_date(f"{part} {year}").precision) == (
        dt.date(year, 12, 31),
        "year",
    )
