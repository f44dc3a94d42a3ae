"""Kinds of missed statement on real news (issue 12, recall), each pinned on
sentences written for these tests, not taken from any set."""
import datetime as dt

import pytest
from dated import dated_test, dates

WED = dt.date(2024, 3, 13)  # a Wednesday


test_attributive_weekday_after_a = dated_test([
    # A weekday used attributively after "a" names one day when the noun is a
    # single happening: a statement, an update, a news conference, an interview.
    ("The ministry said in a Tuesday statement that talks would resume.", ["2024-03-12"]),
    ("The mayor told reporters at a Monday news conference that the road was closed.", ["2024-03-11"]),
    ("Officials said in a Sunday morning update that the fire was 62% contained.", ["2024-03-10"]),
    ("In a Friday interview, the coach said he was staying.", ["2024-03-08"]),
    ("Police said in a Monday night post that two men were arrested.", ["2024-03-11"]),
    ("The union faces a Friday deadline to accept the offer.", ["2024-03-15"]),
    ("The agency said in a Wednesday update that 40 homes burned.", ["2024-03-13"]),
    # Still no particular day: a generic "a Friday", a weekly habit, a noun not of one happening.
    ("We were handed the report on a Friday.", []),
    ("The market is held on a Sunday morning in spring.", []),
    ("It felt like a Monday morning at the office.", []),
    ("Every Tuesday meeting starts late.", []),
], published=WED)


test_news_that_comes_months_after = dated_test([
    # "<the news> comes N months after <something>": the news is today's, so the something
    # is N months back from the publication month (as it already was for days and years).
    ("The plea comes six months after Johnson was overheard on a recording.", ["2023-09"]),
    ("The move comes two months after the company cut 500 jobs.", ["2024-01"]),
    ("The verdict comes a month after the jury was seated.", ["2024-02"]),
    ("The verdict comes 18 days after the jury was seated.", ["2024-02-24"]),
    ("The ruling comes a day after lawmakers passed the bill.", ["2024-03-12"]),
    # Any other main clause has no day of its own to count from.
    ("The school reopened two months after the flood.", []),
    ("Six months after the flood, the town reopened its school.", []),
    ("The school reopened 18 days after the flood.", []),
], published=WED)


test_news_that_comes_about_months_after = dated_test([
    # An approximate count is no month to count back to.
    ("The layoffs come about three months after the plant closed.", []),
    ("The move comes nearly two months after the company cut 500 jobs.", []),
], published=WED)


test_trailing_verbless_phrase_takes_the_clause_tense = dated_test([
    # A trailing phrase with no verb of its own ("..., possibly Friday") adds to the
    # clause before it and takes that clause's tense.
    ("The court will rule soon, possibly Friday.", ["2024-03-15"]),
    ("The court will rule within days, perhaps as early as Friday.", ["2024-03-15"]),
    ("Officials will announce the results later, probably on Friday.", ["2024-03-15"]),
    ("The storm is expected to weaken, most likely by Saturday.", ["2024-03-16"]),
    ("The storm battered the coast, especially on Monday.", ["2024-03-11"]),
    ("Rescuers found more bodies, mostly on Tuesday.", ["2024-03-12"]),
    # A phrase with its own verb keeps its own tense.
    ("The court will rule soon, as it did on Monday.", ["2024-03-11"]),
], published=WED)


test_part_of_day_before_or_after_a_named_day = dated_test([
    # "the evening before", "the next morning", "the same night": a part of the day
    # before, after or of the day the text last named, as "the day before" is.
    ("The blaze was 83 percent contained Sunday morning, up from 73 percent the evening before.",
     ["2024-03-10", "2024-03-09"]),
    ("Troops entered the town on Monday; the night before, rebels had fled.", ["2024-03-11", "2024-03-10"]),
    ("The dam broke on March 3. The next morning the town was evacuated.", ["2024-03-03", "2024-03-04"]),
    ("The dam broke on March 3, and the following evening the river crested.", ["2024-03-03", "2024-03-04"]),
    ("Police arrived on Tuesday. The same night, two men were arrested.", ["2024-03-12", "2024-03-12"]),
    # With no day to count from, or counted from an undated happening: nothing.
    ("The town was evacuated the next morning.", []),
    ("Police arrested him the morning after the shooting.", []),
    ("She left the night before the storm hit.", []),
], published=WED)


