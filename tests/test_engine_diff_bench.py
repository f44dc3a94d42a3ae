"""bench/engine_diff.py: its inputs (mutations, templates, splitting) and a run of one tree against itself."""
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import engine_diff as ed  # noqa: E402


def test_fold_keeps_what_ignorecase_matches():
    # every fold swaps one ASCII letter for a character re.IGNORECASE matches to it
    rng = random.Random(0)
    for s in ("The vote is set for next Tuesday, officials said.", "KIM MET THE SKIPPER ON MONDAY."):
        for _ in range(50):
            m = ed.m_fold(s, rng)
            assert m != s and len(m) == len(s) and not m.isascii()
            assert re.fullmatch(re.escape(s), m, re.IGNORECASE)


def test_mutations_are_seeded():
    s = "On Jan. 5, 2023, at 3 p.m., the U.S. envoy said “it's over” - in Kyiv."
    for name, fn in ed.MUTATIONS.items():
        a, b = fn(s, random.Random(7)), fn(s, random.Random(7))
        assert a == b, name
        assert a is None or isinstance(a, str), name


def test_stops_after_abbreviations():
    rng = random.Random(1)
    assert "Jan 5" in {ed.m_stop_remove("It ended Jan. 5 in the U.S.", random.Random(k)) and
                       ed.m_stop_remove("It ended Jan. 5 in the U.S.", random.Random(k))[9:14] for k in range(20)}
    out = ed.m_stop_add("It ended Jan 5 at 3 pm.", rng)
    assert out in ("It ended Jan. 5 at 3 pm.", "It ended Jan 5 at 3 p.m..") or out.count(".") == 2


def test_split_text_sentences_and_paragraphs():
    sents, paras = ed.split_text("LONDON (AP) — It rained. Then it stopped!\nA new line.\n\nSecond “Quote.” Next one")
    assert sents == ["LONDON (AP) — It rained.", "Then it stopped!", "A new line.", "Second “Quote.”", "Next one"]
    assert len(paras) == 2 and "\n" in paras[0]


def test_templates_fill_every_slot():
    rng = random.Random(3)
    for _ in range(500):
        kind, text, pub = ed.template(rng)
        assert "{" not in text and "}" not in text and kind.startswith("tpl:") and pub in ed.PUBS


def test_inputs_reproducible_and_no_blind_set():
    a = ed.build_inputs(5, 300, orig="50", sets={"demo"})
    b = ed.build_inputs(5, 300, orig="50", sets={"demo"})
    assert a == b and len(a) >= 300
    assert not {n for n, *_ in ed.dev_sets()} & ed.BLIND


def test_same_tree_gives_no_difference(tmp_path, capsys):
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"t": "The council voted on Monday.", "p": "2023-04-06", "o": "x"}\n'
                   '{"t": "THE COUNCIL WıLL VOTE NEXT TUESDAY.", "p": "2023-04-06", "o": "y"}\n', encoding="utf-8")
    assert ed.main(["--a", str(ROOT), "--b", str(ROOT), "--inputs", str(inp)]) == 0
    assert ": 0 of 2 inputs differ" in capsys.readouterr().out


def test_delta_names_the_fields_that_differ():
    ev = ("[ExtractedEvent(date=datetime.date(2023, 4, 5), precision='day', cue='Monday', cue_start=3, "
          "title='{}')]")
    assert ed.delta(ev.format("Kim met"), ev.format("Kim")) == "#1 title: 'Kim met' -> 'Kim'"
    assert ed.delta(ev.format("x"), "[]") == "only a: 2023-04-05 'Monday'@3"
    assert "uncertain=False" in ed.delta("[] || uncertain=False (after): []", "[] || uncertain=False (after): [1]")
    assert ed.delta("EXCEPTION KeyError: 'x'", "[]") == "(not compared field by field)"
