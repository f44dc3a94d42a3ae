"""False statements found by fp40's precision sample (session 46: business, markets and the economy, 2015-2025, from
several countries: earnings, central banks' decisions, strikes, takeovers, recalls, prices). Rows written for the
test, not the pages' text.

- a model year before a maker's model and then a kind of vehicle of more than one word ("2021 Ford Bronco sport
  utility vehicles"), a part or the people of that model ("2020 Kia Sorento engines", "2022 Toyota Tundra owners")
  or a verb of a model on sale ("The 2024 Subaru Outback goes on sale"): the model's year, no year of an event (a
  year after a preposition of time, a maker's happening, "the 2015 Toyota recall", or an event named after a maker,
  keep their year);
- a news release's embargo line, "Embargoed until 8:30 a.m. ET, Thursday, March 14, 2024" (a clock time right after
  "embargoed until" / "under embargo until" / "Embargo:"): the release's stamp, no happening (an embargo kept on a
  country or on goods "until 2015" keeps its date);
- a bare "May"/"March" after a determiner before a meeting, a session or a deadline ("at the May meeting", "the
  April session"): the month, as before "election" or "vote" ("the May government", "the May decision to resign" are
  a person's);
- a weekday after "a" before a blog or a podcast ("in a Monday blog post", "In a Tuesday podcast"): that day, as "in
  a Tuesday statement" (not before a newsletter, often a weekly one: "a Sunday newsletter each week").
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 3, 14)  # a Thursday

test_model_year_before_model_and_more = dated_test([
    ("Owners of 2021 Ford Bronco sport utility vehicles will be notified by mail.", []),
    ("The recall covers 2019 Honda Pilot sport utility vehicles built in May.", ["2023-05"]),
    ("Inspectors found that 2020 Kia Sorento engines could overheat.", []),
    ("The 2022 Toyota Tundra owners were told to park outdoors.", []),
    ("The 2024 Subaru Outback goes on sale in April.", ["2024-04"]),
    # near neighbours: a year of the clause, a maker's happening, an event's name, a year of its own after
    ("In 2021 Ford recalled two million trucks.", ["2021"]),
    ("The 2015 Toyota recall cost billions.", ["2015"]),
    ("The 1976 Ford Carter debates drew millions of viewers.", ["1976"]),
    ("She bought a 2015 Honda Civic in 2019.", ["2019"]),
    ("The 2019 Honda Classic will be played in Florida.", ["2019"]),
], published=THU)

test_embargo_line_is_no_event = dated_test([
    ("Embargoed until 8:30 a.m. ET, Thursday, March 14, 2024", []),
    ("Under embargo until 10:00 CET on 14 March 2024.", []),
    ("EMBARGO: 00:01 GMT Tuesday 12 March 2024\nThe figures were released on Wednesday.", ["2024-03-13"]),
    # near neighbours: an embargo on a country or on goods
    ("The United States kept Cuba under embargo until 2015.", ["2015"]),
    ("Shipments were embargoed until March 2025 by the ministry.", ["2025-03"]),
], published=THU)

test_bare_month_before_a_meeting = dated_test([
    ("The board will decide at the May meeting.", ["2024-05"]),
    ("Investors expect a cut at the May policy meeting.", ["2024-05"]),
    ("Traders now look to the April session for a move.", ["2024-04"]),
    # near neighbours: a person's government or decision, a month already read
    ("The May government fell in 2019.", ["2019"]),
    ("Analysts focused on the May decision to resign.", []),
    ("Investors look to the June meeting for a cut.", ["2024-06"]),
], published=THU)

test_weekday_before_a_blog_or_podcast = dated_test([
    ("He said so in a Monday blog post.", ["2024-03-11"]),
    ("In a Tuesday podcast, the minister defended the budget.", ["2024-03-12"]),
    ("The company said in a Wednesday blog that sales fell.", ["2024-03-13"]),
    # near neighbours: any such day, a statement as before, a newsletter (often a weekly one) no such writing
    ("She writes a blog every Monday.", []),
    ("Subscribers get a Sunday newsletter each week.", []),
    ("He said so in a Monday statement.", ["2024-03-11"]),
], published=THU)


JUNE = dt.date(2023, 6, 15)  # a Thursday

# rv48's rows: an embargo told in prose is what happened (only a line opening with the label, or a news release's own
# sentence of it, is the release's stamp); a weekday's blog or podcast is one only "in a" ("He writes a Friday blog",
# "On a Monday podcast last month": a regular one); a meeting of a month needs "the", "its", "their" or a possessive
# and no person met ("Tusk said that May meeting Juncker was a good sign").
test_embargo_blog_and_meeting_neighbours = dated_test([
    ("The data was embargoed until 8:30 a.m. Wednesday, when it showed prices rose.", ["2023-06-14"]),
    ("The ONS figures, embargoed until 7 a.m., showed retail sales fell in May.", ["2023-05"]),
    ("The ministry kept the embargo until noon Tuesday, when the ships were allowed to leave.", ["2023-06-13"]),
    ("Information in this news release is embargoed until 8:30 a.m. (ET) Friday, June 16, 2023.", []),
    ("He writes a Friday blog for investors.", []),
    ("On a Monday podcast last month, he said rates would rise.", ["2023-05"]),
    ("Tusk said that May meeting Juncker was a good sign.", []),
    ("The bank held rates at the May meeting.", ["2023-05"]),
], JUNE)

# rv48's rows: the record of a month's sitting ("Minutes of the May meeting will be released on Wednesday" in June)
# is of the sitting gone by, whatever tense tells of the record; a sitting still to come keeps its month ahead.
test_record_of_a_months_sitting = dated_test([
    ("Minutes of the May meeting will be released on Wednesday.", ["2024-05", "2024-06-12"]),
    ("The bank will publish a transcript of its April session next week.", ["2024-04"]),
    ("The bank will hold rates at the July meeting.", ["2024-07"]),
], dt.date(2024, 6, 11))
