"""Forms found by session 48's precision samples (fp49 local news, fp50 business and company news, fp51 defence and
diplomacy outside the big wires; pages nobody on the team had read, annotated before the engine ran). Rows written
for the test, not the pages' text.

- a day of the month in words, "the first of July", "the twenty-first of March", is that day (it was read as the
  month alone); "the Fourth of July" stays the holiday's;
- a date written with hyphens, "08-Sep-2017", "3-Mar-2016", is that day (only its year was read);
- a wire's dateline without its city, "Aug. 22 (Bloomberg) -- ...", "Aug 21 (Reuters) - ...", is the page's date, no
  event, as "LAGOS, Aug. 21 (Reuters) - ..." is (on the paper's day or up to a week before);
- Christmas as the trading season, "sales fell 1.8% over Christmas", "Christmas like-for-like sales", is no day
  ("over Christmas Day", "on Christmas" keep the day);
- a contract named by its month ("corn for December delivery", "November WTI settled", "the July futures") is
  the coming month however far ahead, not the one gone by (markets trade a year out; the limit of three months
  stays for other months named ahead);
- a noun's participle with its own weekday right after it, in a clause whose verb looks ahead ("Police will name the
  man killed Monday", "will pay the dividend announced Monday"), tells a day gone by; not a passive or a state after
  an auxiliary ("will be announced Monday", "will remain closed Monday"), a plan's participle ("a ruling expected
  Friday"), nor an object's complement after a verb of seeing or causing ("will see the trophy lifted Sunday");
- a day counted back from the sentence's own day ("fired two missiles on Monday, a day after the allies ended their
  drills") dates the happening it names; the story stays on Monday, and the next count runs from it;
- "the same day" after a month told last ("It was a busy April with the ball. The same day ...") is of that month;
- a season's "last year" ("winter/spring last year", "the summer of last year") is no year: seasons are left out;
- a view reported in the present ("the minister suggested that January is the earliest date", in September) takes its
  own clause's tense, as after "said": the coming January;
- in a text that names a person May ("Theresa May", "Mrs May"), bare "May" ("called on May to", "May's leadership")
  is the person; "in May", "late May", "May 5" stay the month's (fp53, politics outside the US).
- a number that a label names right before a dash ("Day 2 - 5th September", "Round 3 - 12th May", "Division 1 and 2 -
  29th Aug") is no range's first day (fp52, sport outside the big wires).
- "USA TODAY" in a credit in title case ("Credit: Eric Bolte-USA TODAY Sports") is the paper's name, no day;
- a plain weekday told in the past a week after the same weekday the text named with its date ("Saturday morning, June
  3" ... "Saturday's second game was a slugfest", in a June 14 paper) is that named day.
"""

import datetime as dt

from dated import dated_test

TUE = dt.date(2018, 4, 17)

test_day_of_month_in_words = dated_test(
    [
        (TUE, "The roads will be resurfaced by the first of July.", ["2018-07-01"]),
        (TUE, "Work began on the first of March.", ["2018-03-01"]),
        (TUE, "He was born on the fourth of July, 1976.", ["1976-07-04"]),
        (TUE, "The accord was signed on the twenty-first of March.", ["2018-03-21"]),
        (TUE, "The Fifteenth of May is the deadline for entries.", ["2018-05-15"]),
        # near neighbours: an ordinal of a count, the holiday, a day in figures
        (TUE, "Crowds gathered downtown on the Fourth of July.", ["2017-07-04"]),
        (TUE, "He left on the 3rd of May.", ["2017-05-03"]),
        (TUE, "It was the first of three meetings this week.", []),
        (TUE, "Theresa May lost the vote. Raab was the first of May's ministers to resign.", []),
    ]
)

test_date_written_with_hyphens = dated_test(
    [
        (TUE, "The deal was signed on 08-Sep-2017.", ["2017-09-08"]),
        (TUE, "The suit, filed on 3-Mar-2016, was dismissed.", ["2016-03-03"]),
        (TUE, "Pilots walked out on 12-Apr-2018, the union said.", ["2018-04-12"]),
        # near neighbours: a range of years, a day range in figures
        (TUE, "The 2016-17 budget was approved in March.", ["2016/2017", "2018-03"]),
        (TUE, "The drills ran March 2-4.", ["2018-03-02/2018-03-04", "2018-03-04"]),
    ]
)

