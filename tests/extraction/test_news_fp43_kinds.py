"""False statements found by fp43's precision sample (session 46: English-language wire and press of Asia and the
Pacific on diplomacy, defence, North Korea, summits and elections, 2015-2025, with Korean, Chinese and other holidays).
Rows written for the test, not the pages' text.

- a holiday named as one of a kind or as an institution, not as a year's day: "folk holidays such as Chuseok",
  "holidays, including Lunar New Year", the second of a pair ("holidays like Christmas and Easter"), a definition
  ("where Chuseok is a three-day holiday", "Thanksgiving is now one of the busiest travel days"), and the holiday's
  foods ("Chuseok foods"); a holiday with its year, a plain day ahead or gone by, and a holiday after "such as" that
  names no kind keep their day; so do (rv49's rows) a holiday named on ("Celebrations such as Christmas Day Mass
  were held") or told with a "when" ("the holidays, including Christmas Day, when shells hit a hospital"), a
  holiday's customs, rites and traditions ("the tradition of addressing the nation on Christmas Day", "Christmas
  traditions this year were muted", "led Christmas rites"), and a celebration told this year ("Christmas is a subdued
  celebration in Bethlehem as war rages");
- a release's source line in brackets with the day it was issued ("(Source: Department of Defence; issued Feb 28,
  2019)"), alone in its sentence: the page's stamp, no happening; a bracket in prose, a source line telling a day of
  its own and a source line glued to the story keep theirs.
"""

import datetime as dt

from dated import dated_test

WED = dt.date(2023, 9, 20)  # a Wednesday: Chuseok on Friday 29 September 2023, Christmas ahead

test_holiday_as_a_kind_or_an_institution = dated_test(
    [
        (WED, "Festivals such as Chuseok draw crowds to the countryside.", []),
        (WED, "The regime banned traditional holidays, including Lunar New Year, for decades.", []),
        (WED, "Holidays like Christmas and Easter were once forbidden there.", []),
        (WED, "In Korea, where Chuseok is a three-day holiday, roads are jammed.", []),
        (WED, "Thanksgiving is now one of the busiest travel days of the year.", []),
        (WED, "Typical Chuseok foods include rice cakes and fruit.", []),
        # near neighbours: a holiday gone by or ahead, a plain day, its year, a kind's word after the holiday
        (WED, "Families gathered for Chuseok last year.", ["2022-09-10", "2022"]),
        (WED, "Stores will close on Thanksgiving.", ["2023-11-23"]),
        (WED, "Christmas is a week away.", ["2023-12-25"]),
        (WED, "Festivals will be held on Chuseok, the ministry said.", ["2023-09-29"]),
        (WED, "He spent Christmas with his family, a tradition he kept for years.", ["2022-12-25"]),
        (WED, "Officials visited the shrine during holidays such as the Lunar New Year in 2019.", ["2019-02-05"]),
        (WED, "Traffic will peak on Chuseok, the traditional harvest holiday.", ["2023-09-29"]),
        (WED, "Leaders exchanged greetings on Lunar New Year, including the president.", ["2023-01-22"]),
    ]
)

test_source_line_with_its_issue_day = dated_test(
    [
        (
            WED,
            "(Source: Department of Defence; issued Sep 19, 2023)\nThe minister held talks on Tuesday.",
            ["2023-09-19"],
        ),
        (
            WED,
            "(Source: Ministry of Foreign Affairs; released 18 September 2023)\nThe minister held talks on Tuesday.",
            ["2023-09-19"],
        ),
        # near neighbours: a source line telling a day of its own, a bracket in prose
        (
            WED,
            "(Source: police; the suspect was arrested on Monday) The minister held talks on Tuesday.",
            ["2023-09-18", "2023-09-19"],
        ),
        (WED, "The statement (issued Sep 18, 2023) was read on Tuesday.", ["2023-09-18", "2023-09-19"]),
    ]
)


DEC = dt.date(2023, 12, 27)  # after Christmas
OCT = dt.date(2023, 10, 2)  # after Chuseok (Friday 29 September 2023)

# rv49's rows: the holiday told as that year's happening keeps its day.
test_holiday_told_as_this_years_happening = dated_test([
    (DEC, "Christmas traditions this year were muted by the war in Gaza.", ["2023-12-25", "2023"]),
    (OCT, "Families kept the custom of visiting ancestral graves on Chuseok despite the rain.", ["2023-09-29"]),
    (DEC, "Fighting went on through the holidays, including Christmas Day, when shells hit a hospital.", ["2023-12-25"]),
    (DEC, "Celebrations such as Christmas Day Mass were held under heavy guard in Bethlehem.", ["2023-12-25"]),
    (DEC, "The king revived the tradition of addressing the nation on Christmas Day, speaking from Windsor.",
     ["2023-12-25"]),
    (dt.date(2023, 12, 24), "Christmas is a subdued celebration in Bethlehem as war rages in Gaza.", ["2023-12-25"]),
    (DEC, "The pope led Christmas rites in St. Peter's Basilica.", ["2023-12-25"]),
    (OCT, "Families performed Chuseok rituals at ancestral graves.", ["2023-09-29"]),
    (dt.date(2019, 3, 1), "(Source: Department of Defence; issued Feb 28, 2019) The minister met his US counterpart "
                          "on Wednesday.", ["2019-02-28", "2019-02-27"]),
])
