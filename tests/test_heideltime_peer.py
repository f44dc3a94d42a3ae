"""bench/heideltime_peer.py turns HeidelTime's TimeML into extract_events statements (no Java needed)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from heideltime_peer import parse_timeml, timeml_to_events  # noqa: E402

TEXT = (
    "\nAT&T said on Monday that profits <rose> in May 2023. Sales fell in the third quarter, "
    "and the board met this week.\n\n"
    "In 1998 the firm moved. It has grown for the last two years, and now plans more. "
    "Staff met Friday morning, weekly since the 1990s.\n"
)
TIMEML = (
    '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
    '\nAT&T said on <TIMEX3 tid="t1" type="DATE" value="2023-06-05">Monday</TIMEX3> that profits <rose> in '
    '<TIMEX3 tid="t2" type="DATE" value="2023-05">May 2023</TIMEX3>. Sales fell in '
    '<TIMEX3 tid="t3" type="DATE" value="2023-Q3">the third quarter</TIMEX3>, '
    'and the board met <TIMEX3 tid="t4" type="DATE" value="2023-W23">this week</TIMEX3>.\n\n'
    'In <TIMEX3 tid="t5" type="DATE" value="1998">1998</TIMEX3> the firm moved. It has grown for '
    '<TIMEX3 tid="t6" type="DURATION" value="P2Y">the last two years</TIMEX3>, and '
    '<TIMEX3 tid="t7" type="DATE" value="PRESENT_REF">now</TIMEX3> plans more. '
    'Staff met <TIMEX3 tid="t8" type="TIME" value="2023-06-02TMO">Friday morning</TIMEX3>, '
    '<TIMEX3 tid="t9" type="SET" value="P1W" freq="1X">weekly</TIMEX3> since '
    '<TIMEX3 tid="t10" type="DATE" value="199">the 1990s</TIMEX3>.\n'
    "\n</TimeML>\n"
)


def test_timexes_are_placed_at_their_offsets_in_the_unescaped_text():
    timexes = parse_timeml(TIMEML, TEXT)

    assert len(timexes) == 10
    for t in timexes:
        assert TEXT[t["start"]:t["end"]] == t["text"]
    assert [t["tid"] for t in timexes][:2] == ["t1", "t2"]


def test_date_timexes_with_a_day_month_or_year_value_become_statements_in_their_sentence():
    events = timeml_to_events(TIMEML, TEXT)

    assert [(e["date"], e["precision"], e["cue"], e["sentence"]) for e in events] == [
        ("2023-06-05", "day", "Monday", "AT&T said on Monday that profits <rose> in May 2023."),
        ("2023-05", "month", "May 2023", "AT&T said on Monday that profits <rose> in May 2023."),
        ("1998", "year", "1998", "In 1998 the firm moved."),
    ]
    for e in events:
        assert TEXT[e["cue_start"]:e["cue_start"] + len(e["cue"])] == e["cue"]
        assert TEXT[e["sentence_start"]:e["sentence_start"] + len(e["sentence"])] == e["sentence"]


def test_time_timexes_count_at_day_precision_only_when_asked():
    events = timeml_to_events(TIMEML, TEXT, types=("DATE", "TIME"))

    assert ("2023-06-02", "day", "Friday morning") in [(e["date"], e["precision"], e["cue"]) for e in events]
    assert len(events) == 4


def test_a_timex_that_is_not_in_the_text_is_left_out():
    other = TEXT.replace("In 1998 the firm moved.", "The firm moved.")

    events = timeml_to_events(TIMEML, other)

    assert "1998" not in [e["date"] for e in events]
    assert [e["cue"] for e in events] == ["Monday", "May 2023"]
