"""A station's dateline whose state is abbreviated without a comma before it, or whose dash is glued to
the first word ("WESTERN Ky. (KFVS) - The ...", "BURLINGTON, Vt. (WCAX) -About 50 ..."): the full stop
of the state's abbreviation ends no sentence, since no sentence opens with a call sign in brackets and a
dash. The lead keeps its dateline (the scorer and the gold drop it alike) rather than losing its place to
a sentence of its own and opening on "(KFVS) -".

The sentences are written for the tests, not taken from articles.
"""

import datetime as dt

import pytest

from timeline.extraction import extract_events
from timeline.extraction.sentences import kept_dateline_end, split_sentences

MON = dt.date(2024, 3, 18)


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "SOUTHERN Ill. (KFVS) - A storm knocked out power to 5,000 homes. Crews worked overnight.",
            "SOUTHERN Ill. (KFVS) - A storm knocked out power to 5,000 homes.",
        ),
        (
            "EASTERN Ky. (WYMT) - Flood waters rose on Sunday. Schools closed.",
            "EASTERN Ky. (WYMT) - Flood waters rose on Sunday.",
        ),
        (
            "BURLINGTON, Vt. (WCAX) -About 40 soldiers left for Kuwait on Saturday. Families waved.",
            "BURLINGTON, Vt. (WCAX) -About 40 soldiers left for Kuwait on Saturday.",
        ),
        (
            "RICHMOND, Va. (WWBT) -The governor signed the bill Friday. It takes effect in July.",
            "RICHMOND, Va. (WWBT) -The governor signed the bill Friday.",
        ),
    ],
)
def test_a_state_abbreviation_before_a_call_sign_ends_no_sentence(text, first):
    assert sentences(text)[0] == first


@pytest.mark.parametrize(
    "text, expected",
    [
        # A full stop before a bracket with no dash after it still ends the sentence.
        (
            "The vote was held in Ky. (The results come later.) Turnout was low.",
            ["The vote was held in Ky.", "(The results come later.)", "Turnout was low."],
        ),
        # Far into a paragraph, a bracket and a dash after a full stop is no dateline.
        (
            "Officials met with residents of the county for three hours on the plan to widen the road in "
            "Va. (WWBT) - Some left early.",
            [
                "Officials met with residents of the county for three hours on the plan to widen the road in Va.",
                "(WWBT) - Some left early.",
            ],
        ),
        # A dateline the splitter already cuts off stays cut off.
        (
            "OMAHA, Neb. (WOWT) - A man appeared in court Tuesday.",
            ["OMAHA, Neb. (WOWT) -", "A man appeared in court Tuesday."],
        ),
    ],
)
def test_other_full_stops_before_brackets_are_unchanged(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text, start, date",
    [
        (
            "WESTERN Ky. (KFVS) - The weather service says a tornado touched down on Saturday.",
            "WESTERN Ky.",
            "2024-03-16",
        ),
        ("BURLINGTON, Vt. (WCAX) -About 40 soldiers left for Kuwait Saturday.", "BURLINGTON, Vt.", "2024-03-16"),
    ],
)
def test_the_leads_statement_opens_at_its_dateline(text, start, date):
    (e,) = extract_events(text, published=MON)
    d = e.to_dict()
    assert d["sentence"].startswith(start) and d["date"] == date


