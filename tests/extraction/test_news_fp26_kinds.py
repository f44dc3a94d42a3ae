"""False statements found by fp26's precision sample (session 39: official press releases and newsroom pages of
companies, governments, ministries, militaries, courts, universities, sports leagues and weather services, 2015-2025,
as a user pastes them), each kind with the near neighbours that must stay dated. Rows written for the test, not the
pages' text.

- a release's dateline with its full date and its wire's tag ("WASHINGTON, March 5, 2024 /PRNewswire/ --",
  "TORONTO, Jan. 5, 2021 (GLOBE NEWSWIRE) --", "NEW YORK, N.Y. - March 5, 2024 — "), and one whose place is in title
  case with its state's postal code ("Washington, DC - "): the dateline, not the lead's first words; its date no
  event, and the day the lead's "today" was written;
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction import extract_events

WED = dt.date(2024, 3, 6)  # a Wednesday, the day after the releases' dateline
MON = dt.date(2018, 4, 23)  # a Monday


def sentences(text, published):
    return [(e.sentence, e.date.isoformat()) for e in extract_events(text, published=published)]


test_a_release_dateline_gives_its_day = dated_test([
    ("CHICAGO, March 5, 2024 /PRNewswire/ -- Acme Foods today announced it would open a plant in Ohio on April 2.",
     ["2024-03-05", "2024-04-02"]),
    ("AUSTIN, Texas, March 5, 2024 /PRNewswire-USNewswire/ -- The foundation today named its new director.",
     ["2024-03-05"]),
    ("TORONTO, March 5, 2024 (GLOBE NEWSWIRE) -- Maple Mining Corp. today reported first drill results.",
     ["2024-03-05"]),
    ("DALLAS, March 5, 2024--(BUSINESS WIRE)--Lone Star Bank today completed its merger with Red River Trust.",
     ["2024-03-05"]),
    ("NEW YORK, N.Y. - March 5, 2024 — Hudson Media today announced the sale of its radio unit.", ["2024-03-05"]),
    ("SEATTLE and LONDON, March 5, 2024 /PRNewswire/ -- Two insurers today agreed to merge.", ["2024-03-05"]),
    ("DENVER, Colo. and BOISE, Idaho, March 5, 2024 /PRNewswire/ -- The utilities today agreed to merge.",
     ["2024-03-05"]),
], published=WED)

test_a_dateline_of_the_wire_stays = dated_test([
    # a wire's own dateline, no year, and a release's with its wire's name before the date
    ("WASHINGTON, March 5 (Reuters) - The Senate passed the bill on Tuesday.", ["2024-03-05"]),
    ("DALLAS--(BUSINESS WIRE)--Lone Star Bank today completed its merger.", ["2024-03-06"]),
    # a lead in capitals with a date that is no dateline: the date an event
    ("NASA said on March 5, 2024 - a Tuesday - that the probe had landed.", ["2024-03-05"]),
    ("ACME, the maker of anvils, said on March 1, 2024 -- a Friday -- that it would close.", ["2024-03-01"]),
], published=WED)


@pytest.mark.parametrize("text, first", [
    ("MCLEAN, Va. and LOS ANGELES, March 5, 2024 /PRNewswire/ -- Two firms today announced a deal.",
     "Two firms today"),
    ("NEW BRUNSWICK, N.J. - March 5, 2024 — The drugmaker today announced a sale.", "The drugmaker today"),
    ("Washington, DC - The financial manager of a school pleaded guilty today to bribery.",
     "The financial manager"),
    ("Austin, TX – The state's comptroller said Friday that sales tax receipts rose.", "The state's comptroller"),
    ("Washington, D.C. — The agency announced on Friday that it had fined the airline.", "The agency announced"),
])
def test_a_release_dateline_is_no_part_of_the_lead(text, first):
    out = sentences(text, MON)
    assert out and all(s.startswith(first) for s, _ in out)


@pytest.mark.parametrize("text, first", [
    # a headline's names joined by a comma and a dash: no postal code, no dateline
    ("Smith, Jones - The two met on Friday.", "Smith, Jones"),
    ("Trump, GOP - The two met on Friday.", "Trump, GOP"),
    ("Paris, London - The two cities flooded on Friday.", "Paris, London"),
])
def test_names_before_a_dash_stay_in_the_sentence(text, first):
    out = sentences(text, MON)
    assert out and all(s.startswith(first) for s, _ in out)
