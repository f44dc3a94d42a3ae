"""Session 29, fp11: date-like words in news that are no time of a happening, each kind in general
form on written sentences (bench/realnews/README.md, "Annotation conventions"), with the near
neighbours that must stay dated:

- a 24-hour clock of four digits that reads like a year: before "local" ("at 1615 local (1915 GMT)") and
  in a span with another clock ("a curfew between 1900 and 0600", "from 0600 to 2000"), where no year is
  written with a leading zero ("local elections" after a year, and spans of years, keep theirs);
- the title of a work: a date-like title in quotes after a noun of a work or a verb of performing it ('her
  hit single “Friday”', 'the band played “Sunday Bloody Sunday”', 'the novel “1984”'), or a bare year or
  "The Day After Tomorrow" right after the work's noun ("the film 2012"); a date beside a title, a quoted
  phrase in lower case and a show on a day keep theirs;
- a paper's note of its print edition ("A version of this article appears in print on June 4, 2024,
  Section A, Page 1"): page furniture, as "This article was originally published on ..." already is;
- a count told by a copula, its ordinal's noun with the place or the doer of what is counted ("It was the
  fifth missile launch by North Korea this year", "the second storm to hit the region this month"), as "the
  third time this year" already is; an ordinal phrase that is the subject of its own happening ("A second
  round of talks in Geneva this month failed") or has a verb of its own keeps its month or year;
- a programme's name that opens with a capitalised present verb ("told NBC's Meet the Press on Sunday",
  "said on Face the Nation on Sunday") is no present verb: the saying's past puts the weekday in the week
  gone by, not the coming one (a headline's "Leaders Meet the Press on Friday" keeps its verb);
- an index's base period ("(2015=100)", "based on the close of 1969 equaling 100", "with 1982-84 as the
  base", "uses 2010 as its base year"): the yardstick the figures are counted against, no happening of that
  year ("rose 3% from 2015", "Sales in 2019 equal 100 million units" keep theirs);
- a year glued by a hyphen to a capitalised word, the number of a name ("the Examination-2022", "NEET-2023",
  "Vision-2030"), not the words of time written so ("mid-2020", "Pre-2008", "FY-2024", "Summer-2021");
- the label of a link to another story ("MORE: ...", "Also Read | ...", "Don't miss: ...", "Trending: ...",
  "Previous coverage: ..."): page furniture, as "Related: ..." and "READ MORE: ..." already are (a story's
  own "WATCH: ..." and a sentence opening with "More than" keep their days);
- "tomorrow's" of the age to come before its people and things ("trains tomorrow's leaders", "tomorrow's
  jobs") and "yesterday's" of an age gone by ("yesterday's men", "is yesterday's news"), as "today's
  teenagers" already is: no day ("tomorrow's vote", "Yesterday's news was grim", "yesterday's news
  conference" keep theirs).
"""
import datetime as dt

from dated import dated_test

THU = dt.date(2024, 5, 9)  # a Thursday


test_24_hour_clock_is_no_year = dated_test([
    ("The session began at 1615 local (1915 GMT).", []),
    ("Polls close at 1700 local on Sunday.", ["2024-05-12"]),
    ("The army imposed a curfew between 1900 and 0600 hours.", []),
    ("A curfew from 2000 to 0600 remains in force in the capital.", []),
    ("The curfew was extended from 1900 to 0500 local time.", []),
    ("The curfew runs from 0600 to 2000 each day.", []),
    ("Bars must close from 1900 to 2300 hours under the order.", []),
], published=THU)


test_years_beside_local_and_in_spans_stay_years = dated_test([
    ("In 2019 local elections were held across the country.", ["2019"]),
    ("Since 2016 local councils have lost a third of their funding.", ["2016/2024"]),
    ("Between 2000 and 2010 the town doubled in size.", ["2000/2010", "2010"]),
    ("Prices rose between 2008 and 2012 in most cities.", ["2008/2012", "2012"]),
], published=THU)


