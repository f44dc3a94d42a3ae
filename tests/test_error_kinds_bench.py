"""bench/error_kinds.py counts a set's errors by kind and prints no sentence."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from error_kinds import main  # noqa: E402

# Friday 8 March 2024: "Tuesday" in a past clause is 5 March.
TEXT = """Council votes on budget

The council met on Tuesday to vote on the budget.

The mayor thanked the volunteers on Wednesday.
"""


def test_a_weekday_a_week_off_and_an_undated_sentence_are_counted_by_kind(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = [{"id": "a", "published": "2024-03-08", "events": [
        # the reader's week is the one before: the engine's Tuesday is a week later
        {"date": "2024-02-27", "precision": "day", "cue": "on Tuesday", "what": "vote",
         "sentence_start": "The council met on Tuesday to vote", "certain": True},
    ]}]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")

    main(["--gold", str(tmp_path / "gold.json"), "--texts", str(tmp_path)])

    out = capsys.readouterr().out
    assert "false positives: 2" in out
    assert "day    a sentence gold does not date        1" in out
    assert "day    another date at this precision       1" in out
    assert "misses: 1" in out
    assert "day    sentence dated otherwise             1" in out
    assert "a multiple of 7 days (weekday in the wrong week)   engine later    1" in out
    assert "their rules: wd 1" in out
    assert "council" not in out.lower() and "volunteers" not in out.lower()
