"""Minutes headed with a section letter and a number ("G31. Apologies for Absence", as Louth Town Council prints
them) once raised TypeError in the minutes reader and failed the whole document (tables round 32 found it)."""

from agendaparse import segment
from minutes_page import minutes_page


def test_section_reference_headings_do_not_fail_the_document():
    page = minutes_page(
        [
            "LOUTH TOWN COUNCIL",
            "Minutes of the Finance Committee held on 12 March 2025",
            "G31. Apologies for Absence",
            "Apologies were received from Cllr Brown.",
            "G32. Accounts for Payment",
            "The accounts listed were approved for payment.",
        ]
    )
    items = segment.minutes_items([page], "d" * 64)
    assert all(item.title for item in items)