test_date_like_title_of_a_work_is_no_time = dated_test([
    ("Her hit single “Friday” went viral in 2011.", ["2011"]),
    ("The band played “Sunday Bloody Sunday” to close the show.", []),
    ("Crowds sang “Yesterday” outside the hall.", []),
    ("The novel “1984” topped the charts again.", []),
    ('The album "1989" was re-released on Friday.', ["2024-05-03"]),
    ("The exhibition “Monday to Friday” opens at the gallery.", []),
    ("The film “The Day After Tomorrow” was shown at the festival.", []),
    ("Her book, “Tomorrow Will Be Different,” was published last year.", ["2023"]),
    ("The song “Last Christmas” topped the charts again.", []),
    ("The novel 1984 sold out in the city after the speech.", []),
    ("The film 2012 drew crowds in China.", []),
    ("The film The Day After Tomorrow imagined a frozen New York.", []),
], published=THU)


test_dates_beside_a_title_stay = dated_test([
    ("The band will play the song on Friday.", ["2024-05-10"]),
    ("The film opens Friday in 300 cinemas.", ["2024-05-10"]),
    ("The album, released in 1989, sold millions.", ["1989"]),
    ("He sang “Happy Birthday” on Tuesday.", ["2024-05-07"]),
    ("The film “Contagion”, released in 2011, returned to the charts.", ["2011"]),
    ("The show Sunday drew crowds.", ["2024-05-05"]),
    ("The team played “a perfect game on Friday,” the coach said.", ["2024-05-03"]),
    ("He released “Plans for Friday's vote” to reporters.", ["2024-05-10"]),
    ("“We will vote on Friday,” he said.", ["2024-05-10"]),
    ("The 2012 film “Contagion” returned to the charts.", ["2012"]),
], published=THU)


test_print_edition_note_is_page_furniture = dated_test([
    ("A version of this article appears in print on May 5, 2024, Section A, Page 1 of the New York edition "
     "with the headline: Storm Hits Coast.", []),
    ("A version of this article appeared in print on Saturday, Section B, Page 3.", []),
    ("This story appears in print on Sunday.", []),
    ("A shorter version of this review appears in the print edition of May 5, 2024.", []),
    ("Storms lashed the coast on Tuesday. A version of this article appears in print on May 8, 2024, Section A, "
     "Page 1.", ["2024-05-07"]),
], published=THU)


test_other_things_in_print_keep_their_day = dated_test([
    ("A version of the bill appeared in print on Monday.", ["2024-05-06"]),
    ("The letter appeared in print on Sunday.", ["2024-05-05"]),
    ("Her first story appeared in print in 1998.", ["1998"]),
], published=THU)


test_count_with_the_place_or_doer_of_what_is_counted_is_no_date = dated_test([
    ("It was the fifth missile launch by North Korea this year.", []),
    ("It was the third mass shooting in the city this year.", []),
    ("The storm is the second to hit the region this month.", []),
    ("It is the fourth such attack on a hospital this year.", []),
    ("It would mark a third attempt by the state this year to put a satellite into orbit.", []),
    ("The killing was the 12th of a journalist in Mexico this year.", []),
    ("It's the third fatal crash on the highway this month.", []),
], published=THU)


test_ordinal_happening_of_the_month_keeps_it = dated_test([
    ("The second debate will take place in Boston this month.", ["2024-05"]),
    ("A second round of talks in Geneva this month failed.", ["2024-05"]),
    ("He won his second title at Wimbledon this year.", ["2024"]),
    ("The third test of the series begins in Perth this month.", ["2024-05"]),
    ("The second phase of the project will start this year.", ["2024"]),
], published=THU)


test_programme_named_by_a_verb_is_no_present = dated_test([
    ("She told CBS's Face the Nation on Sunday that the bill would pass.", ["2024-05-05"]),
    ("He said on NBC's Meet the Press on Sunday that talks continue.", ["2024-05-05"]),
    ("He said on Meet the Press on Sunday that the talks would go on.", ["2024-05-05"]),
    ("The senator told Face the Nation on Sunday that she would run.", ["2024-05-05"]),
], published=THU)


test_capitalised_verb_of_a_headline_stays_a_verb = dated_test([
    ("Leaders Meet the Press on Friday", ["2024-05-10"]),
    ("The ministers meet the Pope on Friday.", ["2024-05-10"]),
    ("The two sides face the European champions on Saturday.", ["2024-05-11"]),
], published=THU)