test_hyphenated_word_is_no_dateline_dash = dated_test([
    # A hyphen inside a word ("first-degree", "19-foot") is no dateline's dash: a sentence
    # with a full date and such a word is a statement, not the article's date line.
    ("The victim died in July.\n\nA grand jury indicted Mr. Hale Dec. 20, 2023, on a charge of first-degree murder.",
     ["2023-07", "2023-12-20"]),
    ("He pleaded guilty.\n\nAt the time of his arrest on July 26, 2023, for sinking the 19-foot boat, he was drunk.",
     ["2023-07-26"]),
    # A real dateline still dates the article and is no event.
    ("PORTLAND, Maine, March 12, 2024 - The council voted on Monday to close the depot.", ["2024-03-11"]),
    ("PORTLAND, Maine, March 12, 2024 -- The council voted on Monday to close the depot.", ["2024-03-11"]),
], published=WED)


def test_hyphenated_word_gives_no_publication_date():
    from timeline.extraction.publication import find_publication

    text = "He pleaded guilty.\n\nAt the time of his arrest on July 26, 2023, for sinking the 19-foot boat, he was drunk."
    assert find_publication(text) is None


SAT = dt.date(2024, 3, 16)  # a Saturday


test_capitalised_may_is_no_modal = dated_test([
    # "May" with a capital is a name or the month ("a May Street man", "Theresa May",
    # "the May vote"), not the modal "may": it says nothing of the clause's time.
    ("A May Street man accused of stabbing his friend Thursday was arraigned Friday.", ["2024-03-14", "2024-03-15"]),
    ("Two men fought inside the May Street apartment Thursday night.", ["2024-03-14"]),
    ("Prime Minister Theresa May met the envoy on Thursday.", ["2024-03-14"]),
    # The modal still looks ahead.
    ("The court may rule on Thursday.", ["2024-03-21"]),
], published=SAT)


test_two_days_of_a_month_joined_by_and = dated_test([
    # Two days of one month joined by "and" ("on 16 and 17 August", "on Aug. 16 and 17")
    # are two days, each a statement (not a range: "on March 5 and 8" skips the days between).
    ("The border clashes happened on March 5 and 6.", ["2024-03-05", "2024-03-06"]),
    ("The border clashes happened on Mar. 5 and 8, officials said.", ["2024-03-05", "2024-03-08"]),
    ("Clashes broke out on 5 and 6 March 2024, killing three.", ["2024-03-05", "2024-03-06"]),
    ("Clashes broke out on 16th and 17th February, killing three.", ["2024-02-16", "2024-02-17"]),
    ("Talks will be held on April 2 and 3 in Geneva.", ["2024-04-02", "2024-04-03"]),
    ("Clashes broke out on March 5 and 6, 2023.", ["2023-03-05", "2023-03-06"]),
    # "between ... and" stays a range; a number after "and" that counts something is no day.
    ("Talks ran between 3 and 5 March.", ["2024-03-03/2024-03-05", "2024-03-05"]),
    ("He scored on March 5 and 6 points came later.", ["2024-03-05"]),
    ("Prices rose on March 5 and 12 stores closed.", ["2024-03-05"]),
], published=WED)


test_as_usual_is_no_custom = dated_test([
    # "as normally scheduled", "as usual": a comparison with the custom, not a custom.
    ("Operations will resume on Monday with all employees reporting as normally scheduled.", ["2024-03-18"]),
    ("The market reopened on Monday, as it usually does after a holiday.", ["2024-03-11"]),
    # A custom still is one: no particular day.
    ("The office is usually shut on Monday.", []),
    ("On Monday the office normally opens at nine.", []),
], published=WED)


test_ed_verb_after_a_subject_pronoun_is_past = dated_test([
    # An -ed verb right after a subject pronoun or "who" is finite and past: it starts a
    # clause of its own inside a future one ("would like ... the one they turned in Thursday").
    ("They would like to repeat the performance they turned in Thursday.", ["2024-03-14"]),
    ("The club will honour the player who retired on Thursday.", ["2024-03-14"]),
    ("Fans will want to see the goal she scored on Thursday.", ["2024-03-14"]),
    # A participle after a future still looks ahead.
    ("The city has promised to rebuild damaged schools by Thursday.", ["2024-03-21"]),
    ("The player will be honoured on Thursday.", ["2024-03-21"]),
], published=SAT)


test_street_address_is_no_date = dated_test([
    # "20 May St." is an address, not 20 May; "Apt." does not end the sentence.
    ("Ana Ruiz, 25, of 20 May St., Apt. C, was arrested Thursday and charged.", ["2024-03-14"]),
    ("Police searched a house at 4 March Avenue on Thursday.", ["2024-03-14"]),
    # A day and month before a capitalised word that is no street stays a date.
    ("The fair opened on 20 May 2023 in Stockholm.", ["2023-05-20"]),
    ("The fair opened on 20 May. Stockholm was full.", ["2023-05-20"]),
], published=SAT)


def test_apt_does_not_end_a_sentence():
    from timeline.extraction import extract_events

    text = "Ana Ruiz, 25, of 20 May St., Apt. C, was arrested Thursday and charged."
    (e,) = extract_events(text, published=SAT)
    assert e.sentence == text


