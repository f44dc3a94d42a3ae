"""Month and year statements in sentences an annotator dates not at all (issue 12, precision on
unseen news; fp4's review of month- and year-level statements, session 20). Sentences written
for the test, none taken from an article. Each row: text, the dates the engine must give.

1. A count written with a thousands separator or a decimal point is one number: "some 12,900
   years ago" is no "900 years ago", "1,000 days" no "000 days" (that is, today).
2. A superlative day "in (or for) the month of" a month ("the city's hottest day ever in the
   month of August") is the best of every such month's days, a category, as "the hottest June
   day on record" already was; the same month with its year, or the month as such ("the hottest
   August on record"), stays a month.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2024, 6, 12)  # a Wednesday

test_a_grouped_count_is_one_number = dated_test([
    ("Scientists say a comet broke apart over the region some 12,900 years ago.", []),
    ("The settlement was founded about 1,000 years ago, archaeologists said.", []),
    ("Hunters first reached the valley roughly 10,000 years ago.", []),
    ("The cedar began growing 2,500 years ago, the park service estimates.", []),
    ("The mission will end in 1,000 days, officials said.", []),
    ("The ice sheet retreated 1.5 years ago from the bay, the survey found.", []),
], published=PUB)

test_a_small_count_still_dates = dated_test([
    # ... and the counts it does not touch keep their dates.
    ("The mine closed five years ago.", ["2019"]),
    ("The bridge opened 12 years ago, in a ceremony on the river.", ["2012"]),
    ("The plant shut 900 years after the abbey was founded.", []),
    ("The levee failed 25 years ago this week.", ["1999"]),
    ("The board will meet in two days.", ["2024-06-14"]),
    ("Prices rose 2,000 percent in March, the bank said.", ["2024-03"]),
], published=PUB)

test_a_superlative_day_of_every_such_month_is_no_month = dated_test([
    ("Phoenix hit 118 on Tuesday, the city's hottest day ever in the month of June.", ["2024-06-11"]),
    ("Forecasters said it was the hottest day on record for the month of May in the county.", []),
    ("It was the coldest night ever recorded in the month of April at the airport.", []),
    ("Monday was the wettest day on record for the month of March in the capital.", ["2024-06-10"]),
], published=PUB)

test_the_month_itself_or_its_year_stays = dated_test([
    ("It was the hottest April on record for the state, forecasters said.", ["2024-04"]),
    ("The city recorded its hottest day of the year in the month of May 2023.", ["2023-05"]),
    ("Rainfall in the month of May was the highest since 1998.", ["2024-05", "1998/2024"]),
    ("The festival drew record crowds in the month of May.", ["2024-05"]),
], published=PUB)


# 3. A model year (or a run of them) written before a vehicle's name, with the kind of vehicle
#    after it ("its 2024 Ranger and 2024 Lincoln Nautilus vehicles", "2011-2019 Explorer SUVs"),
#    names the vehicle, as "the 2024 models" already did; a year before a maker that acts ("In
#    2021 Ford recalled ...") stays the clause's year.
test_a_model_year_before_a_vehicle_name_is_no_year = dated_test([
    ("The automaker is recalling 70,000 of its 2024 Ranger and 2024 Lincoln Nautilus vehicles.", []),
    ("The recall covers 2011-2019 Explorer SUVs sold in the United States.", []),
    ("Owners of 2020-2022 Silverado pickups will get letters from dealers.", []),
    ("The update applies to the 2024 Cybertruck, 2017-2023 Model 3 and 2019-2024 Model Y vehicles.", []),
    ("Affected are 2022-2024 Grand Cherokee and 2021-2024 Wrangler models.", []),
], published=PUB)

test_a_year_before_a_maker_that_acts_stays = dated_test([
    ("In 2021 Ford recalled 2 million trucks over faulty brakes.", ["2021"]),
    ("In 2023 Tesla sold 1.8 million cars worldwide.", ["2023"]),
    ("Sales of Honda vehicles rose 8% in 2023.", ["2023"]),
    ("The recall, announced in 2022, covers about 300,000 Explorer SUVs.", ["2022"]),
    ("The 2019-2020 season was cut short by the pandemic.", ["2019/2020"]),
], published=PUB)


test_years_with_no_vehicle_name_stay = dated_test([
    ("Between 2021 and 2023 vehicles sold in the state grew older.", ["2021"]),
], published=PUB)


# 4. A model year before a maker's name and its model or kind ("a 2004 Jeep Wrangler", "his 2015
#    Toyota Tacoma", "a 2012 Ford F-150", "a 2009 Honda sedan"), as crash and theft reports write
#    them, names the vehicle; a maker that acts after a year of time ("In 2015 Toyota recalled ..."),
#    a maker's tournament or venue ("the 2019 Honda Classic", "the 2018 Ford Field opener") and a maker
#    with a lower-case noun of a happening ("the 2015 Toyota recall") keep their year.
test_a_model_year_before_a_maker_and_model_is_no_year = dated_test([
    ("Police said the driver was traveling west in a 2004 Jeep Wrangler when it left the road.", []),
    ("The victim was driving a 2015 Toyota Tacoma that crossed the centerline.", []),
    ("Deputies found the stolen 2012 Ford F-150 abandoned near the river.", []),
    ("A 2009 Honda sedan struck the pole just after midnight, troopers said.", []),
    ("Investigators said a 2018 Chevrolet Silverado and a 2011 Nissan Altima collided at the light.", []),
    ("The suspect fled in a 2007 Harley-Davidson motorcycle, according to the report.", []),
], published=PUB)

test_a_year_before_a_maker_otherwise_stays = dated_test([
    ("In 2015 Toyota recalled 6.5 million vehicles over faulty window switches.", ["2015"]),
    ("Since 2019 Ford has cut 3,000 jobs in Europe.", ["2019/2024"]),
    ("He won the 2019 Honda Classic by three strokes.", ["2019"]),
    ("The 2015 Toyota recall covered 6.5 million vehicles.", ["2015"]),
    ("Lions fans packed the stands for the 2018 Ford Field opener.", ["2018"]),
    # events, bodies and people a maker names (rv11's review): a year of a happening
    ("She finished third in the 2021 Hyundai Marathon in Seoul.", ["2021"]),
    ("He won the 2017 Toyota Grand Prix of Long Beach.", ["2017"]),
    ("Kyle Busch won the 2015 Ford 400 at Homestead.", ["2015"]),
    ("The 2019 Nissan Leaders Summit opened with a keynote.", ["2019"]),
    ("Timeline:\n2009 Chrysler Group files for bankruptcy.", ["2009"]),
    ("The 1976 Ford Carter debates were watched by millions.", ["1976"]),
], published=PUB)
