"""A page's date under the label "publish:" (a CMS's bare verb, "• publish: 4 May 2020 • time: 10:02
am") or "Publish date:" is the page's stamp, no event, as "Published:" already was; a sentence that
opens with the verb "Publish" and no colon is read as before.
"""
import datetime as dt

from dated import dated_test

PUB = dt.date(2020, 5, 4)

test_a_publish_label_is_the_pages_stamp = dated_test([
    ("• publish: 4 May 2020\n  • time: 10:02 am\n  • category: World\nFlood relief reaches the valley\n\n"
     "Aid trucks reached the valley on Sunday, officials said.", ["2020-05-03"]),
    ("publish: 4 May 2020\nAid trucks reached the valley on Sunday.", ["2020-05-03"]),
    ("Publish date: 4 May 2020\n\nAid trucks reached the valley on Sunday.", ["2020-05-03"]),
], published=PUB)

test_neighbours_of_the_publish_label_are_unchanged = dated_test([
    ("Published: 4 May 2020\n\nAid trucks reached the valley on Sunday.", ["2020-05-03"]),
    # the verb opening a sentence, no label
    ("Publish the audit by May 20, the council told the mayor on Sunday.", ["2020-05-20", "2020-05-03"]),
    # a line that reports publishing: a sentence, its day read
    ("The ministry will publish the audit on 20 May 2020, an aide said on Sunday.", ["2020-05-20", "2020-05-03"]),
], published=PUB)
