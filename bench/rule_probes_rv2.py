"""rv2's probes of the later rules merged into int (fx1 336ff56, 5d6ebe1; fx2 66aac5d, cefee8f,
60f7257; fx3 8fc104f, f601a4c, 267f58f, fc3ac09, 973064c, 1e1f402), each row's reader's dates decided
before the engine was run. Prints each probe OK or BAD and the count right (per rule and in all); a
row wrong here is a known limit, not a test.

Run: .venv/bin/python bench/rule_probes_rv2.py [checkout-root]   (default: this checkout)
"""
import collections
import datetime
import os
import sys

W = "2024-03-13"  # a Wednesday: Mon 11, Tue 12 | Thu 14, Fri 15, Sat 16, Sun 17 ahead | Wed 6 .. Sun 10 gone

# (rule, published, sentence, reader's dates)
PROBES = [
    # 336ff56 a plain past list of weekdays never crosses the publication day; tense.unmarked_past
    ("pastlist", W, "The team play Arsenal Wednesday and Saturday.", ["2024-03-13", "2024-03-16"]),
    ("pastlist", W, "The council meet Wednesday and Thursday to set the budget.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The band play Wednesday and Saturday at the arena.", ["2024-03-13", "2024-03-16"]),
    ("pastlist", W, "The police close the road Wednesday and Thursday for the marathon.",
     ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The staff work Wednesday and Thursday this week.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The public get free entry Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "Rules require that the store close Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The storm hit the coast Tuesday and Thursday.", ["2024-03-05", "2024-03-07"]),
    ("pastlist", W, "The company cut 500 jobs Monday and Wednesday.", ["2024-03-11", "2024-03-13"]),
    ("pastlist", W, "The gunman shot two officers Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", W, "The jury find out Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The Red Sox face the Yankees Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The Heat host Boston Wednesday and Friday.", ["2024-03-13", "2024-03-15"]),
    ("pastlist", W, "The England squad fly out Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The children get a day off Wednesday and Thursday.", ["2024-03-13", "2024-03-14"]),
    ("pastlist", W, "The blaze spread Tuesday through Thursday.", ["2024-03-05/2024-03-07", "2024-03-07"]),
    ("pastlist", W, "The mob fled the scene Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", W, "The company cut 500 jobs Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", W, "The team beat Arsenal Sunday and Chelsea Wednesday.", ["2024-03-10", "2024-03-13"]),
    ("pastlist", W, "The jury found him guilty Wednesday and Thursday.", ["2024-03-06", "2024-03-07"]),
    ("pastlist", W, "The county fair Wednesday and Thursday at the fairgrounds.", ["2024-03-13", "2024-03-14"]),
    # 5d6ebe1 a weekday in a deciding verb's infinitive comes after the deciding's day
    ("decided", W, "The council voted on Tuesday to close the road on Friday.", ["2024-03-12", "2024-03-15"]),
    ("decided", W, "Workers voted Tuesday to walk out on Thursday.", ["2024-03-12", "2024-03-14"]),
    ("decided", W, "Officials decided on Monday to hold the vote on Sunday.", ["2024-03-11", "2024-03-17"]),
    ("decided", W, "Lawmakers voted on Tuesday to condemn the attack on Sunday.", ["2024-03-12", "2024-03-10"]),
    ("decided", W, "The UN Security Council voted Monday to investigate the shelling on Saturday.",
     ["2024-03-11", "2024-03-09"]),
    ("decided", W, "Police asked residents on Monday to report anything they saw on Saturday.",
     ["2024-03-11", "2024-03-09"]),
    ("decided", W, "The board agreed on Tuesday to review the layoffs announced on Friday.",
     ["2024-03-12", "2024-03-08"]),
    ("decided", W, "The court decided on Thursday to hear the case on Monday.", ["2024-03-07", "2024-03-11"]),
    ("decided", W, "The judge ordered him on Monday to appear in court on Friday.", ["2024-03-11", "2024-03-15"]),
    ("decided", W, "The committee voted Monday to approve the bill, and the Senate passed it on Tuesday.",
     ["2024-03-11", "2024-03-12"]),
    ("decided", W, "The league decided on Monday to punish the club for the brawl on Saturday.",
     ["2024-03-11", "2024-03-09"]),
    ("decided", W, "The board voted on Tuesday to overturn the ruling on Friday.", ["2024-03-12", "2024-03-08"]),
    ("decided", W, "The council voted on Monday to honor the firefighters at a ceremony on Saturday.",
     ["2024-03-11", "2024-03-16"]),
    ("decided", W, "The senators agreed on Tuesday to meet again on Monday.", ["2024-03-12", "2024-03-18"]),
    # 66aac5d what is called off is named for its day
    ("calledoff", W, "The storm forced organizers to cancel the parade Saturday, and thousands of spectators "
                     "stayed home.", ["2024-03-09"]),
    ("calledoff", "2024-03-11", "Rain forced the postponement of the match Saturday, the club said.", ["2024-03-09"]),
    ("calledoff", W, "The team canceled its practice Saturday.", ["2024-03-09"]),
    ("calledoff", W, "The cancellation of the concert Saturday left fans furious.", ["2024-03-09"]),
    ("calledoff", W, "Officials blamed the cancellation of the race Saturday on high winds.", ["2024-03-09"]),
    ("calledoff", W, "Police forced the cancellation of a rally Saturday after clashes broke out.", ["2024-03-09"]),
    ("calledoff", W, "Icy roads are forcing the cancellation of classes Thursday.", ["2024-03-14"]),
    # cefee8f a weekday right after a positive test is gone by
    ("positive", W, "Three players tested positive for COVID-19 on Saturday and Sunday, but the league still "
                    "plans to play on Tuesday.", ["2024-03-09", "2024-03-10", "2024-03-19"]),
    ("positive", W, "If he tests positive on Monday, he will miss the game.", ["2024-03-18"]),
    ("positive", W, "Players will be tested on Monday.", ["2024-03-18"]),
    ("positive", W, "The league will play Friday's game even if players test positive on Thursday.",
     ["2024-03-15", "2024-03-14"]),
    ("positive", W, "Jones, who tested positive on Friday, will miss Sunday's game.", ["2024-03-08", "2024-03-17"]),
    ("positive", W, "The team plans to resume practice Friday after two players tested positive Monday.",
     ["2024-03-15", "2024-03-11"]),
    ("positive", W, "Anyone who tests positive on Saturday must isolate for five days.", ["2024-03-16"]),
    # 60f7257 moved from one day to another: two days, the one put off before the other
    ("moved", W, "The hearing was postponed from Monday to Thursday.", ["2024-03-11", "2024-03-14"]),
    ("moved", W, "The launch, originally scheduled for Tuesday, was delayed until Friday.",
     ["2024-03-12", "2024-03-15"]),
    ("moved", W, "The concert has been postponed from Saturday to Sunday.", ["2024-03-16", "2024-03-17"]),
    ("moved", W, "The vote was moved from Thursday to Monday.", ["2024-03-14", "2024-03-18"]),
    ("moved", W, "The trial was postponed from March 3 to March 10.", ["2024-03-03", "2024-03-10"]),
    ("moved", W, "The game was postponed from Sunday to Monday because of rain.", ["2024-03-10", "2024-03-11"]),
    ("moved", W, "The meeting, set for Monday, has been pushed back to next Thursday.",
     ["2024-03-11", "2024-03-21"]),
    ("moved", W, "Temperatures rose from Monday to Thursday.", ["2024-03-04/2024-03-07", "2024-03-07"]),
    ("moved", W, "The exhibition ran from March 3 to March 10.", ["2024-03-03/2024-03-10", "2024-03-10"]),
    # f601a4c 'last date of/for' is a series' final one
    ("lastdate", W, "The last date for filing nominations is March 20.", ["2024-03-20"]),
    ("lastdate", W, "The last day of school was June 14.", ["2023-06-14"]),
    ("lastdate", W, "The last date of withdrawal is 25 March.", ["2024-03-25"]),
    ("lastdate", W, "He was last seen on March 2.", ["2024-03-02"]),
    ("lastdate", W, "The last day to register is Friday.", ["2024-03-15"]),
    ("lastdate", W, "The last day of the festival was Sunday.", ["2024-03-10"]),
    ("lastdate", W, "Last date for applications: March 20.", ["2024-03-20"]),
    ("lastdate", W, "The last day for voters to register was Tuesday.", ["2024-03-12"]),
    ("lastdate", W, "The last date of payment was extended to April 2.", ["2024-04-02"]),
    # 267f58f 'N days after <something> ... on <day>': the something's day
    ("daysafter", W, "The attack comes two days after soldiers were killed in Uri, Poonch and Rajouri sectors on "
                     "Sunday.", ["2024-03-10"]),
    ("daysafter", W, "Two days after the election on Sunday, results are still unclear.", ["2024-03-10"]),
    ("daysafter", W, "The strike began three days after talks collapsed in Paris, London and Berlin on Friday.",
     ["2024-03-08"]),
    ("daysafter", W, "The arrest came two days after the storm, police said on Monday.", ["2024-03-11"]),
    ("daysafter", W, "The vote came two days after the election, and the results were announced on Friday.",
     ["2024-03-08"]),
    # fc3ac09 'hours later' runs from the scene just told
    ("hours", W, "Polls opened on Sunday. Turnout was high in the north.\n\nOfficials praised the vote.\n\n"
                 "Counting began in the evening. Two hours later, the first results came in.",
     ["2024-03-10", "2024-03-10"]),
    ("hours", W, "The fire broke out on Tuesday. Crews arrived within minutes.\n\nThe blaze was contained. "
                 "Firefighters stayed on site.\n\nSome residents returned home. Three hours later, the road "
                 "reopened.", ["2024-03-12", "2024-03-12"]),
    ("hours", W, "The strike began on Monday.\n\nUnion leaders met with managers. Talks broke down.\n\n"
                 "Two days later, workers returned.", ["2024-03-11", "2024-03-13"]),
    ("hours", W, "Counting began this morning.\n\nPolling was held on March 1 and 5.\n\nObservers were posted. "
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


def main(root: str) -> None:
    sys.path.insert(0, root)
    sys.path.insert(0, os.path.join(root, "tests", "extraction"))
    from dated import dates
    right, per, total = 0, collections.Counter(), collections.Counter()
    for rule, pub, text, expected in PROBES:
        got = dates(text, datetime.date.fromisoformat(pub))
        right += got == expected
        per[rule] += got == expected
        total[rule] += 1
        print(("OK  " if got == expected else "BAD ") + f"{rule:10} {pub} {text!r} want={expected} got={got}")
    print(" ".join(f"{r} {per[r]}/{total[r]}" for r in total))
    print(f"{right} of {len(PROBES)} right")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
