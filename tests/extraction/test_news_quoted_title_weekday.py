"""A weekday inside a short title in quotation marks (a song's, a show's, a film's name: 'Manic Monday',
“Ruby Tuesday”, Netflix's 'Wednesday', “Sunday in the Park with George”) names no day: each word of the quoted
words is capitalised but a title's small words, and no stop or comma stands inside, as a quoted saying has
(“We meet Friday,” she said), nor a pronoun or a modal
("'We Will Vote Thursday'"), and a word in lower case stands outside it (a title-case headline may quote a saying
in title case: "Blizzard 'Could Hit Friday' as Forecasters Warn Towns"). A day told beside the title, a saying
quoted with its day, and a quoted phrase in lower case ("the 'Friday deadline'") keep their dates.

Each row: the text, the dates the engine must give (date or date/end), in order. The sentences are written for
the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 13)

test_quoted_titles_name_no_day = dated_test([
    ("The choir closed with 'Blue Monday' and a hymn.", []),
    ("Fans sang “Sunday Bloody Sunday” outside the stadium.", []),
    ("The second season of ‘Wednesday’ broke streaming records in May.", ["2023-05"]),
    ("She played the lead in “Tuesday with the Tigers” at the Lyric.", []),
    ('Critics praised "Friday Night Dinner" for its writing.', []),
], published=WED)

test_days_beside_titles_and_quoted_sayings_keep_dates = dated_test([
    ("The choir sang 'Blue Monday' on Saturday.", ["2024-03-09"]),
    ("“We will be back on Friday,” the coach told his players.", ["2024-03-15"]),
    ('"We vote Thursday," the senator said.', ["2024-03-14"]),
    ("The 'Friday deadline' passed without a deal.", ["2024-03-08"]),
    ('The union said the strike "starts Monday" unless a deal is reached.', ["2024-03-18"]),
    # (rv21: a headline's quoted saying in title case: a pronoun or a modal inside, or no lower-case word outside)
    ("Senator: 'We Will Vote Thursday'", ["2024-03-14"]),
    ("Blizzard 'Could Hit Friday' as Forecasters Warn Towns", ["2024-03-15"]),
    ("Manager: “Our Season Ends Saturday”", ["2024-03-16"]),
], published=WED)
