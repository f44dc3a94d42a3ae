"""An embedded social post's "today" is the day it was posted, which its signature line under it gives
("Posted by <page> on Wednesday, August 28, 2024", "— Name (@handle) August 28, 2024"), not the paper's
day (session 26, fresh34). Only the post's own paragraph, just above the signature; a post of more than a
week before the paper, or a "today" of the story's own text, is left as before.

Each row: the publication date, the text, the dates the engine must give, in order. The sentences are
written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

FRI = dt.date(2025, 3, 14)

test_an_embedded_posts_today_is_its_posting_day = dated_test([
    (FRI, "The bakery reopened downtown.\n\nFresh bagels today only! Come by before noon.\n\n"
          "Posted by Corner Bakery on Thursday, March 13, 2025\n\nCustomers lined up early.", ["2025-03-13"]),
    (FRI, "Fans reacted online.\n\nWhat a win today, so proud of this team.\n\n"
          "— Sam Lee (@samlee) March 12, 2025\n\nThe club thanked its fans.", ["2025-03-12"]),
])

test_a_today_outside_the_post_is_the_papers = dated_test([
    (FRI, "The bakery reopened downtown.\n\nFresh bagels today only!\n\n"
          "Posted by Corner Bakery on Thursday, March 13, 2025\n\nCustomers are lining up today.",
     ["2025-03-13", "2025-03-14"]),
    (FRI, "The owner said the shop opens today.\n\nCustomers lined up early.\n\n"
          "Posted by Corner Bakery on Thursday, March 13, 2025", ["2025-03-14"]),
    # a post of more than a week before the paper: left as before
    (FRI, "Fans reacted online.\n\nWhat a win today!\n\n— Sam Lee (@samlee) February 2, 2025\n\nThe club thanked fans.",
     ["2025-03-14"]),
])
