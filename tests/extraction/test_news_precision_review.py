"""A review of the precision rules of the fresh9 and unseen rounds: ordinary news
sentences, written for the test, that a rule broader than its purpose dropped or
misdated. Each row: publication date, text, the (date or date/end) the engine
must give, in order.
"""
import datetime as dt

import pytest
from dated import dates

THU = dt.date(2024, 3, 14)


@pytest.mark.parametrize("published, text, expected", [
    # Every newspaper named after a weekday is a Sunday one ("the Sunday Times", "the Mail
    # on Sunday"); another weekday beside a paper's name is the day it reported.
    (THU, "The Daily Mail on Monday reported that the minister had resigned.", ["2024-03-11"]),
    (THU, "He told the Toronto Star on Tuesday that he would not run again.", ["2024-03-12"]),
    (THU, "The Independent on Wednesday published the leaked memo.", ["2024-03-13"]),
    (THU, "The Sun on Monday printed photos of the couple.", ["2024-03-11"]),
    (THU, "Rain on Friday, Sun on Saturday.", ["2024-03-08", "2024-03-09"]),
    (THU, "On Monday Tribune said it would cut 200 jobs.", ["2024-03-11"]),
    (THU, "On Monday Standard Chartered said profit rose.", ["2024-03-11"]),
    (THU, "The company said on Monday Express Scripts would be sold.", ["2024-03-11"]),
    # ... "on Sunday" is the day too: no paper is "on Sunday Times".
    (THU, "On Sunday Independent candidates registered.", ["2024-03-10"]),
    # The Sunday papers stay names.
    (THU, "The Mail on Sunday reported the story.", []),
    (THU, "The minister told the Sunday Telegraph he would stay.", []),
])
def test_only_a_sunday_paper_is_a_name(published, text, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("published, text, expected", [
    # "every year", "each year", "annually" say how often the thing beside them comes round;
    # elsewhere in the sentence they make no custom of a day ("usually" does).
    (THU, "The marathon, which draws thousands every year, was cancelled on Sunday.", ["2024-03-10"]),
    (THU, "About 500 people are killed every year by lightning, officials said Tuesday.", ["2024-03-12"]),
    (THU, "The company, which reports annually, said Tuesday that profit rose.", ["2024-03-12"]),
    (THU, "The number of visitors grows each year, and in February it hit a record.", ["2024-02"]),
    # ... a month beside them is every year's, in any tense.
    (THU, "The festival is held every year in May.", []),
    (THU, "The festival, held in May each year, was cancelled in 2020.", ["2020"]),
    (THU, "The river floods annually in April.", []),
])
def test_every_year_is_a_custom_only_beside_its_month(published, text, expected):
    assert dates(text, published) == expected