test_index_base_period_is_no_year = dated_test([
    ("The index (2015=100) rose to 112.4 in April.", ["2024-04"]),
    ("Each index is based on the close of 1979 equaling 100.", []),
    ("The consumer price index, with 1982-84 as the base, rose 0.3%.", []),
    ("The consumer price index (1982-84=100) rose 0.3%.", []),
    ("The bureau now uses 2017 as its base year.", []),
    ("The index, set at 100 in 2010, stood at 131 in March.", ["2024-03"]),
], published=THU)


test_years_beside_an_index_stay = dated_test([
    ("Prices rose 3% from 2015.", ["2015"]),
    ("Sales in 2019 equal 100 million units.", ["2019"]),
    ("The index hit 100 in 2019 for the first time.", ["2019"]),
    ("The 2015 base rate was cut.", ["2015"]),
], published=THU)


test_year_glued_to_a_name_is_no_year = dated_test([
    ("The court deferred the Judicial Service Examination-2022 by four weeks.", []),
    ("Results of NEET-2023 will be declared soon.", []),
    ("The Census-2021 data was released on Monday.", ["2024-05-06"]),
    ("The kingdom's Vision-2030 plan was launched in 2016.", ["2016"]),
], published=THU)


test_years_written_with_a_hyphen_stay = dated_test([
    ("Mid-2020 was the worst time for the airline.", ["2020"]),
    ("Pre-2008 rules applied to the loans.", ["2008"]),
    ("The FY-2024 budget was passed.", ["2024"]),
    ("Summer-2021 saw record heat.", ["2021"]),
], published=THU)


test_link_to_another_story_is_page_furniture = dated_test([
    ("The mayor spoke on Monday.\nMORE: Storm knocks out power to thousands on Tuesday\nThe council met on Wednesday.",
     ["2024-05-06", "2024-05-08"]),
    ("Also Read | Floods hit the capital on Tuesday", []),
    ("Don't miss: Floods hit the capital on Tuesday", []),
    ("You might also like: Police arrest suspect in Friday's shooting", []),
    ("Trending: Floods hit the capital on Tuesday", []),
    ("Previous coverage: Council delays vote to March 3, 2024", []),
], published=THU)


test_sentences_opening_like_a_link_label_keep_their_days = dated_test([
    ("More than 300 residents left their homes Wednesday morning.", ["2024-05-08"]),
    ("More rain is expected on Friday.", ["2024-05-10"]),
    ("Trending stocks fell on Tuesday.", ["2024-05-07"]),
    ("WATCH: Firefighters battle the blaze on Tuesday", ["2024-05-07"]),
], published=THU)


test_tomorrows_and_yesterdays_of_an_age_are_no_day = dated_test([
    ("The academy trains tomorrow's leaders.", []),
    ("Schools must prepare pupils for tomorrow's jobs.", []),
    ("Tomorrow's challenges include a warmer climate.", []),
    ("Critics called the cabinet yesterday's men.", []),
    ("By spring, the scandal had become yesterday's news.", []),
    ("The plant still runs on yesterday's technology.", []),
], published=THU)


test_tomorrows_and_yesterdays_happenings_keep_their_day = dated_test([
    ("Tomorrow's vote will decide the race.", ["2024-05-10"]),
    ("Yesterday's news was grim for the markets.", ["2024-05-08"]),
    ("Yesterday's news conference was cut short.", ["2024-05-08"]),
    ("Yesterday's market rally faded.", ["2024-05-08"]),
    ("Tomorrow's weather will be sunny.", ["2024-05-10"]),
], published=THU)


# The neighbours rv21's review found taken by these rules, each a date of a happening: a year after "In" before
# "local"; "fixed/set at 100 in <year>" of no index; an ordinal's noun then a place and an infinitive; a quoted
# saying after "show" as a verb; "tomorrow's"/"yesterday's" before a noun that is the first of two.
test_neighbours_the_review_found_keep_their_dates = dated_test([
    ("In 2021 local and regional councils merged their offices.", ["2021"]),
    ("The fee was fixed at 100 in 2004 and never raised.", ["2004"]),
    ("The ruling is the first step in a plan to merge the two districts this year.", ["2024"]),
    ("Figures show “Monday was the wettest day of the year,” the bureau said.", ["2024-05-06"]),
    ("Tomorrow's teachers strike will shut every school in the city.", ["2024-05-10"]),
    ("Yesterday's world record attempt ended in a crash.", ["2024-05-08"]),
], published=THU)
