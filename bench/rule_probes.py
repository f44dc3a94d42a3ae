"""Adversarial probes of the engine's new rules, each row's reader's dates decided before the engine
was run (bench/realnews/README.md): PROBES, the rules of session 15 (1ad4c42..3b582e8, eighteenth
round); --int, rev's probes of session 16's first rules (fx1 bcc9c35..d48e3f9, fx2 cee7c45..56cd320);
--rv2, rv2's probes of its later ones (fx1 336ff56, 5d6ebe1; fx2 66aac5d, cefee8f, 60f7257; fx3
8fc104f, f601a4c, 267f58f, fc3ac09, 973064c, 1e1f402) (nineteenth round). --s17, rv's probes of
session 17's rules on fw (b4bdf13..005efc7) and fd (ab0e920, f18fd79, fd8d268, 67d981a). --s18, rv3's probes
of session 18's rules on wk, fn2 and fp2 (aace64c, 2b5706c, 560077f; 08f139b; 3f769d0);
--s18-wk, --s18-fn2, --s18-fp2, those engineers' own probes of their rules. Prints each probe OK or BAD,
the count right per rule and in all; a row wrong here is a known limit, not a test.

Run: .venv/bin/python bench/rule_probes.py [--LIST] [checkout-root]   (default: this checkout)
LIST: int, rv2, s17, s18, s18-wk, s18-fn2, s18-fp2 (the PROBES_<LIST> table); none: PROBES
"""
import collections
import datetime
import os
import sys

W = "2024-05-15"  # a Wednesday: Mon 13, Tue 14 | Thu 16, Fri 17, Sat 18, Sun 19 ahead | Thu 9 .. Sun 12 gone
SAT = "2024-05-18"
TUE = "2024-05-14"