@pytest.mark.parametrize("text, expected", [
    # A court "continues" a case to a date: the date it is put off to lies ahead.
    ("Judge Ruiz continued the case to Feb. 7 and set bail at $1,000.", ["2025-02-07"]),
    ("The hearing was continued until Feb. 7.", ["2025-02-07"]),
    # "continued to rise until ..." is no postponement.
    ("Prices continued to rise to a record on Jan. 7, traders said.", ["2025-01-07"]),
])
def test_a_case_continued_to_a_date(text, expected):
    assert dates(text, dt.date(2025, 1, 12)) == expected


@pytest.mark.parametrize("text, expected", [
    # "set the trial to March 4", as "set the trial for March 4": the day a happening is set for lies ahead
    # (bench/yeardays-a, session 47) ...
    ("A judge has set the trial to March 4.", ["2026-03-04"]),
    ("The council has set the vote to March 4.", ["2026-03-04"]),
    ("The judge reset the trial date to March 4.", ["2026-03-04"]),
    ("A judge has set the former mayor's federal corruption trial to March 4.", ["2026-03-04"]),
    # ... not a day told gone by after it, nor what a thing was set to on a day
    ("The judge set the trial to March 4, when he was convicted.", ["2025-03-04"]),
    ("The thermostat was set to 20 degrees on March 4.", ["2025-03-04"]),
    # ... nor one with its outcome told after it, nor set in a past perfect (rv55's rows)
    ("The council reset the vote to March 4, and the measure passed 5-2.", ["2025-03-04"]),
    ("The government had set the deadline to March 4, which passed without a deal.", ["2025-03-04"]),
])
def test_a_happening_set_to_a_date(text, expected):
    assert dates(text, dt.date(2025, 8, 28)) == expected


test_archive_notes_and_issue_lines_are_no_events = dated_test([
    # Page furniture with a date: an archive notice, an issue line of a masthead.
    ("This is an archived article that was published on example.com in 2016, and its information "
     "may be outdated.\n\nThe council voted on Monday to close the depot.", ["2024-03-11"]),
    ("Sunday, March 10, 2024 • Vol. 15--No. 83 • 26 of 42\n\nThe council voted on Monday to close the depot.",
     ["2024-03-11"]),
    ("Wednesday, March 13, 2024 | Volume 12, No. 9\n\nThe council voted on Monday to close the depot.",
     ["2024-03-11"]),
    # Not page furniture: a sentence about an archive, a volume of a book.
    ("The archive published its first volume in 2016.", ["2016"]),
], published=WED)


test_fronted_years_after_count_from_the_main_day = dated_test([
    # A fronted "N years after <something>," modifies the main clause: the something is N
    # years before the main clause's day.
    ("One year after losing 103 games, the team clinched a playoff berth on Wednesday night.",
     ["2023", "2024-03-13"]),
    ("Two years after the war ended, the country held elections on Sunday.", ["2022", "2024-03-10"]),
    # Not fronted, and the day dates another clause: nothing to count back from.
    ("A judge on Monday sentenced him to 10 years after a trial.", ["2024-03-11"]),
], published=WED)


test_noun_coordinated_under_one_determiner = dated_test([
    # "<a/the> <noun> and <vote>": a second noun under the same determiner, not a present verb.
    ("Following a meeting and vote at the arena Thursday, the workers returned to their jobs.", ["2024-03-07"]),
    ("After the debate and vote on Thursday, the council adjourned.", ["2024-03-07"]),
    # A present verb after its subject still reads as present (the nearest Thursday).
    ("Members meet and vote Thursday on the contract.", ["2024-03-14"]),
], published=WED)


test_in_n_days_in_a_future_clause_is_that_day = dated_test([
    # "in N days" (or one or two weeks) in a future clause told from today is that many days ahead.
    ("The rate panel will meet in two days to weigh a hike.", ["2024-03-15"]),
    ("In three days, the league will name its new chief.", ["2024-03-16"]),
    ("The ferry will resume service in a week's time.", ["2024-03-20"]),
    ("The new fares take effect in two weeks.", ["2024-03-27"]),
    # ... not how long something took, a rate, a loose or long count, nor a future told from a past day.
    ("The tickets sold out in two days.", []),
    ("The side will play three games in four days.", []),
    ("The repairs will be done in a few days.", []),
    ("The plant will close in 30 days.", []),
    ("The minister said the ferry would resume service in three days.", []),
    ("The crews will finish in two days of work.", []),
    # ... nor how long a process will take: only a happening set for a day (a meeting, a vote, a start).
    ("Customers who order online will get their packages in two days.", []),
    ("Under the plan, permits will be issued in five days instead of 30.", []),
    ("The drug will clear most infections in seven days.", []),
    ("Patients will recover in two days with rest.", []),
], published=WED)
