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