WED = dt.date(2012, 8, 22)

test_wire_dateline_without_its_city = dated_test(
    [
        (WED, "Aug. 22 (Bloomberg) -- Corn futures declined yesterday as rain fell.", ["2012-08-21"]),
        (WED, "Aug 21 (Reuters) - Wheat rose on Monday, traders said.", ["2012-08-20"]),
        (WED, "Aug. 22 (AP) — The storm turned north.", []),
        # near neighbours: a dateline with its city, a date ten days back, a date that opens a sentence
        (WED, "CHICAGO, Aug. 22 (Bloomberg) -- Corn futures declined yesterday.", ["2012-08-21"]),
        (WED, "Aug. 12 (Reuters) - Corn futures fell as rain fell.", ["2012-08-12"]),
        (WED, "Aug. 20 was the hottest day of the year, forecasters said.", ["2012-08-20"]),
    ]
)

THU = dt.date(2013, 1, 10)

test_christmas_as_the_trading_season = dated_test(
    [
        (THU, "Like-for-like sales fell 1.8% over Christmas.", []),
        (THU, "Sales fell over Christmas, when clothing slumped.", []),
        (THU, "Christmas like-for-like sales dropped 2% despite heavy discounting.", []),
        (THU, "Debenhams said its Christmas LFL sales were flat.", []),
        # near neighbours: the day itself
        (THU, "The store was shut over Christmas Day.", ["2012-12-25"]),
        (THU, "He was arrested on Christmas.", ["2012-12-25"]),
        (THU, "Crowds gathered on Christmas Eve.", ["2012-12-24"]),
    ]
)

WED2 = dt.date(2024, 3, 13)

test_participle_with_its_own_weekday_in_a_future_clause = dated_test(
    [
        (WED2, "Police will release the name of the man killed Monday once his family is told.", ["2024-03-11"]),
        (WED2, "The company will pay the dividend announced Monday.", ["2024-03-11"]),
        (WED2, "Officials will test the gun found Saturday.", ["2024-03-09"]),
        (WED2, "The board will review the appeal filed Friday.", ["2024-03-08"]),
        (WED2, "Crews will inspect the bridge damaged on Sunday.", ["2024-03-10"]),
        # ... and a date after that day is still the future's (rv58)
        (WED2, "The board will pay the dividend declared Friday on April 3.", ["2024-03-08", "2024-04-03"]),
        (WED2, "The firm will ship the phone unveiled Monday to stores in May.", ["2024-03-11", "2024-05"]),
        # near neighbours: a passive or a state after an auxiliary, a plan's participle, an object's complement,
        # an adjective before the day
        (WED2, "The results will be announced Monday.", ["2024-03-18"]),
        (WED2, "Schools will remain closed Monday.", ["2024-03-18"]),
        (WED2, "He will be sworn in Monday.", ["2024-03-18"]),
        (WED2, "The court will hear the appeal scheduled Friday.", ["2024-03-15"]),
        (WED2, "Fans will see the trophy lifted Sunday.", ["2024-03-17"]),
        (WED2, "He will have the car repaired Monday.", ["2024-03-18"]),
        (WED2, "The team will face a delayed Monday start.", ["2024-03-18"]),
    ]
)

test_contract_month_however_far_ahead = dated_test(
    [
        (WED, "Corn futures for December delivery declined 0.5 percent.", ["2012-12"]),
        (WED, "Soybean futures for November delivery fell 0.3 percent.", ["2012-11"]),
        (dt.date(2018, 9, 21), "NYMEX November WTI settled up 46 cents at $70.78 a barrel.", ["2018-11"]),
        (dt.date(2018, 9, 21), "The July futures fell 4 cents.", ["2019-07"]),
        # near neighbours: a month that opens its phrase, a month of sales or shipments, a cargo's delivery
        (dt.date(2018, 9, 21), "In March gold fell 3%.", ["2018-03"]),
        (dt.date(2018, 9, 21), "The firm's December sales rose 5%.", ["2017-12"]),
        (dt.date(2023, 9, 20), "The July contract expired at $80 a barrel.", ["2023-07"]),
        (dt.date(2019, 8, 20), "The December contract rose 2% after the August contract expired.", ["2019-12", "2019-08"]),
        (WED, "The cargo was ready for delivery in March.", ["2012-03"]),
    ]
)

