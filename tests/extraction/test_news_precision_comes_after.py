"""News that "comes" N days after something, when the text has just given the news's own
day (issue 12, precision on real news): counted back from that day, not from the publication
day. Sentences written for the test, not taken from any article. Each row: text, the dates
the engine must give (publication Thursday 8 June 2023).
"""
import datetime as dt

from dated import dated_test, dates

THU = dt.date(2023, 6, 8)


test_news_that_comes_after_counts_from_its_own_day = dated_test([
    ("The union voted on Monday to strike. The vote comes a week after talks collapsed.",
     ["2023-06-05", "2023-05-29"]),
    ("A judge ruled on Tuesday that the law was void. The ruling comes three days after the governor signed it.",
     ["2023-06-06", "2023-06-03"]),
    ("The board fired its chief on Wednesday. This decision came two days after the audit was published.",
     ["2023-06-07", "2023-06-05"]),
    ("The company announced on Tuesday that it would cut jobs. It comes two days after the union walked out.",
     ["2023-06-06", "2023-06-04"]),
    # What the news came after is what the sentence before dated (its word is there, the
    # news's is not): that day, the anchor, as "came a day after Monday's vote" would give.
    ("Parliament voted on Monday to impeach the president. The resignation came two days after the vote.",
     ["2023-06-05", "2023-06-05"]),
    ("The union walked out on Tuesday. The cuts come two days after the walkout.", ["2023-06-06", "2023-06-06"]),
    # ... and so is what it came before: the anchor's day, not the news day counted forward.
    ("The storm hit the coast on Monday. The warning came two days before the storm.", ["2023-06-05", "2023-06-05"]),
    ("Parliament voted on Tuesday. The resignation came a day before the vote.", ["2023-06-06", "2023-06-06"]),
    # Unchanged: with no day of the news given, the news is the publication day's; a day
    # inside the sentence dates it; a day of another, later happening is no news day.
    ("The protest comes a day after police shot a man.", ["2023-06-07"]),
    ("The strike, which began on Monday, comes a week after talks collapsed.", ["2023-06-05", "2023-05-29"]),
    ("The council will vote on Friday. The vote comes a week after the mayor resigned.",
     ["2023-06-09", "2023-06-01"]),
    ("Two days after the vote, the minister resigned.", []),
], published=THU)


def test_the_leads_day_is_the_news_day_further_down():
    text = ("The company announced Wednesday it will close its plant in early March, leaving 300 workers without "
            "jobs.\n\nThe decision followed months of talks between the company and the union over how to cut "
            "costs, which ended without a deal.\n\nThe company said it had to stay competitive in a hard market "
            "and that a supplier from out of state would take over the plant's work.\n\nUnion leaders said they "
            "were stunned by the news and would meet members over the coming days.\n\n"
            "The move comes a week after the union offered to take a pay cut.")
    assert text.index("The move") > 400
    assert dates(text, THU) == ["2023-06-07", "2024-03", "2023-05-31"]
