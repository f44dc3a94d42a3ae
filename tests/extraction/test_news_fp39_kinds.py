"""False statements found by fp39's precision sample (session 46: courts, crime and justice news, 2015-2025, from
many countries: hearings set for a weekday, remands and adjournments, appeals, arrests, police appeals). Rows
written for the test, not the pages' text.

- a page's stamp line whose label is the noun "Last update:" or "Latest update:" (not only "Last updated:"): its
  full date and clock ("Tuesday, 3 March 2025, 09:10 Last update: about 2 years ago") and the page's age after the
  label ("about 2 years ago", counted from the day the page was read, not from the paper's) are no happening; a
  sentence about an update ("The last update to the app came on Monday") keeps its date;
- a notice addressed to the reader about their browser's scripts, a paragraph of its own ("JavaScript is disabled in
  your web browser ... Today almost all web pages contain JavaScript ..."): the site's boilerplate, its "Today" no
  day (news about a browser, "On Tuesday the company said its browser will block JavaScript", keeps its day).
"""
import datetime as dt

from dated import dated_test

TUE = dt.date(2025, 3, 4)  # a Tuesday

test_stamp_line_with_last_update_label = dated_test([
    (TUE, "Man remanded\n\nMonday, 3 March 2025, 09:10 Last update: about 2 years ago\n\nA man was remanded yesterday.",
     ["2025-03-03"]),
    (TUE, "Man remanded\n\n4 March 2025 Last update: 5 March 2025\n\nThe court sat on Friday.", ["2025-02-28"]),
    (TUE, "Man remanded\n\nLast update: about 2 years ago\n\nThe court sat on Friday.", ["2025-02-28"]),
    (TUE, "Man remanded\n\nTuesday, 4 March 2025, 10:30 Latest update: 1 hour ago\n\nThe court sat on Friday.",
     ["2025-02-28"]),
    # near neighbours: the label spelt as a participle (already a stamp), prose about an update
    (TUE, "Man remanded\n\nMonday, 3 March 2025, 09:10 Last updated: about 2 years ago\n\nA man was remanded yesterday.",
     ["2025-03-03"]),
    (TUE, "The last update to the app came on Monday.", ["2025-03-03"]),
    (TUE, "The latest update on the case came two years ago.", ["2023"]),
    (TUE, "The last update was published on 3 March 2025 by the council.", ["2025-03-03"]),
])

test_browser_notice_paragraph = dated_test([
    (TUE, "JavaScript is disabled in your web browser. Today almost all web pages contain JavaScript, a language "
          "that runs in the browser.\n\nThe court sat on Friday.", ["2025-02-28"]),
    (TUE, "Please enable JavaScript in your browser to view this page. Today most sites need it.\n\n"
          "The man was charged yesterday.", ["2025-03-03"]),
    (TUE, "Your browser does not support JavaScript. Today all pages use it.\n\nThe man was charged yesterday.",
     ["2025-03-03"]),
    # near neighbours: news about a browser, a notice's words in another paragraph, a plain "Today" lead
    (TUE, "JavaScript is disabled by default in the new browser, the company said on Monday.", ["2025-03-03"]),
    (TUE, "On Monday the company said its browser will block JavaScript.", ["2025-03-03"]),
    (TUE, "The man was charged yesterday.\n\nToday almost all of the detainees were released on bail.",
     ["2025-03-03", "2025-03-04"]),
])

# rv47's rows: only the notice's own sentences are boilerplate (those about the browser, JavaScript, web pages or
# cookies, and a generic "Today" with nothing else of time and nothing gone by); a saying told with the notice's
# words and a story glued to the notice on its line keep their days.
test_story_glued_to_a_browser_notice = dated_test([
    (dt.date(2025, 3, 4), "Your browser does not support passkeys yet, but Apple said on Monday that Safari will add "
                          "them.", ["2025-03-03"]),
    (dt.date(2025, 3, 4), "Please enable JavaScript in your browser settings, the bank told customers on Monday after "
                          "the outage.", ["2025-03-03"]),
    (dt.date(2025, 3, 4), "Your browser does not support the video tag. Police arrested a man on Monday. He will "
                          "appear in court on Friday.", ["2025-03-03", "2025-03-07"]),
    (dt.date(2025, 3, 4), "Cookies are blocked by your browser. Today's hearing was adjourned until Friday.",
     ["2025-03-04", "2025-03-07"]),
])
