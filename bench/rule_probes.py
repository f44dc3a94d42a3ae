"""Adversarial probes of the engine's new rules, each row's reader's dates decided before the engine
was run (bench/realnews/README.md): PROBES, the rules of session 15 (1ad4c42..3b582e8, eighteenth
round); --int, rev's probes of session 16's first rules (fx1 bcc9c35..d48e3f9, fx2 cee7c45..56cd320);
--rv2, rv2's probes of its later ones (fx1 336ff56, 5d6ebe1; fx2 66aac5d, cefee8f, 60f7257; fx3
8fc104f, f601a4c, 267f58f, fc3ac09, 973064c, 1e1f402) (nineteenth round). --s17, rv's probes of
session 17's rules on fw (b4bdf13..005efc7) and fd (ab0e920, f18fd79, fd8d268, 67d981a). Prints each probe OK or BAD,
the count right per rule and in all; a row wrong here is a known limit, not a test.

Run: .venv/bin/python bench/rule_probes.py [--int | --rv2 | --s17 | --s18-wk] [checkout-root]   (default: this checkout)
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


# --s18-wk, wk's probes of session 18 (bare weekdays in clauses with past or past-participle words whose
# reader's day is the publication day or one ahead, and past controls), June 2024: Sat 1, Sun 2 | Mon 3 ..
# Sun 9 | Mon 10 .. Sun 16; May 27 a Monday. All dates decided before the engine ran on the rows.
MO3, TU4, WE5, TH6, FR7, SA8, SU9 = (f"2024-06-0{d}" for d in range(3, 10))
PROBES_S18_WK = [
    # reported plans: the saying's day gone by, the planned day ahead (or the paper's day)
    ("say", WE5, "The Senate said it would vote Thursday on the bill.", ["2024-06-06"]),
    ("say", WE5, "Leaders said they would meet again Friday.", ["2024-06-07"]),
    ("say", TH6, "The company announced Monday it will close the plant Friday.", ["2024-06-03", "2024-06-07"]),
    ("say", TH6, "The union said Tuesday that workers would strike Saturday.", ["2024-06-04", "2024-06-08"]),
    ("say", FR7, "Officials said Thursday they planned to reopen the bridge Monday.", ["2024-06-06", "2024-06-10"]),
    ("say", MO3, "The governor said Sunday she would sign the bill Tuesday.", ["2024-06-02", "2024-06-04"]),
    ("say", TU4, "The court said it would issue its ruling Friday.", ["2024-06-07"]),
    ("say", SA8, "The team said Friday that its star would play Sunday.", ["2024-06-07", "2024-06-09"]),
    ("say", WE5, "The minister told reporters the talks would resume Thursday.", ["2024-06-06"]),
    ("say", TH6, "Police said the road would stay closed through Saturday.", ["2024-06-08"]),
    ("say", SU9, "The airline said it expected flights to resume Monday.", ["2024-06-10"]),
    ("say", TU4, "The president announced he would travel to Ohio on Thursday.", ["2024-06-06"]),
    ("say", FR7, "Organizers said the march would go ahead Saturday despite the rain.", ["2024-06-08"]),
    ("say", MO3, "The company said Friday it would announce results Wednesday.", ["2024-05-31", "2024-06-05"]),
    ("say", WE5, "He said he was going to testify Friday.", ["2024-06-07"]),
    ("say", TH6, "The White House said Biden would speak Friday about the economy.", ["2024-06-07"]),
    ("say", TH6, "Officials confirmed Wednesday that the vote would go ahead Friday.", ["2024-06-05", "2024-06-07"]),
    # schedules in a passive or a past
    ("sched", WE5, "The vote was scheduled for Friday.", ["2024-06-07"]),
    ("sched", TU4, "The hearing has been set for Thursday.", ["2024-06-06"]),
    ("sched", TH6, "The two leaders were due to meet Sunday.", ["2024-06-09"]),
    ("sched", MO3, "The game was moved to Saturday because of the forecast.", ["2024-06-08"]),
    ("sched", WE5, "The meeting was rescheduled for Monday.", ["2024-06-10"]),
    ("sched", TH6, "The launch was postponed until Saturday.", ["2024-06-08"]),
    ("sched", FR7, "Sentencing was set for Tuesday.", ["2024-06-11"]),
    ("sched", TU4, "The funeral was planned for Friday at St. Mary's Church.", ["2024-06-07"]),
    ("sched", SA8, "The runoff was scheduled for Sunday.", ["2024-06-09"]),
    ("sched", WE5, "A vote had been expected Thursday.", ["2024-06-06"]),
    ("sched", MO3, "The hearing, originally set for Monday, was pushed to Wednesday.", ["2024-06-03", "2024-06-05"]),
    ("sched", TH6, "The verdict is expected Friday.", ["2024-06-07"]),
    ("sched", TU4, "The bill was expected to reach the floor Thursday.", ["2024-06-06"]),
    ("sched", FR7, "Talks were set to resume Monday in Geneva.", ["2024-06-10"]),
    ("sched", SU9, "The strike was called off hours before it was to begin Monday.", ["2024-06-10"]),
    ("sched", WE5, "The ceremony has been postponed to Saturday.", ["2024-06-08"]),
    ("sched", TH6, "The concert was canceled Tuesday and moved to Sunday.", ["2024-06-04", "2024-06-09"]),
    ("sched", MO3, "The match was postponed from Sunday to Tuesday.", ["2024-06-02", "2024-06-04"]),
    ("sched", TU4, "The count was slated to finish Wednesday.", ["2024-06-05"]),
    ("sched", FR7, "Voting was scheduled to close at 8 p.m. Saturday.", ["2024-06-08"]),
    # deadlines
    ("dead", WE5, "The judge gave them until Friday to respond.", ["2024-06-07"]),
    ("dead", TH6, "Lawyers asked for a ruling by Monday.", ["2024-06-10"]),
    ("dead", TU4, "The EU set a deadline of Thursday for a reply.", ["2024-06-06"]),
    ("dead", MO3, "The city told residents to leave by Wednesday.", ["2024-06-05"]),
    ("dead", FR7, "The board demanded an answer by Tuesday.", ["2024-06-11"]),
    ("dead", SA8, "Officials urged people to register before Monday.", ["2024-06-10"]),
    ("dead", WE5, "Congress had until Friday to pass a funding bill.", ["2024-06-07"]),
    ("dead", TH6, "The landlord was given until Saturday to make repairs.", ["2024-06-08"]),
    ("dead", TU4, "He was ordered to surrender to authorities by Thursday.", ["2024-06-06"]),
    ("dead", SU9, "The union gave the company until Wednesday to make a better offer.", ["2024-06-12"]),
    # calls, orders, warnings of a day ahead
    ("call", MO3, "The union called for a strike Wednesday.", ["2024-06-05"]),
    ("call", TU4, "Opposition groups called for protests on Friday.", ["2024-06-07"]),
    ("call", WE5, "Activists urged supporters to rally Saturday at City Hall.", ["2024-06-08"]),
    ("call", TH6, "The mayor announced a curfew starting Friday.", ["2024-06-07"]),
    ("call", FR7, "The FAA ordered the planes grounded until Monday.", ["2024-06-10"]),
    ("call", MO3, "Forecasters warned of heavy rain Tuesday.", ["2024-06-04"]),
    ("call", TH6, "Forecasters predicted snow Saturday in the mountains.", ["2024-06-08"]),
    ("call", SA8, "The school district announced classes would be canceled Monday.", ["2024-06-10"]),
    # captions and leads in the present: the paper's day or the last such day
    ("capt", FR7, "Biden is greeted by Macron at the summit Friday.", ["2024-06-07"]),
    ("capt", TH6, "Firefighters battle a blaze in Los Angeles on Thursday.", ["2024-06-06"]),
    ("capt", WE5, "The storm is bearing down on the coast Wednesday.", ["2024-06-05"]),
    ("capt", SA8, "Fans celebrate in the streets of Madrid on Saturday.", ["2024-06-08"]),
    ("capt", MO3, "Voters wait in line to cast their ballots Monday.", ["2024-06-03"]),
    ("capt", TU4, "Protesters gather outside the courthouse Tuesday.", ["2024-06-04"]),
    ("capt", FR7, "Rescue workers search the rubble on Thursday.", ["2024-06-06"]),
    ("capt", SU9, "Pope Francis waves to the crowd in St. Peter's Square Sunday.", ["2024-06-09"]),
    # the paper's own weekday, in any tense
    ("pubday", WE5, "The company said Wednesday it had hired a new chief executive.", ["2024-06-05"]),
    ("pubday", TH6, "Stocks fell sharply Thursday.", ["2024-06-06"]),
    ("pubday", FR7, "The jobs report released Friday showed strong hiring.", ["2024-06-07"]),
    ("pubday", MO3, "The Supreme Court declined Monday to hear the case.", ["2024-06-03"]),
    ("pubday", TU4, "Voters will go to the polls Tuesday.", ["2024-06-04"]),
    ("pubday", SA8, "The race starts Saturday at 10 a.m.", ["2024-06-08"]),
    ("pubday", SU9, "He was sworn in on Sunday.", ["2024-06-09"]),
    ("pubday", WE5, "The Fed is expected to hold rates steady Wednesday.", ["2024-06-05"]),
    ("pubday", TH6, "Officials were scheduled to meet Thursday afternoon.", ["2024-06-06"]),
    ("pubday", FR7, "Police arrested two men early Friday.", ["2024-06-07"]),
    ("pubday", MO3, "The trial was set to begin Monday.", ["2024-06-03"]),
    ("pubday", TU4, "Shares of the company had jumped 5% by midday Tuesday.", ["2024-06-04"]),
    ("pubday", TH6, "A 6.1 earthquake struck off the coast Thursday.", ["2024-06-06"]),
    ("pubday", MO3, "The storm knocked out power to 40,000 homes Monday.", ["2024-06-03"]),
    # headlines
    ("head", TH6, "Senate Sets Vote for Friday on Border Bill", ["2024-06-07"]),
    ("head", WE5, "Union Calls Strike for Thursday", ["2024-06-06"]),
    ("head", FR7, "Storm Expected to Hit Coast Saturday", ["2024-06-08"]),
    ("head", MO3, "Council Delays Vote to Thursday", ["2024-06-06"]),
    ("head", TU4, "Stocks Rally Tuesday After Fed Remarks", ["2024-06-04"]),
    ("head", SA8, "Game Postponed to Sunday", ["2024-06-09"]),
    # a day's possessive
    ("poss", WE5, "Lawmakers prepared for Friday's vote.", ["2024-06-07"]),
    ("poss", TH6, "Ahead of Saturday's election, candidates made final appeals.", ["2024-06-08"]),
    ("poss", TU4, "He said he was confident about Thursday's vote.", ["2024-06-06"]),
    ("poss", MO3, "Officials worried that Wednesday's storm would flood the city.", ["2024-06-05"]),
    ("poss", FR7, "Tickets for Sunday's final sold out within minutes.", ["2024-06-09"]),
    ("poss", TH6, "Prosecutors asked the judge to delay Friday's hearing.", ["2024-06-07"]),
    ("poss", SA8, "Turnout in Friday's vote was the lowest in years.", ["2024-06-07"]),
    ("poss", TH6, "Monday's attack killed 12 people.", ["2024-06-03"]),
    ("poss", SU9, "The team won Saturday's game 3-1.", ["2024-06-08"]),
    ("poss", MO3, "Friday's earthquake destroyed hundreds of homes.", ["2024-05-31"]),
    # other days ahead told in a past
    ("misc", WE5, "Negotiators hoped to reach a deal by Friday.", ["2024-06-07"]),
    ("misc", TH6, "The governor declared a state of emergency ahead of the storm's arrival Saturday.",
     ["2024-06-08"]),
    ("misc", MO3, "The company agreed to pay the fine by Friday.", ["2024-06-07"]),
    ("misc", TU4, "The bill cleared the House and goes to the Senate Thursday.", ["2024-06-06"]),
    ("misc", WE5, "She was to be sentenced Friday.", ["2024-06-07"]),
    ("misc", FR7, "The team flew to Boston, where it plays Saturday.", ["2024-06-08"]),
    ("misc", SU9, "Officials decided to keep schools closed Monday.", ["2024-06-10"]),
    # controls: days gone by, which must stay past
    ("past", FR7, "The storm hit Thursday.", ["2024-06-06"]),
    ("past", MO3, "Voters went to the polls Sunday.", ["2024-06-02"]),
    ("past", SU9, "He was arrested Friday and charged Saturday.", ["2024-06-07", "2024-06-08"]),
    ("past", WE5, "The Senate voted Tuesday to pass the bill.", ["2024-06-04"]),
    ("past", TH6, "The company said Monday it had cut 500 jobs.", ["2024-06-03"]),
    ("past", TU4, "The fire was reported Saturday night.", ["2024-06-01"]),
    ("past", FR7, "The suspect was taken into custody Wednesday.", ["2024-06-05"]),
    ("past", SA8, "The bill was signed into law Thursday.", ["2024-06-06"]),
    ("past", WE5, "The game was postponed Monday because of rain.", ["2024-06-03"]),
    ("past", TH6, "The meeting was canceled Tuesday.", ["2024-06-04"]),
    ("past", MO3, "The vote, scheduled for Friday, passed easily.", ["2024-05-31"]),
    ("past", TU4, "The hearing had been set for Monday but was delayed.", ["2024-06-03"]),
    ("past", FR7, "The match, originally scheduled for Wednesday, was played Thursday.", ["2024-06-05", "2024-06-06"]),
    ("past", SU9, "Officials had planned to reopen the road Friday, but flooding kept it closed.", ["2024-06-07"]),
    ("past", WE5, "The results, announced Monday, showed a narrow win.", ["2024-06-03"]),
    ("past", TH6, "Thousands marched through the capital on Sunday.", ["2024-06-02"]),
    ("past", MO3, "The tornado touched down Friday evening.", ["2024-05-31"]),
    ("past", TU4, "Police said the man was killed Sunday.", ["2024-06-02"]),
    ("past", SA8, "The deadline passed Friday without a deal.", ["2024-06-07"]),
    ("past", FR7, "The court ruled Tuesday that the law was unconstitutional.", ["2024-06-04"]),
    ("past", WE5, "The strike that began Monday ended Tuesday.", ["2024-06-03", "2024-06-04"]),
    ("past", TH6, "He resigned Wednesday after weeks of pressure.", ["2024-06-05"]),
    ("past", TU4, "The plane crashed shortly after takeoff Sunday.", ["2024-06-02"]),
    ("past", FR7, "The union, which had called a strike for Wednesday, called it off Tuesday.",
     ["2024-06-05", "2024-06-04"]),
    ("past", WE5, "Lawmakers had been due to vote Monday.", ["2024-06-03"]),
    ("past", TH6, "The ceremony was held Tuesday at the cathedral.", ["2024-06-04"]),
    ("past", SA8, "Markets closed lower Friday.", ["2024-06-07"]),
    ("past", MO3, "She was released from the hospital Saturday.", ["2024-06-01"]),
    ("past", TU4, "The ruling came Friday, days after the hearing.", ["2024-05-31"]),
    ("past", WE5, "He told reporters Tuesday that he would not run.", ["2024-06-04"]),
    ("past", FR7, "Rescuers pulled survivors from the rubble Thursday.", ["2024-06-06"]),
    ("past", SU9, "The polls closed at 8 p.m. Saturday.", ["2024-06-08"]),
    ("past", MO3, "The vote was delayed Thursday until further notice.", ["2024-05-30"]),
    ("past", TU4, "The two sides met Monday for the first time.", ["2024-06-03"]),
    ("past", WE5, "The bridge reopened Sunday after repairs.", ["2024-06-02"]),
    ("past", TH6, "The jury began deliberating Tuesday and reached a verdict Wednesday.", ["2024-06-04", "2024-06-05"]),
    ("past", SA8, "A gunman opened fire at a school Thursday, killing three.", ["2024-06-06"]),
    ("past", FR7, "The company was fined Monday for polluting the river.", ["2024-06-03"]),
    ("past", MO3, "Hundreds were evacuated Saturday as the fire spread.", ["2024-06-01"]),
    ("past", TU4, "The senator announced Monday that she would retire.", ["2024-06-03"]),
    ("past", WE5, "Police were called to the home Monday night.", ["2024-06-03"]),
    ("past", TH6, "The flight was diverted Sunday after a bomb threat.", ["2024-06-02"]),
    ("past", SU9, "The concert went ahead Friday despite the heat.", ["2024-06-07"]),
    ("past", FR7, "The price of oil had risen by Wednesday to $90.", ["2024-06-05"]),
    ("past", MO3, "The lights went out Thursday and came back Friday.", ["2024-05-30", "2024-05-31"]),
    ("past", TU4, "Schools were closed Monday because of the heat.", ["2024-06-03"]),
    ("past", SA8, "The results were due Thursday but came out Friday.", ["2024-06-06", "2024-06-07"]),
    # over-reach probes of the deadline/call rule (where it must not fire; dates decided before the run)
    ("dcnot", WE5, "The road remained closed until Friday.", ["2024-05-31"]),
    ("dcnot", TU4, "The union called a strike Thursday that shut the ports.", ["2024-05-30"]),
    ("dcnot", MO3, "Police called for backup Wednesday after shots were fired.", ["2024-05-29"]),
    ("dcnot", WE5, "The company missed a deadline Friday to file its report.", ["2024-05-31"]),
    ("dcnot", TU4, "Opposition groups called for protests on Friday that drew thousands.", ["2024-05-31"]),
    ("dcnot", MO3, "The mayor announced a curfew starting Wednesday, and the streets emptied.", ["2024-05-29"]),
    ("dcnot", TH6, "Forecasters predicted Saturday that the storm would weaken.", ["2024-06-01"]),
    ("dcnot", WE5, "Thousands of supporters rallied Saturday at City Hall.", ["2024-06-01"]),
    ("dcnot", TU4, "He was ordered to pay $500 by Thursday and paid it.", ["2024-05-30"]),
    ("dcnot", SU9, "Workers were given until Wednesday to leave, and most did.", ["2024-06-05"]),
    ("dcnot", FR7, "Voters had until Monday to register, and turnout was high.", ["2024-06-03"]),
    ("dcnot", MO3, "The strike called for Wednesday shut down the ports.", ["2024-05-29"]),
    ("dcnot", TH6, "The protest called for Friday drew thousands.", ["2024-05-31"]),
    ("dcnot", SA8, "The judge gave the defense until Monday, and the filing arrived on time.", ["2024-06-03"]),
    ("dcnot", MO3, "The union called for calm Wednesday after the shooting.", ["2024-05-29"]),
    ("dcnot", SU9, "The government declared a state of emergency Wednesday.", ["2024-06-05"]),
    ("dcnot", TU4, "The curfew imposed starting Thursday ended Sunday.", ["2024-05-30", "2024-06-02"]),
    ("dcnot", MO3, "Forecasters predicted on Wednesday that rain would fall.", ["2024-05-29"]),
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
    args = [a for a in sys.argv[1:] if a not in ("--int", "--rv2", "--s17", "--s18-wk")]
    main(args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
         PROBES_INT if "--int" in sys.argv else PROBES_RV2 if "--rv2" in sys.argv else
         PROBES_S17 if "--s17" in sys.argv else PROBES_S18_WK if "--s18-wk" in sys.argv else PROBES)
