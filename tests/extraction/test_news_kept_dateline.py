"""One reader for a dateline kept at the head of its lead (sentences.kept_dateline_end): a place in capitals,
its state or province, a station's or an agency's credit in brackets, and a dash, the lead's first word glued
to the bracket when the dash was lost, or the old wire's "(AP)_". Every mention before its end is the town's
name ("CHRISTMAS, Fla.", "FRIDAY HARBOR, Wash.", "JUNE LAKE, Calif."), no date. It served two rules before
(a station's dateline at a line's start; a day's name in the city of an agency's dateline): rows marked
"one reader" were dated wrong by one or the other before they became one.

The sentences are written for the tests, not taken from articles.
"""

import datetime as dt

import pytest
from dated import dated_test

from timeline.extraction.sentences import kept_dateline_end


@pytest.mark.parametrize(
    "sentence, head",
    [
        # a station's call sign, then a dash
        ("ASHLAND, Ky. (WSAZ) - Crews repaired the bridge.", "ASHLAND, Ky. (WSAZ) -"),
        ("SALEM, Ore. (KATU/Fox 12) -A fire burned two barns.", "SALEM, Ore. (KATU/Fox 12) -"),
        ("SOUTHERN Ind. (WEVV) — A storm moved through.", "SOUTHERN Ind. (WEVV) —"),
        ("ST. CLOUD, Minn. (KARE) - The council met.", "ST. CLOUD, Minn. (KARE) -"),
        ("GREEN BAY, Wis. (Fox 11) -- Fans lined the street.", "GREEN BAY, Wis. (Fox 11) --"),
        ("NEW ROCHELLE, New York (News 12) - A school closed.", "NEW ROCHELLE, New York (News 12) -"),
        # an agency's credit, the dash lost: the lead's first word glued to it, or after a space
        ("TEMPE, Ariz. (AP)Arizona Cardinals fans waited.", "TEMPE, Ariz. (AP)"),
        ("FRIDAY HARBOR, Wash. (AP) The ferry ran late.", "FRIDAY HARBOR, Wash. (AP)"),
        ("DES MOINES, Iowa (Reuters) - Farmers planted early.", "DES MOINES, Iowa (Reuters) -"),
        ("SAULT STE. MARIE, Ontario (CTV) — Ice closed the locks.", "SAULT STE. MARIE, Ontario (CTV) —"),
        # a station's credit the engine does not know for one: only before a dash or a glued first word
        ("CHRISTMAS, Fla. (Fox 35)Deputies arrested a man.", "CHRISTMAS, Fla. (Fox 35)"),
        ("CHRISTMAS, Fla. (Fox 35) Deputies arrested a man.", None),
        # a space lost before the bracket
        ("CHRISTMAS, Fla.(WESH) -Deputies arrested a man.", "CHRISTMAS, Fla.(WESH) -"),
        # the old wire's underscore, with or without a state
        ("WASHINGTON (AP)_ The Senate voted.", "WASHINGTON (AP)_"),
        ("MONDAY CREEK (WBNS)_ The dam failed.", "MONDAY CREEK (WBNS)_"),
        ("CHRISTMAS, Fla. (AP)_ Deputies arrested a man.", "CHRISTMAS, Fla. (AP)_"),
        ("TUESDAY FIRE (VIDEO)_ Two homes burned.", None),
        ("WASHINGTON (Fox 35)_ The Senate voted.", None),
        # no state: the splitter cuts such a dateline off on its own, or it is no dateline
        ("WASHINGTON, March 13 (Reuters) - The Senate voted.", None),
        ("LONDON (Reuters) - Shares fell.", None),
        ("LABOR DAY, Coney Island (WABC) -Crowds filled the beach.", None),
        # labels: a media tag or a time in the brackets, a headline's words in capitals with no state
        ("CHRISTMAS, Fla. (VIDEO) -Deputies arrested a man.", None),
        ("CHRISTMAS, Fla. (PHOTOS) Deputies arrested a man.", None),
        ("CHRISTMAS, Fla. (AP Sunday) Deputies arrested a man.", None),
        ("SUNDAY MARKET (PHOTOS) -Farmers sold out early.", None),
        ("MONDAY UPDATE (WSAZ) -Crews reopened the road.", None),
        ("WATCH LIVE (WSAZ) - The council meets.", None),
        ("STORM WARNING ISSUED FOR FRIDAY (AP) - The weather service said.", None),
        ("NFL Sunday (Video) -Highlights from the win.", None),
        # a place in title case, a sentence, a dateline too long for a lead's head
        ("Christmas, Fla. (WESH) -Deputies arrested a man.", None),
        ("Officials (KFVS) - said so.", None),
        ("THE NORTHERNMOST TOWN OF THE WHOLE REGION, Alaska (KTUU) - Snow fell.", None),
        # a quotation mark or an indent before the place
        ("  CHRISTMAS, Fla. (WESH) -Deputies arrested a man.", "  CHRISTMAS, Fla. (WESH) -"),
        ("“FRIDAY HARBOR, Wash. (AP) The ferry ran late.", "“FRIDAY HARBOR, Wash. (AP)"),
    ],
)
def test_where_a_kept_dateline_ends(sentence, head):
    end = kept_dateline_end(sentence)
    assert (sentence[:end] if end is not None else None) == head


MON = dt.date(2024, 3, 18)

test_no_mention_in_a_kept_dateline_is_a_date = dated_test([
    # one reader: a month's name in the town, after an agency's credit and a space (the day rule read only
    # a day's or a holiday's name there)
    ("JUNE LAKE, Calif. (AP) A skier was rescued on Sunday.", ["2024-03-17"]),
    ("JUNE LAKE, Calif. (AP)_ A skier was rescued on Sunday.", ["2024-03-17"]),
    # one reader: a province after the comma, an agency's credit and a space
    ("SUNDAY CREEK, Ontario (CTV) Crews cleared the road on Monday.", ["2024-03-18"]),
    # one reader: a station's dateline not at a line's start (a headline before it on the same line), or
    # indented
    ("Man held. CHRISTMAS, Florida (Fox 35) -Deputies arrested a man on Friday.", ["2024-03-15"]),
    ("Skier found\n\n  JUNE LAKE, Calif. (KOLO) -A skier was rescued on Sunday.", ["2024-03-17"]),
    # one reader: a space lost before a credit the engine does not know for an agency
    ("CHRISTMAS, Fla.(Fox 35) -Deputies arrested a man on Friday.", ["2024-03-15"]),
    # read the same before
    ("CHRISTMAS, Fla. (WESH) -Deputies arrested a man on Friday.", ["2024-03-15"]),
    ("FRIDAY HARBOR, Wash. (AP) The ferry ran late on Sunday.", ["2024-03-17"]),
    ("Ferry late\n\nFRIDAY HARBOR (AP)_ The ferry ran late on Sunday.", ["2024-03-17"]),
    ("Man held. CHRISTMAS, Fla. (AP) Deputies arrested a man on Friday.", ["2024-03-15"]),
    # labels keep their day, and so does the lead's next sentence
    ("MONDAY UPDATE (WSAZ) -Crews reopened the road.", ["2024-03-18"]),
    ("Road update. MONDAY UPDATE (WSAZ) -Crews reopened the road.", ["2024-03-18"]),
    ("CHRISTMAS DAY (VIDEO) -Volunteers served 500 meals.", ["2023-12-25"]),
    (
        "Man held\n\nCHRISTMAS, Fla. (WESH) -Deputies arrested a man on Friday. He was freed on Christmas Eve.",
        ["2024-03-15", "2023-12-24"],
    ),
], published=MON)
