"""False statements found by fp26's precision sample (session 39: official press releases and newsroom pages of
companies, governments, ministries, militaries, courts, universities, sports leagues and weather services, 2015-2025,
as a user pastes them), each kind with the near neighbours that must stay dated. Rows written for the test, not the
pages' text.

- a release's dateline with its full date and its wire's tag ("WASHINGTON, March 5, 2024 /PRNewswire/ --",
  "TORONTO, Jan. 5, 2021 (GLOBE NEWSWIRE) --", "NEW YORK, N.Y. - March 5, 2024 — "), and one whose place is in title
  case with its state's postal code ("Washington, DC - "): the dateline, not the lead's first words; its date no
  event, and the day the lead's "today" was written;
- a newsroom's stamp line naming the piece a "Press release" ("12/17/2025 | Press release | Posted by ... on
  12/17/2025 09:24"), and a notice's "Distribution date: 24 April 2024": furniture;
- "Today" ending a source's line ("Source: Shillong Today"): a paper's name; a page's heading of the day's doings
  ("Today at the Court - Thursday, Jun 27, 2024"): the page's day, no event;
- a standard's edition ("ISO 9001:2015"), a toll-free number ("1800 044 938") and a law cited as a text ("within the
  meaning of Section 27A of the Securities Act of 1933, as amended"): no year;
- two days of a rule joined by "or"/"and" before "of each year" ("on January 1 or July 1 of each year"): every
  year's, as the one right before "each year" is;
- "the same day" defined by a clause of any such happening ("posted on the same day an argument is heard"): every
  such day;
- a newsletter's or a bulletin's label before its issue's month or day ("(Newsletter – March 2024)", "Weekly Digest:
  3 March 2024"), and a page's "Written on" before the date that ends its line, glued to the headline ("... now
  openWritten on the 2 March 2018"): the page's date, no event;
- a yearless range of days right after a full date of another year whose span holds that day (a photo caption's
  "Hohenfels, Germany, Sept. 13, 2022. The exercise, which runs from Aug. 29 to Sept. 20, ..."): that year's.
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


DEC = dt.date(2025, 12, 17)  # a Wednesday


test_a_stamp_line_of_a_press_release_is_furniture = dated_test([
    ("12/17/2025 | Press release | Posted by Newsroom on 12/17/2025 09:24\nThe minister opened the bridge on Monday.",
     ["2025-12-15"]),
    ("Press release | December 17, 2025\nThe minister opened the bridge on Monday.", ["2025-12-15"]),
    ("December 17, 2025 | Press Release\nThe minister opened the bridge on Monday.", ["2025-12-15"]),
    ("Distribution date: 12 December 2025 | Final date for Comment: 10 February 2026\nThe draft was sent on Monday.",
     ["2025-12-15"]),
], published=DEC)

test_a_release_in_prose_stays = dated_test([
    ("The press release of December 12, 2025 said the plant would close.", ["2025-12-12"]),
    ("Album release December 12, 2025", ["2025-12-12"]),
    ("The distribution date of the vaccine will be 22 December 2025, officials said.", ["2025-12-22"]),
    ("Distribution dates were set for Jan. 5.", ["2026-01-05"]),
], published=DEC)

test_today_in_a_source_line_or_a_days_heading_is_no_day = dated_test([
    ("The state approved the rules.\nSource: Shillong Today\nThe council met on Monday.", ["2025-12-15"]),
    ("The emirate approved the plan.\n(Via: Gulf Today)", []),
    ("Today at the Court - Wednesday, Dec 17, 2025\n\nThe Court may announce opinions on Friday, December 19.",
     ["2025-12-19"]),
    ("Today in the Senate: Wednesday, December 17\nSenators will vote on the budget on Thursday.", ["2025-12-18"]),
], published=DEC)

test_today_in_prose_stays = dated_test([
    ("Sources: Officials said the talks would resume today.", ["2025-12-17"]),
    ("Today the court ruled - Wednesday, December 17, 2025", ["2025-12-17"]),
    ("Shillong Today reported on Monday that the rules were approved.", ["2025-12-15"]),
    ("The council will meet today, the source said.", ["2025-12-17"]),
], published=DEC)

test_a_code_number_or_a_cited_law_is_no_year = dated_test([
    ("The plant is certified to ISO 9001:2015 and meets IS 2083:2024 standards.", []),
    ("Panels must meet IEC 62040-1:2017 from next year, the bureau said on Monday.", ["2026", "2025-12-15"]),
    ("For help, call the hotline on 1800 505 938.", []),
    ("This release contains forward-looking statements within the meaning of Section 27A of the Securities Act of "
     "1933, as amended, and Section 21E of the Securities Exchange Act of 1934, as amended.", []),
    ("These statements are made as defined in the Private Securities Litigation Reform Act of 1995.", []),
], published=DEC)

test_a_law_a_year_or_a_count_stays = dated_test([
    ("The Civil Rights Act of 1964 banned discrimination.", ["1964"]),
    ("Congress passed the Securities Act of 1933 after the crash of 1929.", ["1933", "1929"]),
    ("The Local Government Act 1972 was amended in 2000.", ["1972", "2000"]),
    ("In 1800 300,000 people lived in the city.", ["1800"]),
    ("The meeting was moved to 2015, officials said.", ["2015"]),
], published=DEC)

test_two_days_of_each_year_are_no_day = dated_test([
    ("Amendments will take effect on either January 1 or July 1 of each year.", []),
    ("The tax is due on 1 April and 1 October every year.", []),
    ("The season opens on Sept. 1 and closes on Jan. 15 of each year.", []),
], published=DEC)

test_a_day_told_once_beside_each_year_stays = dated_test([
    ("The store opened on March 3 and closes on July 1 each year for a holiday.", ["2025-03-03"]),
    ("The plant closed on January 1 and reopened on July 1, and it shuts each year in May.",
     ["2025-01-01", "2025-07-01"]),
], published=DEC)

test_the_same_day_of_any_such_happening_is_no_day = dated_test([
    ("The court will hear two cases on Monday, December 15, 2025. Transcripts are posted on the court's website on "
     "the same day an argument is heard.", ["2025-12-15"]),
    ("The office opened on Dec. 1, 2025. Refunds are issued on the same day that a claim is filed.", ["2025-12-01"]),
], published=DEC)

test_the_same_day_told_before_stays = dated_test([
    ("The dam broke on March 3, 2023. The same day the town was evacuated.", ["2023-03-03", "2023-03-03"]),
    ("He was arrested on Monday. On the same day a bomb was found in the city.", ["2025-12-15", "2025-12-15"]),
], published=DEC)


MAR = dt.date(2024, 3, 28)  # a Thursday


test_an_issue_label_or_a_written_on_stamp_is_no_event = dated_test([
    ("COMPLIANCE BULLETIN (Newsletter – March 2024)\n\nWelcome to COMPLIANCE BULLETIN (Newsletter – March 2024), "
     "your monthly guide.\n\nOn March 5, 2024, the ministry issued an order.", ["2024-03-05"]),
    ("New grants fund now openWritten on the 2 March 2024\nSpeaking in Perth today, the minister released the rules.",
     ["2024-03-28"]),
], published=MAR)

test_an_issue_label_on_a_line_of_its_own_stays_furniture = dated_test([
    # (furniture before the rule too: a label's line of its own)
    ("Weekly Digest: 3 March 2024\nThe council met on Monday.", ["2024-03-25"]),
    ("FARM NEWSLETTER - March 2024\nThe dairy closed on Monday.", ["2024-03-25"]),
], published=MAR)

test_a_month_or_a_written_day_in_prose_stays = dated_test([
    ("The issue - March 2024 - was a busy month.", ["2024-03"]),
    ("Floods hit the city in March 2024, the bulletin said.", ["2024-03"]),
    ("The newsletter's March 2024 edition sold out on Monday.", ["2024-03", "2024-03-25"]),
    ("Written on 2 March 2024, the letter asked the minister to resign.", ["2024-03-02"]),
    ("The letter was written on the 2 March 2024.", ["2024-03-02"]),
], published=MAR)


DEC23 = dt.date(2023, 12, 23)  # a Saturday


test_a_range_holding_the_day_told_takes_its_year = dated_test([
    ("Marines train in Hohenfels, Germany, Sept. 13, 2022. The exercise, which runs from Aug. 29 to Sept. 20, "
     "tests readiness.", ["2022-09-13", "2022-08-29/2022-09-20", "2022-09-20"]),
    ("Sailors load a ship in Norfolk, Va., March 3, 2021. The drill runs March 1-March 12, the Navy said.",
     ["2021-03-03", "2021-03-01/2021-03-12", "2021-03-12"]),
    ("Troops land on a beach in Norway, Dec. 28, 2021. The drill runs from Dec. 20 to Jan. 10, the army said.",
     ["2021-12-28", "2021-12-20/2022-01-10", "2022-01-10"]),
], published=DEC23)

test_a_range_not_holding_the_day_told_stays = dated_test([
    ("The mine flooded on Feb. 3, 2022. It reopens from May 2 to May 9.", ["2022-02-03", "2024-05-02/2024-05-09", "2024-05-09"]),
    ("The storm hit on Oct. 2, 2023. The fair runs from Aug. 29 to Sept. 20.",
     ["2023-10-02", "2024-08-29/2024-09-20", "2024-09-20"]),
], published=DEC23)


# rv33's review (--s39-rv33): near neighbours of each kind that must stay dated (each failed before its mend).
R33 = dt.date(2024, 3, 6)  # a Wednesday

test_a_death_notices_head_is_no_dateline = dated_test([
    ("JONES, Mary Ellen – February 20, 2024 – Died peacefully surrounded by her family in Akron.", ["2024-02-20"]),
    ("BROWN, Peter James - March 1, 2024 - Passed away at home, aged 90.", ["2024-03-01"]),
], published=R33)

test_a_coming_handouts_distribution_date_stays = dated_test([
    ("Distribution date: Friday, March 15, at the school gym. Bring a bag for the food.", ["2024-03-15"]),
    ("Distribution Date: April 2 — Free trees will be handed out at the park.", ["2024-04-02"]),
], published=R33)

test_a_title_case_headline_ending_today_stays = dated_test([
    ("Via Ferrata Reopens Today", ["2024-03-06"]),
    ("Sources Confirm Merger Vote Today", ["2024-03-06"]),
    ("Credit Union Opens Today", ["2024-03-06"]),
], published=R33)

test_a_laws_year_told_as_its_making_or_its_amendment_stays = dated_test([
    ("Congress enacted Section 8 of the Clean Water Act of 1972 to curb sewage.", ["1972"]),
    ("The court struck down Section 3 of the Defense of Marriage Act of 1996 in 2013.", ["1996", "2013"]),
    ("The Clean Water Act of 1972, as amended in 1977, set limits on sewage.", ["1972", "1977"]),
], published=R33)

test_a_law_cited_under_its_section_is_no_year = dated_test([
    ("The shares were sold pursuant to Section 4(a)(2) of the Securities Act of 1933.", []),
    ("Under Section 5 of the Clean Water Act of 1972, the agency fined the mill on Monday.", ["2024-03-04"]),
    ("The fund is registered under the Investment Company Act of 1940, as amended.", []),
], published=R33)

test_the_same_day_as_a_one_off_happening_stays = dated_test([
    ("The union will march on Friday. The protest falls on the same day a new tax is expected to begin.",
     ["2024-03-08", "2024-03-08"]),
    ("Jones was charged on Monday. The charge comes on the same day a lawsuit is filed by his partner.",
     ["2024-03-04", "2024-03-04"]),
], published=R33)

test_a_one_off_day_before_again_each_year_stays = dated_test([
    ("Tolls will increase on Jan. 1 and again on Jan. 1 of each year thereafter.", ["2025-01-01"]),
    ("Rates will rise on April 1 and then on Oct. 1 of each year.", ["2024-04-01"]),
], published=R33)

test_a_headlines_edition_issue_or_written_on_stays = dated_test([
    ("Pride Parade Marks Its 30th Edition – June 29 Downtown", ["2024-06-29"]),
    ("Key Issue: March 19 Referendum on the Transit Tax", ["2024-03-19"]),
    ("Suicide Note Was Written on 5 March", ["2024-03-05"]),
], published=R33)

test_a_commemorations_range_after_an_old_day_stays_coming = dated_test([
    ("The town was founded on June 3, 1824. Its bicentennial fair runs from June 1 to June 9.",
     ["1824-06-03", "2024-06-01/2024-06-09", "2024-06-09"]),
    ("The dam burst on Aug. 5, 2019. A memorial walk will run from Aug. 1 to Aug. 10.",
     ["2019-08-05", "2024-08-01/2024-08-10", "2024-08-10"]),
], published=R33)

test_a_rule_numbered_with_a_hyphen_is_cited = dated_test([
    ("The director sold the stock under Rule 10b5-1 of the Securities Exchange Act of 1934.", []),
], published=R33)