MON = dt.date(2024, 7, 1)

test_a_day_counted_back_leaves_the_story_on_its_own_day = dated_test(
    [
        (
            MON,
            "North Korea fired two missiles on Monday, a day after the North said the U.S. reacted aggressively. "
            "The launches came two days after the allies concluded their drills.",
            ["2024-07-01", "2024-06-30", "2024-06-29"],
        ),
        (
            MON,
            "North Korea fired two missiles on Monday, a day after the drills ended. Three days later, it fired again.",
            ["2024-07-01", "2024-06-30", "2024-07-04"],
        ),
        # near neighbour: a count forward from the day told before moves the story on
        (MON, "The ship docked on Monday. Two days later, the crew went ashore.", ["2024-07-01", "2024-07-03"]),
    ]
)

MAY = dt.date(2017, 5, 15)

test_the_same_day_after_a_month = dated_test(
    [
        (MAY, "It was a busy April with the Deb Ball. The same day the manager and I travelled to Sydney.",
         ["2017-04", "2017-04"]),
        (MAY, "On May 2, the council met. It was a busy April with the ball. That same day, rain fell.",
         ["2017-05-02", "2017-04", "2017-04"]),
        (MAY, "Junk bonds collapsed last month. You get a news item, and you have strong redemptions that day.",
         ["2017-04"]),
        # near neighbours: a day told last, a month holding the day told before it
        (MAY, "On May 2, the council met. That day, rain fell.", ["2017-05-02", "2017-05-02"]),
        (MAY, "On May 2, the council met. Later in May, the ball was held. That day, rain fell.",
         ["2017-05-02", "2017-05", "2017-05-02"]),
    ]
)

test_a_season_of_last_year_is_no_year = dated_test(
    [
        (MAY, "Crews worked through the very wet winter/spring last year.", []),
        (MAY, "The drought in the summer of last year hurt farmers.", []),
        (MAY, "Floods hit in the spring last year.", []),
        # near neighbours: the year alone, a season in one clause and the year in another, a fall in prices
        (MAY, "Sales fell last year.", ["2016"]),
        (MAY, "The summer was hot, and prices rose 5% last year.", ["2016"]),
        (MAY, "Prices saw a fall last year.", ["2016"]),
    ]
)

FRI = dt.date(2017, 9, 22)

test_a_view_reported_in_the_present = dated_test(
    [
        (FRI, "The minister suggested that January is the earliest date for a decision.", ["2018-01"]),
        (FRI, "The minister suggested January is too early.", ["2018-01"]),
        (FRI, "Traders argued that November is the month to watch.", ["2017-11"]),
        # near neighbours: the day of the suggesting, a month of the suggesting's own, a possessive in the clause
        (FRI, "Officials warned Friday that the dam could fail.", ["2017-09-22"]),
        (FRI, "He argued in January that the plan was flawed.", ["2017-01"]),
        (FRI, "Police claimed Monday's protest was illegal.", ["2017-09-18"]),
    ]
)