# The town's name in a kept dateline is no date ("CHRISTMAS, Fla.", "FRIDAY HARBOR, Wash.", "JUNE LAKE, Calif."):
# the lead's dates are those after the dateline's dash. (Rows after rv13's probes.)
MON_DATES = [
    ("CHRISTMAS, Fla. (WESH) -Deputies arrested a man on Friday.", ["2024-03-15"]),
    (
        "CHRISTMAS, Fla. (WESH) -Deputies arrested a man on Friday. He was released Saturday.",
        ["2024-03-15", "2024-03-16"],
    ),
    ("FRIDAY HARBOR, Wash. (KING) -Ferry service resumed on Monday.", ["2024-03-18"]),
    ("JUNE LAKE, Calif. (KOLO) -A skier was rescued on Sunday.", ["2024-03-17"]),
    # Capital labels before a bracket and a dash that are no station's dateline keep their dates.
    ("NEW YEAR'S DAY PLUNGE (VIDEO) -Hundreds jumped into the lake.", ["2024-01-01"]),
    ("MONDAY UPDATE (WSAZ) -Crews reopened the road.", ["2024-03-18"]),
    # Its dash lost: the lead's first word right after the bracket.
    ("CHRISTMAS, Fla. (AP)Deputies arrested a man on Friday.", ["2024-03-15"]),
    ("CHRISTMAS VALLEY, Ore. (KTVL) - A wildfire grew on Sunday.", ["2024-03-17"]),
    (
        "Published: Mar. 18, 2024 at 9:00 AM EDT|Updated: 2 hours ago\n\n"
        "CHRISTMAS, Fla. (WESH) -Deputies arrested a man on Friday.",
        ["2024-03-15"],
    ),
]


@pytest.mark.parametrize("text, expected", MON_DATES)
def test_a_town_named_like_a_date_in_a_kept_dateline_is_no_date(text, expected):
    assert [e.to_dict()["date"] for e in extract_events(text, published=MON, uncertain=True)] == expected


@pytest.mark.parametrize(
    "sentence, head",
    [
        ("WESTERN Ky. (KFVS) - The storm moved on.", "WESTERN Ky. (KFVS) -"),
        ("CHRISTMAS, Fla. (WESH) -Deputies arrested a man.", "CHRISTMAS, Fla. (WESH) -"),
        ("CHRISTMAS, Fla. (AP)Deputies arrested a man.", "CHRISTMAS, Fla. (AP)"),
        ("WASHINGTON, March 13 (Reuters) - The Senate voted.", None),
        ("UPDATE (2 p.m.) The road reopened.", None),
        ("Officials (KFVS) - said so.", None),
        ("PARKERSBURG, W.Va. (WTAP) - Polls are open.", "PARKERSBURG, W.Va. (WTAP) -"),
        ("CARTERET COUNTY, N.C. (WITN) -A funeral was held.", "CARTERET COUNTY, N.C. (WITN) -"),
        ("DELAWARE COUNTY, Iowa (KCRG) - A man was charged.", "DELAWARE COUNTY, Iowa (KCRG) -"),
        ("LEXINGTON, Ky. (LEX 18) - The board met.", "LEXINGTON, Ky. (LEX 18) -"),
        ("CHRISTMAS, Fla. (Fox 35) -Deputies arrested a man.", "CHRISTMAS, Fla. (Fox 35) -"),
        ("CHRISTMAS, Fla. (WESH/NBC) -Deputies arrested a man.", "CHRISTMAS, Fla. (WESH/NBC) -"),
        ("FRIDAY HARBOR, Wash. (KOMO News) -Ferry service resumed.", "FRIDAY HARBOR, Wash. (KOMO News) -"),
        ("CHRISTMAS, Fla. (Sunday, 5 p.m.) -Deputies arrested a man.", None),
        ("CHRISTMAS, Fla. (PHOTOS) -Deputies arrested a man.", None),
        # Capital labels that are no station's dateline (rows after rv13's probes).
        ("NEW YEAR'S DAY PLUNGE (VIDEO) -Hundreds jumped into the lake.", None),
        ("MONDAY UPDATE (WSAZ) -Crews reopened the road.", None),
        ("NFL Sunday (Video) -Highlights from the win.", None),
        ("BREAKING Monday (WSAZ) -Crews reopened the road.", None),
        ("NBA Christmas (Highlights) -The Lakers won.", None),
        ("CHRISTMAS, Florida (WESH) -Deputies arrested a man.", "CHRISTMAS, Florida (WESH) -"),
        ("UPDATE (Sunday, 5 p.m.) -The road has reopened.", None),
    ],
)
def test_where_a_kept_kept_dateline_ends(sentence, head):
    end = kept_dateline_end(sentence)
    assert (sentence[:end] if end is not None else None) == head
