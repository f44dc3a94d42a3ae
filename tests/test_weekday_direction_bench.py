"""bench/weekday_direction.py scores the engine's bare weekdays alone, by direction."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from weekday_direction import main  # noqa: E402

# Wednesday 6 March 2024.
TEXT = """Officials met on Thursday to discuss the plan.

The council will vote Monday on the budget, which was published on March 1.
"""
GOLD = [{"id": "a", "published": "2024-03-06", "events": [
    {"date": "2024-02-29", "precision": "day", "cue": "on Thursday", "what": "meeting",
     "sentence_start": "Officials met on Thursday to discuss", "certain": True},
    # the reader's Monday is the one gone by: the engine's, ahead, is a week later
    {"date": "2024-03-04", "precision": "day", "cue": "Monday", "what": "vote",
     "sentence_start": "The council will vote Monday on", "certain": True},
]}]


def run(tmp_path, capsys, *extra):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    main(["--gold", str(tmp_path / "gold.json"), "--texts", str(tmp_path), *extra])
    return capsys.readouterr().out


def test_only_weekday_statements_are_scored_and_counted_by_direction(tmp_path, capsys):
    out = run(tmp_path, capsys)
    # "March 1" is the engine's too, but no weekday rule's: it is not a false positive here
    assert "recall 0.500 precision 0.500 F1 0.500 (false positives 1)" in out
    assert "past     -> past        1\n" in out
    assert "past     -> ahead       1  <- wrong week" in out
    assert "right 1 of 2" in out
    assert "council" not in out.lower() and "officials" not in out.lower()


def test_show_prints_each_error_with_its_sentence(tmp_path, capsys):
    out = run(tmp_path, capsys, "--show")
    assert "gold 2024-03-04 Mon (cue 'Monday'), engine 2024-03-11" in out
    assert "The council will vote Monday on the budget" in out
    assert "Officials met" not in out
