    # --- round 2 (05:45), op63: an escaped quote splits a past sentence from a quote told ahead ---
    ("escq", V26W, 'The mayor resigned on Friday. \\"I will leave office on Monday,\\" she said.',
     ["2025-11-07", "2025-11-17"]),
    ("escq", V26W, 'The plant closed in March. \\"It will reopen in March,\\" the owner said.', ["2025-03", "2026-03"]),
    ("mdimg-stay", V26W, "Police said on Monday ![](https://x.org/a.jpg) that two men were held.", ["2025-11-10"]),
    # --- round 2 (05:45), op63 ru_ba: "before"/"after" right after "this/last/next/the next year" is a preposition ---
    ("yrbefore-stay", V26W, "Prices rose this year after two flat years.", ["2025"]),
    ("yrbefore-stay", V26W, "Sales peaked last year before falling in the spring.", ["2024"]),
    ("yrbefore-stay", V26W, "Output rose this month after a strike ended.", ["2025-11"]),
    ("yrbefore-stay", V26Y, "He was convicted in 2004 and released the next year before his appeal was heard.",
     ["2004", "2005"]),
    ("yrbefore-stay", V26W, "The law takes effect next year after a vote in parliament.", ["2026"]),
    ("yrbefore-stay", V26W, "The firm was sold last month after a bidding war.", ["2025-10"]),
    ("yrbefore", V26W, "Sales fell last year, and the year before.", ["2024", "2023"]),
    ("yrbefore", V26W, "Born in 1950, he moved to Paris the year after.", ["1950", "1951"]),
    ("yrbefore", V26W, "The games will be held in 2028 and again the year after.", ["2028", "2029"]),
    ("yrbefore", V26W, "The war ended in 1945; the year after, the UN met for the first time.", ["1945", "1946"]),
    ("yrbefore", V26W, "He won in 2001 and again the year after that.", ["2001", "2002"]),
    # --- round 2 (05:45), op63: "the previous/following year" after a saying's day of the paper's week ---
    ("prevyr", V26W, "The plant, which opened in 2001, will close on Friday, the company said. It hired 200 workers the "
     "following year.", ["2001", "2025-11-14", "2002"]),
    ("prevyr-stay", V26W, "Exports to the U.S., which peaked in 2018, fell 10 percent in October, the ministry said "
     "Tuesday. They had risen the previous year.", ["2018", "2025-10", "2025-11-11", "2024"]),
