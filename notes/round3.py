    # --- round 3 (05:55), op63 210f511f: a fiscal year dated by the month it starts in is no calendar year ---
    ("fiscbound", V26W, "The budget for the next fiscal year, which begins in April, will be tabled in February.",
     ["2026-04", "2026-02"]),
    ("fiscbound", V26W, "Spending will rise in the following fiscal year starting in July 2026.", ["2026-07"]),
    # --- round 3 (05:55), op63 77e4ec65: days a court fixes for a stage of a case lie ahead; a second day range ---
    ("fixday", V26W, "The magistrate fixed December 4 for mention.", ["2025-12-04"]),
    ("fixday", V26W, "The judge set Jan. 20 for trial.", ["2026-01-20"]),
    ("fixday", V26W, "On Monday, the judge fixed November 20 for judgment.", ["2025-11-10", "2025-11-20"]),
    ("fixday", V26W, "The tribunal fixed March 3-5 and 10-12 for the hearing.",
     ["2026-03-03/2026-03-05", "2026-03-05", "2026-03-10/2026-03-12", "2026-03-12"]),
    ("fixday", V26W, "Summer camps run July 7-11 and 14-18 for ages 6 to 12.",
     ["2026-07-07/2026-07-11", "2026-07-11", "2026-07-14/2026-07-18", "2026-07-18"]),
    ("fixday-stay", V26W, "The court had set Oct. 1 for trial.", ["2025-10-01"]),
    ("fixday-stay", V26W, "The judge set Nov. 3 for trial, and the jury convicted him on Friday.",
     ["2025-11-03", "2025-11-07"]),
    ("fixday-stay", V26W, "The judge set bail at $5,000 on Monday.", ["2025-11-10"]),
    ("fixday-stay", V26W, "Back in August, the court set Sept. 15 for sentencing.", ["2025-08", "2025-09-15"]),
    # --- round 3 (05:55), op63 82e5c0c0: a wire dateline after a caption starts the story ---
    ("storyline-stay", V26W, "Rescuers search the rubble on Sunday. (AP Photo)\nANKARA, Turkey (AP) — The quake struck "
     "on Sunday. The next day, aftershocks rattled the city.", ["2025-11-09", "2025-11-09", "2025-11-10"]),
    ("storyline-stay", V26W, "Storm batters coast\nMIAMI (AP) — The storm made landfall on Monday. Two days later, "
     "power was still out.", ["2025-11-10", "2025-11-12"]),
    # --- round 3 (05:55), fp16 d60b5b82: an occasion after "going into"/"the run-up to" told in the past: the nearest ---
    ("runuphol", V26W, "Turkey prices rose sharply heading into Thanksgiving, the survey found.", ["2025-11-27"]),
    ("runuphol-stay", "2025-08-20", "Shoppers spent less in the run-up to Christmas, the company said in its annual "
     "report.", ["2024-12-25"]),
    ("runuphol-stay", "2025-06-10", "Candidates spent $1 billion in the run-up to Election Day, a study found.",
     ["2024-11-05"]),
    ("runuphol-stay", V26W, "Turkey prices rose sharply heading into Thanksgiving last year.", ["2024-11-28", "2024"]),
    ("runuphol-stay", "2025-01-10", "Retail sales rose 4 percent in the run-up to Christmas, the trade body said.",
     ["2024-12-25"]),
