"""op63's kinds (realnews-fresh63, wire copy, opened as a development set, session 33): a quote escaped with a
backslash, as pages that print their database's escaping show it (\\"Today, ...\\"), opens and closes a sentence
as the quote does; a Markdown image left at the head of a line ("![]() ") is furniture, no word of the sentence; a
commodity "for delivery in January" (shipment, settlement) in a past clause is the coming contract month; "the year
before"/"the year after" ending a clause counts from the year told before; "the previous year" after a saying's day
of the paper's week counts from the year named in that day's sentence; "the next fiscal year starting from <month>"
is no calendar year; days a court "fixed ... for the hearing" lie ahead, and a second range of days ("Feb 1-3 and
14-16") is of the first one's month and year; a caption above a wire dateline anchors nothing in the story; "a day
before <a happening> begins" after a past is the paper's day.

Each row: the published date, the text, the dates the engine must give (date or date/end), in order. The sentences
are written for the tests, not taken from articles; "-stay" rows are near forms that keep their dates (the probes'
"-stay" rows: bench/rule_probes.py --s33-op63).
"""
import datetime as dt

from dated import dated_test

O63W = dt.date(2025, 3, 12)  # a Wednesday: Mon 10, Tue 11 behind; Thu 13, Fri 14 ahead


test_an_escaped_quote_opens_and_closes_a_sentence = dated_test([
    (O63W, 'Shares fell sharply on Monday as traders fretted over the budget. \\"Today, stocks are bouncing back '
           'from yesterday\\\'s rout,\\" said one broker.', ["2025-03-10", "2025-03-12", "2025-03-11"]),
    (O63W, '\\"The deal closes on Friday.\\" The bank agreed on Tuesday to sell its unit.',
     ["2025-03-14", "2025-03-11"]),
    # near neighbours that keep their dates
    (O63W, 'The file was saved in C:\\Users\\Reports. The council met on Monday.', ["2025-03-10"]),
    (O63W, 'She shouted "Stop!" and then, on Tuesday, left.', ["2025-03-11"]),
])

test_a_markdown_image_is_no_word_of_the_sentence = dated_test([
    (O63W, "![photo](https://example.com/a.jpg) Police arrested two men on Tuesday.", ["2025-03-11"]),
    (O63W, "![]() |\n![]() Police arrested two men on Tuesday.", ["2025-03-11"]),
    # near neighbours that keep their dates
    (O63W, "Police arrested two men on Tuesday.", ["2025-03-11"]),
])


def test_a_markdown_image_is_cut_from_the_sentence():
    from timeline.extraction import extract_events
    for text in ("![photo](https://example.com/a.jpg) Police arrested two men on Tuesday.",
                 "![]() |\n![]() Police arrested two men on Tuesday.",
                 "![]() ![x](y.png) Police arrested two men on Tuesday."):
        (e,) = extract_events(text, published=O63W)
        assert e.sentence == "Police arrested two men on Tuesday."


def test_an_escaped_quote_opens_its_own_sentence():
    from timeline.extraction import extract_events
    text = 'The council met on Monday. \\"We will vote tomorrow,\\" the mayor said.'
    assert [e.sentence[:9] for e in extract_events(text, published=O63W)] == ["The counc", '\\"We will']


O63N = dt.date(2025, 11, 12)  # a Wednesday in November

test_a_commodity_for_delivery_in_a_month_is_the_coming_contract = dated_test([
    (O63N, "Brent crude for delivery in January rose 80 cents to $64.10 a barrel.", ["2026-01"]),
    (O63N, "In late trading, copper for delivery in February added 1 percent.", ["2026-02"]),
    (O63N, "Benchmark crude for delivery in December fell 40 cents on Tuesday.", ["2025-12", "2025-11-11"]),
    (O63N, "Wheat for shipment in January slipped 2 cents a bushel.", ["2026-01"]),
    # near neighbours that keep their dates
    (O63N, "The first cargo was ready for delivery in January, the yard said.", ["2025-01"]),
    (O63N, "The tanker took delivery in January of a new cargo.", ["2025-01"]),
    (O63N, "Crude for January delivery rose 80 cents.", ["2026-01"]),
])


O63Y = dt.date(2007, 1, 11)  # a Thursday: Wednesday the 10th behind

test_the_year_before_or_after_counts_from_the_year_told = dated_test([
    (O63Y, "China exported 43 million tons of steel in 2006, up 110 percent from the year before.", ["2006", "2005"]),
    (O63Y, "Steel output reached a record in 2006, double the year before.", ["2006", "2005"]),
    (O63Y, "He was elected in 1998 and re-elected the year after.", ["1998", "1999"]),
    (O63Y, "The company was founded in 1998; the year before, its founder had left IBM.", ["1998", "1997"]),
    # near neighbours that keep their dates
    (O63Y, "He was elected in 1998, the year before the war.", ["1998"]),
    (O63Y, "Sales hit $4 billion in 2004, up from 2002 and the year before last.", ["2004", "2002"]),
    (O63Y, "Sales hit $4 billion in 2006, a year earlier than planned.", ["2006"]),
    (O63Y, "Several rivals merged in 2005 or the year before.", ["2005"]),
    (O63Y, "The council's debt rose to a record last year after two projects ran over budget.", ["2006"]),
    (O63Y, "She will ride for a new team next year after signing a contract on Wednesday.", ["2008", "2007-01-10"]),
])

