"""Which week a bare weekday falls in (issue 12): forms of real news where the engine put the day in
the wrong week, each with the counterexamples its rule must leave alone (captions, past narratives,
reported speech).

Each row: the publication date, the text, the dates the engine must give (date or date/end), in
order. The sentences are written for the tests, not taken from articles.
"""
import datetime as dt

from dated import dated_test

WED = dt.date(2024, 3, 13)  # the coming Friday is 15 March, the last one 8 March


# A place's name written with commas ("Paris, France", "Portland, Ore.,") does not end the clause:
# the verb before the place says the date's time.
test_a_place_named_with_commas_keeps_the_verb_before_it = dated_test([
    (WED, "The minister will meet his counterpart in Paris, France on Friday.", ["2024-03-15"]),
    (WED, "The envoy will arrive in Portland, Ore., on Friday.", ["2024-03-15"]),
    (WED, "The ministers will hold talks in the coastal province of Antalya, Turkey on Friday.", ["2024-03-15"]),
    (WED, "He said he would travel to Kyiv, Ukraine, on Friday.", ["2024-03-15"]),
    # ... and a past verb before the place keeps the day gone by
    (WED, "The minister met his counterpart in Paris, France, on Friday.", ["2024-03-08"]),
    (WED, "The minister met his counterpart in Paris, France on Friday.", ["2024-03-08"]),
    (WED, "The storm hit Miami, Florida on Friday.", ["2024-03-08"]),
    (WED, "Police said the suspect was arrested in Tulsa, Okla., on Friday.", ["2024-03-08"]),
    (WED, "Fans are seen at the stadium in Madrid, Spain, on Friday.", ["2024-03-08"]),
    (WED, "The company, based in Austin, Texas, on Friday reported higher profits.", ["2024-03-08"]),
    (WED, "The plane that crashed near Denver, Colorado on Friday was carrying 12 people.", ["2024-03-08"]),
    (WED, "The talks, to be held in Geneva, Switzerland, were postponed on Friday.", ["2024-03-08"]),
    (WED, "He will play for Chelsea, Smith said on Friday.", ["2024-03-08"]),
    # a caption's scene with no verb the engine knows stays the day gone by
    (WED, "A man walks past a flooded street in Houston, Texas, on Friday.", ["2024-03-08"]),
    (WED, "Protesters gather outside parliament in London, England on Friday.", ["2024-03-08"]),
    (WED, "Firefighters battle a blaze in Athens, Greece, on Friday.", ["2024-03-08"]),
    (WED, "Rescue workers in Kathmandu, Nepal, on Friday.", ["2024-03-08"]),
])
