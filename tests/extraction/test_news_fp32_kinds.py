"""Kinds of false date found in court, police and local-government news (fp32's precision sample), each
fixed in general form; written sentences, one general case per row.

- "planning" naming a council's land-use body, its consent or its papers ("the planning committee voted on
  Tuesday", "planning permission was refused on Monday") is a noun's modifier, no plan ahead: the weekday is
  the one gone by, as after "the committee voted".
- A date inside the reference a police appeal asks callers to quote ("quoting log 1234 of 21/01/17") and a
  year closing a case's or an instrument's number ("Case No. 114 of 2024", "Bylaw No. 5130, 2021") are parts
  of a number, no happening.
- "Today" in a supposed present set against what happened ("he wouldn't be here today") dates nothing.
- "That night" in a clause told in the past cannot be a day still ahead of the paper, when the day the text
  gave last is one ahead (a retirement set for October): it is left undated, not moved onto that day.

Where those forms stop (fx32, after reviewer rv41): a modal's "be here today" that expects or reports a plan
("could be here today", "said she would be here today") keeps the paper's day, only a supposition (a condition,
"alive", "have been", a bare "wouldn't be here") loses it; "that night" as the aim of a booking or a plan keeps
the day ahead; "planning" after a form of "be" and adverbs ("are now planning") stays the verb; a rank's "the
No. 1 of 2022" keeps its year.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2023, 8, 9)


test_planning_names_a_body_not_a_plan = dated_test([
    ("The council's planning committee voted on Tuesday to reject a scheme for 80 flats.", ["2023-08-08"]),
    ("The planning committee threw out the proposal on Monday.", ["2023-08-07"]),
    ("Planning permission for the quarry was refused on Tuesday.", ["2023-08-08"]),
    ("A planning inspector dismissed the developer's appeal on Friday.", ["2023-08-04"]),
    # the verb stays a plan ahead
    ("The council is planning to vote on Tuesday.", ["2023-08-15"]),
    ("The club is planning a fundraiser on Saturday.", ["2023-08-12"]),
    ("The planning commission will meet on Tuesday.", ["2023-08-15"]),
], WED)


test_a_reference_number_is_no_date = dated_test([
    ("Anyone with information should call 101 quoting log 0412 of 21/07/23.", []),
    ("Witnesses are asked to ring police, quoting reference number 77 of 3 August.", []),
    ("Call 101 and quote incident 245 of Tuesday 1 August.", []),
    ("The man was attacked on Tuesday 1 August, and witnesses should quote log 245 of that day.", ["2023-08-01"]),
], WED)


test_a_year_closing_a_case_number_is_no_date = dated_test([
    ("He is in custody in connection with Case No. 114 of 2022, the court heard on Tuesday.", ["2023-08-08"]),
    ("The bench dismissed Writ Petition No. 5521 of 2019 on Monday.", ["2023-08-07"]),
    ("Council adopted the Fees Bylaw No. 5025, 2019 Amendment Bylaw No. 5134, 2023 on Monday.", ["2023-08-07"]),
    ("He was granted bail on July 28 in FIR No. 245/2023 registered at the city police station.", ["2023-07-28"]),
    # a year told as its own happening stays
    ("The bylaw was first passed in 2019 and amended on Monday.", ["2019", "2023-08-07"]),
    # a short number before a comma is no case's ("No. 10" the address)
    ("Parties were held at No. 10, 2020 and 2021 saw several.", ["2020", "2021"]),
], WED)


test_today_in_a_supposed_present = dated_test([
    ("Without the paramedics, he wouldn't be here today, his mother said.", []),
    ("If the driver had not stopped, she would not be alive today.", []),
    ("The victim is still in hospital today, police said.", ["2023-08-09"]),
], WED)


test_that_night_past_not_ahead_of_the_paper = dated_test([
    ("The town manager retires on October 31, 2023. Board members said the vote had been put on the agenda "
     "that night because a decision was needed.", ["2023-10-31"]),
    # a day ahead told ahead keeps it
    ("The council will vote on October 31. The mayor said he will sign the order that night.",
     ["2023-10-31", "2023-10-31"]),
    # a day gone by told in the past keeps it
    ("The fire broke out on August 2. Crews said the roof had collapsed that night.",
     ["2023-08-02", "2023-08-02"]),
], WED)


# Where the four forms above stop (fx32, after reviewer rv41's probes): each row read as a reader would.
test_today_expected_or_planned_is_the_papers_day = dated_test([
    # an expectation or a reported plan of being somewhere today keeps the paper's day
    ("The governor could be here today to cut the ribbon, aides said.", ["2023-08-09"]),
    ("Organisers said last week that the band would be here today for a sound check.", ["2023-08-09"]),
    ("The mayor said she wouldn't be here today because of a council trip.", ["2023-08-09"]),
    ("The chief constable could not be here today, so his deputy read the statement.", ["2023-08-09"]),
    # a real supposition still dates nothing
    ("Had the lifeguard not acted, the boy would not be here today.", []),
    ("Relatives said he would still be alive today if the ambulance had come sooner.", []),
    ("She would have been here today to collect the award.", []),
    # ... its "without" or "otherwise" right after the day, not a manner of another doing or another clause's
    ("The girl would not be here today without the surgeons.", []),
    ("Aides said the premier would be here today to open the bridge without ceremony.", ["2023-08-09"]),
    ("He said he would be here today; otherwise the vote would be put off.", ["2023-08-09"]),
], WED)


test_that_night_readied_for_a_day_ahead = dated_test([
    ("The final is on Saturday, August 12. Supporters said they had reserved tables for that night.",
     ["2023-08-12", "2023-08-12"]),
    ("The gala is set for September 8. Volunteers said they had arranged to serve dinner that night.",
     ["2023-09-08", "2023-09-08"]),
    ("The derby is on Saturday. The club said more stewards had been told to work that night.",
     ["2023-08-12", "2023-08-12"]),
], WED)


test_planning_after_be_and_an_adverb_is_a_plan = dated_test([
    ("Ministers are now planning reforms to the law for March.", ["2024-03"]),
    ("The regulator is still quietly planning hearings in May.", ["2024-05"]),
    # the modifier after a determiner and an adjective stays one
    ("The lengthy planning process ended on Monday.", ["2023-08-07"]),
    # ... and after a verb that takes a doing ("began planning"), but not before a planning body or consent
    ("Officials began planning reforms for March.", ["2024-03"]),
    ("The council started planning permission checks in June.", ["2023-06"]),
], WED)


test_a_rank_of_a_year_keeps_the_year = dated_test([
    ("The film was the No. 1 of 2022 at the box office.", ["2022"]),
    ("The single became Britain's No. 2 of 2021.", ["2021"]),
    ("The singer, No. 1 of 2022, toured again.", ["2022"]),
    # ... but after a comma a number of three digits or more is a reference's
    ("In the appeal, No. 214 of 2021, the judges ruled on Monday.", ["2023-08-07"]),
    # an instrument's number still holds its year
    ("The court dismissed Civil Appeal No. 3 of 2021 on Monday.", ["2023-08-07"]),
    # ... and so does a case's number without "No."
    ("The judge heard case 482 of 2022 on Monday.", ["2023-08-07"]),
], WED)
