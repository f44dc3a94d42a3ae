"""False statements found by fp45's precision sample (session 46: recent wire copy on world and national news,
2021-2025, as republished by local papers and sites). Rows written for the test, not the pages' text.

- a yearless day after a fronted count told from the day just given, "Days earlier, on 9 September, ...", "Weeks
  before, on Feb. 9, ...", "Two weeks later, on 5 January, ...": counted from that day (its year when it lies on
  the count's side of it), not the day nearest the paper's (a bare "On 9 September" and a count with an anchor of
  its own, "Two days after the raid, on ...", keep their reading);
- a site's bidding to read its news, "Read the Latest World News Today on The Herald", "Get the latest business
  news today at ...": page furniture, no day (a bidding of another thing, "Get your flu shots today", and "the
  latest news" in a sentence with a happening of the day keep it).
"""

import datetime as dt

from dated import dated_test

SUN = dt.date(2021, 12, 12)  # a Sunday

test_yearless_day_after_a_fronted_count = dated_test(
    [
        (
            SUN,
            "The photo was taken on 17 September 2020. Days earlier, on 9 September, he told the public to stay home.",
            ["2020-09-17", "2020-09-09"],
        ),
        (
            SUN,
            "He was arrested on 3 March 2019. Weeks earlier, on 9 February, police searched his home.",
            ["2019-03-03", "2019-02-09"],
        ),
        (
            SUN,
            "He was arrested on March 3, 2019. A week before, on Feb. 24, police searched his home.",
            ["2019-03-03", "2019-02-24"],
        ),
        (
            SUN,
            "The inquiry opened on 2 December 2019. Weeks later, on 5 January, it heard its first witness.",
            ["2019-12-02", "2020-01-05"],
        ),
        (
            SUN,
            "The plant closed on June 30, 2018. Just days after, on July 4, workers staged a protest.",
            ["2018-06-30", "2018-07-04"],
        ),
        (
            SUN,
            "The photo was taken on 17 September 2020. Two days later, on 19 September, he spoke.",
            ["2020-09-17", "2020-09-19"],
        ),
        # near neighbours: the count's day of this year, a bare day, a count with its own anchor, a year written
        (SUN, "The strike began on Nov. 28. Days earlier, on Nov. 20, talks collapsed.", ["2021-11-28", "2021-11-20"]),
        (
            SUN,
            "The photo was taken on 17 September 2020. On 9 September, he told the public to stay home.",
            ["2020-09-17", "2021-09-09"],
        ),
        (
            SUN,
            "The photo was taken on 17 September 2020. Days earlier, on 9 September 2019, he moved house.",
            ["2020-09-17", "2019-09-09"],
        ),
    ]
)

test_site_bidding_to_read_its_news = dated_test(
    [
        (SUN, "Read the Latest World News Today on The Eastern Herald.", []),
        (SUN, "Get the latest business news today at the Daily Courier.", []),
        (SUN, "Catch the top news today with our app.", []),
        # near neighbours: a bidding of another thing, a happening of the day
        (SUN, "Get your flu shots today, officials urged.", ["2021-12-12"]),
        (SUN, "Read the report released today by the ministry.", ["2021-12-12"]),
        (SUN, "Follow the latest news as the talks resumed today.", ["2021-12-12"]),
        (SUN, "The minister said the talks would resume today.", ["2021-12-12"]),
    ]
)

# rv51's rows: a fronted count is told from the day given in the sentence right before, not from one the story has
# since left ("... founded on 4 April 1998. Its shares fell sharply this week. Days earlier, on 6 June"); a site's
# bidding is "the latest ... news" right before "today", not a day's news after it ("Follow the latest news as talks
# resume today").
test_count_and_bidding_neighbours = dated_test([
    (dt.date(2023, 6, 14), "The firm was founded on 4 April 1998. Its shares fell sharply this week. Days earlier, on "
                           "6 June, it had warned on profits.", ["1998-04-04", "2023-06-06"]),
    (dt.date(2024, 5, 15), "Follow the latest news as talks resume today.", ["2024-05-15"]),
    (dt.date(2024, 5, 15), "Get the latest news as the Senate votes today on the bill.", ["2024-05-15"]),
])
