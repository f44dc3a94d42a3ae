"""A wire dateline whose dash was lost in copying ("TEMPE, Ariz. (AP)Arizona Cardinals ...",
"BOISE, Idaho (AP) The state ...") is not cut after the state's abbreviation: the agency's credit in
brackets belongs to the dateline, and the lead runs on as one sentence from the city.
"""
import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    ("TEMPE, Ariz. (AP)Arizona Cardinals quarterback Kyler Murray had surgery on Dec. 12. He is fine.",
     ["TEMPE, Ariz. (AP)Arizona Cardinals quarterback Kyler Murray had surgery on Dec. 12.", "He is fine."]),
    ("LITTLE ROCK, Ark. (AP) The governor signed the bill on Monday. It takes effect in July.",
     ["LITTLE ROCK, Ark. (AP) The governor signed the bill on Monday.", "It takes effect in July."]),
    ("PORTLAND, Ore. (KGW) Crews reopened the bridge on Friday.",
     ["PORTLAND, Ore. (KGW) Crews reopened the bridge on Friday."]),
])
def test_a_dateline_credit_without_a_dash_stays_with_its_lead(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that ends with an abbreviation, then a bracketed aside opening the next: split
    ("The firm moved to Phoenix, Ariz. (It had been in Texas.) Sales rose.",
     ["The firm moved to Phoenix, Ariz.", "(It had been in Texas.)", "Sales rose."]),
    # a bracket the engine does not know for an agency's or a station's credit: cut as before (a photo
    # credit dropped); but a station's name in brackets before a dash ends a station's dateline, and the
    # lead keeps it (fx39: test_news_station_dateline.py)
    ("SALEM, Ore. (Channel 2) -A rancher was hurt.", ["SALEM, Ore. (Channel 2) -A rancher was hurt."]),
    ("SALEM, Ore. (Photos) -A rancher was hurt.", ["SALEM, Ore.", "-A rancher was hurt."]),
])
def test_other_brackets_after_a_full_stop_still_split(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


test_a_town_named_like_a_day_in_a_kept_dateline_is_no_date = dated_test([
    # the dateline stays in the lead's sentence: a town's name that reads as a day ("Christmas Valley",
    # "Sunday Harbor") is no date
    (dt.date(2024, 3, 20), "CHRISTMAS VALLEY, Ore. (AP)A rancher was hurt on Monday.", ["2024-03-18"]),
    (dt.date(2024, 3, 20), "MONDAY CREEK, Ohio (AP) The dam failed on Tuesday.", ["2024-03-19"]),
    (dt.date(2024, 3, 20), "Dam fails\n\nMONDAY CREEK, Ohio (WBNS)The dam failed on Tuesday.", ["2024-03-19"]),
    # the old wire form keeps its dateline too
    (dt.date(2024, 3, 20), "MONDAY CREEK (AP)_ The dam failed on Tuesday.", ["2024-03-19"]),
    # a label's media tag is no agency: the label's day is read
    (dt.date(2024, 3, 20), "TUESDAY FIRE (VIDEO) -Two homes burned.", ["2024-03-19"]),
    # a label that is a day's name, a place after its comma that is no state: the label's day is read
    (dt.date(2024, 3, 20), "TUESDAY, Elm Street (WKRC) -A water main broke.", ["2024-03-19"]),
    (dt.date(2024, 9, 3), "LABOR DAY, Coney Island (WABC) -Crowds filled the beach.", ["2024-09-02"]),
])