test_the_previous_year_after_a_saying_day_counts_from_the_year_it_told = dated_test([
    (O63Y, "China's surplus reached $177 billion in 2006, customs said Wednesday. Exports rose 27 percent from the "
           "previous year.", ["2006", "2007-01-10", "2005"]),
    (O63Y, "The firm reported its 2006 results on Wednesday. Sales rose 10 percent from the previous year.",
     ["2006", "2007-01-10", "2005"]),
    (O63Y, "The plant opened in 2001, officials said on Wednesday. It closed the following year.",
     ["2001", "2007-01-10", "2002"]),
    # near neighbours that keep their dates
    (O63Y, "The firm reported its results on Wednesday. Sales rose 10 percent from the previous year.",
     ["2007-01-10", "2006"]),
    (O63Y, "The firm was founded in 2001. On Wednesday it said sales rose 10 percent from the previous year.",
     ["2001", "2007-01-10", "2006"]),
])


O63F = dt.date(2007, 3, 4)  # a Sunday

test_a_fiscal_year_dated_by_the_month_it_starts_is_no_calendar_year = dated_test([
    (O63F, "Spending rose 14 percent in 2006. The US has requested $484 billion for the next fiscal year starting "
           "from October 2007.", ["2006", "2007-10"]),
    (O63F, "The budget for the next fiscal year, beginning April 1, was approved on Friday.",
     ["2007-04-01", "2007-03-02"]),
    # near neighbours that keep their dates
    (O63F, "Revenue will rise this fiscal year.", ["2007"]),
    (O63F, "Spending rose 14 percent in 2006 and will rise again the following fiscal year.", ["2006", "2007"]),
    (O63F, "The company expects profit to rise this fiscal year, starting in April, the chief said.",
     ["2007", "2006-04"]),
])


O63O = dt.date(2016, 10, 27)  # a Thursday in October

test_days_a_court_fixes_for_a_hearing_lie_ahead = dated_test([
    (O63O, "The judge fixed Feb 1-3 for the hearing.", ["2017-02-01/2017-02-03", "2017-02-03"]),
    (O63O, "The court fixed Feb 1 to 3 for trial when the case came up for mention today.",
     ["2017-02-01/2017-02-03", "2017-02-03", "2016-10-27"]),
    (O63O, "The court fixed February 1 for the hearing of the case.", ["2017-02-01"]),
    # near neighbours that keep their dates
    (O63O, "The judge set Feb. 1 for the trial.", ["2017-02-01"]),
    (O63O, "The hearing was fixed on Feb 1 for the trial of two men.", ["2016-02-01"]),
    (O63O, "The judge fixed Feb 1 for the hearing, but the lawyers failed to appear.", ["2016-02-01"]),
    (O63O, "In February, the court fixed the trial date.", ["2016-02"]),
])

test_a_second_range_of_days_after_a_month_range_is_of_that_month = dated_test([
    (O63O, "The judge fixed Feb 1-3 and 14-16 for the hearing when the case came up for mention today.",
     ["2017-02-01/2017-02-03", "2017-02-03", "2017-02-14/2017-02-16", "2017-02-16", "2016-10-27"]),
    (O63O, "The festival ran Feb 1-3 and 14-16.",
     ["2016-02-01/2016-02-03", "2016-02-03", "2016-02-14/2016-02-16", "2016-02-16"]),
    # near neighbours that keep their dates
    (O63O, "The talks will be held on March 4 and 5.", ["2017-03-04", "2017-03-05"]),
    (O63O, "The team won Feb 1-3 and 14-16 games in a row.", ["2016-02-01/2016-02-03", "2016-02-03"]),
    (O63O, "Scores were 6-3 and 7-5 in the final.", []),
])


O63M = dt.date(2025, 3, 10)  # a Monday: Saturday the 8th, Sunday the 9th

test_a_caption_above_a_wire_dateline_anchors_nothing_in_the_story = dated_test([
    (O63M, "Crews work at the site of Saturday's fire in Madrid on Sunday. (AP)\n\nMADRID (AP) — Flames tore through "
           "the block. The toll two days later was 12, officials said Monday.", ["2025-03-08", "2025-03-09", "2025-03-10"]),
    (O63M, "Crews work at the site of Saturday's fire on Sunday.\n\nMADRID (AP) — Flames tore through the block. Two "
           "days later, firefighters were still there.", ["2025-03-08", "2025-03-09"]),
    # near neighbours that keep their dates
    (O63M, "Fire kills 12 in Madrid\n\nMADRID (AP) — A fire broke out on Saturday. Two days later, the toll reached "
           "12.", ["2025-03-08", "2025-03-10"]),
    (O63M, "Crews work at the site of Saturday's fire on Sunday.\n\nFlames tore through the block. The toll two days "
           "later was 12.", ["2025-03-08", "2025-03-09", "2025-03-11"]),
    (O63M, "MADRID (AP) — A fire broke out on Saturday. Crews were at the site on Sunday. The toll a day later was "
           "12.", ["2025-03-08", "2025-03-09", "2025-03-10"]),
])


test_a_day_before_a_happening_that_begins_is_the_papers_day = dated_test([
    (O63F, "A spokesman said on Sunday that spending would rise. The announcement was made a day before the annual "
           "session of parliament begins.", ["2007-03-04", "2007-03-04"]),
    (O63F, "The plan was unveiled a day before the summit opens.", ["2007-03-04"]),
    # near neighbours that keep their dates
    (O63F, "The plan was unveiled a day before the summit opened.", []),
    (O63F, "The plan was unveiled two days before the summit opens.", []),
    (O63F, "The plan will be unveiled a day before the summit opens.", []),
    (O63F, "The plan was unveiled a day before the summit opens on March 6.", ["2007-03-06"]),
])