test_may_the_person_in_a_text_that_names_her = dated_test(
    [
        (dt.date(2018, 12, 12),
         "Theresa May survived a vote on Wednesday. Corbyn called on May to rule out a no-deal exit.",
         ["2018-12-12"]),
        (dt.date(2018, 12, 12),
         "Mrs May won the ballot on Wednesday. MPs voted in support of May's leadership, and May said she would stay.",
         ["2018-12-12"]),
        # near neighbours: the month in the same text, after "in", "late", "since", with a day; no person named May
        (dt.date(2018, 12, 12),
         "Theresa May survived a vote on Wednesday. Her deal was agreed in May. Talks resume in late May.",
         ["2018-12-12", "2018-05", "2019-05"]),
        (dt.date(2018, 12, 12), "Theresa May survived a vote on Wednesday. The deal was signed on May 5.",
         ["2018-12-12", "2018-05-05"]),
        (dt.date(2018, 12, 12), "The minister called on May 5 for new elections.", ["2018-05-05"]),
        # ... and the month's phrase ends after it (rv59)
        (dt.date(2019, 3, 1), "Theresa May hopes Britain can leave the EU by May.", ["2019-05"]),
        (dt.date(2019, 3, 1), "Theresa May said a second vote could come in April or May.", ["2019-04", "2019-05"]),
        (dt.date(2019, 3, 1), "Theresa May faces a vote. The deadline was pushed back to May.", ["2019-05"]),
        (dt.date(2019, 3, 1), "Theresa May faces a vote. On Monday, May pulled the vote.", ["2019-02-25"]),
    ]
)

test_to_before_a_determiner_is_no_infinitive = dated_test(
    [
        (dt.date(2019, 1, 16), "She survived a challenge to her leadership before Christmas.", ["2018-12-25"]),
        (dt.date(2019, 1, 16), "The mayor lost a challenge to the budget before Friday's vote.", ["2019-01-11"]),
        # near neighbours: an infinitive's deadline ahead
        (dt.date(2019, 1, 16), "Residents are urged to leave before Tuesday.", ["2019-01-22"]),
        (dt.date(2019, 1, 16), "He has to pay before Friday.", ["2019-01-18"]),
        (dt.date(2019, 3, 1), "The government wants the bill sent to the Commons before Easter.", ["2019-04-21"]),
    ]
)

test_label_number_before_a_dash_is_no_range_start = dated_test(
    [
        (dt.date(2012, 9, 5), "County Championship Day 2 - 5th September", ["2012-09-05"]),
        (dt.date(2024, 8, 30), "Round 12, Division 1 and 2 - 29th Aug", ["2024-08-29"]),
        (dt.date(2012, 9, 5), "Test 2 - 10 March: England won by five wickets.", ["2012-03-10"]),
        # near neighbours: a range of days
        (dt.date(2012, 9, 5), "The drills ran 2 - 5 September.", ["2012-09-02/2012-09-05", "2012-09-05"]),
        (dt.date(2012, 9, 5), "The festival ran from 2 to 5 August.", ["2012-08-02/2012-08-05", "2012-08-05"]),
    ]
)

test_usa_today_in_a_title_case_credit = dated_test(
    [
        (dt.date(2023, 8, 24), "Credit: Eric Bolte-USA TODAY Sports", []),
        (dt.date(2023, 8, 24), "Play the USA TODAY Daily Crossword Puzzle.", []),
        # near neighbour: the day in prose beside the paper's name
        (dt.date(2023, 8, 24), "The USA TODAY Network reported on Thursday.", ["2023-08-24"]),
    ]
)

WED3 = dt.date(2017, 6, 14)

test_a_weekday_gone_by_after_its_date_was_told = dated_test(
    [
        (WED3, "Opening day saw two games played on Saturday morning, June 3. Saturday's second game was a slugfest.",
         ["2017-06-03", "2017-06-03"]),
        (WED3, "The fair opened on Friday, June 2, to big crowds. Organisers said Friday's parade drew 5,000 people.",
         ["2017-06-02", "2017-06-02"]),
        # near neighbours: "last Saturday" keeps its week, the later day named too, a weekday ahead
        (WED3, "Opening day was Saturday, June 3. The team won again last Saturday.", ["2017-06-03", "2017-06-10"]),
        (WED3, "The first game was on Saturday, June 3, the second on Saturday, June 10. Saturday's game was tight.",
         ["2017-06-03", "2017-06-10", "2017-06-10"]),
        (WED3, "Opening day was Saturday, June 3. The next game is on Saturday.", ["2017-06-03", "2017-06-17"]),
    ]
)