# (rule, published, sentence, reader's dates)
PROBES = [
    # 70a7b63 NOT_PAST_ED: -eed / red / bed words are no past
    ("ed", W, "Jones emceed the awards dinner on Saturday.", ["2024-05-11"]),
    ("ed", W, "The red team beat Tampa on Saturday.", ["2024-05-11"]),
    ("ed", W, "Speed cameras went live on Friday across the city.", ["2024-05-10"]),
    ("ed", W, "Top seed Duke faces Kentucky on Saturday.", ["2024-05-18"]),
    ("ed", W, "Lawmakers will proceed with the vote on Friday.", ["2024-05-17"]),
    ("ed", W, "The bill freed hundreds of inmates on Saturday.", ["2024-05-11"]),
    ("ed", W, "A hundred protesters marched on Friday.", ["2024-05-10"]),
    # 40202eb weekday range starting on the publication day, clause no plain past
    ("range", W, "Police have arrested 12 people from Wednesday to Saturday.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("range", W, "The festival ran from Wednesday to Saturday.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("range", W, "The weather service has issued a flood watch from Wednesday to Saturday.",
     ["2024-05-15/2024-05-18", "2024-05-18"]),
    ("range", W, "The fair runs from Wednesday to Sunday at the county grounds.",
     ["2024-05-15/2024-05-19", "2024-05-19"]),
    ("range", W, "Heavy rain was forecast from Wednesday to Friday.", ["2024-05-15/2024-05-17", "2024-05-17"]),
    ("range", W, "The fair, from Wednesday to Saturday, drew big crowds.", ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("range", W, "Crews have worked around the clock from Wednesday to Saturday, the mayor said.",
     ["2024-05-08/2024-05-11", "2024-05-11"]),
    ("range", W, "Forecasters had predicted snow from Wednesday to Friday, but none fell.",
     ["2024-05-08/2024-05-10", "2024-05-10"]),
    # 5cc14cb participle + degree adverb + by
    ("degree", W, "The measure passed mostly by voice vote on Thursday.", ["2024-05-09"]),
    ("degree", W, "Turnout dropped largely by half on Thursday.", ["2024-05-09"]),
    ("degree", W, "Storms fed in part by the warm gulf will hit the coast Thursday.", ["2024-05-16"]),
    ("degree", W, "The rally, fueled largely by anger, drew thousands on Saturday.", ["2024-05-11"]),
    ("degree", W, "Prices climbed partly by design on Thursday, the bank said.", ["2024-05-09"]),
    # f4c6ce0 a week's list of opening hours
    ("hours", W, "The library is open 9 a.m. to 5 p.m. Monday through Friday.", []),
    ("hours", W, "The shelter opens 8 a.m. to 8 p.m. Thursday, Friday, Saturday, Sunday and Monday during the storm.",
     ["2024-05-16", "2024-05-17", "2024-05-18", "2024-05-19", "2024-05-20"]),
    ("hours", W, "The cooling center was open 9 a.m. to 5 p.m. Monday through Friday last week.", []),
    ("hours", W, "The pool is open 6 a.m. to 9 p.m. Saturday.", ["2024-05-18"]),
    ("hours", W, "The store's hours are 9 a.m.-9 p.m. Monday-Saturday and noon-6 p.m. Sunday.", []),
    ("hours", W, "The polling place is open 7 a.m. to 8 p.m. Tuesday.", ["2024-05-14"]),
    # b9a9598 fronted 'until' with a past main clause
    ("until", W, "Until Friday, officials said, the road will stay closed.", ["2024-05-17"]),
    ("until", W, "Until Friday, the bridge was the longest in the state.", ["2024-05-10"]),
    ("until", W, "Until Friday, the museum stays open late.", ["2024-05-17"]),
    ("until", W, "Until Saturday, the city said, residents must boil their water.", ["2024-05-18"]),
    ("until", W, "Up until Thursday, the talks had gone well.", ["2024-05-09"]),
    ("until", W, "Until Friday, the store is closed for repairs, the owner said.", ["2024-05-17"]),
    ("until", W, "But until Saturday, voters can still register, the clerk said.", ["2024-05-18"]),
    # d32f94b biddings that open a sentence
    ("bid", W, "Stream of refugees crossing the border on Saturday.", ["2024-05-11"]),
    ("bid", W, "Find live results Thursday at 8 p.m.", ["2024-05-16"]),
    ("bid", W, "Stream the game live Saturday on our app.", ["2024-05-18"]),
    ("bid", W, "Catch the highlights of Saturday's rout below.", ["2024-05-11"]),
    ("bid", W, "Join thousands who marched on Saturday.", ["2024-05-11"]),
    ("bid", W, "Find out who won Saturday's race.", ["2024-05-11"]),
    ("bid", W, "Follow live coverage of the storm Friday.", ["2024-05-17"]),
    ("bid", W, "Sign up for our newsletter by Friday.", ["2024-05-17"]),
    # 6912b98 update stamp before a bar or a dash
    ("stamp", W, "Updated 3:40 p.m. | The storm turned north on Tuesday.", ["2024-05-14"]),
    ("stamp", W, "Revised Saturday — the plan now calls for a vote Thursday.", ["2024-05-16"]),
    ("stamp", W, "Published on May 10 — The council voted on Monday to raise fares.", ["2024-05-13"]),
    ("stamp", W, "Updated: Talks resume | Live", []),
    # a99907e 'by <day>' after a past verb of proposing or demanding
    ("by", W, "In February, the council demanded the statue's removal by March 1, but it still stands.",
     ["2024-02", "2024-03-01"]),
    ("by", W, "The regulator ordered the plant's closure by Friday.", ["2024-05-17"]),
    ("by", W, "The company ordered 300 buses by Friday, well ahead of the deadline.", ["2024-05-10"]),
    ("by", W, "The union requested a meeting by Monday.", ["2024-05-20"]),
    ("by", W, "Lawmakers pledged $2 million by Friday, doubling their goal.", ["2024-05-10"]),
    ("by", W, "Donors promised $5 million by Friday and wired it the same day.", ["2024-05-10"]),
    # 9c94abd verbless clause read back past a list's comma to a future
    ("list", W, "Crews will repair the roads, bridges and culverts damaged by the floods in March.", ["2024-03"]),
    ("list", W, "The museum will show paintings, letters and photos from his trip in April.", ["2024-04"]),
    ("list", W, "Voters will choose among Republican, Green and Libertarian nominees in November.", ["2024-11"]),
    ("list", W, "The show will feature Smith, Jones and the band from their tour in March.", ["2024-03"]),
    ("list", W, "The city will honor nurses, teachers and medics from the outbreak in January.", ["2024-01"]),
    # a585935 reading time and page age in a stamp line
    ("age", W, "2 Min Read May 14, 2024 | 1 day ago", []),
    ("age", W, "Police said the man vanished 3 days ago.", ["2024-05-12"]),
    ("age", W, "Fire crews | 2 hours ago | The blaze began on Monday.", ["2024-05-13"]),
    # 9b066c5 subscription offers
    ("cta", W, "Go digital today and save 50%.", []),
    ("cta", W, "Get full access today to the new park, the mayor said.", ["2024-05-15"]),
    # 7f10835 'N days after' apposed to a day
    ("appos", W, "On May 3 the court convicted him for the attack on Jan. 18, 2023, a day after the riot.",
     ["2024-05-03", "2023-01-18", "2023-01-17"]),
    ("appos", W, "Police arrested him on March 3, two days after he fled the prison.", ["2024-03-03", "2024-03-01"]),
    ("appos", W, "The plant closed on April 2, a week before the strike.", ["2024-04-02", "2024-04-09"]),
    # ec653fa a year phrase before 'in <month>'
    ("yrmo", W, "The firm was founded last year in May.", ["2023-05"]),
    ("yrmo", W, "The league, which began play last year, in March named a new commissioner.", ["2023", "2024-03"]),
    ("yrmo", W, "Sales peaked in 2019 in March and fell after.", ["2019-03"]),
    ("yrmo", W, "She won the title in 2022, in June she retired.", ["2022", "2024-06"]),
    # 19325ae union locals
    ("local", W, "Local 2024 property taxes rose 3 percent.", ["2024"]),
    ("local", W, "Teamsters Local 1999 voted to strike.", []),
    ("local", W, "Voters' Guide to the Local 2024 Primary", ["2024"]),
    ("local", W, "Local 2023 crime figures show a drop in burglaries.", ["2023"]),
    # 28dc255 a holiday's term, season, period
    ("holseason", W, "The Knicks will host the Heat on Christmas, season tickets in hand for most fans.",
     ["2024-12-25"]),
    ("holseason", W, "Retail sales rose 4 percent over the Christmas season.", []),
    ("holseason", W, "The Easter term of the High Court opened in April.", ["2024-04"]),
    ("holseason", W, "The team's Thanksgiving season opener drew 40,000 fans.", ["2023-11-23"]),
    # aa2cf8b previous month of figures
    ("prevmo", W, "Prices were down 2 percent from April. In May, rents rose 3 percent from the previous month.",
     ["2024-04", "2024-05", "2024-04"]),
    ("prevmo", W, "Sales fell 3 percent from March. The store said it would reopen next month "
                  "after the previous month's flood.",
     ["2024-03", "2024-06", "2024-04"]),
    # 9952557 '<year>, <Month>'
    ("yearmonth", W, "The charter came into force in 2015, September.", ["2015-09"]),
    ("yearmonth", W, "The record was set in 2019, April.", ["2019-04"]),
    ("yearmonth", W, "The song topped the charts in 2019, May.", ["2019-05"]),
    ("yearmonth", W, "He was jailed in 2016, Martin said.", ["2016"]),
    # d435f45 day like today
    ("liketoday", W, "On days like today, the ferries stay in port.", []),
    ("liketoday", W, "Nights like tonight, when the lights went out, are rare.", ["2024-05-15"]),
    ("liketoday", W, "A day like today is a gift, she said.", []),
    # 93043e6 w/c, week commencing
    ("wc", W, "Roadworks (w/c May 20)", []),
    ("wc", W, "The wheelchair ramp (w/c) opened May 10.", ["2024-05-10"]),
    # 33f0457 in N days
    ("inn", W, "Customers who order online will get their packages in two days.", []),
    ("inn", W, "Under the plan, permits will be issued in five days instead of 30.", []),
    ("inn", W, "The drug will clear most infections in seven days.", []),
    ("inn", W, "The council will vote in two weeks.", ["2024-05-29"]),
    ("inn", W, "The shelter will run out of food in three days, officials warned.", ["2024-05-18"]),
    ("inn", W, "If the deal collapses, the union will strike in five days.", ["2024-05-20"]),
    ("inn", W, "Voters will learn the results in two days, the clerk said.", ["2024-05-17"]),
    ("inn", W, "Patients will recover in two days with rest.", []),
    # e3c8d58 Vision / Agenda / Roadmap / Horizon + year
    ("plan", W, "Saudi Arabia's Vision 2030 aims to cut oil dependence.", []),
    ("plan", W, "Agenda 2024: key dates for the council", ["2024"]),
    ("plan", W, "What's on the Horizon 2025 for Homebuyers", ["2025"]),
    # a370178 result after a weekday's possessive
    ("result", W, "Fans will line the streets for Saturday's victory parade.", ["2024-05-18"]),
    ("result", W, "A win in Saturday's game would clinch the title.", ["2024-05-18"]),
    ("result", W, "Saturday's win would give the team the title.", ["2024-05-18"]),
    ("result", W, "Thursday's vote results are expected by 9 p.m.", ["2024-05-16"]),
    ("result", W, "The mayor will celebrate Tuesday's primary victory.", ["2024-05-14"]),
    ("result", W, "Saturday's Victory Day parade will close downtown streets.", ["2024-05-18"]),
    # bf5b1dc a plan named before a weekday in a past clause
    ("plannamed", W, "The council rejected plans for building a stadium on Thursday.", ["2024-05-09"]),
    ("plannamed", W, "The board voted down the possibility of reopening the plant on Friday.", ["2024-05-10"]),
    ("plannamed", W, "A flood watch was issued for Saturday.", ["2024-05-18"]),
    ("plannamed", W, "Fans cheered the prospect of hosting the final on Saturday.", ["2024-05-11"]),
    ("plannamed", W, "The storm weakened, with landfall expected on Friday, and it came ashore near Tampa.",
     ["2024-05-10"]),
    ("plannamed", W, "Officials dropped plans for holding the parade on Saturday.", ["2024-05-11"]),
    # 4fb356d a verbless 'with' phrase takes its clause's tense; -ed after a preposition
    ("with", W, "The team lost 3-1 on Sunday, with a rematch on Thursday.", ["2024-05-12", "2024-05-16"]),
    ("with", W, "Police arrested two men Monday, with a third suspect in court Friday.", ["2024-05-13", "2024-05-17"]),
    ("with", W, "The storm could dump 8 inches of rain, with gusts of 60 mph through Friday.", ["2024-05-17"]),
    ("with", W, "Flights from affected airports resumed Friday.", ["2024-05-10"]),
    ("with", W, "The school closed on Friday, with classes online until Thursday.", ["2024-05-10", "2024-05-16"]),
    # a1d9788 a run of consecutive weekdays
    ("run", SAT, "Attendance was 500 Thursday, 600 Friday and 700 Saturday.",
     ["2024-05-16", "2024-05-17", "2024-05-18"]),
    # (my first reading, 13, 14, 15, was wrong: 'plays' is the coming days; corrected after the run)
    ("run", W, "The team lost Sunday, plays Monday and Tuesday, and rests Wednesday.",
     ["2024-05-12", "2024-05-20", "2024-05-21", "2024-05-22"]),
    ("run", TUE, "The teams played Sunday, Monday and Tuesday, respectively.",
     ["2024-05-12", "2024-05-13", "2024-05-14"]),
    ("run", TUE, "Sales rose 3% Sunday, 2% Monday and 1% Tuesday.", ["2024-05-12", "2024-05-13", "2024-05-14"]),
    # 80c9042 datelines
    ("dateline", W, "NEW YORK, May 14 (Reuters) - Stocks fell on Tuesday.", ["2024-05-14"]),
    ("dateline", W, "In Paris, May 8, 2019 -- the day of the fire -- is still remembered.", ["2019-05-08"]),
    ("dateline", W, "After Friday, May 10 -- the last school day -- the building will close.", ["2024-05-10"]),
    # 282c436 a weekday with its week
    ("wdweek", W, "He met her on Friday, and on Monday next week they will marry.", ["2024-05-10", "2024-05-20"]),
    ("wdweek", W, "The report released Friday last week showed a drop.", ["2024-05-10"]),
    ("wdweek", W, "Talks resume Thursday next week.", ["2024-05-23"]),
    ("wdweek", W, "Officials said Tuesday next week's vote is on track.", ["2024-05-14"]),
    ("wdweek", W, "The market rallied Monday this week and fell Tuesday.", ["2024-05-13", "2024-05-14"]),
    ("wdweek", W, "He said Monday this week would be too late.", ["2024-05-13"]),
]

# Probes of the rules merged on int (fx1: bcc9c35..d48e3f9, fx2: cee7c45..56cd320), written by rev,
# each row's reader's dates decided before the engine was run on main or int. A range is written as
# the engine's contract gives it, the range and its end day (as PROBES' "range" rows): that form was
# set after the first run, the days themselves were not changed. Run with --int.
M13 = "2024-03-13"  # a Wednesday: Mon 11, Tue 12 gone | Thu 14 .. Sun 17 ahead | Thu 7 .. Sun 10 gone | Mon 18 next
F15 = "2024-03-15"  # a Friday: Mon 11 .. Thu 14 gone | Sat 16, Sun 17 ahead

PROBES_INT = [
    # bcc9c35 'Local <year>' opening a sentence before a noun is the adjective
    ("local", M13, "Local 2023 home sales fell 8 percent, the realtors' group said.", ["2023"]),
    ("local", M13, "Local 2023 crime figures showed a drop in burglaries.", ["2023"]),
    ("local", M13, "Local 2024 primary turnout was the lowest in decades.", ["2024"]),
    ("local", M13, "Local 2024 workers walked off the job on Monday.", ["2024-03-11"]),
    ("local", M13, "Local 1199 nurses rallied outside the hospital on Tuesday.", ["2024-03-12"]),
    ("local", M13, "Local 2022 carpenters ratified a new contract Monday.", ["2024-03-11"]),
    ("local", M13, "Local 1999 retirees will picket the plant on Friday.", ["2024-03-15"]),
    ("local", M13, "Local 2001 teachers overwhelmingly approved the deal.", []),
    ("local", M13, "Teamsters Local 2024 struck on Monday.", ["2024-03-11"]),
    # 186a8cf a plan that is the object of a past verb
    ("planobj", M13, "The council approved plans to build a stadium on Thursday.", ["2024-03-07"]),
    ("planobj", M13, "The board rejected a proposal to close the school on Monday.", ["2024-03-11"]),
    ("planobj", M13, "Regulators unveiled their plans to tighten lending rules on Tuesday.", ["2024-03-12"]),
    ("planobj", M13, "The company said it plans to close the plant on Friday.", ["2024-03-15"]),
    ("planobj", M13, "The mayor announced the city plans to reopen the bridge on Friday.", ["2024-03-15"]),
    ("planobj", M13, "The council on Monday approved plans to hold a referendum on Sunday.",
     ["2024-03-11", "2024-03-17"]),
    ("planobj", M13, "Lawmakers on Tuesday rejected a proposal to hold the vote on Friday.",
     ["2024-03-12", "2024-03-15"]),
    ("planobj", M13, "The firm has approved plans to close the plant on Friday.", ["2024-03-15"]),
    ("planobj", M13, "The team that lost plans to appeal on Monday.", ["2024-03-18"]),
    # f3a92bf a fixture in a verbless 'with' phrase after a past clause
    ("fixture", M13, "The Hawks lost 98-90 on Sunday, with a rematch on Friday.", ["2024-03-10", "2024-03-15"]),
    ("fixture", M13, "The Senate passed the bill on Monday, with a House vote on Thursday.",
     ["2024-03-11", "2024-03-14"]),
    ("fixture", M13, "The trial was adjourned on Tuesday, with a new hearing on Monday.", ["2024-03-12", "2024-03-18"]),
    ("fixture", M13, "The Hawks lost on Sunday, with a rematch on Wednesday.", ["2024-03-10", "2024-03-13"]),
    ("fixture", M13, "The Celtics won three straight, with the last game on Sunday.", ["2024-03-10"]),
    ("fixture", M13, "The club played four matches in eight days, with the final match on Sunday.", ["2024-03-10"]),
    ("fixture", M13, "The talks ended without a deal, with the last session on Tuesday.", ["2024-03-12"]),
    ("fixture", M13, "The Hawks swept the series, with the decisive game on Sunday.", ["2024-03-10"]),
    ("fixture", M13, "Prices rose for a third week, with the biggest jump on Tuesday.", ["2024-03-12"]),
    ("fixture", M13, "The team will play on Monday, with a rematch on Friday.", ["2024-03-18", "2024-03-22"]),
    # d48e3f9 two bare weekdays run in a plain past
    ("pastrun", M13, "The bridge was closed Monday through Friday for repairs.",
     ["2024-03-04/2024-03-08", "2024-03-08"]),
    ("pastrun", M13, "The strike lasted Tuesday to Thursday.", ["2024-03-05/2024-03-07", "2024-03-07"]),
    ("pastrun", M13, "The festival ran Friday through Sunday.", ["2024-03-08/2024-03-10", "2024-03-10"]),
    ("pastrun", M13, "Police said the suspect was held Friday to Monday.", ["2024-03-08/2024-03-11", "2024-03-11"]),
    ("pastrun", M13, "Officials announced the road would be closed Monday through Friday.",
     ["2024-03-18/2024-03-22", "2024-03-22"]),
    ("pastrun", M13, "The store is closed Monday through Friday.", []),
    ("pastrun", M13, "The game was pushed back Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    ("pastrun", M13, "The hearing was delayed Tuesday until Friday.", ["2024-03-12", "2024-03-15"]),
    ("pastrun", M13, "The meeting was rescheduled Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    ("pastrun", M13, "Schools were closed Monday and will stay shut through Friday.", ["2024-03-11", "2024-03-15"]),
    # b11461b 'following <day>'s' and slid/sank/shrank
    ("following", M13, "The bridge reopened Tuesday following Monday's storms.", ["2024-03-12", "2024-03-11"]),
    ("following", F15, "Shares lost ground Thursday and slid further following Friday's opening bell.",
     ["2024-03-14", "2024-03-15"]),
    ("following", M13, "Stocks rebounded following Tuesday's selloff.", ["2024-03-12"]),
    ("following", F15, "The market fell Wednesday. It rose following Thursday's jobs report.",
     ["2024-03-13", "2024-03-14"]),
    ("following", M13, "Traders sold Friday following Thursday's report.", ["2024-03-08", "2024-03-07"]),
    ("following", F15, "Schools closed Thursday. Classes resume following Monday's inspection.",
     ["2024-03-14", "2024-03-18"]),
    ("following", M13, "The ferry sank Saturday off the coast.", ["2024-03-09"]),
    ("following", M13, "Shares slid Tuesday after the report.", ["2024-03-12"]),
    # cee7c45 'to move/push/shift/switch ... to <day>'
    ("tomove", M13, "The league decided to move the game to Friday.", ["2024-03-15"]),
    ("tomove", M13, "Organizers voted to push the concert back to Sunday.", ["2024-03-17"]),
    ("tomove", M13, "Officials said Monday they decided to move the game to Sunday.", ["2024-03-11", "2024-03-17"]),
    ("tomove", M13, "The storm began to move toward the coast on Tuesday.", ["2024-03-12"]),
    ("tomove", M13, "Crews worked to move the debris to the landfill on Tuesday.", ["2024-03-12"]),
    ("tomove", M13, "Fans rushed to switch their tickets to Tuesday's game.", ["2024-03-12"]),
    ("tomove", M13, "Troops began to shift from the border to the capital Tuesday.", ["2024-03-12"]),
    # d4e5cad a perfect 'has been ... on <day>'
    ("perfect", M13, "The senator has been busy campaigning in Iowa on Monday.", ["2024-03-11"]),
    ("perfect", M13, "Crews have been at the scene on Tuesday.", ["2024-03-12"]),
    ("perfect", M13, "The game has been moved to Friday.", ["2024-03-15"]),
    ("perfect", M13, "The defendant has been ordered to appear in court on Friday.", ["2024-03-15"]),
    ("perfect", M13, "The team has been preparing for Sunday's final.", ["2024-03-17"]),
    ("perfect", M13, "The road has been closed through Friday.", ["2024-03-15"]),
    ("perfect", M13, "The band has been confirmed as the headliner on Saturday.", ["2024-03-16"]),
    ("perfect", M13, "Thunderstorms have been predicted on Friday across the region.", ["2024-03-15"]),
    ("perfect", M13, "He has been named the starter on Sunday.", ["2024-03-17"]),
    ("perfect", M13, "The suspect has been in custody and is due in court on Friday.", ["2024-03-15"]),
    # beb5ea0 'gets to' + verb
    ("getsto", M13, "The city gets to celebrate its title with a parade on Friday.", ["2024-03-15"]),
    ("getsto", M13, "Fans get to meet the players on Saturday.", ["2024-03-16"]),
    ("getsto", M13, "He didn't get to play on Sunday.", ["2024-03-10"]),
    ("getsto", M13, "The team got to celebrate on Sunday.", ["2024-03-10"]),
    ("getsto", M13, "Each team gets to keep its earnings, the league said on Monday.", ["2024-03-11"]),
    ("getsto", M13, "Smith, who gets to start on Sunday, was hurt on Saturday.", ["2024-03-17", "2024-03-09"]),
    ("getsto", M13, "Jones gets to keep his seat after a court ruling on Tuesday.", ["2024-03-12"]),
    ("getsto", M13, "In the film, which aired Monday, a boy gets to meet his hero.", ["2024-03-11"]),
    # 0bef950 'optimistic about <day>'s'
    ("optimist", M13, "Democrats are optimistic about Tuesday's special election.", ["2024-03-19"]),
    ("optimist", M13, "Coaches are confident heading into Saturday's final.", ["2024-03-16"]),
    ("optimist", M13, "Democrats were optimistic about Tuesday's special election.", ["2024-03-12"]),
    ("optimist", M13, "Investors are nervous about Tuesday's hotter-than-expected inflation report.", ["2024-03-12"]),
    ("optimist", M13, "Analysts are upbeat about Monday's strong earnings results.", ["2024-03-11"]),
    ("optimist", M13, "Fans are hopeful about Sunday's win carrying over.", ["2024-03-10"]),
    ("optimist", M13, "Markets are bullish after Tuesday's rally.", ["2024-03-12"]),
    ("optimist", M13, "Investors are nervous about Friday's jobs report.", ["2024-03-15"]),
    # a3bcfbc a day whose happening is gone by
    ("gone", M13, "The Friday deadline has passed.", ["2024-03-08"]),
    ("gone", M13, "The deadline Friday night is now long past.", ["2024-03-08"]),
    ("gone", M13, "Saturday's sale is over.", ["2024-03-09"]),
    ("gone", M13, "The Friday deadline has passed, but talks will resume on Monday.", ["2024-03-08", "2024-03-18"]),
    ("gone", M13, "The storm expected Friday is over the Gulf.", ["2024-03-15"]),
    ("gone", M13, "Friday's deadline is over two weeks away.", ["2024-03-15"]),
    ("gone", M13, "Once Tuesday's primary is over, the campaign moves to Florida.", ["2024-03-19"]),
    ("gone", M13, "When Saturday's game is over, fans will be bused downtown.", ["2024-03-16"]),
    ("gone", M13, "Until Friday's vote is over, no one may leave the chamber.", ["2024-03-15"]),
    # 56cd320 'no <day> <part> <noun>' told in the past
    ("nopart", M13, "There was no Sunday night breakthrough in the talks.", ["2024-03-10"]),
    ("nopart", M13, "Negotiators reported no Monday morning progress.", ["2024-03-11"]),
    ("nopart", M13, "There was no Friday night game because of the storm.", ["2024-03-08"]),
    ("nopart", M13, "There was no Sunday night service at the church for years.", []),
    ("nopart", M13, "The bus line had no Saturday morning runs in 2023.", ["2023"]),
    ("nopart", M13, "The league scheduled no Sunday night games.", []),
    ("nopart", M13, "The team had no Saturday night practices during the season.", []),
    ("nopart", M13, "The station aired no Friday night football in 2023.", ["2023"]),
    # a second round, written after the first run (dates decided before the engine ran on them)
    ("pastrun", M13, "Classes were canceled Thursday through Saturday because of the storm.",
     ["2024-03-07/2024-03-09", "2024-03-09"]),
    ("pastrun", M13, "The team was on the road Friday through Monday, coach Lee said.",
     ["2024-03-08/2024-03-11", "2024-03-11"]),
    ("getsto", M13, "Voters get to weigh in on the measure Tuesday.", ["2024-03-19"]),
    ("getsto", M13, "Nobody gets to leave until Friday, the warden said.", ["2024-03-15"]),
    ("getsto", M13, "The winner gets to host the final on Sunday.", ["2024-03-17"]),
    ("getsto", M13, "She rarely gets to see her son, she said on Monday.", ["2024-03-11"]),
    ("following", F15, "Stocks rose Wednesday following Tuesday's slide.", ["2024-03-13", "2024-03-12"]),
    ("following", F15, "Flights resumed following Sunday's blizzard.", ["2024-03-10"]),
    ("tomove", M13, "The union threatened to move the strike to Monday.", ["2024-03-18"]),
    ("tomove", M13, "The city moved to shift bus routes to Main Street on Monday.", ["2024-03-11"]),
    # a third round, probing rev's own narrowing of 56cd320 (dates decided before the engine ran)
    ("nopart", M13, "Police reported no Saturday night arrests.", ["2024-03-09"]),
    ("nopart", M13, "There were no Sunday night injuries at the stadium, officials said.", ["2024-03-10"]),
    ("nopart", M13, "The debate produced no Tuesday night fireworks.", ["2024-03-12"]),
    ("nopart", M13, "The network aired no Friday night games last season.", []),
]


# (rule, published, sentence, reader's dates)
PROBES_RV2 = [
    # 336ff56 a plain past list of weekdays never crosses the publication day; tense.unmarked_past
    ("pastlist", M13, "The team play Arsenal Wednesday and Saturday.", ["2024-03-13", "2024-03-16"]),
    ("pastlist", M13, "The council meet Wednesday and Thursday to set the budget.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The band play Wednesday and Saturday at the arena.", ["2024-03-13", "2024-03-16"]),
    ("pastlist", M13, "The police close the road Wednesday and Thursday for the marathon.",
     ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The staff work Wednesday and Thursday this week.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The public get free entry Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "Rules require that the store close Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The storm hit the coast Tuesday and Thursday.", ["2024-03-05", "2024-03-07"]),
    ("pastlist", M13, "The company cut 500 jobs Monday and Wednesday.", ["2024-03-11", "2024-03-13"]),
    ("pastlist", M13, "The gunman shot two officers Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", M13, "The jury find out Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The Red Sox face the Yankees Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The Heat host Boston Wednesday and Friday.", ["2024-03-13", "2024-03-15"]),
    ("pastlist", M13, "The England squad fly out Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The children get a day off Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", M13, "The blaze spread Tuesday through Thursday.", ["2024-03-05/2024-03-07", "2024-03-07"]),
    ("pastlist", M13, "The mob fled the scene Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", M13, "The company cut 500 jobs Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", M13, "The team beat Arsenal Sunday and Chelsea Wednesday.", ["2024-03-10", "2024-03-13"]),
    ("pastlist", M13, "The jury found him guilty Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", M13, "The county fair Wednesday and Thursday at the fairgrounds.", ["2024-03-13", "2024-03-14"]),
    # 5d6ebe1 a weekday in a deciding verb's infinitive comes after the deciding's day
    ("decided", M13, "The council voted on Tuesday to close the road on Friday.", ["2024-03-12", "2024-03-15"]),
    ("decided", M13, "Workers voted Tuesday to walk out on Thursday.", ["2024-03-12", "2024-03-14"]),
    ("decided", M13, "Officials decided on Monday to hold the vote on Sunday.", ["2024-03-11", "2024-03-17"]),
    ("decided", M13, "Lawmakers voted on Tuesday to condemn the attack on Sunday.", ["2024-03-12", "2024-03-10"]),
    ("decided", M13, "The UN Security Council voted Monday to investigate the shelling on Saturday.",
     ["2024-03-11", "2024-03-09"]),
    ("decided", M13, "Police asked residents on Monday to report anything they saw on Saturday.",
     ["2024-03-11", "2024-03-09"]),
    ("decided", M13, "The board agreed on Tuesday to review the layoffs announced on Friday.",
     ["2024-03-12", "2024-03-08"]),
    ("decided", M13, "The court decided on Thursday to hear the case on Monday.", ["2024-03-07", "2024-03-11"]),
    ("decided", M13, "The judge ordered him on Monday to appear in court on Friday.", ["2024-03-11", "2024-03-15"]),
    ("decided", M13, "The committee voted Monday to approve the bill, and the Senate passed it on Tuesday.",
     ["2024-03-11", "2024-03-12"]),
    ("decided", M13, "The league decided on Monday to punish the club for the brawl on Saturday.",
     ["2024-03-11", "2024-03-09"]),
    ("decided", M13, "The board voted on Tuesday to overturn the ruling on Friday.", ["2024-03-12", "2024-03-08"]),
    ("decided", M13, "The council voted on Monday to honor the firefighters at a ceremony on Saturday.",
     ["2024-03-11", "2024-03-16"]),
    ("decided", M13, "The senators agreed on Tuesday to meet again on Monday.", ["2024-03-12", "2024-03-18"]),
    # 66aac5d what is called off is named for its day
    ("calledoff", M13, "The storm forced organizers to cancel the parade Saturday, and thousands of spectators "
                     "stayed home.", ["2024-03-09"]),
    ("calledoff", "2024-03-11", "Rain forced the postponement of the match Saturday, the club said.", ["2024-03-09"]),
    ("calledoff", M13, "The team canceled its practice Saturday.", ["2024-03-09"]),
    ("calledoff", M13, "The cancellation of the concert Saturday left fans furious.", ["2024-03-09"]),
    ("calledoff", M13, "Officials blamed the cancellation of the race Saturday on high winds.", ["2024-03-09"]),
    ("calledoff", M13, "Police forced the cancellation of a rally Saturday after clashes broke out.", ["2024-03-09"]),
    ("calledoff", M13, "Icy roads are forcing the cancellation of classes Thursday.", ["2024-03-14"]),
    # cefee8f a weekday right after a positive test is gone by
    ("positive", M13, "Three players tested positive for COVID-19 on Saturday and Sunday, but the league still "
                    "plans to play on Tuesday.", ["2024-03-09", "2024-03-10", "2024-03-19"]),
    ("positive", M13, "If he tests positive on Monday, he will miss the game.", ["2024-03-18"]),
    ("positive", M13, "Players will be tested on Monday.", ["2024-03-18"]),
    ("positive", M13, "The league will play Friday's game even if players test positive on Thursday.",
     ["2024-03-15", "2024-03-14"]),
    ("positive", M13, "Jones, who tested positive on Friday, will miss Sunday's game.", ["2024-03-08", "2024-03-17"]),
    ("positive", M13, "The team plans to resume practice Friday after two players tested positive Monday.",
     ["2024-03-15", "2024-03-11"]),
    ("positive", M13, "Anyone who tests positive on Saturday must isolate for five days.", ["2024-03-16"]),
    # 60f7257 moved from one day to another: two days, the one put off before the other
    ("moved", M13, "The hearing was postponed from Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    ("moved", M13, "The launch, originally scheduled for Tuesday, was delayed until Friday.",
     ["2024-03-12", "2024-03-15"]),
    ("moved", M13, "The concert has been postponed from Saturday to Sunday.", ["2024-03-16", "2024-03-17"]),
    ("moved", M13, "The vote was moved from Thursday to Monday.", ["2024-03-14", "2024-03-18"]),
    ("moved", M13, "The trial was postponed from March 3 to March 10.", ["2024-03-03", "2024-03-10"]),
    ("moved", M13, "The game was postponed from Sunday to Monday because of rain.", ["2024-03-10", "2024-03-11"]),
    ("moved", M13, "The meeting, set for Monday, has been pushed back to next Thursday.",
     ["2024-03-11", "2024-03-21"]),
    ("moved", M13, "Temperatures rose from Monday to Thursday.", ["2024-03-04/2024-03-07", "2024-03-07"]),
    ("moved", M13, "The exhibition ran from March 3 to March 10.", ["2024-03-03/2024-03-10", "2024-03-10"]),
    # f601a4c 'last date of/for' is a series' final one
    ("lastdate", M13, "The last date for filing nominations is March 20.", ["2024-03-20"]),
    ("lastdate", M13, "The last day of school was June 14.", ["2023-06-14"]),
    ("lastdate", M13, "The last date of withdrawal is 25 March.", ["2024-03-25"]),
    ("lastdate", M13, "He was last seen on March 2.", ["2024-03-02"]),
    ("lastdate", M13, "The last day to register is Friday.", ["2024-03-15"]),
    ("lastdate", M13, "The last day of the festival was Sunday.", ["2024-03-10"]),
    ("lastdate", M13, "Last date for applications: March 20.", ["2024-03-20"]),
    ("lastdate", M13, "The last day for voters to register was Tuesday.", ["2024-03-12"]),
    ("lastdate", M13, "The last date of payment was extended to April 2.", ["2024-04-02"]),
    # 267f58f 'N days after <something> ... on <day>': the something's day
    ("daysafter", M13, "The attack comes two days after soldiers were killed in Uri, Poonch and Rajouri sectors on "
                     "Sunday.", ["2024-03-10"]),
    ("daysafter", M13, "Two days after the election on Sunday, results are still unclear.", ["2024-03-10"]),
    ("daysafter", M13, "The strike began three days after talks collapsed in Paris, London and Berlin on Friday.",
     ["2024-03-08"]),
    ("daysafter", M13, "The arrest came two days after the storm, police said on Monday.", ["2024-03-11"]),
    ("daysafter", M13, "The vote came two days after the election, and the results were announced on Friday.",
     ["2024-03-08"]),
    # fc3ac09 'hours later' runs from the scene just told
    ("hours", M13, "Polls opened on Sunday. Turnout was high in the north.\n\nOfficials praised the vote.\n\n"
                 "Counting began in the evening. Two hours later, the first results came in.",
     ["2024-03-10", "2024-03-10"]),
    ("hours", M13, "The fire broke out on Tuesday. Crews arrived within minutes.\n\nThe blaze was contained. "
                 "Firefighters stayed on site.\n\nSome residents returned home. Three hours later, the road "
                 "reopened.", ["2024-03-12", "2024-03-12"]),
    ("hours", M13, "The strike began on Monday.\n\nUnion leaders met with managers. Talks broke down.\n\n"
                 "Two days later, workers returned.", ["2024-03-11", "2024-03-13"]),
    ("hours", M13, "Counting began this morning.\n\nPolling was held on March 1 and 5.\n\nObservers were posted. "
                 "Counting of votes began at 08:00 AM.\n\nHalf an hour later, the machines were opened.",
     ["2024-03-13", "2024-03-01", "2024-03-05"]),
    # 8fc104f a wire dateline a day or two before the paper's date is its 'today'
    ("dateline", "2024-03-14", "LAGOS, March 13 (Reuters) - Nigeria's central bank held its key rate at 22.75 "
                               "percent today, citing inflation.", ["2024-03-13"]),
    ("dateline", "2024-03-14", "PARIS, March 12 (AFP) - Protesters marched tonight through the capital.",
     ["2024-03-12"]),
    ("dateline", "2024-03-14", "LAGOS, March 14 (Reuters) - Nigeria's central bank held its key rate today.",
     ["2024-03-14"]),
    ("dateline", "2024-03-14", "The report, dated March 13, said exports fell today.", ["2024-03-13", "2024-03-14"]),
    ("dateline", "2024-03-14", "On March 13, the ministry said exports fell. Today the central bank cut rates.",
     ["2024-03-13", "2024-03-14"]),
    ("dateline", "2024-03-14", "LAGOS, March 10 (Reuters) - Nigeria's central bank held its key rate today.",
     ["2024-03-10"]),
    # 1e1f402 a commodity's contract month and a price verb
    ("futures", "2017-09-14", "October natural gas settled at $3.02 per million British thermal units.",
     ["2017-10"]),
    ("futures", "2017-09-14", "December gold fell $4 to $1,330 an ounce.", ["2017-12"]),
    ("futures", "2017-09-14", "October sales fell 3 percent.", ["2016-10"]),
    ("futures", "2017-09-14", "October crude rose 50 cents to $49.80 a barrel.", ["2017-10"]),
    ("futures", "2017-09-14", "In October, gold fell $40 an ounce.", ["2016-10"]),
    ("futures", "2017-09-14", "October imports fell 2 percent from a year earlier.", ["2016-10"]),
    ("futures", "2017-09-14", "November soybeans gained 4 cents to $9.70 a bushel.", ["2017-11"]),
    ("futures", "2017-09-14", "October home prices rose 5 percent, the report showed.", ["2016-10"]),
    ("futures", "2017-09-14", "December corn slipped 2 cents to $3.55 a bushel.", ["2017-12"]),
    ("futures", "2017-09-14", "October gold sales rose 12 percent.", ["2016-10"]),
]


# Probes of session 17's rules on fw (b4bdf13 fcast, bc07c53 plbare, 0721ae3 forpos, e28ecc8 kept,
# 2f499c9 mdelay, 6136499 putoff, 005efc7 lasting) and fd (ab0e920 dl, f18fd79 dl7), written by rv,
# each row's reader's dates decided before the engine was run on main or a branch. Run with --s17.
# At 01:45 UTC (main 4343df2, fw 005efc7, fd 67d981a): main 73/139, fw 96/139, fd 87/139.
THU = "2024-03-14"  # a Thursday: Mon 11 .. Wed 13 gone | Fri 15 .. Sun 17 ahead | Mon 18 .. Wed 20 next
FRI = "2024-03-15"
SAT16 = "2024-03-16"
SUN = "2024-03-17"
MON = "2024-03-11"
WED = "2024-03-13"
JAN = "2025-01-20"  # a Monday: Tue 21 .. Fri 24 ahead

PROBES_S17 = [
    # b4bdf13 a forecast participle after a noun, the clause's verb present or future: the coming day
    ("fcast", THU, "The cold front predicted for Saturday will bring snow to the mountains.", ["2024-03-16"]),
    ("fcast", THU, "The heat wave forecast to peak Sunday remains over Texas.", ["2024-03-17"]),
    ("fcast", FRI, "The storm expected Monday is gathering strength off the coast.", ["2024-03-18"]),
    ("fcast", THU, "The rain expected Tuesday could flood low-lying roads.", ["2024-03-19"]),
    ("fcast", THU, "The storm expected Thursday is already over the Gulf.", ["2024-03-14"]),
    ("fcast", SUN, "The storm expected Monday is over the Gulf.", ["2024-03-18"]),
    ("fcast", THU, "Storm Expected Friday Is Over Gulf", ["2024-03-15"]),
    ("fcast", THU, '"The storm expected Friday is the big one," the forecaster said.', ["2024-03-15"]),
    ("fcast", THU, "The storm expected Friday is no longer a threat, forecasters said.", ["2024-03-15"]),
    # ... not: a participle of a report made on the day ("projected Monday by the Treasury"), a storm
    # already there, a past main verb
    ("fcast", THU, "The budget deficit projected Monday by the Treasury is larger than expected.", ["2024-03-11"]),
    ("fcast", THU, "The figures forecast Tuesday by the central bank are already out of date.", ["2024-03-12"]),
    ("fcast", THU, "The storm expected Tuesday is still dumping rain on the coast.", ["2024-03-12"]),
    ("fcast", THU, "The growth projected Friday was smaller than feared.", ["2024-03-08"]),
    # bc07c53 a plural subject and a bare verb before a weekday: a schedule's present
    ("plbare", THU, "The two teams play Saturday at 7 p.m. on ESPN.", ["2024-03-16"]),
    ("plbare", THU, "Both leaders meet Monday by video.", ["2024-03-18"]),
    ("plbare", THU, "The senators vote Tuesday.", ["2024-03-19"]),
    ("plbare", THU, "The candidates debate Thursday at 9 p.m. on CNN.", ["2024-03-14"]),
    ("plbare", SUN, "The finalists compete Sunday night.", ["2024-03-17"]),
    ("plbare", SAT16, "The candidates debate Thursday night.", ["2024-03-21"]),
    ("plbare", MON, "The two leaders speak Monday by phone.", ["2024-03-11"]),
    # ... not: a headline's present of news, a caption, a past, a negation, a quote
    ("plbare", THU, "Stocks fall Tuesday.", ["2024-03-12"]),
    ("plbare", THU, "Oil prices jump Monday.", ["2024-03-11"]),
    ("plbare", THU, "Protesters march Tuesday in downtown Chicago.", ["2024-03-12"]),
    ("plbare", THU, "The candidates debated Wednesday night.", ["2024-03-13"]),
    ("plbare", THU, "The teams don't play Saturday.", ["2024-03-16"]),
    ("plbare", THU, '"The teams play Saturday," the coach said.', ["2024-03-16"]),
    # 0721ae3 'for <day>'s <happening>' after a clause of getting ready, dated by another day
    ("forpos", THU, "Fans lined up Monday for Saturday's concert.", ["2024-03-11", "2024-03-16"]),
    ("forpos", THU, "Voters registered Wednesday for Tuesday's primary.", ["2024-03-13", "2024-03-19"]),
    ("forpos", THU, "Fans camped out Tuesday for Monday's parade.", ["2024-03-12", "2024-03-18"]),
    ("forpos", THU, "Tickets went on sale Thursday for Saturday's show.", ["2024-03-14", "2024-03-16"]),
    ("forpos", THU, "Tickets went on sale Monday for Thursday's show.", ["2024-03-11", "2024-03-14"]),
    ("forpos", SAT16, "The team arrived Friday for Saturday's match against Leeds.", ["2024-03-15", "2024-03-16"]),
    ("forpos", SUN, "The band rehearsed Wednesday for Saturday's gala.", ["2024-03-13", "2024-03-16"]),
    ("forpos", THU, "The coach picked his lineup Wednesday for Monday's match.", ["2024-03-13", "2024-03-18"]),
    # ... not: an award or a penalty for a game gone by
    ("forpos", THU, "Police named a suspect Wednesday for Monday's shooting.", ["2024-03-13", "2024-03-11"]),
    ("forpos", THU, "The club was fined Wednesday for Monday's match.", ["2024-03-13", "2024-03-11"]),
    ("forpos", THU, "The league named Smith player of the week Wednesday for Monday's game, in which he scored 40.",
     ["2024-03-13", "2024-03-11"]),
    # e28ecc8 'gets to keep/stay ... after <a happening> on <day>': the happening gone by
    ("kept", THU, "The mayor gets to keep her job after a recall vote on Tuesday.", ["2024-03-12"]),
    ("kept", THU, "Smith gets to stay in the race after a judge's ruling on Monday.", ["2024-03-11"]),
    ("kept", THU, "The family gets to remain in the country after the hearing Wednesday.", ["2024-03-13"]),
    ("kept", THU, "The coach gets to keep his job after the board's vote on Thursday.", ["2024-03-14"]),
    ("kept", THU, "Jones doesn't get to keep his seat after the ruling on Tuesday.", ["2024-03-12"]),
    ("kept", MON, "The mayor gets to keep her job after a recall vote on Tuesday.", ["2024-03-05"]),
    # ... not: a prize or a right that comes after a coming happening, a modal, a past
    ("kept", THU, "The winner gets to keep the trophy after the final on Sunday.", ["2024-03-17"]),
    ("kept", THU, "Under the deal, workers get to keep their pensions after the merger closes on Friday.",
     ["2024-03-15"]),
    ("kept", THU, "Fans get to stay late after the game on Saturday.", ["2024-03-16"]),
    ("kept", THU, "Players will get to keep their jerseys after the game on Saturday.", ["2024-03-16"]),
    ("kept", THU, "Smith got to keep his seat after a recount on Tuesday.", ["2024-03-12"]),
    # 2f499c9 '<flights/trains ...> were delayed from <day> to <day>': a past span
    ("mdelay", FRI, "Trains were delayed from Monday to Wednesday by the strike.",
     ["2024-03-11/2024-03-13", "2024-03-13"]),
    ("mdelay", FRI, "Deliveries have been delayed from Tuesday to Thursday because of snow.",
     ["2024-03-12/2024-03-14", "2024-03-14"]),
    ("mdelay", THU, "Flights have been delayed from Monday to Thursday by the strike.",
     ["2024-03-11/2024-03-14", "2024-03-14"]),
    ("mdelay", MON, "Trains were delayed from Thursday to Saturday.", ["2024-03-07/2024-03-09", "2024-03-09"]),
    ("mdelay", THU, "The vote was delayed from Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    ("mdelay", FRI, "Flights will be delayed from Monday to Wednesday during the strike.",
     ["2024-03-18/2024-03-20", "2024-03-20"]),
    # 6136499 put off with or without 'from': the day put off to the coming one, the other before it
    ("putoff", WED, "The hearing was put off from Monday to Friday.", ["2024-03-11", "2024-03-15"]),
    ("putoff", FRI, "The match was pushed back Saturday to Sunday.", ["2024-03-16", "2024-03-17"]),
    ("putoff", FRI, "The launch was deferred from Tuesday to Thursday.", ["2024-03-19", "2024-03-21"]),
    ("putoff", THU, "The vote was pushed back from Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    ("putoff", SUN, "The game was postponed Sunday to Monday because of rain.", ["2024-03-17", "2024-03-18"]),
    ("putoff", FRI, "The vote could be pushed back from Monday to Thursday.", ["2024-03-18", "2024-03-21"]),
    # ... not: a put-off whose later day is told gone by, a 'deferred' that puts nothing off
    ("putoff", FRI, "The vote, pushed back Monday to Wednesday, passed 52-48.", ["2024-03-11", "2024-03-13"]),
    ("putoff", FRI, "The vote was put off from Monday to Wednesday, when it passed 52-48.",
     ["2024-03-11", "2024-03-13"]),
    ("putoff", FRI, "Deferred maintenance closed the line from Monday to Thursday, officials said.",
     ["2024-03-11/2024-03-14", "2024-03-14"]),
    ("putoff", FRI, "The strike ran from Monday to Thursday.", ["2024-03-11/2024-03-14", "2024-03-14"]),
    # 005efc7 a weekday run after a present of lasting: the run that holds the day or the coming one
    ("lasting", THU, "The festival continues Friday through Sunday.", ["2024-03-15/2024-03-17", "2024-03-17"]),
    ("lasting", THU, "The tournament continues Tuesday through Thursday.", ["2024-03-12/2024-03-14", "2024-03-14"]),
    ("lasting", THU, "The sale lasts from Monday to Friday.", ["2024-03-11/2024-03-15", "2024-03-15"]),
    ("lasting", SAT16, "The exhibit continues Saturday through Monday.", ["2024-03-16/2024-03-18", "2024-03-18"]),
    ("lasting", THU, "The strike continues Monday through Wednesday.", ["2024-03-18/2024-03-20", "2024-03-20"]),
    ("lasting", THU, "Festival Continues Friday Through Sunday", ["2024-03-15/2024-03-17", "2024-03-17"]),
    ("lasting", THU, "The show goes on Friday through Sunday at the Civic.", ["2024-03-15/2024-03-17", "2024-03-17"]),
    # ... not: a past, a relative clause's 'lasts' under a past main verb
    ("lasting", THU, "The festival continued Friday through Sunday.", ["2024-03-08/2024-03-10", "2024-03-10"]),
    ("lasting", THU, "The festival will continue Friday through Sunday.", ["2024-03-15/2024-03-17", "2024-03-17"]),
    ("lasting", THU, "The festival, which lasts Friday through Sunday, drew 20,000 people.",
     ["2024-03-08/2024-03-10", "2024-03-10"]),
    # ab0e920 a lead's dateline without an agency: the story's day, no event
    ("dl", THU, "BOSTON, March 12 - The city council voted yesterday to delay the plan.", ["2024-03-11"]),
    ("dl", THU, "Nairobi, Kenya, March 13 — Police said on Monday they had arrested ten people.", ["2024-03-11"]),
    ("dl", THU, "SEATTLE, March 12 - Boeing said Friday it would cut jobs.", ["2024-03-08"]),
    ("dl", THU, "Buenos Aires, March 12: The government will announce the plan today.", ["2024-03-12"]),
    ("dl", THU, "LONDON, March 13 - Britain's economy shrank in January, official figures showed today.",
     ["2024-01", "2024-03-13"]),
    # ... not: an occasion's or a notice's title and its day
    ("dl", THU, "Boston Marathon, April 15 - Thousands of runners will take part.", ["2024-04-15"]),
    ("dl", THU, "Board Meeting, March 20 - The board will vote on the budget.", ["2024-03-20"]),
    ("dl", THU, "Budget Hearing, March 20: Residents may speak for three minutes each.", ["2024-03-20"]),
    ("dl", THU, "NCAA TOURNAMENT, March 19 - The first round tips off in Dayton.", ["2024-03-19"]),
    ("dl", THU, "Weather Forecast, March 15 - Expect rain in the afternoon.", ["2024-03-15"]),
    ("dl", THU, "Election Results, March 5 - Here is how the county voted.", ["2024-03-05"]),
    # f18fd79 a dateline up to a week before the paper's date is the story's 'today'
    ("dl7", FRI, "BERLIN, March 10 (Reuters) - The chancellor said on Friday he would visit Kyiv.", ["2024-03-08"]),
    ("dl7", THU, "TOKYO, March 8 (Reuters) - The Bank of Japan will meet on Tuesday.", ["2024-03-12"]),
    ("dl7", THU, "OTTAWA, March 7 (Reuters) - Canada's central bank held rates yesterday.", ["2024-03-06"]),
    ("dl7", FRI, "ROME, March 8 (Reuters) - The pope appeared today at the window.", ["2024-03-08"]),
    ("dl7", "2024-01-03", "LONDON, Dec. 29 (Reuters) - The strike will end on Tuesday.", ["2024-01-02"]),
    ("dl7", "2024-01-03", "PARIS, Dec. 30 (Reuters) - The government said today it would raise taxes.",
     ["2023-12-30"]),
    ("dl7", "2024-01-05", "MOSCOW, Dec. 31 - Russia fired missiles yesterday, officials said.", ["2023-12-30"]),
    ("dl7", "2024-01-04", "WASHINGTON, Dec. 29 — The House will vote on Wednesday on the bill.", ["2024-01-03"]),
    # ... not: a date that is no dateline, a dateline of the paper's day
    ("dl7", FRI, "Sales rose on March 9, and today the board met.", ["2024-03-09", "2024-03-15"]),
    ("dl7", FRI, "March 9 - Sales rose sharply. Today the board met.", ["2024-03-09", "2024-03-15"]),
    ("dl7", THU, "WASHINGTON, March 14 — The House will vote on Thursday.", ["2024-03-14"]),
    # fd8d268 a modal clause's own yearless day lies ahead even weeks after its date (a January paper)
    ("modal", JAN, "The bridge will reopen Jan. 3, officials said.", ["2026-01-03"]),
    ("modal", JAN, "The council will vote Dec. 12 on the budget.", ["2025-12-12"]),
    ("modal", JAN, "The shelter will stay open until Jan. 5.", ["2026-01-05"]),
    ("modal", JAN, "The new fares will take effect starting Jan. 1.", ["2026-01-01"]),
    ("modal", JAN, "The park will close from Dec. 20 to Jan. 3.", ["2025-12-20/2026-01-03", "2026-01-03"]),
    ("modal", "2025-01-03", "The museum will reopen Dec. 28 after a year of repairs.", ["2025-12-28"]),
    # ... not: a day of something gone by that the clause names, after a noun or a participle
    ("modal", JAN, "The board will review its Dec. 28 decision next month.", ["2024-12-28", "2025-02"]),
    ("modal", JAN, "Crews will repair damage from Dec. 28 storms.", ["2024-12-28"]),
    ("modal", JAN, "Investigators will examine what happened Jan. 3 at the plant.", ["2025-01-03"]),
    ("modal", JAN, "Police will question the man arrested Jan. 10.", ["2025-01-10"]),
    ("modal", JAN, "Officials will discuss the Jan. 6 fire at Tuesday's meeting.", ["2025-01-06", "2025-01-21"]),
    ("modal", JAN, "The utility will refund customers for outages Jan. 4.", ["2025-01-04"]),
    ("modal", JAN, "Officials will investigate a fire Jan. 12 at the plant.", ["2025-01-12"]),
    ("modal", JAN, "Voters who cast ballots Jan. 14 will get results Friday.", ["2025-01-14", "2025-01-24"]),
    # a second round, written after the first run to isolate two near-misses (dates decided before the
    # engine ran on these rows)
    ("putoff", FRI, "Heavy rain put off shoppers from Monday to Thursday, stores said.",
     ["2024-03-11/2024-03-14", "2024-03-14"]),
    ("fcast", THU, "The snow expected Monday is still on the ground.", ["2024-03-11"]),
    # a third round, other wordings and publication days (dates decided before the engine ran on them)
    ("fcast", MON, "The cold front forecast for Wednesday will bring freezing rain.", ["2024-03-13"]),
    ("fcast", THU, "The hurricane projected to make landfall Saturday is a Category 3 storm.", ["2024-03-16"]),
    ("fcast", THU, "The ruling expected Friday will decide the case.", ["2024-03-15"]),
    ("fcast", THU, "The inflation figures expected Tuesday are out, and they are worse than feared.", ["2024-03-12"]),
    ("plbare", FRI, "The two sides meet Monday at noon.", ["2024-03-18"]),
    ("forpos", WED, "Tickets sold out Monday for Saturday's show.", ["2024-03-11", "2024-03-16"]),
    ("kept", SAT16, "The coach gets to keep his job after a vote on Thursday.", ["2024-03-14"]),
    ("putoff", MON, "The hearing was pushed back Wednesday to Friday.", ["2024-03-13", "2024-03-15"]),
    ("putoff", SAT16, "The final was postponed from Saturday to Sunday.", ["2024-03-16", "2024-03-17"]),
    ("putoff", SAT16, "The final was put off from Sunday to Monday.", ["2024-03-17", "2024-03-18"]),
    ("putoff", SAT16, "The final, postponed from Wednesday to Friday, ended in a draw.", ["2024-03-13", "2024-03-15"]),
    ("lasting", MON, "The trial continues Tuesday through Friday.", ["2024-03-12/2024-03-15", "2024-03-15"]),
    ("dl", SUN, "DENVER, March 15 - The team fired its coach today.", ["2024-03-15"]),
    ("dl", THU, "Friday, March 15 - The festival opens with a parade.", ["2024-03-15"]),
    ("dl", THU, "Concert Series, March 22 - The orchestra will play Mahler.", ["2024-03-22"]),
    ("dl7", SUN, "CAIRO, March 11 (Reuters) - Egypt said on Tuesday it would hold talks.", ["2024-03-05"]),
    # (eight days back, beyond the window by design: the reader's day, a known limit)
    ("dl7", SUN, "CAIRO, March 9 (Reuters) - Egypt will hold talks on Tuesday.", ["2024-03-12"]),
    ("modal", JAN, "The court will rule on appeals filed after the Jan. 6 deadline.", ["2025-01-06"]),
    ("modal", JAN, "Inspectors will visit homes damaged Jan. 8 by the storm.", ["2025-01-08"]),
    ("modal", JAN, "The city will send aid to residents hit by flooding Jan. 9.", ["2025-01-09"]),
    # 67d981a a yearless day a year back named for a happening nobody schedules stays back (a Jan. 3 paper)
    ("unsched", "2025-01-03", "Lawmakers condemned the Jan. 6 attack on the Capitol.", ["2024-01-06"]),
    ("unsched", "2025-01-03", "Investigators blamed the Jan. 4 crash on pilot error.", ["2024-01-04"]),
    ("unsched", "2025-01-03", "Two people died in the fire on Jan. 5.", ["2024-01-05"]),
    # ... not: a plan's or a warning's day just ahead
    ("unsched", "2025-01-03", "She said the company had scheduled the launch for Jan. 8.", ["2025-01-08"]),
    ("unsched", "2025-01-03", "The mayor said the Jan. 6 parade would go ahead.", ["2025-01-06"]),
    ("unsched", "2025-01-03", "Police said they had prepared for a possible attack on Jan. 6.", ["2025-01-06"]),
    ("unsched", "2025-01-03", "Forecasters warned of a storm on Jan. 6.", ["2025-01-06"]),
]

# Session 18, fp2's rules, the reader's dates written before the engine ran on them (published W,
# Wednesday 15 May 2024). "subpast": a bare verb after a singular subject in an "after/when/until ..."
# clause is a past ("after a tornado hit the area Friday night"); the first two rows must fire, the
# rest must not (a present in "-s", a plural or collective subject, a noun's compound).
PROBES_S18_FP2 = [
    ("subpast", W, "Officials will meet after a tornado hit the area Friday night.", ["2024-05-10"]),
    ("subpast", W, "Schools will stay closed after the storm cut power to the town on Monday.", ["2024-05-13"]),
    ("subpast", W, "Crews will return after the storm passes Friday.", ["2024-05-17"]),
    ("subpast", W, "The park will reopen once the water recedes on Saturday.", ["2024-05-18"]),
    ("subpast", W, "Officials will decide after the board meets on Friday.", ["2024-05-17"]),
    ("subpast", W, "The vote will come after lawmakers return Tuesday.", ["2024-05-21"]),
    ("subpast", W, "Police will patrol the area after the players arrive Thursday.", ["2024-05-16"]),
    ("subpast", W, "The road will stay shut until the crew finish repairs on Friday.", ["2024-05-17"]),
    ("subpast", W, "Officials will meet after the election debate on Monday.", ["2024-05-20"]),
    ("subpast", W, "Officials will meet after the state primary Tuesday.", ["2024-05-21"]),
    ("subpast", W, "Officials will meet after the city vote this Monday.", ["2024-05-20"]),
    ("subpast", W, "The mayor will speak when the parade ends on Saturday.", ["2024-05-18"]),
    ("subpast", W, "Schools will close before the storm makes landfall Friday.", ["2024-05-17"]),
    ("subpast", W, "The match will go ahead unless the rain returns on Saturday.", ["2024-05-18"]),
    ("subpast", W, "Fans will celebrate when the team lift the trophy on Sunday.", ["2024-05-19"]),
    ("subpast", W, "Ticket sales begin after the band release its album on Friday.", ["2024-05-17"]),
    ("subpast", W, "Power will be restored once the utility crew repair the lines Thursday.", ["2024-05-16"]),
    ("subpast", W, "The ferry will sail after the harbor master clears the route on Friday.", ["2024-05-17"]),
    ("subpast", W, "The company will report earnings after the market close on Thursday.", ["2024-05-16"]),
    # rv3's over-reach rows (review-rv3.md): a regular verb's bare form, a plural-agreeing subject, a
    # possessive "their", a number with no noun after it
    ("subpast", W, "Economists expect a cut after the jobs data show a slowdown Friday.", ["2024-05-17"]),
    ("subpast", W, "The show will go on once the orchestra tune their instruments Friday.", ["2024-05-17"]),
    ("subpast", W, "Trading will resume after the reverse split 1-for-10 on Friday.", ["2024-05-17"]),
    ("subpast", W, "The plant will reopen after the union ratify the deal Friday.", ["2024-05-17"]),
    ("subpast", W, "Markets will react once the data hit the wires Friday.", ["2024-05-17"]),
    ("subpast", W, "The show starts after the cast put on their costumes Friday.", ["2024-05-17"]),
    # "since": a date closing a verbless "since" phrase is gone by ("Since the introduction of the law in
    # June, activists have been jailed"); the first two rows must fire, the rest keep their reading
    ("since", W, "Since the release of the report in June, lawmakers have demanded answers.", ["2023-06"]),
    ("since", W, "Since the storm on Friday, crews have worked around the clock.", ["2024-05-10"]),
    ("since", W, "Since the vote in June will decide the matter, parties are campaigning hard.", ["2024-06"]),
    ("since", W, "Since the law takes effect in June, firms are preparing.", ["2024-06"]),
    ("since", W, "Since the deadline is in June, firms are preparing.", ["2024-06"]),
    ("since", W, "The festival will return in June, since the council approved it.", ["2024-06"]),
    ("since", W, "Since the final is on Sunday, fans are lining up for tickets.", ["2024-05-19"]),
    ("since", W, "Since the election falls in November, candidates are raising money.", ["2024-11"]),
    ("since", W, "Since the contract runs out in July, the club wants a quick deal.", ["2024-07"]),
    ("since", W, "Since the summit in July could change everything, diplomats are cautious.", ["2024-07"]),
    ("since", W, "The team has won every game since the coach arrived in March.", ["2024-03"]),
    ("since", W, "Since the tournament is in August, players will rest in June.", ["2024-08", "2024-06"]),
    ("since", W, "Since the concert on Friday sold out, the band added a show on Saturday.",
     ["2024-05-17", "2024-05-18"]),
    ("since", W, "Since the launch of the app in March, downloads have soared.", ["2024-03"]),
]


# --s18: rv3's probes of session 18's rules on wk (aace64c deadline/call, 2b5706c superseded schedule,
# 560077f a day's possessive readied for or weighed), fn2 (08f139b page furniture; and its announced
# fronted "On Tuesday," against a relative "will", "as of <day> ... up from ... <day>", "that day") and
# fp2 (3f769d0 a bare verb after a singular subject in an after/when/until clause). Each row's reader's
# dates decided before the engine was run on main or any branch. Tags: "-not" rows are over-reach probes
# (the rule's trigger words, a reading it must not change), "-fire" rows forms where it should fire.
# At 10:41 UTC (main 1abaa8f, wk 560077f, fn2 08f139b, fp2 3f769d0; the first 117 rows): main 76,
# wk 65 (17 regressions),
# fn2 77 (6), fp2 76 (4). At 11:07 UTC (main 1abaa8f, wk af233d6, fn2 498ac6c, fp2 40d21ff; 185 rows): main 113,
# wk 119 (0 regressions, 6 fixes), fn2 138 (1, 26), fp2 115 (5, 7); wk and fn2 narrowed their rules on the rows first
# reported, so those rows are no longer blind to them (review: /work/team/review-rv3.md).
R3MO = "2024-06-10"  # a Monday: Tue 4 .. Sun 9 gone (Thu 6 four days back) | Tue 11 .. Sun 16 ahead
R3TU = "2024-06-11"
R3WE = "2024-06-12"
R3TH = "2024-06-13"
R3FR = "2024-06-14"
R3SA = "2024-06-15"

PROBES_S18 = [
    # wk aace64c: a deadline or a call told in the past, the day four or more days back: must not move
    # the day ahead when the sentence tells it went by
    ("dc-not", R3MO, "Residents were told to leave by Thursday, and by Friday the town was empty.",
     ["2024-06-06", "2024-06-07"]),
    ("dc-not", R3MO, "The judge ordered him to report to jail by Thursday; he surrendered Wednesday.",
     ["2024-06-06", "2024-06-05"]),
    ("dc-not", R3MO, "Opposition leaders called for protests on Thursday, and tens of thousands marched.",
     ["2024-06-06"]),
    ("dc-not", R3MO, "The union called a strike for Thursday, and the ports were shut all day.", ["2024-06-06"]),
    ("dc-not", R3MO, "The governor imposed a curfew starting Thursday; it was lifted Sunday.",
     ["2024-06-06", "2024-06-09"]),
    ("dc-not", R3MO, "Analysts predicted a rate cut Thursday, and the central bank delivered one.", ["2024-06-06"]),
    ("dc-not", R3MO, "He was given until Thursday to respond but never did.", ["2024-06-06"]),
    ("dc-not", R3MO, "Voters had until Thursday to register, and a record 2 million did.", ["2024-06-06"]),
    ("dc-not", R3MO, "The union urged members to walk out Thursday, and most did.", ["2024-06-06"]),
    ("dc-not", R3MO, "Teachers called for a walkout on Thursday, which closed 40 schools.", ["2024-06-06"]),
    ("dc-not", R3TU, "The company had until Friday to file, and it filed at the last minute.", ["2024-06-07"]),
    ("dc-not", R3WE, "The regulator gave the bank until Saturday to answer, and the bank missed the deadline.",
     ["2024-06-08"]),
    ("dc-not", R3MO, "The president called for unity Thursday in a speech to the nation.", ["2024-06-06"]),
    ("dc-not", R3MO, "Tenants were ordered to leave the building by Thursday, and police cleared it on schedule.",
     ["2024-06-06"]),
    ("dc-not", R3MO, "Forecasters predicted heavy rain Thursday, and rivers overflowed by evening.", ["2024-06-06"]),
    ("dc-not", R3MO, "The company announced price cuts effective Thursday, and sales jumped.", ["2024-06-06"]),
    ("dc-not", R3FR, "The ministry declared a holiday beginning Monday, and offices were empty.", ["2024-06-10"]),
    ("dc-not", R3SA, "Workers were asked to finish the job by Tuesday, and they did.", ["2024-06-11"]),
    # ... forms where it should fire: the day still ahead
    ("dc-fire", R3MO, "The union called a 24-hour strike for Thursday.", ["2024-06-13"]),
    ("dc-fire", R3MO, "The EU gave Britain until Thursday to respond.", ["2024-06-13"]),
    ("dc-fire", R3MO, "The board granted the chief executive until Thursday to resign.", ["2024-06-13"]),
    ("dc-fire", R3MO, "The agency told the automaker to recall the cars by Thursday.", ["2024-06-13"]),
    ("dc-fire", R3MO, "Tenants received notices to leave by Thursday.", ["2024-06-13"]),
    ("dc-fire", R3MO, "Forecasters predicted up to 6 inches of rain Thursday.", ["2024-06-13"]),
    ("dc-fire", R3MO, "Activists urged supporters to rally outside the court Thursday.", ["2024-06-13"]),
    ("dc-fire", R3MO, "The city set Thursday as the deadline for bids.", ["2024-06-13"]),
    ("dc-fire", R3MO, "The school board extended the mask mandate through Thursday.", ["2024-06-13"]),
    # wk 2b5706c: a schedule told as superseded or over, the day one to three days back: must not move
    # the day back when the sentence tells the plan is still ahead
    ("sup-not", R3TU, "The match, originally scheduled for Saturday, will now be played Sunday.",
     ["2024-06-15", "2024-06-16"]),
    ("sup-not", R3WE, "The summit, first planned for Sunday, will open Monday instead.", ["2024-06-16", "2024-06-17"]),
    ("sup-not", R3WE, "The team was initially set to fly Sunday and still plans to.", ["2024-06-16"]),
    ("sup-not", R3TU, "Negotiators were originally due to meet Saturday, and that meeting is still on.",
     ["2024-06-15"]),
    ("sup-not", R3MO, "The concert, set for Saturday, was canceled Monday because of the forecast.",
     ["2024-06-15", "2024-06-10"]),
    ("sup-not", R3TU, "The final, scheduled for Sunday, was moved indoors Monday because of the forecast.",
     ["2024-06-16", "2024-06-10"]),
    ("sup-not", R3TU, "The launch, initially planned for Saturday, has been pushed to Monday.",
     ["2024-06-15", "2024-06-17"]),
    ("sup-not", R3TU, "The ship, due on Saturday, was delayed Monday by engine trouble.", ["2024-06-15", "2024-06-10"]),
    ("sup-not", R3TH, "The hearing, set for Monday, was postponed Wednesday at the request of the defense.",
     ["2024-06-17", "2024-06-12"]),
    ("sup-not", R3SA, "The vote, slated for Wednesday, was pushed back on Friday.", ["2024-06-19", "2024-06-14"]),
    # ... forms where it should fire: the plan over
    ("sup-fire", R3TU, "The final — scheduled for Saturday — ended in a draw.", ["2024-06-08"]),
    ("sup-fire", R3TU, "The final, which was scheduled for Saturday, ended in a draw.", ["2024-06-08"]),
    ("sup-fire", R3TU, "The game, slated for Sunday night, was rained out.", ["2024-06-09"]),
    ("sup-fire", R3MO, "The ferry had originally been due to sail Saturday but was held in port by the storm.",
     ["2024-06-08"]),
    ("sup-fire", R3WE, "The opening, which had been set for Sunday, was delayed by a day.", ["2024-06-09"]),
    ("sup-fire", R3MO, "The council was supposed to vote Friday but ran out of time.", ["2024-06-07"]),
    # wk 560077f: a day's possessive readied for or weighed in a past clause, four or more days back:
    # must not move ahead when the sentence tells the day went by
    ("ready-not", R3TH, "Fans who lined up for Saturday's concert said it was the best show of the year.",
     ["2024-06-08"]),
    ("ready-not", R3FR, "Players who trained for Sunday's final were exhausted after extra time.", ["2024-06-09"]),
    ("ready-not", R3WE,
     "Investors were nervous about Friday's jobs report, and stocks fell after it showed weak hiring.", ["2024-06-07"]),
    ("ready-not", R3TH, "The team prepared for Saturday's game by watching film, then lost 3-1.", ["2024-06-08"]),
    ("ready-not", R3TH, "Tickets for Saturday's concert sold out, and 20,000 fans attended.", ["2024-06-08"]),
    ("ready-not", R3TH, "Police, who had braced for Saturday's protest, reported no arrests.", ["2024-06-08"]),
    ("ready-not", R3TH, "He was confident about Saturday's race and went on to win it.", ["2024-06-08"]),
    ("ready-not", R3TH, "Residents stocked up for Saturday's storm; it knocked out power to 40,000 homes.",
     ["2024-06-08"]),
    ("ready-not", R3FR, "The city braced for Sunday's marathon, and 30,000 runners finished it.", ["2024-06-09"]),
    ("ready-not", R3TH, "Police prepared for Saturday's protest, which passed peacefully.", ["2024-06-08"]),
    ("ready-not", R3TH, "Organizers had prepared for Saturday's parade for months before rain washed it out.",
     ["2024-06-08"]),
    ("ready-not", R3WE, "Traders who were bullish about Friday's earnings lost money when the shares fell.",
     ["2024-06-07"]),
    ("ready-not", R3FR, "Police said they prepared for Sunday's rally, at which two people were arrested.",
     ["2024-06-09"]),
    # ... forms where it should fire: the day still ahead
    ("ready-fire", R3TU, "Lawmakers spent hours preparing for Friday's vote.", ["2024-06-14"]),
    ("ready-fire", R3TU, "Shoppers flocked to stores ahead of Friday's holiday.", ["2024-06-14"]),
    ("ready-fire", R3TU, "Traders were cautious before Friday's jobs report.", ["2024-06-14"]),
    ("ready-fire", R3WE, "Fans queued overnight for tickets to Saturday's concert.", ["2024-06-15"]),
    ("ready-fire", R3TH, "The teams warmed up for Sunday's final.", ["2024-06-16"]),
    ("ready-fire", R3TU, "Both campaigns geared up for Friday's debate.", ["2024-06-14"]),
    # fn2 08f139b: a paper's name ("<CAPS> Today"), "TODAY'S <label>", a section header, an update label:
    # must not drop a real today or a headline's day
    ("furn-not", W, "Biden Meets Xi at APEC Today", ["2024-05-15"]),
    ("furn-not", W, "Apple Unveils New iPhone at WWDC Today", ["2024-05-15"]),
    ("furn-not", W, "Stocks Rise Ahead of CPI Today", ["2024-05-15"]),
    ("furn-not", W, "Polls close at 8 PM TODAY.", ["2024-05-15"]),
    ("furn-not", W, "Voters head to the polls in the UK TODAY.", ["2024-05-15"]),
    ("furn-not", W, "TODAY'S BRIEFING CANCELLED", ["2024-05-15"]),
    ("furn-not", W, "TODAY'S EDITION DELAYED", ["2024-05-15"]),
    ("furn-not", W, "Floods of Monday, 13 May 2024", ["2024-05-13"]),
    ("furn-not", W, "Riots of Sunday, 12 May 2024 Leave Three Dead", ["2024-05-12"]),
    ("furn-not", W, "Jane Doe, USA TODAY\nThe governor signed the bill today.", ["2024-05-15"]),
    ("furn-not", W, "Speaking to BBC Today, the minister said the strike would end Friday.", ["2024-05-17"]),
    # ... forms where it should fire
    ("furn-fire", W, "In an interview with USA TODAY, the mayor said she would resign on Friday.", ["2024-05-17"]),
    ("furn-fire", W, "Calum MacLeod, USA TODAY\nThe typhoon will hit the islands on Friday.", ["2024-05-17"]),
    ("furn-fire", W, "Politics of Wednesday, 15 May 2024\nThe vote is set for Friday.", ["2024-05-17"]),
    ("furn-fire", W, "News of Tuesday, May 14, 2024\nThe council met on Monday.", ["2024-05-13"]),
    ("furn-fire", W, "Tuesday Update: Schools will reopen Thursday.", ["2024-05-16"]),
    ("furn-fire", W, "Update Monday 5 p.m.: The fire is 40 percent contained.", []),
    ("furn-fire", W, "Sunday night update: The storm made landfall near Tampa.", []),
    # fn2 (announced): a fronted "On <day>," against a "will" in a relative or a reported clause
    ("onwill", W, "On Tuesday, the council approved a plan that will raise fares.", ["2024-05-14"]),
    ("onwill", W, "On Tuesday, the council will vote on a plan.", ["2024-05-21"]),
    ("onwill", W, "On Friday, the team will face Boston, which beat it on Tuesday.", ["2024-05-17", "2024-05-14"]),
    ("onwill", W, "On Thursday, voters will decide a measure that the council passed Monday.",
     ["2024-05-16", "2024-05-13"]),
    ("onwill", W, "On Monday, the company announced layoffs that will take effect in July.", ["2024-05-13", "2024-07"]),
    ("onwill", W, "On Tuesday, the president, who will travel to Paris, signed the bill.", ["2024-05-14"]),
    ("onwill", W, "On Saturday, crews that worked through the night will begin repairs.", ["2024-05-18"]),
    ("onwill", W, "On Monday, officials said the bridge will reopen.", ["2024-05-13"]),
    ("onwill", W, "On Friday, lawmakers who had opposed the bill will vote for it.", ["2024-05-17"]),
    ("onwill", W, "On Sunday, fans who will travel to the final bought tickets online.", ["2024-05-12"]),
    # fn2 (announced): "as of <day>", "up from ... <day>"
    ("asof", W, "As of Monday, 40 cases had been confirmed, up from 25 on Sunday.", ["2024-05-13", "2024-05-12"]),
    ("asof", W, "As of Tuesday, the toll stood at 12, up from nine on Monday.", ["2024-05-14", "2024-05-13"]),
    ("asof", W, "As of Friday, the new rules will apply to all drivers.", ["2024-05-17"]),
    ("asof", W, "As of Saturday, the fee will rise to $5.", ["2024-05-18"]),
    ("asof", W, "As of Thursday, the state will require masks in hospitals.", ["2024-05-16"]),
    ("asof", W, "The death toll rose to 30 as of Monday, up from 18 on Saturday.", ["2024-05-13", "2024-05-11"]),
    ("asof", W, "As of Friday, 300 people had registered, up from 120 on Thursday, officials said.",
     ["2024-05-10", "2024-05-09"]),
    # fn2 (announced): an anchored "that day"; with no day to anchor to, no date
    ("thatday", W, "He said that day would come.", []),
    ("thatday", W, "Residents still remember that day.", []),
    # fp2 3f769d0: a bare verb after a singular subject in an after/when/until clause: must not read a
    # plural-agreeing subject (a team's name, "data", a band) or a noun's compound as a past
    ("subpast-not", W, "Tickets go on sale after the Heat play the Celtics on Friday.", ["2024-05-17"]),
    ("subpast-not", W, "The series resumes after the Thunder host the Mavericks on Saturday.", ["2024-05-18"]),
    ("subpast-not", W, "The festival closes after the Who play their last set on Saturday.", ["2024-05-18"]),
    ("subpast-not", W, "The tour ends after the duo play their final show on Saturday.", ["2024-05-18"]),
    ("subpast-not", W, "Economists expect a cut after the jobs data show a slowdown Friday.", ["2024-05-17"]),
    ("subpast-not", W, "The show will go on once the orchestra tune their instruments Friday.", ["2024-05-17"]),
    ("subpast-not", W, "Trading will resume after the reverse split 1-for-10 on Friday.", ["2024-05-17"]),
    ("subpast-not", W, "The plant will reopen after the union ratify the deal Friday.", ["2024-05-17"]),
    ("subpast-not", W, "The team will be without Smith until the end of the season on Sunday.", ["2024-05-19"]),
    ("subpast-not", W, "Bids are due before the close of the session on Friday.", ["2024-05-17"]),
    # ... forms where it should fire: a past
    ("subpast-fire", W, "The town will rebuild after a twister hit it on Saturday.", ["2024-05-11"]),
    ("subpast-fire", W, "Crews will keep working after a storm hit Tuesday night.", ["2024-05-14"]),
    ("subpast-fire", W, "The plant will reopen after a strike shut it down Monday.", ["2024-05-13"]),
    ("subpast-fire", W, "Investors will watch closely after the bank cut its forecast on Thursday.", ["2024-05-09"]),
    ("subpast-fire", W, "Shares will trade lower after the company put its chief executive on leave Friday.",
     ["2024-05-10"]),
    ("subpast-fire", W, "The council will debate the plan after the mayor set out her budget Monday.", ["2024-05-13"]),
    ("subpast-fire", W, "The bridge reopens after a crane put the last beam in place Friday.", ["2024-05-10"]),
    ("subpast-fire", W, "Fans will mourn after the band's singer quit the group on Saturday.", ["2024-05-11"]),
    # added 10:43 UTC for commits seen then, dates decided before the runs: fn2 5d9a5be, a fronted day takes
    # the main verb's tense after a relative clause set off by commas
    ("relcl", W, "On Friday, the team, which lost on Tuesday, will face Boston.", ["2024-05-17", "2024-05-14"]),
    ("relcl", W, "On Tuesday, the council, which meets again Friday, voted to raise fares.",
     ["2024-05-14", "2024-05-17"]),
    ("relcl", W, "On Saturday, the senator, who was re-elected Tuesday, will be sworn in.",
     ["2024-05-18", "2024-05-14"]),
    ("relcl", W, "On Monday, the firm, whose shares fell Friday, said it would cut jobs.",
     ["2024-05-13", "2024-05-10"]),
    ("relcl", W, "On Thursday, the mayor, who took office in January, will unveil her budget.",
     ["2024-05-16", "2024-01"]),
    ("relcl", W, "On Monday, the mayor, who took office in January, said the bridge will reopen.",
     ["2024-05-13", "2024-01"]),
    ("relcl", W, "On Friday, the agency, which has been criticized for delays, will release the report.",
     ["2024-05-17"]),
    ("relcl", W, "On Tuesday, the company, which will move its headquarters, cut 200 jobs.", ["2024-05-14"]),
    ("relcl", W, "On Sunday, voters, who have waited years for the chance, will elect a new parliament.",
     ["2024-05-19"]),
    ("relcl", W, "On Thursday, the bank, which raised rates in March, is expected to hold them steady.",
     ["2024-05-16", "2024-03"]),
    # fp2 191738c: a date closing a verbless "since" phrase is gone by
    ("since", W, "It will be the stadium's first game since the renovation in August.", ["2023-08"]),
    ("since", W, "Since the start of the strike in June, the union has lost members.", ["2023-06"]),
    ("since", W, "The firm will report its first results since the merger in March.", ["2024-03"]),
    ("since", W, "Ticket sales, slow since the announcement in March, will close on Friday.",
     ["2024-03", "2024-05-17"]),
    ("since", W, "Since the vote in June will decide the matter, both sides are campaigning hard.", ["2024-06"]),
    ("since", W, "Since the festival in July sold out, organizers added a second weekend.", ["2024-07"]),
    ("since", W, "Since the concert on Friday, fans have flooded the band's inbox.", ["2024-05-10"]),
    # added 10:44 UTC, dates decided before the runs: fn2 7943dd9, a plural subject's bare verb of a schedule
    # right before a weekday is the coming day or today
    ("plbare3", W, "The two teams meet Wednesday night.", ["2024-05-15"]),
    ("plbare3", W, "Both chambers vote Thursday.", ["2024-05-16"]),
    ("plbare3", W, "The candidates debate Tuesday.", ["2024-05-21"]),
    ("plbare3", W, "The Yankees host the Red Sox Friday at 7:05 p.m.", ["2024-05-17"]),
    ("plbare3", W, "Firefighters battle the blaze Monday in Malibu.", ["2024-05-13"]),
    ("plbare3", W, "Mortgage rates climb Tuesday.", ["2024-05-14"]),
    # fn2 b962031: a past "estimated to be" with a size is an estimate, no plan's "to be"
    ("est", W, "As of Friday morning, the wildfire was estimated to be 1,192 acres, up from 500 acres on Thursday.",
     ["2024-05-10", "2024-05-09"]),
    ("est", W, "The crowd, estimated to be about 5,000, marched on Saturday.", ["2024-05-11"]),
    ("est", W, "The repairs were estimated to be finished by Friday.", ["2024-05-17"]),
    ("est", W, "The project, estimated to be worth $1 billion, will break ground Thursday.", ["2024-05-16"]),
    # added 10:45 UTC, dates decided before the runs: more of fn2 5d9a5be's fronted day past a relative clause
    ("relcl", W, "On Monday, the mayor, who is running again, says she will cut taxes.", ["2024-05-13"]),
    ("relcl", W, "On Friday, the company, which said Monday it would cut jobs, will report earnings.",
     ["2024-05-17", "2024-05-13"]),
    ("relcl", W, "On Tuesday, Mr. Smith, whose trial begins Friday, pleaded not guilty.", ["2024-05-14", "2024-05-17"]),
    ("relcl", W, "On Thursday, the team, which plays Saturday, held a light practice.", ["2024-05-09", "2024-05-18"]),
    ("relcl", W, "On Saturday, fans, who had waited for hours, will finally see the band.", ["2024-05-18"]),
    ("relcl", W, "On Friday, the museum, which reopens Saturday, will host a preview.", ["2024-05-17", "2024-05-18"]),
    ("relcl", W, "On Monday, the council, which has 12 members, votes on the budget.", ["2024-05-20"]),
    # ... and of wk 9937d5c's "when/as/after" clause after a readied day taken as its outcome
    ("ready-fire", R3WE, "Residents stocked up for Saturday's storm when forecasters upgraded it on Monday.",
     ["2024-06-15", "2024-06-10"]),
    ("ready-fire", R3TU, "Shoppers stocked up for Friday's holiday after the governor declared it a day off.",
     ["2024-06-14"]),
    ("ready-fire", R3TU, "Investors were nervous about Friday's jobs report as bond yields climbed.", ["2024-06-14"]),
    # added 10:47 UTC, dates decided before the runs: more of fp2's subordinate bare verb and fn2's furniture
    ("subpast-not", W, "Markets will react once the data hit the wires Friday.", ["2024-05-17"]),
    ("subpast-not", W, "The show starts after the cast put on their costumes Friday.", ["2024-05-17"]),
    ("furn-not", W, "Biden to Address NATO Today", ["2024-05-15"]),
    ("furn-fire", W, "Wednesday update: Officials said the fire was contained Tuesday.", ["2024-05-14"]),
    # added 10:50 UTC, dates decided before the runs: for fn2's announced anchored "that day", a "that" before a
    # compound of "day" is no anchored day
    ("thatday", W, "On Tuesday, officials said that day care centers will reopen.", ["2024-05-14"]),
    ("thatday", W, "The company said Monday that day traders drove the sell-off.", ["2024-05-13"]),
    ("thatday", W, "Officials said Friday that day passes will cost $10.", ["2024-05-10"]),
    ("thatday", W, "The storm hit on Monday, and forecasters warned that day trips should be postponed.",
     ["2024-05-13"]),
    # added 10:55 UTC, dates decided before the runs: fn2 caceeaf, a bare "N days after/before" is "later/earlier"
    # from the day told; "after that <noun>" is a preposition with its object, no bare adverb
    ("bare", W, "The ruling came Tuesday, and he was released a day after.", ["2024-05-14", "2024-05-15"]),
    ("bare", W, "The council voted on Monday. Three days before that, the mayor had resigned.",
     ["2024-05-13", "2024-05-10"]),
    ("bare", W, "Smith was hired in 2019 and promoted two years after.", ["2019", "2021"]),
    ("bare", W, "The strike began on Monday, a week after that vote by union members.", ["2024-05-13", "2024-05-06"]),
    # added 10:56 UTC, dates decided before the runs: fn2 050641a, a looked-for happening whose relative clause
    # tells it came is gone by; a relative clause's "-ed" that tells a threat or a promise is no coming
    ("hadit", "2025-01-17", "Businesses braced for a strike on Jan. 20 that threatened to close 40 ports.",
     ["2025-01-20"]),
    ("hadit", "2025-01-17", "Police prepared for a march on Jan. 20, which promised to be the largest in years.",
     ["2025-01-20"]),
    ("hadit", "2025-01-17", "Residents braced for a storm on Jan. 20 that threatened to bring a foot of snow.",
     ["2025-01-20"]),
    ("hadit", "2025-01-17", "Farmers braced for the frost on Jan. 19, which killed half the crop.", ["2024-01-19"]),
    # added 10:58 UTC, dates decided before the runs: wk 2bb7ce7's deadline in a relative clause whose main clause
    # tells the deadline went by
    ("dc-not", R3MO, "Tenants who had until Thursday to leave are now homeless.", ["2024-06-06"]),
    ("dc-not", R3MO, "Residents, who were ordered to leave by Thursday, are returning home.", ["2024-06-06"]),
    ("dc-not", R3MO, "Workers who were given until Thursday to sign the contract have all signed.", ["2024-06-06"]),
    # added 11:02 UTC, dates decided before the runs, after wk's af233d6 narrowed its rules on the rows above:
    # forms the narrowing may now miss (a reporting verb's past after the day, a relative clause that tells
    # the plan, a re-scheduling verb of a happening that took place, "is now" after a plan that went by)
    ("dc-fire2", R3MO, "The EU gave Britain until Thursday to respond, officials said.", ["2024-06-13"]),
    ("dc-fire2", R3MO, "The union, which called a 24-hour strike for Thursday, says it will not back down.",
     ["2024-06-13"]),
    ("dc-fire2", R3MO, "Lawmakers passed a law that gave landlords until Thursday to comply.", ["2024-06-13"]),
    ("dc-fire2", R3MO, "The union called a strike for Thursday, the BBC reported.", ["2024-06-13"]),
    ("ready-fire2", R3TU, "Investors were nervous about Friday's jobs report, analysts said.", ["2024-06-14"]),
    ("ready-fire2", R3MO, "Shoppers stocked up for Thursday's holiday, store owners said.", ["2024-06-13"]),
    ("sup-fire2", R3WE, "The match, first planned for Sunday, was played Monday and is now under review.",
     ["2024-06-09", "2024-06-10"]),
    ("sup-fire2", R3TU, "The game, scheduled for Sunday, was called off at halftime because of lightning.",
     ["2024-06-09"]),
    ("sup-fire2", R3WE, "The vote, set for Monday, was delayed by an hour and then passed.", ["2024-06-10"]),
    # added 11:04 UTC, dates decided before the runs, after fn2's 498ac6c narrowed its furniture
    ("furn-not", W, "Register to vote at the DMV TODAY or online.", ["2024-05-15"]),
    ("furn-fire", W, "Jane Doe\nUSA TODAY\nThe governor resigned on Monday.", ["2024-05-13"]),
    ("furn-fire", W, "Sports of Friday, 10 May 2024\nThe Celtics beat the Heat on Thursday.", ["2024-05-09"]),
]


# --s18-fn2: fn2's probes of its own rules (session 18), each row's dates decided before the engine ran on it.
FRI_MAY = "2024-05-17"  # a Friday: Tue 14 gone, Tue 21 ahead
FRI_APR = "2021-04-23"  # a Friday: Thu 22 gone, Mon 26 ahead
PROBES_S18_FN2 = [
    # furniture: "TODAY'S PAPER" in capitals, a paper's name "USA TODAY", "Tuesday Update:", "Politics of
    # Thursday, 24 December 2020" are no events; ... not a headline, a stressed "TODAY", an update in prose
    ("furn", W, "TODAY'S VOTE DRAWS RECORD TURNOUT", ["2024-05-15"]),
    ("furn", W, "TODAY'S NEWS CONFERENCE WAS CANCELLED", ["2024-05-15"]),
    ("furn", W, "The mayor told USA TODAY on Tuesday that she would resign.", ["2024-05-14"]),
    ("furn", W, "Polls close TODAY at 8 p.m., the clerk said.", ["2024-05-15"]),
    ("furn", W, "STOCKS FALL TODAY AS RATES RISE", ["2024-05-15"]),
    ("furn", W, "Candidates Host Dueling Rallies TODAY", ["2024-05-15"]),
    ("furn", W, "The strike ends TODAY, the union said.", ["2024-05-15"]),
    ("furn", W, "Tuesday updates to the app fixed the bug, the company said.", ["2024-05-14"]),
    ("furn", W, "In a Tuesday update, the agency said the fire was contained.", ["2024-05-14"]),
    ("furn", W, "Sunday update: The storm made landfall Sunday near Tampa.", ["2024-05-12"]),
    ("furn", W, "Update: The council voted Tuesday to raise taxes.", ["2024-05-14"]),
    ("furn", W, "UPDATE: Talks should resume Saturday.", ["2024-05-18"]),
    ("furn", W, "The agency said its Monday update would include new maps.", ["2024-05-13"]),
    ("furn", W, "Massacre of Sunday, 30 January 1972", ["1972-01-30"]),
    ("furn", W, "Events of Saturday, 18 May 2024", ["2024-05-18"]),
    ("furn", W, "The politics of Thursday, 9 May 2024, were ugly.", ["2024-05-09"]),
    ("furn", W, "Storms of Sunday, 12 May 2024", ["2024-05-12"]),
    # relcl: a fronted day's tense is the main verb's past a relative clause set off by commas ("On
    # Tuesday, the company, which will report earnings next month, said ..."); ... a future main verb
    # stays ahead, a relative clause with no commas or a longer subject keeps the old reading
    ("relcl", FRI_MAY, "On Tuesday, the company, which has struggled for years, said it would cut jobs.",
     ["2024-05-14"]),
    ("relcl", FRI_MAY, "On Tuesday, the mayor, who was elected in 2020, will step down.", ["2024-05-21", "2020"]),
    ("relcl", FRI_MAY, "On Monday, the union, which represents 5,000 workers, will begin a strike.", ["2024-05-20"]),
    ("relcl", FRI_MAY, "On Monday, the team, which lost its last game, plays Boston.", ["2024-05-20"]),
    ("relcl", FRI_MAY, "On Tuesday, Smith, 45, who will retire next year, testified before the panel.",
     ["2024-05-14", "2025"]),
    ("relcl", FRI_MAY, "On Tuesday, the council, which will meet again next month, voted to raise taxes.",
     ["2024-05-14", "2024-06"]),
    ("relcl", FRI_MAY, "On Tuesday, the firm, which will be sold, said profits fell.", ["2024-05-14"]),
    ("relcl", FRI_MAY, "On Thursday, officials, who will brief the press later, are expected to announce the plan.",
     ["2024-05-23"]),
    ("relcl", FRI_MAY, "On Saturday, the team, which will host Boston, is expected to start its ace.",
     ["2024-05-18"]),
    ("relcl", FRI_MAY, "On Tuesday, the company, which is based in Ohio, will report earnings.", ["2024-05-21"]),
    ("relcl", FRI_MAY, "In June, the company, which will open a new plant, reported record sales.", ["2023-06"]),
    ("relcl", FRI_MAY, "On Tuesday, voters, who will pick a new mayor, lined up early.", ["2024-05-14"]),
    # estim: "estimated to be" and a number is a measure, no plan's "to be" ("As of Friday morning, the
    # fire was estimated to be 1,192 acres, up from 500 acres on Thursday"); ... not what lies ahead
    ("estim", FRI_APR, "The crowd at Saturday's rally is expected to be 10,000.", ["2021-04-24"]),
    ("estim", FRI_APR, "Attendance at the fair, which opens Monday, is estimated to be 20,000.", ["2021-04-26"]),
    ("estim", FRI_APR, "The new stadium, estimated to be $500 million, will open in 2023.", ["2023"]),
    ("estim", FRI_APR, "The cost is estimated to be $2 billion, and construction will start Monday.",
     ["2021-04-26"]),
    ("estim", FRI_APR, "The storm is estimated to be 300 miles wide and will hit the coast Sunday.",
     ["2021-04-25"]),
    ("estim", FRI_APR, "Officials estimated Tuesday that the fire was 40 percent contained.", ["2021-04-20"]),
    ("estim", FRI_APR, "The project is estimated to be completed in June.", ["2021-06"]),
    ("estim", FRI_APR, "The bridge is estimated to be ready by Tuesday.", ["2021-04-27"]),
    ("estim", FRI_APR, "Crowds are estimated to be larger on Saturday, when the parade is held.", ["2021-04-24"]),
    ("estim", FRI_APR, "Losses are estimated to be over $3 million, and the plant will reopen Monday.",
     ["2021-04-26"]),
    ("estim", FRI_APR, "Damage is estimated to be in the millions; repairs begin Monday.", ["2021-04-26"]),
    ("estim", FRI_APR, "Turnout is estimated to be 40 percent for Tuesday's vote.", ["2021-04-27"]),
    # plbare2: a plural subject's bare verb of a schedule before the day is the coming day (or today),
    # also when the verb is a marker ("vote"); ... not a past, a caption, a headline's happening, a verb
    # with more after the day, a custom
    ("plbare2", "2024-03-14", "The senators voted Tuesday.", ["2024-03-12"]),
    ("plbare2", "2024-03-14", "The candidates debated Tuesday night.", ["2024-03-12"]),
    ("plbare2", "2024-03-14", "Stocks fall Tuesday.", ["2024-03-12"]),
    ("plbare2", "2024-03-14", "Oil prices jump Tuesday.", ["2024-03-12"]),
    ("plbare2", "2024-03-14", "Protesters march Tuesday in downtown Chicago.", ["2024-03-12"]),
    ("plbare2", "2024-03-14", "The candidates debate Tuesday night. (AP Photo/Jane Doe)", ["2024-03-12"]),
    ("plbare2", "2024-03-14", "Members vote each Tuesday.", []),
    ("plbare2", "2024-03-14", "Negotiators meet Tuesday; talks collapsed Wednesday.", ["2024-03-12", "2024-03-13"]),
    ("plbare2", "2024-03-14", "The senators vote Thursday.", ["2024-03-14"]),
    ("plbare2", "2024-03-11", "The unions vote Monday.", ["2024-03-11"]),
    ("plbare2", "2024-03-14", "The senators vote Tuesday, and the bill passed easily.", ["2024-03-12"]),
    ("plbare2", "2024-03-14", "Workers rally Tuesday at the plant gates.", ["2024-03-12"]),
    ("plbare2", "2024-03-16", "The finalists compete Saturday night.", ["2024-03-16"]),
    # bare: "a day after," with nothing after it counts on from the day told, as "a day later"; ... not
    # "after" with an object
    ("bare", W, "He was arrested on May 3, a day after the shooting.", ["2024-05-03", "2024-05-02"]),
    ("bare", W, "The mayor resigned on May 3, two days after the vote.", ["2024-05-03", "2024-05-01"]),
    ("bare", W, "The strike began May 3, a week before the deadline.", ["2024-05-03", "2024-05-10"]),
    ("bare", W, "Police arrived on May 3, an hour after the blast.", ["2024-05-03"]),
    ("bare", W, "Two days after the storm on May 3, crews arrived.", ["2024-05-05", "2024-05-03"]),
    ("bare", W, "The law took effect on May 3, a year after it passed.", ["2024-05-03", "2023"]),
    ("bare", W, "The game ended on May 3. The day after, fans celebrated.", ["2024-05-03", "2024-05-04"]),
    ("bare", W, "Ten days before the May 13 vote, polls shifted.", ["2024-05-03", "2024-05-13"]),
    ("bare", W, "The shooting happened on May 3, days after the protest.", ["2024-05-03"]),
    ("bare", W, "The council met on May 3, and the mayor resigned a day after.", ["2024-05-03", "2024-05-04"]),
    ("bare", W, "The plant closed on May 3, a month after the fire.", ["2024-05-03", "2024-04"]),
    # hadit: a happening looked for ("braced for the fire on Jan. 5") whose relative clause right after the
    # day tells it came ("which destroyed the barn") is gone by; ... not a relative clause with a subject,
    # a future, a present, nor one that is not right after the day (a Jan. 3 paper)
    ("hadit", "2025-01-03", "Police prepared for a possible attack on Jan. 6, which officials feared.", ["2025-01-06"]),
    ("hadit", "2025-01-03", "Police braced for a possible riot on Jan. 6, which could draw thousands.",
     ["2025-01-06"]),
    ("hadit", "2025-01-03", "Officials braced for a shooting on Jan. 5, which police say is likely.", ["2025-01-05"]),
    ("hadit", "2025-01-03", "Crews prepared for a possible fire on Jan. 5, which forecasters warned about.",
     ["2025-01-05"]),
    ("hadit", "2025-01-03", "The city braced for a threatened strike on Jan. 6, which unions called last week.",
     ["2025-01-06"]),
    ("hadit", "2025-01-03", "Police prepared for a possible attack on Jan. 6 and said they were ready.",
     ["2025-01-06"]),
    ("hadit", "2025-01-03", "Police braced for the attack on Jan. 6, that is, the day of the vote.", ["2025-01-06"]),
    ("hadit", "2025-01-03", "Schools prepared for a possible strike on Jan. 6, which would close 40 schools.",
     ["2025-01-06"]),
    ("hadit", "2025-01-03", "Residents braced for the fire on Jan. 5, which destroyed the barn.", ["2024-01-05"]),
    ("hadit", "2025-01-03", "Police had braced for a shooting on Jan. 2, which wounded two.", ["2025-01-02"]),
    ("hadit", "2025-01-03", "Firefighters prepared for a possible blaze on Jan. 7, which officials called unlikely.",
     ["2025-01-07"]),
]


def main(root: str, probes: list) -> None:
    sys.path.insert(0, root)
    sys.path.insert(0, os.path.join(root, "tests", "extraction"))
    from dated import dates
    right, total = collections.Counter(), collections.Counter()
    for rule, pub, text, expected in probes:
        got = dates(text, datetime.date.fromisoformat(pub))
        right[rule] += got == expected
        total[rule] += 1
        print(("OK  " if got == expected else "BAD ") + f"{rule:10} {pub} {text!r} want={expected} got={got}")
    print(" ".join(f"{rule} {right[rule]}/{total[rule]}" for rule in total))
    print(f"{right.total()} of {len(probes)} right")


if __name__ == "__main__":
    # A list is chosen by its flag: "--s18-fp2" runs PROBES_S18_FP2; none, PROBES.
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
         globals()["PROBES_" + flags[0][2:].upper().replace("-", "_")] if flags else PROBES)
