"""bench/yearless_direction.py pairs gold's yearless month-days with the engine's, by side of the paper and distance."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from yearless_direction import main, yearless_day  # noqa: E402

# Wednesday 6 March 2024.
TEXT = """The council will vote on June 30 on the budget.

The mayor was elected on Nov. 5, 2023, and took office on Jan. 2.
"""
GOLD = [{"id": "a", "published": "2024-03-06", "events": [
    {"date": "2024-06-30", "precision": "day", "cue": "on June 30", "what": "vote",
     "sentence_start": "The council will vote on June", "certain": True},
    # a full date is no yearless day: not counted
    {"date": "2023-11-05", "precision": "day", "cue": "on Nov. 5, 2023", "what": "election",
     "sentence_start": "The mayor was elected on Nov.", "certain": True},
    {"date": "2024-01-02", "precision": "day", "cue": "on Jan. 2", "what": "office",
     "sentence_start": "The mayor was elected on Nov.", "certain": True},
]}]


def test_yearless_day_reads_the_cue():
    assert yearless_day({"cue": "on June 30", "precision": "day"})
    assert not yearless_day({"cue": "on Nov. 5, 2023", "precision": "day"})
    assert not yearless_day({"cue": "in June", "precision": "month"})
    assert not yearless_day({"cue": "on June 30", "precision": "day", "certain": False})


def test_yearless_days_counted_by_side_and_distance(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    main(["--gold", str(tmp_path / "gold.json"), "--texts", str(tmp_path)])
    out = capsys.readouterr().out
    assert "1 articles, 2 certain yearless days; right 2" in out
    assert "ahead    -> ahead       1\n" in out
    assert "past     -> past        1\n" in out
    assert "council" not in out.lower()
