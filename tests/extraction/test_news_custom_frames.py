"""Customs that named a day or month (fp9's sample of unseen news, kinds in general form): the
date's own preposition ("usually picks up after Thanksgiving", "are usually dry until October") was
taken for a clause break between the custom and the date; a sentence framed by "Each year" / "Every
year" at its head tells each year's months, also when a saying's "says" made the tense past. Each
row written for the test: publication date, text, the dates the engine must give.
"""
import datetime as dt

from dated import dated_test

MON = dt.date(2013, 12, 9)
OCT = dt.date(2022, 10, 10)


test_a_custom_before_the_date_s_own_preposition_names_no_day = dated_test([
    ("Experts warn that it usually picks up after Thanksgiving, making now the time to act.", []),
    ("The shop is usually quiet until Christmas.", []),
    ("Traffic usually eases after Easter.", []),
    ("The office usually closes before Christmas.", []),
    ("Soils are usually dry with farmers having to wait until October for the rains.", []),
], published=MON)

test_a_day_or_month_of_its_own_clause_stays = dated_test([
    # no custom, or a clause break before the date's own clause
    ("Traffic eased after Easter.", ["2013-03-31"]),
    ("The office usually closes early, but after Christmas it reopened.", ["2012-12-25"]),
    ("The farmers waited until October for the rains.", ["2013-10"]),
    ("Trains usually run late, and services are suspended until Friday.", ["2013-12-13"]),
], published=MON)

test_a_sentence_framed_by_each_year_tells_each_year_s_months = dated_test([
    ("Each year roughly 5 million people get sick, and the agency says most of those cases happen "
     "between December and February.", []),
    ("Each year, the festival drew thousands in May.", []),
    ("Every year the town floods in March.", []),
], published=OCT)

test_a_month_of_a_clause_after_the_frame_or_of_one_year_stays = dated_test([
    # a date fronted in a clause joined after the frame is that clause's; "each year since" counts
    ("Each year the company reports its results, and in March it cut 200 jobs.", ["2022-03"]),
    ("Every year since 2015, the festival has drawn thousands in May.", ["2015/2022", "2022-05"]),
    ("Last year the festival drew thousands in May.", ["2021", "2021-05"]),
    ("The agency says most cases happened in December.", ["2021-12"]),
], published=OCT)

test_a_custom_s_adverb_of_an_adjective_is_no_custom = dated_test([
    # "the usually packed stadium": the adverb qualifies an adjective after a determiner (rv17's R3-R5)
    ("The normally crowded square is closed until Friday.", ["2013-12-13"]),
    ("The usually busy port will stay shut until Saturday.", ["2013-12-14"]),
    ("The typically quiet village was flooded on Monday.", ["2013-12-09"]),
], published=MON)


test_a_past_clause_joined_after_the_frame_keeps_its_month = dated_test([
    # ", and <subject> <past verb> ... in June": a clause of its own after "Each year ..." (rv17's R12-R13)
    ("Each year more visitors come, and the museum opened a new hall in June.", ["2022-06"]),
    ("Every year the club raises funds, and it raised a record sum in September.", ["2022-09"]),
], published=OCT)

test_a_demonstrative_before_the_adverb_is_the_subject = dated_test([
    # "This usually happens in January": a pronoun subject, not a determiner of an adjective (rv17's R8-R9)
    ("This usually happens in January.", []),
    ("These typically arrive in March, the grower said.", []),
], published=OCT)

test_a_weekly_round_s_start_with_a_custom_of_its_own = dated_test([
    # the round's start is one month only without a custom adverb (rv17's R10)
    ("The market on Saturday mornings usually starts in April.", []),
    ("Ferry service on Saturdays resumes in April.", ["2023-04"]),
], published=OCT)
