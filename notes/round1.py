V26W = "2025-11-12"  # a Wednesday: Mon 10, Tue 11 gone; Thu 13, Fri 14, Sat 15, Sun 16 ahead; Thu 6 .. Sun 9 gone
V26F = "2025-11-14"  # a Friday: Sat 15, Sun 16 ahead; Sat 8, Sun 9 five-six days back; Mon 10 .. Thu 13 gone
V26S = "2025-11-16"  # a Sunday: Mon 17 .. Sat 22 ahead; Tue 11 five back, Wed 12 four back, Thu 13, Fri 14, Sat 15
V26Y = "2007-01-11"  # a Thursday: Wed 10 yesterday

PROBES_S33_RV26 = [
    # --- round 1 (05:45), op63: an escaped quote (\") opens and closes a sentence ---
    ("escq", V26W, 'Shares slid on Monday. \\"The board will meet on Friday,\\" the chairman said.',
     ["2025-11-10", "2025-11-14"]),
    ("escq", V26W, '\\"We lost.\\" The team flew home on Sunday.', ["2025-11-09"]),
    ("escq", V26W, 'The sign read \\"Closed.\\" Staff reopened the shop on Thursday.', ["2025-11-06"]),
    ("escq-stay", V26W, 'She said \\"no comment\\" on Tuesday and left.', ["2025-11-11"]),
    ("escq-stay", V26W, 'He called it \\"a disgrace\\" and resigned on Monday.', ["2025-11-10"]),
    # --- round 1 (05:45), op63: a Markdown image at a line's head is furniture ---
    ("mdimg", V26W, "![Flooded street](https://x.org/img.jpg)\nResidents were evacuated on Monday.", ["2025-11-10"]),
    ("mdimg", V26W, "![](https://x.org/a.png) WASHINGTON (AP) — The Senate voted on Tuesday to end the shutdown.",
     ["2025-11-11"]),
    ("mdimg", V26W, "![](https://x.org/a.jpg)\nFirefighters battle the blaze on Sunday, Nov. 9, 2025.", ["2025-11-09"]),
    ("mdimg-stay", V26W, "[Read more](https://x.org/story) The council met on Monday.", ["2025-11-10"]),
    ("mdimg-stay", V26W, "Wow! The game is on Saturday.", ["2025-11-15"]),
    # --- round 1 (05:45), op63: a commodity "for delivery in <month>" told in the past is the coming contract ---
    ("delivin", V26W, "Gold for delivery in February settled up $12 at $4,100 an ounce.", ["2026-02"]),
    ("delivin", V26W, "U.S. crude futures for delivery in December fell 1.5 percent on Tuesday.",
     ["2025-12", "2025-11-11"]),
    ("delivin", V26W, "Soybeans for delivery in January gained 4 cents to $11.20 a bushel.", ["2026-01"]),
    ("delivin", V26W, "Heating oil for delivery in January rose 3 cents to $2.40 a gallon.", ["2026-01"]),
    ("delivin", V26W, "Coffee futures for delivery in May dropped to a two-month low.", ["2026-05"]),
    ("delivin", V26W, "Saudi Arabia sold oil for delivery in January at a discount, traders said.", ["2026-01"]),
    ("delivin-stay", V26W, "The airline took delivery in October of its first new jet.", ["2025-10"]),
    ("delivin-stay", V26W, "In 2008, oil for delivery in January hit $100 a barrel for the first time.",
     ["2008", "2008-01"]),
    ("delivin-stay", V26W, "Last year, crude for delivery in December averaged $70 a barrel.", ["2024", "2024-12"]),
    ("delivin-stay", V26W, "Crude for delivery in January 2026 rose 50 cents.", ["2026-01"]),
    ("delivin-stay", V26W, "The ship was ready for delivery in December, but the buyer pulled out.", ["2024-12"]),
    # --- round 1 (05:45), op63: "the year/month before/after" ending a clause counts from the one told before ---
    ("yrbefore", V26Y, "Imports rose to 1.2 million barrels a day in 2005, from 1.1 million the year before.",
     ["2005", "2004"]),
    ("yrbefore", V26Y, "She won the title in 2003 and again the year after.", ["2003", "2004"]),
    ("yrbefore", V26Y, "The bridge opened in 1999. The year before, a ferry had capsized in the strait.",
     ["1999", "1998"]),
    ("yrbefore", V26Y, "Profits doubled in 2005 from the year before, the company said Wednesday.",
     ["2005", "2004", "2007-01-10"]),
    ("yrbefore", V26Y, "The dam failed on May 3, 1999; the year before, engineers had warned of cracks.",
     ["1999-05-03", "1998"]),
    ("yrbefore", V26Y, "The firm lost money in 2004 and the year before, and cut 300 jobs.", ["2004", "2003"]),
    ("yrbefore", V26W, "Exports fell in March and rose the month after.", ["2025-03", "2025-04"]),
    ("yrbefore", V26W, "The plant shut in June; the month before, workers had been warned.", ["2025-06", "2025-05"]),
    ("yrbefore", V26W, "Prices peaked in July 2008 and fell the month after.", ["2008-07", "2008-08"]),
    ("yrbefore-stay", V26W, "The month before the election is always busy.", []),
    ("yrbefore-stay", V26Y, "He retired the year after his wife died.", []),
    ("yrbefore-stay", V26W, "Sales rose 5 percent from the year before.", []),
    ("yrbefore-stay", V26Y, "He moved to Ohio in 2003, the year before the election.", ["2003"]),
    # --- round 1 (05:45), op63: "the previous/following year" after a saying's day counts from that sentence's year ---
    ("prevyr", V26Y, "Car sales hit 7.2 million in 2006, the industry group said on Wednesday. Sales had risen "
     "25 percent the year before.", ["2006", "2007-01-10", "2005"]),
    ("prevyr", V26Y, "Inflation averaged 3.1 percent in 2006, the central bank said Wednesday. In the previous year "
     "it was 2.7 percent.", ["2006", "2007-01-10", "2005"]),
    ("prevyr", V26W, "The airport handled 30 million passengers in 2024, its operator said Tuesday. The previous year "
     "it handled 27 million.", ["2024", "2025-11-11", "2023"]),
    ("prevyr", V26W, "Revenue hit a record in 2024, the company said Monday, and it grew again the following year.",
     ["2024", "2025-11-10", "2025"]),
    ("prevyr-stay", V26Y, "Output reached a record in 2006, officials said on Dec. 28. It fell the previous year.",
     ["2006", "2006-12-28", "2005"]),
    ("prevyr-stay", V26W, "Sales so far in 2025 are up 8 percent, the company said Tuesday. The previous year they "
     "fell.", ["2025", "2025-11-11", "2024"]),
    ("prevyr-stay", V26W, "The company, founded in 1998, said Tuesday that revenue rose 12 percent. The previous "
     "year, revenue was flat.", ["1998", "2025-11-11", "2024"]),
    # --- round 1 (05:45), fp16: an update stamp over a paragraph is one stamp; a bare date-and-clock line a stamp ---
    ("stamp", V26W, "Updated 11:42 a.m. ET Wednesday\n\nThe storm had weakened by dawn.", []),
    ("stamp", V26W, "Updated 2:30 p.m. ET Monday\n\nIt has been raining since Saturday.", ["2025-11-08"]),
    ("stamp", V26W, "Council approves new budget\n11/12/2025 14:05\nThe council approved the budget\non Tuesday "
     "after a long debate that\nlasted well into the evening hours of the day.", ["2025-11-11"]),
    ("stamp", V26W, "Fire destroys warehouse\n11-10-2025 08:36\nA fire destroyed a warehouse on the edge of\ntown "
     "early on Monday, officials said in a statement.", ["2025-11-10"]),
    ("stamp-stay", V26W, "The vote closes at 8 p.m. ET Thursday. It will be a long night.", ["2025-11-13"]),
    ("stamp-stay", V26W, "The federation said the rescheduled match between the two clubs will kick off on\n"
     "11/15/2025 19:30.", ["2025-11-15"]),
    ("stamp-stay", V26W, "The court said the hearing in the case against the three men was set for\n12/3/2025 at "
     "10:00 in Room 4.", ["2025-12-03"]),
    # --- round 1 (05:45), fp16: a month after a given name, before a title or a verb of saying, is a surname ---
    ("surname", V26W, "“It was a long night,” said Maria April, a spokeswoman for the hospital.", []),
    ("surname", V26W, "Lisa August, president of the union, said members would vote.", []),
    ("surname", V26W, "Dr. Kevin March told reporters the vaccine was safe.", []),
    ("surname", V26W, "The plan is sound, said Tom May, the mayor's spokesman.", []),
    ("surname", V26W, "Ana June, a nurse at the clinic, said the queue was long.", []),
    ("surname-stay", V26W, "Come September, the mayor said, the pool will reopen.", ["2026-09"]),
    ("surname-stay", V26W, "Effective January, the chief executive said, prices will rise 5 percent.", ["2026-01"]),
    ("surname-stay", V26W, "Since March, analysts said, prices have doubled.", ["2025-03"]),
    ("surname-stay", V26W, "Sales rose in March, the chief executive said.", ["2025-03"]),
    ("surname-stay", V26W, "Beginning January, the governor said, fees will rise.", ["2026-01"]),
    # --- round 1 (05:45), fp16: what "continues to" do "through" a day goes on till then ---
    ("contthru", V26W, "The heat wave continues to grip the region through Sunday.", ["2025-11-16"]),
    ("contthru", V26W, "The strike continues to disrupt flights at the airport through Thursday, the union says.",
     ["2025-11-13"]),
    ("contthru", V26W, "Officials continue to urge residents to stay indoors through Friday.", ["2025-11-14"]),
    ("contthru-stay", V26W, "The storm continued to batter the coast through Monday.", ["2025-11-10"]),
    ("contthru-stay", V26W, "He continues to insist he was at home through Saturday night.", ["2025-11-08"]),
    ("contthru-stay", V26W, "Investigators continue to examine what happened through Tuesday night.", ["2025-11-11"]),
    # --- round 1 (05:45), fp16: a hedged "as" aside leaves the day after it in the clause before it ---
    ("hedgeas", V26W, "The typhoon will hit Luzon, most likely as a Category 3 storm, on Saturday.", ["2025-11-15"]),
    ("hedgeas", V26W, "The bill will clear the Senate, probably as a compromise, on Thursday.", ["2025-11-13"]),
    ("hedgeas", V26W, "The hurricane made landfall, probably as a Category 2 storm, on Friday.", ["2025-11-07"]),
    ("hedgeas-stay", V26W, "The plane, possibly as a precaution, landed on Tuesday.", ["2025-11-11"]),
    ("hedgeas-stay", V26W, "The ship docked, possibly as a hospital ship, on Monday, and will sail on Friday.",
     ["2025-11-10", "2025-11-14"]),
    # --- round 1 (05:45), fp16: the day a stretch leads up to is the coming one when the last is > 3 days back ---
    ("runup", V26S, "In the lead-up to Tuesday's budget, ministers briefed reporters.", ["2025-11-18"]),
    ("runup", V26S, "The build-up to Wednesday's derby has been tense.", ["2025-11-19"]),
    ("runup", V26S, "Candidates made their final pitches in the countdown to Tuesday.", ["2025-11-18"]),
    ("runup", V26S, "Heading into Monday's summit, the leaders remain divided.", ["2025-11-17"]),
    ("runup-stay", V26S, "Going into Saturday's final, she was the favourite, but she lost.", ["2025-11-15"]),
    ("runup-stay", V26S, "In the run-up to Tuesday's vote, polls had shown a tight race, but the incumbent won "
     "easily.", ["2025-11-11"]),
    ("runup-stay", V26S, "The team headed into Wednesday's game without its captain.", ["2025-11-12"]),
    ("runup-stay", V26S, "Stocks fell heading into Wednesday's close.", ["2025-11-12"]),
    ("runup-stay", V26S, "Voters were anxious going into Tuesday's election, exit polls showed.", ["2025-11-11"]),
    # --- round 1 (05:45), fp16: a fixture named by its day's possessive in the present, one or two days ahead ---
    ("fixposs", V26F, "Smith is a doubt for Sunday's final.", ["2025-11-16"]),
    ("fixposs", V26F, "Jones is fit for Saturday's game against Leeds.", ["2025-11-15"]),
    ("fixposs", V26F, "Sunday's final is a rematch of last year's.", ["2025-11-16"]),
    ("fixposs-stay", V26F, "Jones is the hero of Saturday's game.", ["2025-11-08"]),
    ("fixposs-stay", V26F, "Highlights of Saturday's game are available online.", ["2025-11-08"]),
    ("fixposs-stay", V26F, "Fans are still angry about Saturday's game.", ["2025-11-08"]),
    ("fixposs-stay", V26F, "Police are investigating a fight at Sunday's game.", ["2025-11-09"]),
    ("fixposs-stay", V26F, "Saturday's loss leaves the club in 10th place.", ["2025-11-08"]),
    ("fixposs-stay", V26F, "Smith returned to play in Sunday's game.", ["2025-11-09"]),
]
