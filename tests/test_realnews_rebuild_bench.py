"""bench/realnews/rebuild.py rebuilds a set's texts from saved search answers and checks their hashes."""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

REBUILD = Path(__file__).resolve().parent.parent / "bench" / "realnews" / "rebuild.py"
sys.path.insert(0, str(REBUILD.parent))
from rebuild import restored  # noqa: E402

# What the search tool shows: the page's no-break space as a space, its straight apostrophe as a curly one.
SHOWN = "Polls close at 8 p.m. on Tuesday. The mayor’s office said so. And then some"
PAGE = "Polls close at 8\u00a0p.m. on Tuesday. The mayor's office said so.\n"
EDITS = [[16, "\u00a0"], [43, "'"]]


def test_restored_puts_back_the_pages_own_characters():
    assert restored(SHOWN, EDITS) == PAGE.rstrip("\n") + " And then some"


def test_restored_leaves_other_characters_and_is_idempotent():
    once = restored(SHOWN, EDITS)
    assert restored(once, EDITS) == once
    # an edit whose offset holds no look-alike of its character changes nothing
    assert restored("abc", [[1, "\u00a0"], [9, "'"]]) == "abc"


def test_a_set_with_excerpt_edits_rebuilds_and_verifies(tmp_path):
    (tmp_path / "cache").mkdir()
    gold = [{"id": "ele-01", "url": "https://example.org/a", "query": "polls", "published": "2024-03-05",
             "sha256": hashlib.sha256(PAGE.encode()).hexdigest(), "excerpt_edits": EDITS, "events": []}]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "cache" / "ele-01.json").write_text(json.dumps(
        {"id": "ele-01", "query": "polls", "url": "https://example.org/a", "excerpt": SHOWN}), encoding="utf-8")
    out = subprocess.run([sys.executable, str(REBUILD), str(tmp_path)], capture_output=True, text=True)
    assert "1 articles, 1 verified, 0 mismatched, 0 missing" in out.stdout
    assert out.returncode == 0
    assert (tmp_path / "texts" / "ele-01.txt").read_text(encoding="utf-8") == PAGE
