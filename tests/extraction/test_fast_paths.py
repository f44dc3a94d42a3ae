"""The shortcuts that skip a regex when a cheap test shows it cannot match
(events.py, input_text.py, statements.py, non_dates.py, direction.py ...) give
exactly what the regex alone gives.

Each shortcut relies on a word list kept beside its regex ("a match holds one
of these words"). A word added to the regex but not to the list would make
the shortcut skip real matches: these tests build texts from every word the
regex names, in several spellings and contexts, and compare."""
import datetime as dt
import random
import re

from timeline.extraction import anchors as A
from timeline.extraction import direction as D
from timeline.extraction import events as E
from timeline.extraction import grammar as G
from timeline.extraction import input_text as IN
from timeline.extraction import non_dates as ND
from timeline.extraction import page_furniture as PF
from timeline.extraction import publication as PUB
from timeline.extraction import recognition as R
from timeline.extraction import sentences as SEN
from timeline.extraction import similarity as SIM
from timeline.extraction import stages as S
from timeline.extraction import statements as ST
from timeline.extraction import tense as T
from timeline.extraction.fastpath import ends_with_word, holds, may_hold, search_last_words


def _regex_words(rx: re.Pattern) -> list[str]:
    """The words written in a pattern ("since", "as", "of"), from its source."""
    return sorted(set(re.findall(r"(?<![\\?])\b[a-z]{2,}\b", rx.pattern.lower())))


def _texts(words: list[str], n: int = 1500, seed: int = 12) -> list[str]:
    """Texts ending, starting and made of the words, capitalised or not, with
    the characters re.IGNORECASE folds onto ASCII letters ("ſ", "ı", "İ", "K")."""
    rnd = random.Random(seed)
    extra = ["x", "the", "humid", "Day", "ſince", "İn", "ıt", "’s", "(AP Photo)", "said,", "a\u00a0b", "2023", ""]
    pool = words + [w.upper() for w in words] + [w.capitalize() for w in words] + extra
    seps = [" ", "  ", "", "\n", ", ", "\t", "-", ". "]
    return ["".join(rnd.choice(pool) + rnd.choice(seps) for _ in range(rnd.randint(0, 9))) for _ in range(n)]


def _date_prep_by_regex(before: str) -> str:
    prep = E._DATE_PREP.search(before, max(0, len(before) - 40))
    return before[:prep.start()] if prep and (prep.group(0).strip() or not before.strip()) else before


def test_date_prep_words_cover_the_regex():
    # Every word of the regex can end a match, but "as" (always "as of").
    assert set(_regex_words(E._DATE_PREP)) - {"as"} <= set(E._DATE_PREP_WORDS)


def test_without_date_prep_is_the_regex():
    for before in _texts(_regex_words(E._DATE_PREP), n=4000):
        assert E._without_date_prep(before) == _date_prep_by_regex(before), before


def test_relative_cue_is_the_regex():
    for text in _texts(["after", "before", "day", "a", "two", "weeks"]):
        for a in range(0, len(text), 3):
            assert E._relative_cue(text, a, len(text)) == bool(E._RELATIVE_CUE.search(text, a, len(text)))


def test_lead_attrib_words_cover_the_regex():
    verbs = {"said", "says", "told", "reported", "announced", "confirmed"}
    assert set(_regex_words(E._LEAD_ATTRIB)) & verbs <= set(E._LEAD_ATTRIB_WORDS)
    for text in _texts(_regex_words(E._LEAD_ATTRIB) + ["Kim", "North", "Korea", "fired", "missiles", "that"]):
        if not may_hold(text, E._LEAD_ATTRIB_WORDS):
            assert E._LEAD_ATTRIB.search(text) is None, text


def test_caption_words_cover_the_regex():
    for text in _texts(_regex_words(ST._CAPTION) + ["(", ")", "Ahn", "Young-joon"]):
        ST.is_caption.cache_clear()
        assert ST.is_caption(text) == bool(ST._CAPTION.search(text))


def test_has_letters_counts_like_isalpha():
    rnd = random.Random(5)
    chars = "abcXYZ019 .,-\n’“éüß中²½ſİ\u00a0"
    for _ in range(300):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 1500)))
        letters = sum(map(str.isalpha, text))
        for share in (0.1, 0.25, 0.5):
            needed = len(text) * share
            # (an empty text has no letters to count: never enough)
            assert IN._has_letters(text, needed) == (bool(text) and letters >= needed)


def test_ascii_bad_characters_are_the_regex_s():
    # check_usable counts an ASCII text's bad characters without the regex: their class is "\x01" (_CLASSES).
    assert all((IN._CLASSES[c] == 1) == bool(IN._BAD_CHARS.fullmatch(chr(c))) for c in range(128))
    rnd = random.Random(6)
    chars = "ab XY\n\t\r\x00\x07\x0b\x0c\x1f\x7f.9"
    for text in ["plain text\n\tand tabs", "nul\x00", "bell\x07 and del\x7f", "\x0b\x0c form feeds"] + \
            ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 60))) for _ in range(500)]:
        classes = text.encode("ascii").translate(IN._CLASSES)
        assert classes.count(b"\x01") == len(IN._BAD_CHARS.findall(text)), text


def test_enough_letters_from_classes_is_has_letters():
    # check_usable counts an ASCII text's letters from its classes (_enough_letters), its lower-case half first.
    rnd = random.Random(7)
    for chars in ("abcXYZ019 .,-\n", "ABC MNO 123 ...", "a1 2 3 4 5 6 7 8", "ZZ zz 00"):
        for _ in range(300):
            text = "".join(rnd.choice(chars) for _ in range(rnd.randint(1, 1500)))
            classes = text.encode("ascii").translate(IN._CLASSES)
            for share in (0.1, 0.25, 0.5, 0.8):
                needed = len(text) * share
                assert IN._enough_letters(classes, needed) == IN._has_letters(text, needed), (text, share)


def _plain_edits_by_finditer(text: str) -> list[tuple[int, int, str]]:
    """input_text.plain_edits as the regex alone reads it: every name _GLUED_NAME finds in the text."""
    edits = []
    if "\r" in text:
        edits += [(m.start(), 2, "\n") if m[0] == "\r\n" else (m.start(), 1, "\n") for m in re.finditer("\r\n?", text)]
    for m in IN._GLUED_NAME.finditer(text):
        at = m.start()
        if not at or not "a" <= text[at - 1] <= "z":
            continue
        word = at - 1
        while word and "a" <= text[word - 1] <= "z":
            word -= 1
        if at - word >= 2 and (not word or text[word - 1] in IN._TOKEN_EDGE) and \
                not IN._STAMP_AFTER.match(text, m.end()):
            edits.append((at, 0, " "))
    return sorted(edits)


def test_plain_edits_from_check_usable_classes_are_the_regex_s():
    # plain_edits reads glued names where the text's classes (_CLASSES) hold "aM", those check_usable made of the
    # same text when it asked just before, else its own.
    rnd = random.Random(9)
    pieces = ["voted on", "May 8", "onMay 8", "cancelWednesday's", "McMonday", "#GivingTuesday", "the", " ", "\n",
              "\r\n", "\r", "suspectsMonday, January 6, 2020 22:14", "sawJan. 5", "inSept. 9", "aDecember", "é",
              "caféMonday", "onMayday", "x", "TheMarch", "\"", "(", "Sunday", "in2020", "Ω", "iPhone", "ſunday"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        expected = _plain_edits_by_finditer(text)
        assert IN.plain_edits(text) == expected, text
        if len(text) >= 40 and text.strip():
            try:
                IN.check_usable(text)
            except Exception:
                continue
            assert IN.plain_edits(text) == expected, text
    IN._CLASSES_OF = None


def test_possessive_entry_head_is_the_backtracking_pattern():
    # page_furniture._ENTRY_HEAD's runs are possessive: the same matches as the pattern that gives characters back.
    slow = re.compile("\n" + re.sub(r"(\{\d,\d\}|\+)\+", r"\1", PF._ENTRY_HEAD_SOURCE))
    assert "++" not in slow.pattern and "}+" not in slow.pattern
    rnd = random.Random(11)
    parts = [["", " ", "\t", "  "], ["", "", "Monday, ", "Mon. ", "Thurs ", "Sun "],
             ["5 ", "12 ", "123 ", "5\n", "March ", "Mar. ", "Septembers ", "China ", "The ", "Pacific First ", ""],
             ["March", "Mar.", "5", "12", "5,", "Dec", "x", "Septembers", ""], [" ", "  ", "\n", "", ", "],
             ["2004", "1999", "19999", "2100", "20", ""], [".", ":", " - ", "China", "\n", " said", "", "x"]]
    hits = 0
    for _ in range(4000):
        text = "".join("".join(rnd.choice(p) for p in parts) + rnd.choice(["\n", "\n\n", " "])
                       for _ in range(rnd.randint(1, 5)))
        got = [(m.span(), m.groups()) for m in PF._ENTRY_HEAD_NEXT_LINE.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in slow.finditer(text)], text
        hits += bool(got)
    assert hits > 100, hits


def test_count_needs_cover_summary_count():
    # summary_count looks for a count only in a sentence with a happening noun or a tally word among its words.
    words = sorted(S.HAPPENING_NOUNS) + _regex_words(S._TALLY) + ["year-to-date", "cumulatively", "seven", "12",
                                                                   "1,200", "missiles", "launch", "missile-tests"]
    counted = 0
    lines = [f"{n} {noun}" for noun in sorted(S.HAPPENING_NOUNS) for n in ("seven", "12", "the 3 launch")] + \
        ["12 missiles so far", "10 rockets in all", "2 strikes year-to-date", "Five Flights, cumulatively"]
    for text in lines + _texts(words, n=6000):
        low = text.lower()
        needs = not low.isascii() or not S._COUNT_NEEDS.isdisjoint(
            low.encode("ascii").translate(S._LETTERS_ONLY).decode().split())
        if S._TALLY.search(text):
            assert needs, text
        for m in (S._COUNT_ASCII if low.isascii() else S._COUNT).finditer(low):
            if S._plural_noun(m.group("noun")) in S.HAPPENING_NOUNS:
                counted += 1
                assert needs, text
    assert counted > 100  # (the texts hold such counts)


# --- fastpath.may_hold and the shortcuts built on it --------------------------


def test_may_hold_is_a_necessary_condition_under_ignorecase():
    words = ("said", "kim", "noon", "the")
    rx = re.compile("|".join(words), re.IGNORECASE)
    for text in _texts(list(words) + ["İt", "ſaid", "\u212aim", "SAİD", "x"], n=3000):
        if rx.search(text):
            assert may_hold(text, words), text


def test_cancel_words_cover_the_regex():
    words = _regex_words(S._CANCEL) + ["cancelled", "canceled", "the", "summit", "was", "input", "output", "Off",
                                       "ſcrapped", "puſhed", "BACK"]
    for text in _texts(words, n=6000):
        if S._CANCEL.search(text):
            assert S._may_cancel(text), text
    # what the finer gate turns away that a list of the single words let through
    assert not S._may_cancel("The computer was put in storage, the input pushed aside.")


def test_tense_tail_shortcuts_are_the_regexes():
    words = _regex_words(T._REPORTING) + _regex_words(T._BEFORE_TAIL) + _regex_words(T._SINCE_TAIL) + \
        ["the", "x", "\u00a0", "ſaid", "THE"]
    for text in _texts(words, n=4000):
        for rx, w in ((T._REPORTING, T._REPORTING_WORDS), (T._BEFORE_TAIL, ("the",)), (T._SINCE_TAIL, ("the",))):
            if rx.search(text):
                assert ends_with_word(text, w), (rx.pattern, text)


def test_clock_shortcut_is_the_regex():
    words = ["at", "5", "10:30", "a.m.", "p.m.", "pm", "am", "noon", "midnight", "EST", "GMT", "local", "time",
             "NOON", "mıdnight", "x", ",", " ,", "\u00a0", "UTC", "PT", "Friday"]
    for text in _texts(words, n=4000):
        if T._CLOCK_TAIL.search(text):
            assert T._may_end_with_clock(text), text


def test_lead_attrib_match_is_the_sub():
    words = _regex_words(E._LEAD_ATTRIB) + ["Kim", "North", "Korea", "fired", "missiles", "that", "Seoul"]
    for text in _texts(words, n=3000):
        lead = E._LEAD_ATTRIB.match(text)
        assert (text[lead.end():] if lead else text) == E._LEAD_ATTRIB.sub("", text), text


def test_new_date_shortcut_is_the_regex():
    words = _regex_words(S._NEW_DATE_BEFORE) + ["the", "x", "talks", "were", "ſo"]
    for text in _texts(words, n=4000):
        if S._NEW_DATE_BEFORE.search(text):
            assert ends_with_word(text, S._NEW_DATE_LAST_WORDS), text


def test_count_tree_is_the_longest_first_list():
    # The number words as a prefix tree (stages._COUNT) match what the flat
    # list, longest word first, matched: a word is followed by whitespace.
    flat = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(sorted(S._NUMBER_WORDS, key=len, reverse=True)) +
                      r")(?=(?P<noun>(?:\s+[a-z][a-z-]*){1,3}))")
    words = list(S._NUMBER_WORDS) + ["launches", "missiles", "so", "far", "1,200", "12", "x", "teen", "-", "ty"]
    for text in (t.lower() for t in _texts(words, n=4000, seed=7)):
        got = [(m.span(), m.group("n"), m.group("noun")) for m in S._COUNT.finditer(text)]
        assert got == [(m.span(), m.group("n"), m.group("noun")) for m in flat.finditer(text)], text


def test_titles_skip_the_relative_checks_exactly():
    # titles() skips the per-span checks for relative phrases when the
    # sentence holds neither "after" nor "before": each title is still
    # make_title's, with or without such words elsewhere in the sentence.
    sentences = [
        "North Korea fired a missile on Monday, a day after the drills began on Sunday, officials said.",
        "Kim met Park on Tuesday and will visit Tokyo on Friday before flying home.",
        "The summit on 5 April was moved to 9 May, the ministry said on Thursday.",
        "After talks on Monday, the envoys agreed to meet again in June.",
        "Prices rose in March and fell in April, the agency said on Wednesday.",
    ]
    from timeline.extraction.recognition import find_mentions
    for s in sentences + [s.replace("after", "then").replace("before", "ere").replace("After", "Then")
                          for s in sentences]:
        dates = tuple((m.start, m.end) for m in find_mentions(s))
        assert dates, s
        assert E.titles(s, list(dates), dates) == [E.make_title(s, a, b, dates=dates) for a, b in dates], s


def test_full_names_asked_for_some_short_forms_finds_what_the_whole_scan_finds():
    # full_names(..., only=) scans the stretches between "." and "," around
    # the short forms asked for, and leaves out known names: the same
    # answers as the scan of the whole text, for those short forms.
    rnd = random.Random(7)
    words = ["Hiroshi", "Okabe", "Park", "Min-jae", "Kim", "Lee", "Iraq", "NATO", "President", "Mr", "de", "van",
             "the", "said", "met", "Okabe’s", "Park's", "Seoul", "Lake", "Bled", "São", "Paulo", "U.S.", "Jr."]
    seps = [" ", ", ", ". ", "\n", " (", ") ", "; ", "-", "  "]
    for _ in range(600):
        text = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 30)))
        only = set(rnd.sample(["Okabe", "Park", "Kim", "Lee", "Iraq", "NATO", "Hiroshi", "Min-jae", "Bled"], 3))
        whole = E.full_names(text)
        assert E.full_names(text, only=only) == {k: v for k, v in whole.items() if k in only}, (text, only)


def _tidy_by_regex(s: str) -> str:
    """events._tidy as it was: the regex whenever a space comes before a mark."""
    s = s.strip(" ,;:-—–“”\"'`")
    if " ," in s or " ." in s or " ;" in s or " :" in s:
        s = E._SPACE_BEFORE_PUNCT.sub("", s)
    if ",," in s:
        s = s.replace(",,", ",")
    s = s.rstrip(" .,;:")
    for q_open, q_close in (("“", "”"), ('"', '"')):
        if s.count(q_open) + (s.count(q_close) if q_close != q_open else 0) == 1:
            s = s.replace(q_open, "").replace(q_close, "")
    return s.strip()


def test_one_spaced_is_the_split_and_join():
    for text in _texts(["said", "on", "Seoul", "(AP)", "", " ", "\u2028", "\x1c", "\u3000", "\u0085"], n=4000):
        for s in (text, text.strip(), " " + text, text + " "):
            assert E._one_spaced(s) == " ".join(s.split()), repr(s)


def test_tidy_without_the_regex_on_single_spaces_tidies_the_same():
    rnd = random.Random(3)
    pool = ["Kim", "said", ",", ".", ";", ":", " ", "  ", "\t", "\n", "\u00a0", "“", "”", '"', "x", ",,", "U.S.", "—"]
    for _ in range(3000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 14)))
        assert E._tidy(s) == _tidy_by_regex(s), repr(s)

def test_dateline_shortcuts_are_the_regexes():
    # publication._dateline_match and sentences._dateline_end skip their regex
    # when the line's only hyphens sit inside words ("Atlanta-based").
    rnd = random.Random(8)
    pieces = ["SEOUL", "WASHINGTON", ", South Korea", " (AP)", " (Reuters)", " ", "-", " - ", "--", "—", "–", "_",
              "Atlanta-based", "March 5, 2023", "x-", "A", "said", "\n", "(Yonhap)"]
    for _ in range(3000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9)))
        named = PUB._named_place(PUB._DATELINE.match(line))
        assert PUB._dateline_match(line) is None or named is not None
        if named is not None and "A" <= line.lstrip()[:1] <= "Z":
            assert PUB._dateline_match(line).span() == named.span(), line
        _same_dateline_end(line)
    # (fp26) a release's dateline with its full date and its wire's tag, or a place in title case with its postal code
    parts = [["MCLEAN", "WASHINGTON", "Washington", "Austin", "A", "x", "ST. PAUL"], ["", ", Va.", ", DC", ", TX", ","],
             ["", " and LOS ANGELES", " and Austin", "/LONDON"], ["", ", March 5, 2024", " - March 5, 2024",
                                                               "March 5, 2024", ", 2024", ", March 5"],
             ["", " /PRNewswire/", " (GLOBE NEWSWIRE)", "--(BUSINESS WIRE)--", "(AP)"], [" -- ", " - ", "—", "–", " ", ""],
             ["Acme", "said", "\n", "", "x-"]]
    # (their shortcuts skip no match: where either regex matches, _dateline_end ends there)
    hits = 0
    for _ in range(4000):
        line = "".join(rnd.choice(p) for p in parts)
        rel = _release_dateline(line)
        if rel is not None:
            hits += 1
            assert SEN._dateline_end(line, 0, len(line)) == rel.end(), line
    assert hits > 200


def _release_dateline(line):
    return SEN._RELEASE_DATELINE.match(line, 0, min(len(line), 120)) or \
        SEN._TITLE_STATE_DATELINE.match(line, 0, min(len(line), 120))


def _same_dateline_end(line):
    """sentences._dateline_end, its shortcuts skipped: a release's dateline (fp26) first, then the wire's."""
    m = SEN._DATELINE.match(line, 0, min(len(line), 120))
    head_ok = m is not None and ("(" in m.group(0) or re.match(r"[A-Z]{3,}", m.group(0)))
    rel = _release_dateline(line)
    assert SEN._dateline_end(line, 0, len(line)) == (rel.end() if rel else m.end() if head_ok else None), line


def test_split_terminals_are_those_the_splitter_used():
    # sentences._terminals finds every _TERMINAL match followed by whitespace or a
    # capital (the others split nothing), each as _TERMINAL matches it.
    rnd = random.Random(9)
    pieces = ["U.S.", " ", ". ", "3.5", "Inc.,", "?!", "...", '."', ".)", "\n", ".The", "a.m.", "x", "…", ". .", "!…"]

    def splits(spans, text):
        return [(a, b) for a, b in spans if re.match(r"\s|[A-Z]", text[b:b + 1])]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert splits([m.span(1) for m in SEN._terminals(text, 0, len(text))], text) == \
            splits([m.span() for m in SEN._TERMINAL.finditer(text)], text), text


def _random_windows(seed: int, pieces: list[str], n: int = 4000):
    """n texts of 1-14 random pieces, each with a random window (text, pos, end) to search in."""
    rnd = random.Random(seed)
    for _ in range(n):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        pos = rnd.randint(0, len(text))
        yield text, pos, rnd.randint(pos, len(text))


def test_terminal_run_is_the_written_out_form():
    # sentences._TERMINAL_RUN, "(?:[\s.!?]*[.!?]|)", makes the same matches as "(?:\s*[.!?]+)*" (the form it
    # stands for) in _TERMINAL, _TERMINAL_NEXT, _SPLIT_TERMINAL and _SPLIT_FULL_STOP (atomic group and look-ahead
    # included), with the same groups, from every start.
    written = r"(?:[\s]*[.!?]+)*"
    slow = {name: re.compile(getattr(SEN, name).pattern.replace(SEN._TERMINAL_RUN, written))
            for name in ("_TERMINAL", "_TERMINAL_NEXT", "_SPLIT_TERMINAL", "_SPLIT_FULL_STOP",
                         "_SPLIT_TERMINAL_NEXT", "_SPLIT_FULL_STOP_NEXT")}
    assert all(written in rx.pattern for rx in slow.values())
    pieces = [".", "!", "?", "…", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "x", "A", "é", "É", '"', "'", "”", "’",
              ")", "]", "\\", "U.S.", "3.5", "Inc.,", " The", " “We", " \U0001F44F ", "⚠️", "\u200d", ". .", "!…", "?!"]
    for text, pos, end in _random_windows(29, pieces):
        for name, rx in slow.items():
            fast = getattr(SEN, name)
            assert [(m.span(), m.groups()) for m in fast.finditer(text, pos, end)] == \
                [(m.span(), m.groups()) for m in rx.finditer(text, pos, end)], (name, text)


def test_optional_next_as_a_branch_is_the_question_mark_form():
    # sentences._NEXT's emoji group and _THEN_NEXT's _NEXT are written "(?:X|)" (a branch: no repeat context for
    # the regex engine to set up): the same matches and groups as "(?:X)?", the form they stand for, in _NEXT and in
    # the three terminal patterns built with _THEN_NEXT, from every start to every end.
    emoji = r"\ufe0f\u200d]+\s+|)"
    slow_next = SEN._NEXT.pattern.replace(emoji, emoji[:-2] + ")?")
    slow_then = r"(?:" + slow_next + r")?"
    assert slow_next != SEN._NEXT.pattern and SEN._THEN_NEXT == r"(?:" + SEN._NEXT.pattern + r"|)"
    slow = {"_NEXT": re.compile(slow_next)} | {
        name: re.compile(getattr(SEN, name).pattern.replace(SEN._THEN_NEXT, slow_then))
        for name in ("_SPLIT_TERMINAL_NEXT", "_SPLIT_FULL_STOP_NEXT", "_TERMINAL_NEXT")}
    assert all("|)" not in rx.pattern[-40:] for rx in slow.values())
    pieces = [".", "!", "?", "…", " ", "  ", "\n", "\u00a0", "x", "A", "é", '"', "'", "“", "‘", "`", "(", "[", "\\",
              ")", "”", "U.S.", "3.5", "Inc.,", " The", " “We", " \U0001F44F ", "⚠️", "\u200d", "\ufe0f", ". .", "19"]
    for text, pos, end in _random_windows(41, pieces):
        for name, rx in slow.items():
            fast = getattr(SEN, name)
            assert [m.regs for m in fast.finditer(text, pos, end)] == [m.regs for m in rx.finditer(text, pos, end)], \
                (name, text)
            assert (m.regs if (m := fast.match(text, pos, end)) else None) == \
                (m.regs if (m := rx.match(text, pos, end)) else None), (name, text)


def test_terminals_carry_next_s_match_after_them():
    # Each match _terminals yields holds, after its terminal (group 1), what _NEXT.match finds right
    # after that terminal up to the block's end (groups 2-4), or None there when it finds nothing.
    rnd = random.Random(19)
    pieces = ["U.S.", " ", ". ", "3.5", "Inc.,", "?!", "...", '."', ".)", "\n", ".The", "a.m.", "x", "…", ". .",
              "!…", " (AP)", " “We", " \U0001F44F ", "\u00a0", " the", " 19", "'", " [", "”"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        end = rnd.randint(0, len(text))
        for m in SEN._terminals(text, 0, end):
            nxt = SEN._NEXT.match(text, m.end(1), end)
            assert m.group(2, 3, 4) == (nxt.group(1, 2, 3) if nxt else (None, None, None)), text
            assert m.span(2) == (nxt.span(1) if nxt else (-1, -1)), text


def test_full_stop_terminal_is_the_split_terminal_without_other_terminals():
    # sentences._terminals searches a stretch holding no "!", "?" or "…" with _SPLIT_FULL_STOP:
    # the same matches as _SPLIT_TERMINAL's there, and a stretch with one of them takes the latter.
    rnd = random.Random(10)
    pieces = ["U.S.", " ", ". ", "3.5", "Inc.,", "...", '."', ".)", "\n", ".The", "a.m.", "x", ". .", "'", "”"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        pos = rnd.randint(0, len(text))
        assert [m.span() for m in SEN._SPLIT_FULL_STOP.finditer(text, pos)] == \
            [m.span() for m in SEN._SPLIT_TERMINAL.finditer(text, pos)], text
    assert SEN._SPLIT_FULL_STOP.pattern == SEN._SPLIT_TERMINAL.pattern.replace("[.!?…]", r"\.", 1)


def test_year_gate_is_the_year_regex():
    # publication._may_hold_year says what _HAS_YEAR.search says, digits beyond ASCII ("٢٠٢٣") too.
    rnd = random.Random(11)
    pieces = ["2023", "12", "7", "a", " ", "-", "x1", "٢٠٢٣", "٣", "é", "May", "_", "19th", "\n",
              ",", "99", "1998a", "_7", "Z", "(", ".0"]
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert PUB._may_hold_year(line) == (PUB._HAS_YEAR.search(line) is not None), line


def test_tense_look_aheads_before_look_behinds_find_the_same_markers():
    # tense._LOOK_FIRST: each look-ahead repeats the words its look-behind chain
    # guards; the pattern without them must find the same markers.
    verbs = "|".join(w.replace("_", r"\s+") for w in T.SCHEDULE_PLURAL_VERBS)
    look_aheads = (r"(?=to\s)", r"(?=due\s)", f"(?=(?:{verbs}))", r"(?=[a-z]*ed\b)")
    plain = T._TENSE.pattern
    for look in look_aheads:
        assert plain.count(look) == 1, look
        plain = plain.replace(look, "")
    for flags, rx in ((re.IGNORECASE, T._TENSE), (0, T._TENSE_LOW)):
        slow = re.compile(plain, flags)
        # The guarded words and those of their look-behinds, often side by side.
        words = ["to", "be", "due", "was", "were", "been", "claimed", "said", "the", "not", "n't", "it's", "’s",
                 "kick", "off", "go", "into", "effect", "open", "return", "start", "reopen", "talks",
                 "agreed", "need", "united", "fired", "red", "ed", "edged", "bed-ridden", "eDe", "Fired"]
        for text in _texts(words, n=3000) + _texts(_regex_words(slow), n=1000):
            text = text if flags else text.lower()
            assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in slow.finditer(text)], text


def test_tense_gate_finds_the_markers_the_pattern_finds_without_it():
    # _TENSE_LOW's look-ahead (recognition.head_gate): every marker opens with one of its heads, or is
    # an -ed word.
    assert T._GATE is not None and f"(?={T._GATE}|" in T._TENSE_LOW.pattern
    ungated = re.compile(T._TENSE_HEAD + T._TENSE_BODY)
    words = ["of", "on", "a", "new", "but", "the", "in", "to", "will", "won't", "'ll", "they'll", "it's", "there's",
             "planned", "need", "bed", "expected", "is", "going", "get", "gets", "due", "ahead", "upcoming", "i"]
    for text in _texts(words, n=3000) + _texts(_regex_words(ungated), n=2000, seed=5):
        low = text.lower()
        assert [(m.span(), m.groupdict()) for m in T._TENSE_LOW.finditer(low)] == \
            [(m.span(), m.groupdict()) for m in ungated.finditer(low)], low


def test_head_gate_passes_exactly_the_heads_a_pattern_opens_with():
    from timeline.extraction.recognition import head_gate

    spaced = re.compile(head_gate(r"in\s+the\s+coming\b", k=4))  # \s read as itself: every whitespace
    assert all(spaced.match("in" + c + "t") for c in map(chr, range(0x110000)) if c.isspace())
    assert not spaced.match("in a") and not spaced.match("into")
    gate = re.compile(head_gate(r"(?:was|were|is|(?=go)going\s+to|a[bc]+d|x\wy)\b", k=3))
    letters = "abcdexyz' ginowrst"
    passed = {a + b + c for a in letters for b in letters for c in letters if gate.match(a + b + c)}
    assert passed == {"was", "wer", "goi", "abb", "abc", "abd", "acb", "acc", "acd"} | \
        {"is" + c for c in letters} | {"x" + b + c for b in letters for c in letters}  # (a match ends; \w)
    assert gate.match("is\u00e9") and gate.match("goi") and not gate.match("go ")
    assert head_gate(r"(?:a|bc)?") is None  # may match nothing
    # a part under re.IGNORECASE is not read: anything may follow what comes before it
    assert re.compile(head_gate(r"ab(?i:c)d", k=4)).match("abXd")



def test_mention_groups_read_by_name_are_the_scan_of_its_groups():
    # recognition._mention keeps every named group of the rule (None where it did not match): g reads it, and
    # says what the scan of `groups` (the matched ones) says, for every group name of the pattern.
    import dataclasses

    from timeline.extraction.recognition import MASTER, Mention, find_mentions

    text = ("On Tuesday, March 5, 2023, two days after the vote, officials said the talks of last week and "
            "the second quarter of 2022 would resume next Monday, 10 years ago, in mid-2021 and on 2023-03-07.")
    mentions = find_mentions(text)
    assert len(mentions) >= 8
    for m in mentions:
        plain = Mention(m.kind, m.start, m.end, m.text, m.groups)  # no names kept: the scan
        assert m == plain and hash(m) == hash(plain) and repr(m) == repr(plain)
        assert dataclasses.replace(m, start=m.start) == m
        for name in MASTER.groupindex:
            assert m.g(name) == plain.g(name), (m, name)


def test_readying_words_cover_the_regex():
    # mention_tense asks may_hold(window, _READYING_WORDS) before _READYING_FOR_DAY: every match holds one.
    from timeline.extraction import mention_tense as MT

    made = ["bracing for windy conditions ", "a warning for snow for ", "as they prepare for ", "in preparation of ",
            "a flood watch for late ", "advisories in effect for ", "GEARED UP for ", "stocking up for ",
            "readied extra beds for ", "ready for ", "their readiness for ", "alerts were issued for ",
            "the outlook for ", "forecasts for early ", "ſtocked up for "]
    assert all(MT._READYING_FOR_DAY.search(text) for text in made if "ſ" not in text)
    words = _regex_words(MT._READYING_FOR_DAY) + ["Sunday", "snow", "the", "x", "ſtocked", "WARNING", "gearing"]
    for text in made + _texts(words, n=6000) + _texts(made + words, n=6000, seed=3):
        if MT._READYING_FOR_DAY.search(text):
            assert may_hold(text, MT._READYING_WORDS), text


def test_category_tokens_are_the_token_regex():
    # categories._tokens splits a translated copy of an ASCII text (its runs with hyphens cut at double
    # hyphens and trimmed, or each run whole when no run holds "--" or opens or ends with "-"); elsewhere the
    # regex.
    from timeline.extraction import categories as C

    words = ["missile", "test-fire", "B-52", "launch", "x", "the", "2023", "ICBM", "naïve", "ſtorm", "—", "'s", "a_b",
             "-", "--", "---", "a-", "-a", "Jong-un", "u.s.-led"]
    for text in _texts(words, n=4000) + _texts(["-", "a", "B", "1", " ", "_", "."], n=4000, seed=5) + \
            ["", " ", "-", "a-", "-a", "a--b", "a---b", "a-b---c-d", "--a--", "Élection 2024", "ab\u00a0cd"]:
        for t in (text, text.lower()):
            assert C._tokens(t) == C._TOKEN.findall(t), t


def _cut_texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 15))) for _ in range(n)]


def test_clause_cut_opening_with_its_class_is_the_plain_pattern():
    plain = re.compile(T._CLAUSE_CUT_PLAIN)
    pieces = [";", "—", "–", "(", ")", "“", "”", '"', ",", " ", "  ", "\t", "\n", "-", " - ", "``", "''", "'", "`",
              "1999", "2,0", "Jr", "Inc", "Ltd", "a", "word", "\u00a0", "x-y", ", 2023", ",Jr", "9,", "Jrs"]
    for text in _cut_texts(pieces, 60000, 3):
        pos = len(text) // 3
        assert [m.span() for m in T._CLAUSE_CUT.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert [m.span() for m in T._CLAUSE_CUT.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]


def test_clause_cuts_with_no_spaced_hyphen_are_the_whole_pattern():
    # _clause_cuts reads a text with no spaced hyphen with _CLAUSE_CUT_UNSPACED (no space opening its class)
    pieces = [";", "—", "–", "(", ")", "“", "”", '"', ",", " ", "  ", "\t", "\n", "-", "- ", " -", " - ", "\u00a0-",
              "-\n", "``", "''", "'", "`", "1999", "2,0", "Jr", "Inc", "a", "word", "x-y", ", 2023", ",Jr", "9,"]
    unspaced = 0
    for text in _cut_texts(pieces, 60000, 4):
        whole = [m.span() for m in T._CLAUSE_CUT.finditer(text)]
        assert [m.span() for m in T._clause_cuts(text)] == whole, text
        if not re.search(r"\s-\s", text):
            unspaced += 1
            assert [m.span() for m in T._CLAUSE_CUT_UNSPACED.finditer(text)] == whole, text
    assert unspaced > 10000


def test_title_clause_cuts_opening_with_their_class_are_the_plain_pattern():
    plain = re.compile(E._CLAUSE_CUTS_PLAIN)
    pieces = [";", ":", ",", " ", "  ", "\t", "\n", "—", "–", "--", "-", "which", "who", "in", "the", "a", "an", "its",
              "in the", "after", "and", "or", "saying", "x", "Which", "\u00a0", "whichever", "b", ", ", " — "]
    # every word of both lists (prefix trees in _CLAUSE_CUTS), and words they begin
    words = sorted(set(E._CLAUSE_OPENERS.split("|")) | {w.replace("\\s+", " ") for w in E._CLAUSE_WORDS.split("|")})
    pieces += words + [w[:-1] for w in words] + [w + "s" for w in words] + ["in  a", "in\tits", "includ"]
    for text in _cut_texts(pieces, 60000, 4):
        for pos, end in ((0, len(text)), (min(25, len(text)), min(81, len(text))), (len(text) // 3, len(text))):
            assert [m.span() for m in E._CLAUSE_CUTS.finditer(text, pos, end)] == \
                [m.span() for m in plain.finditer(text, pos, end)], text


def test_title_phrase_cuts_as_a_tree_are_the_plain_pattern():
    plain = re.compile(E._PHRASE_CUTS_PLAIN)
    pieces = [" ", "  ", "\t", "\n", ",", "\u00a0", '"', "“", "x", "the", "a", "In", "ON"] + E._PHRASE_WORDS + \
        [w + "s" for w in E._PHRASE_WORDS] + [w[:-1] for w in E._PHRASE_WORDS]
    for text in _cut_texts(pieces, 40000, 5):
        for pos, end in ((0, len(text)), (min(25, len(text)), min(81, len(text))), (len(text) // 3, len(text))):
            assert [m.span() for m in E._PHRASE_CUTS.finditer(text, pos, end)] == \
                [m.span() for m in plain.finditer(text, pos, end)], text



def test_title_coordination_cuts_opening_with_a_class_are_the_plain_pattern():
    plain = re.compile(E._COORD_CUTS_PLAIN)
    pieces = [" ", "  ", "\t", "\n", ",", "\u00a0", "x", "the", "And", "OR", "and", "or", "but", "of", "an", "o",
              "bu", "ands", "off", "butter"]
    for text in _cut_texts(pieces, 40000, 6):
        for pos, end in ((0, len(text)), (min(25, len(text)), min(81, len(text))), (len(text) // 3, len(text))):
            assert [m.span() for m in E._COORD_CUTS.finditer(text, pos, end)] == \
                [m.span() for m in plain.finditer(text, pos, end)], text


def test_shorten_from_the_end_is_shorten_plain():
    # every cut's opening and inner characters, the words of the three kinds, and runs of plain words
    # long enough to put the cuts on either side of 25, 40 and 80
    words = sorted(set(E._CLAUSE_OPENERS.split("|")) | {w.replace("\\s+", " ") for w in E._CLAUSE_WORDS.split("|")} |
                   set(E._PHRASE_WORDS) | {"and", "or", "but", "of"})
    pieces = [";", ":", ",", " ", " ", " ", "  ", "\t", "\n", "—", "–", "--", "-", ", ", " — ", " -- ", "\u00a0", '"',
              "“", "x", "ab", "Word", "missile", "launched", "the", "a", "in the", "planning official",
              "Melbourne council", "abcdefghijklmnopqrstuvwxyz"] + words + [w + "s" for w in words]
    rnd = random.Random(7)
    for _ in range(60000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(10, 60)))
        for limit in (80, 60):
            assert E._shorten(text, limit) == E._shorten_plain(text, limit), (text, limit)
    # ... and titles whose only whitespace is " " (as _title_between's are), which _shorten reads by its patterns
    # opening with a space and by rfind, not by _shorten_plain; and a title with other whitespace only before 39
    printable = [p for p in pieces if p.isprintable()]
    for _ in range(60000):
        text = "".join(rnd.choice(printable) for _ in range(rnd.randint(10, 60)))
        if rnd.random() < 0.1:
            text = "\t\n" + text
        for limit in (80, 60):
            assert E._shorten(text, limit) == E._shorten_plain(text, limit), (text, limit)


def _drop_dangling_plain(s):
    """events._drop_dangling as it was written before it took words off with rpartition: the words split out."""
    words = s.rstrip(" ,;:").split(" ")
    while len(words) > 2 and (words[-1].lower().strip(",;:") in E._DANGLING or not words[-1].strip(",;:—–-")):
        words.pop()
    return E._tidy(" ".join(words))


def test_drop_dangling_from_the_end_is_the_split_words():
    pieces = [" ", " ", "  ", ",", ";", ":", "—", "–", "-", ", ", " — ", "\t", "\u00a0", '"', "x", "Kim", "met",
              "officials", "The", "AND", "Of", "the", "and", "of", "its", "was", "more", "such", "a", "an"]
    rnd = random.Random(8)
    for _ in range(40000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert E._drop_dangling(text) == _drop_dangling_plain(text), text


def test_titles_of_one_cue_are_the_shared_titles():
    # titles' one-cue path (no key, the spans unsorted when the cue is the only date) against the loop
    # (the cue given twice: the loop's second title is its first)
    sentences = [
        ("On Thursday, Kim met envoys in Seoul, officials said.", [(3, 11)]),
        ("The ruling comes a day after lawmakers agreed on a law that takes effect in January 2024.",
         [(17, 28), (76, 88)]),
        ("Following talks with Park on Thursday, Kim will meet envoys on Friday.", [(29, 37), (63, 69)]),
        ("He hurt the ankle in practice a day before Game 2, the team said on Monday.", [(30, 42), (68, 74)]),
        ("Shares fell 3% from 2018 to 2019 as the company, which sells chips, said on Friday it would cut "
         "jobs across several plants in Europe and Asia over the next two years.", [(20, 24), (28, 32), (76, 82)]),
    ]
    for sentence, spans in sentences:
        for cue in spans:
            for dates in ((), (cue,), tuple(spans), tuple(reversed(spans))):
                one = E.titles(sentence, [cue], dates)
                assert one == E.titles(sentence, [cue, cue], dates)[:1], (sentence, cue, dates)
                assert one == [E.make_title(sentence, *cue, dates=dates)], (sentence, cue, dates)


def test_photo_credit_opening_with_its_class_is_the_plain_pattern():
    plain = re.compile(E._CREDIT_PLAIN)
    pieces = [" ", "  ", "\t", "\n", "\u00a0", "(", ")", "((", "x", "Kim", "AP", "Photo", "Photos", "via AP",
              "via  AP", "/Pool", "Getty Images", "Reuters", "File", "File photo", "a" * 40, ".", ","]
    for text in _cut_texts(pieces, 60000, 9):
        assert E._CREDIT.sub("", text) == plain.sub("", text), text
        assert [m.span() for m in E._CREDIT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_appositive_with_possessive_run_is_the_lazy_pattern():
    # events._APPOSITIVE takes the aside's run possessively: the same asides cut as the lazy pattern, on texts of
    # commas, the words an aside opens with, runs of every length around the bounds and the marks the run stops at.
    plain = re.compile(E._APPOSITIVE_PLAIN)
    assert plain.pattern != E._APPOSITIVE.pattern
    pieces = [",", ", ", ",  ", ", the ", ", a ", ", an ", ", who ", ", which ", ", whose ", ", its ", ", his ",
              ", her ", "the", " ", "\t", "x", "ab", "a" * 30, "b" * 60, "c" * 88, "Kim", ";", "(", ")", '"', "“", "”",
              "said", " said", "Seoul"]
    found = 0
    for text in _cut_texts(pieces, 60000, 19):
        assert E._APPOSITIVE.sub(" ", text) == plain.sub(" ", text), text
        assert [m.span() for m in E._APPOSITIVE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        found += plain.search(text) is not None
    assert found > 1000  # (the texts do hold asides)


def test_without_credits_is_the_credit_regex():
    # events._without_credits runs _CREDIT only on text holding "(" and one of _CREDIT_WORDS: the same text out
    # as the regex alone, on texts of brackets, the words (and near misses of them) and filler.
    pieces = [" ", "  ", "\t", "\n", "(", ")", "x", "Kim", "AP", "Photo", "photo", "PHOTO", "Pool", "pool", "Getty",
              "Images", "via AP", "via\nAP", "Via AP", "AFP", "Afp", "Reuters", "REUTERS", "File", "file", "Filed",
              "Photos", "a" * 40, ".", ","]
    changed = 0
    for text in _cut_texts(pieces, 60000, 17):
        out = E._without_credits(text)
        assert out == E._CREDIT.sub("", text), text
        changed += out != text
    assert changed > 200  # (the texts do hold credits)
    for words in E._CREDIT_WORDS:
        assert words in E._CREDIT_TAIL.replace(r"\s+", " ")

def _without_date_prep_by_search(before: str) -> str:
    """events._without_date_prep as it was before _DATE_PREP_BACK: the search from the window's start."""
    core = before.rstrip()
    if core and core.isascii() and not core[-10:].lower().endswith(E._DATE_PREP_WORDS):
        return before
    lo = max(0, len(before) - 40)
    words = before.rsplit(None, 4)
    if len(words) == 5:
        lo = max(lo, before.find(words[1], len(words[0])))
    prep = E._DATE_PREP_LOW.search(before.lower(), lo) if before.isascii() else E._DATE_PREP.search(before, lo)
    return before[:prep.start()] if prep and (prep.group(0).strip() or not before.strip()) else before


def test_date_prep_read_backwards_is_the_search():
    words = ["early", "late", "on", "in", "since", "during", "by", "from", "as", "of", "as of", "until", "till", "at",
             "between", "for", "through", "throughout", "before", "after", "mid", "earlier", "later", "pyramid",
             "chocolate", "the", "x", "has", "Early", "ON", "talks", "2023", "-", "(", "'s", "formid", "ylrae", "no",
             "ſince"] + _regex_words(E._DATE_PREP)
    rnd = random.Random(5)
    seps = [" ", "  ", "", "\n", "\t", ", ", "-", "\u00a0", ". "]
    cut = 0
    for _ in range(40000):
        before = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(0, 12)))
        got = E._without_date_prep(before)
        assert got == _without_date_prep_by_search(before), before
        cut += got != before
    assert cut > 10000


def _dateline_city_by_regex(text_head: str):
    m = E._DATELINE.match(text_head.lstrip())
    if not m:
        for para in text_head.split("\n")[1:8]:
            m = E._DATELINE.match(para)
            if m:
                break
        else:
            return None
    city = (m.group("city") or m.group("caps")).strip()
    return city.title() if city.isupper() else city


def test_dateline_city_shortcut_is_the_regex():
    # events.dateline_city skips _DATELINE on a head, or a line, with no "(" and no long dash.
    rnd = random.Random(9)
    pieces = ["SEOUL", "Seoul", "WASHINGTON", ", South Korea", " (AP)", " (Reuters)", " ", "-", " - ", "--", "—", "–",
              "_", "Atlanta-based", "March 5, 2023", "A", "said", "\n", "\n\n", "(Yonhap)", "By Jane Doe", ")", "("]
    for _ in range(4000):
        head = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert E.dateline_city(head) == _dateline_city_by_regex(head), head


def test_tally_nouns_cover_the_regex():
    # non_dates.is_count tries _TALLY_BEFORE only on a window holding one of its nouns.
    nouns = sorted(S.HAPPENING_NOUNS - {"times"})
    assert set(ND._TALLY_NOUNS) == set(nouns)
    for text in _texts(nouns[:12] + ["36", "three", "missile", "so", "far", "has", "carried", "out"], n=3000):
        if not may_hold(text, ND._TALLY_NOUNS):
            assert ND._TALLY_BEFORE.search(text) is None, text


def test_forecast_shortcut_is_the_regex():
    # direction.forecast tries its regex only when a word of it is there.
    words = _regex_words(D._FORECAST) + ["Friday", "Monday", "70s", "9", "a.m.", "through", "to"]
    for text in _texts(words, n=3000):
        assert D.forecast(text) == (D._FORECAST.search(text) is not None), text


def test_reporting_tail_searched_near_the_end_is_the_regex():
    # tense._ends_reporting tries _REPORTING only from 9 characters before the trailing whitespace.
    words = _regex_words(T._REPORTING) + ["unsaid", "x", "\u00a0", "ſaid", "SAID", "announced\n", "told  \n"]
    texts = _texts(words, n=4000)
    assert sum(T._REPORTING.search(t) is not None for t in texts) > 100
    for text in texts:
        assert T._ends_reporting(text) == (T._REPORTING.search(text) is not None), text


def test_dateline_far_dash_shortcut_is_the_regex():
    # publication._dateline_match skips lines whose first dash has more than 134
    # characters other than whitespace before it.
    rnd = random.Random(10)
    pieces = ["SEOUL", "Seoul", ", South Korea", " (AP)", " ", "  ", "-", " - ", "--", "—", "_", "March 5, 2023",
              "A", "said", "Kim Jong Un", "x" * 30, " " * 20, "(Yonhap)", "Washington, D.C.", "\t", "y" * 70]
    hits = far = 0
    for _ in range(6000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        m = PUB._named_place(PUB._DATELINE.match(line))
        hits += m is not None
        far += len("".join(line.split("-")[0].split())) > PUB._DATELINE_BEFORE_DASH
        got = PUB._dateline_match(line)
        assert (got and got.span()) == (m and m.span()), line
    assert hits > 100 and far > 100


def _dateline_match_reference(line: str):
    """publication._dateline_match as it was written with four searches for the first dash."""
    head = line[:1]
    if head.isspace():
        head = line.lstrip()[:1]
    if not ("A" <= head <= "Z") or not ("-" in line or "—" in line or "–" in line or "_" in line):
        return None
    if "—" not in line and "–" not in line and "_" not in line and "--" not in line and \
            PUB._LONE_HYPHEN.search(line) is None:
        return None
    first = min(i for i in map(line.find, PUB._DASHES) if i != -1)
    if first > PUB._DATELINE_BEFORE_DASH and len("".join(line[:first].split())) > PUB._DATELINE_BEFORE_DASH:
        return None
    return PUB._named_place(PUB._DATELINE.match(line))


def _find_publication_reference(text: str):
    """publication.find_publication as it was written: each line sliced from the spans of _lines, each test in the
    order the rules give."""
    if not isinstance(text, str) or not text or text.isspace():
        return None
    ref = None
    head = min(PUB._HEAD, len(text))
    spans = PUB._lines(text, 0, head)
    if len(text) > head:
        tail_start = text.find("\n", max(head, len(text) - PUB._TAIL))
        if tail_start != -1:
            spans += PUB._lines(text, tail_start + 1, len(text))
    published = updated = dateline = alone = None
    nonempty_seen = 0
    for s, e in spans:
        line = text[s:e]
        if not line.strip():
            continue
        nonempty_seen += 1
        if nonempty_seen > PUB._HEAD_LINES and s < head:
            continue
        if len(line) > 400 and not _dateline_match_reference(line):
            continue
        probe = line[:400]
        titled = published is None and PUB._PUBLISHED.match(probe) is not None
        labelled = updated is None and PUB._UPDATED.match(probe) is not None
        if nonempty_seen > 8 and not titled and not labelled:
            continue
        dm = _dateline_match_reference(probe) if dateline is None and nonempty_seen <= 6 else None
        lone = alone is None and nonempty_seen <= 8 and len(probe) < 80
        if not (titled or labelled or dm or lone) or PUB._HAS_YEAR.search(probe) is None:
            continue
        if titled:
            r = PUB._full_date(probe, ref or (ref := dt.date.today()))
            if r:
                published = (r[0], (s, e))
                break
        if labelled:
            r = PUB._full_date(probe, ref or (ref := dt.date.today()))
            if r and not SEN.more_than_one_day(probe, r[1], r[2]):
                updated = (r[0], (s, e))
                continue
        if dm:
            r = PUB._full_date(dm[0], ref or (ref := dt.date.today()))
            if r:
                opening = PUB._OPENING_DATE.match(probe) is not None
                dateline = (r[0], None if opening else (s + dm.start(), s + dm.end()))
                continue
        if lone:
            r = PUB._full_date(probe, ref or (ref := dt.date.today()))
            if r:
                m = r[1]
                rest = probe[:m.start] + " " + probe[m.end:]
                if PUB._TIME_OR_ZONE.match(rest):
                    alone = (r[0], (s, e))
    for found in (published, dateline, updated, alone):
        if found is not None:
            return PUB._original_date(text, spans, found)
    return None


def test_find_publication_is_the_line_by_line_reading():
    # find_publication reads the lines from one split of the head and of the tail, a long line's dateline test after
    # its label tests, each label's regex only after a word character that opens one of its words, and
    # _dateline_match finds the first dash with one search when the hyphen is the only dash: the same dates and spans.
    rnd = random.Random(13)
    lines = ["SEOUL, South Korea, March 5, 2023 (AP) — The talks resumed.", "WASHINGTON _ The economy grew.",
             "Published March 5, 2023", "  published: 5 March 2023 10:15", "Updated: Jan. 19, 2021 10:23 p.m.",
             "First published on April 2, 2022", "Thursday 6 April 2023 10.15 BST", "April 6, 2023", "By Jane Doe",
             "Posted 2023-04-06", "Last updated 6/4/2023", "Date: Thu, 13 Feb 1997 19:11:00 -0500",
             "This story was originally published May 9, 2021 by the Times.", "Friday, April 19, 2024 – The recall.",
             "The Atlanta-based company said the oat-based drink was first-rate in 2019.", "", " ", "\t",
             "Pacific First Financial Corp. said shareholders approved its $212 million deal.", "— Jane (@jane) May 1, 2023",
             "In Paris, May 8, 2019 -- the worst flood.", "SÃO PAULO, Brazil, May 3, 2022 - Prices rose.",
             "x" * 130 + " - May 3, 2022", "Zürich, 4 May 2022 – Banks", "Modified 2022-05-04", "_", "Ünited — 2020",
             "LONDON -- " + "word-word " * 60 + "May 3, 2022", "Filed: May 3, 2022", "dated 3 May 2022", "Ω 2022",
             "Mr. Smith, 45, said sales rose 12% in 1999-2000 - a record " + "and more " * 40]
    found = 0
    for _ in range(1500):
        k = rnd.choice([3, 8, 12, 30, 60, 200])
        text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, k)))
        if rnd.random() < 0.3:
            text = rnd.choice(["", "\n", "\n\n"]) + text + rnd.choice(["", "\n", "\n \n"])
        expected = _find_publication_reference(text)
        found += expected is not None
        assert PUB.find_publication(text) == expected, text
    assert found > 300, found
    for line in lines + ["A-b", "A - b", "A--", "A_", "A—", "A–b", "A-", " B -x", "C-(", "D-,"]:
        got, expected = PUB._dateline_match(line), _dateline_match_reference(line)
        assert (got and got.span()) == (expected and expected.span()), line


def _machine_stamp_reference(sent: str, m, text: str = "", offset: int = 0) -> bool:
    """page_furniture.machine_stamp as it was written, each window sliced or searched without asking first whether
    the sentence holds its colon or its "="."""
    if ":" in sent[m.end:m.end + 16]:
        if stamp := PF._SECONDS_STAMP_AFTER.match(sent, m.end):
            return stamp.end() < len(sent.rstrip()) or not text or \
                PF._GOES_ON_NEXT_LINE.match(text, offset + len(sent)) is None
        if PF._MAIL_FIELD_AFTER.match(sent, m.end):
            return True
    if m.start >= 7 and sent[m.start - 1] == "-" and PF._HYPHEN_DAY_MONTH_BEFORE.search(sent, m.start - 7, m.start) \
            and PF._FILING_CLOCK_AFTER.match(sent, m.end):
        return True
    return m.start >= 5 and sent[m.start - 1] in "= " and sent.find("=", max(0, m.start - 8), m.start) != -1 and \
        PF._SLUG_DATE_BEFORE.search(sent, max(0, m.start - 8), m.start) is not None


def test_machine_stamp_asks_for_its_characters_first():
    # machine_stamp looks for a colon and an "=" in the whole sentence before it slices or searches a window.
    rnd = random.Random(14)
    heads = ["Date: Thu, ", "Thu ", "wrote ", "DATE=", "DATE = ", "x=1 ", "NEB/TP 21-", "", "He said on ", "a=b "]
    dates = ["13 Feb 1997", "Dec 2", "3/10/1999", "12/21/1999", "Dec-1999", "05-14-2006", "March 11", "2025-06-03"]
    tails = [" 19:11:00 -0500", " 07:01:30 MST 1999", " 11:45:00 PM", " @ 17:21:36", " at 14:46:23 local time, he said",
             " TYPE=REPORT", " 08:55 AM EDT", ", 05:46:52\nlocal time", " 12:40:21 -0800 (PST) From: x@y.org", "",
             " the talks: began", ".", " 10:00", " 19:11:00\n"]
    seen = 0
    for _ in range(3000):
        sent = rnd.choice(heads) + rnd.choice(dates) + rnd.choice(tails)
        text = sent + rnd.choice(["", "\nlocal time", "\nThe next", "\n(AP)"])
        for m in R.find_mentions(sent):
            seen += 1
            assert PF.machine_stamp(sent, m, text, 0) == _machine_stamp_reference(sent, m, text, 0), (sent, m)
            assert PF.machine_stamp(sent, m) == _machine_stamp_reference(sent, m), (sent, m)
    assert seen > 2000, seen


def test_opening_hours_verbs_cover_the_regex():
    words = _regex_words(G._OPENING_HOURS) + ["Monday", "Friday", "through", "to", "e-mailed", "closed", "ſent",
                                              "9", "a.m.", "x", "-"]
    verbs = ["open", "opens", "closed", "operate", "operates", "operating", "available", "staffed", "delivered",
             "sent", "emailed", "e-mailed", "published", "OPENS", "Closed", "ſent", "Available"]
    made = [f"It {v} {how}Monday {to} Friday" for v in verbs for to in ("through", "to", "-")
            for how in ("", "from ", "to your inbox ", "by email ", "from 9 a.m. to 5 p.m. ")]
    assert all(G._OPENING_HOURS.search(text) for text in made if "ſ" not in text)
    for text in _texts(words, n=4000) + made:
        if G._OPENING_HOURS.search(text):
            assert may_hold(text, G._HOURS_VERBS), text


def test_scheduled_to_shortcut_is_the_regex():
    words = _regex_words(T._SCHEDULED_TO) + ["to", "the", "x", "\u00a0", "reſume", "CLOSE"]
    for text in _texts(words, n=4000):
        if T._SCHEDULED_TO.search(text):
            assert ends_with_word(text, T._SCHEDULED_TO_LAST), text


def test_stamp_lead_first_letters_cover_the_regex():
    words = _regex_words(SEN._STAMP_LEAD) + ["Updated", "LAST", "3:40", "p.m.", "|", "—", "x", "\u00a0", "ı"]
    for text in _texts(words, n=4000):
        if SEN._STAMP_LEAD.match(text):
            assert text[:1] in SEN._STAMP_LEAD_FIRST, text


def test_tally_words_cover_the_regex():
    words = _regex_words(S._TALLY) + ["in", "so", "a", "of", "year-to-date", "TALLIED", "x", "12", "missiles"]
    for text in _texts(words, n=4000):
        if S._TALLY.search(text):
            assert may_hold(text, S._TALLY_WORDS), text


def test_count_and_yardstick_words_cover_the_regexes():
    count_words = _regex_words(ND._COUNT_BEFORE) + ["34th", "1st", "the", "its", "’s", "launch", "so", "far", "x",
                                                   "٣rd", "TIMES", "Fırst"]
    for text in _texts(count_words, n=4000):
        if ND._COUNT_BEFORE.search(text):
            assert ND._ANY_DIGIT.search(text) or may_hold(text, ND._COUNT_WORDS), text
    yard_words = _regex_words(ND._PERIOD_YARDSTICK) + ["vs.", "year-ago", "year-earlier", "prior-year", "the", "of",
                                                      "$4.4", "billion", "x", "ſame", "THAN"]
    for text in _texts(yard_words, n=4000):
        if ND._PERIOD_YARDSTICK.search(text):
            assert may_hold(text, ND._YARDSTICK_WORDS), text


def test_year_parts_shortcut_is_the_regex():
    words = _regex_words(ND._YEAR_PARTS_BEFORE) + ["first", "two", "both", "x", "\u00a0", "OF", "tHe", "ſ"]
    for text in _texts(words, n=4000):
        if ND._YEAR_PARTS_BEFORE.search(text):
            assert ends_with_word(text, ("of", "the")), text


def test_originally_words_cover_the_regex():
    words = _regex_words(PUB._ORIGINALLY) + ["on", "May", "9", "x", "ORIGINALLY", "fırst", "\n"]
    for text in _texts(words, n=4000):
        if PUB._ORIGINALLY.search(text):
            assert may_hold(text, PUB._ORIGINALLY_WORDS), text
    text = "Headline\nBy Jane Doe\nThis story was originally published May 9, 2023.\nToday the river rose."
    assert PUB._original_date(text, [(0, 8), (9, 20), (21, 69), (70, 91)], (dt.date(2023, 5, 12), None)) == \
        (dt.date(2023, 5, 9), None)


def test_attribution_tried_only_after_its_words_is_the_regex():
    # _title_between tries _ATTRIB at the last "," or ";" only when the text from there holds one
    # of _ATTRIB_WORDS: what a match there, tried with no such test, finds.
    words = _regex_words(E._ATTRIB) + ["the", "ministry", "Kim", "on", "Monday", ",", ";", ".", '"', "”"]
    assert {"according", "said", "says", "reported", "told", "announced", "added"} <= set(E._ATTRIB_WORDS)
    for text in _texts(words, n=4000):
        cut = max(text.rfind(","), text.rfind(";"))
        if cut >= 0 and E._ATTRIB.match(text, cut):
            assert any(w in text[cut:] for w in E._ATTRIB_WORDS), text


def test_stamp_parts_search_each_regex_only_near_its_word():
    # _stamp_parts runs _READING_TIME only where "read" is and _PAGE_AGE only where "ago" is
    # (lower-cased), past the same first test as before: the spans both regexes give there.
    words = ["2", "5-minute", "min", "mins", "minutes", "read", "Read", "READ", "ago", "AGO", "Ago", "aGo", "rEAd",
             "1", "year", "hours", "an", "|", "·", "Chicago", "government"]
    for text in _texts(words, n=4000):
        gate = any(w in text for w in ("ead", "EAD", "go", "GO"))
        whole = [m.span() for rx in (SEN._READING_TIME, SEN._PAGE_AGE) for m in rx.finditer(text)] if gate else []
        assert SEN._stamp_parts(text) == whole, text


def test_full_stop_pattern_is_the_terminal_pattern_without_other_marks():
    # sentences._terminals searches a stretch holding no "!", "?" or "…" with _SPLIT_FULL_STOP:
    # there it finds what _SPLIT_TERMINAL finds, from every start and up to every end.
    rnd = random.Random(10)
    pieces = ["U.S.", " ", ". ", "3.5", "Inc.,", "...", '."', ".)", "\n", ".The", "a.m.", "x", ". .", ".”", "’ ", "A"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        for pos in range(0, len(text), 3):
            end = rnd.randint(pos, len(text))
            a, b = SEN._SPLIT_FULL_STOP.search(text, pos, end), SEN._SPLIT_TERMINAL.search(text, pos, end)
            assert (a and a.span()) == (b and b.span()), (text, pos, end)


def test_validator_gates_cover_their_regexes():
    # grammar._valid_wd and _valid_yr try a regex that ends with a word and whitespace (or "-to-") right
    # before the mention only where the window ends so (fastpath.ends_with_word, a substring test):
    # wherever the regex matches in the window it reads, the gate holds there.
    words = _regex_words(G._NAMED_DAY_BEFORE) + _regex_words(G._GENERIC_BEFORE) + \
        _regex_words(G._MONTHS_OF_BEFORE) + _regex_words(G._APPROX_BEFORE) + \
        ["Monday-to-", "friday-TO-", "-to-", "up", "to", "a", "Super", "SUPER", "nine", "9", "fiscal", "xof", "ſome"]
    for text in _texts(words, n=6000, seed=13):
        s = text + "Friday"
        at = len(text)
        for rx, window, gate in (
                (G._NAMED_DAY_BEFORE, 8, lambda w: ends_with_word(w, G._NAMED_DAY_WORDS)),
                (G._GENERIC_BEFORE, 8, lambda w: ends_with_word(w, G._GENERIC_WORDS)),
                (G._HYPHEN_SPAN_BEFORE, 14, lambda w: "-to-" in w[-5:].lower()),
                (G._MONTHS_OF_BEFORE, 40, lambda w: ends_with_word(w, ("of", "fiscal"))),
                (G._APPROX_BEFORE, 16, lambda w: ends_with_word(w, G._APPROX_LAST_WORDS))):
            lo = max(0, at - window)
            if rx.search(s, lo, at):
                assert gate(s[lo:at]), (rx.pattern, text)


def test_supposing_and_relative_gates_cover_their_regexes():
    # non_dates.supposed_happening searches _SUPPOSED_BEFORE, and tense._relative_past_in the two relative
    # patterns, only in a window holding the words every match of theirs holds: wherever a pattern
    # matches, its gate holds.
    words = _regex_words(ND._SUPPOSED_BEFORE) + _regex_words(T._RELATIVE_BARE_PAST) + \
        _regex_words(T._RELATIVE_THAT_PAST) + ["If the vote were held", "If the election was held", "if it had been played", "Had the race",
                                               "Were the vote to take place", "Boston, which beat it",
                                               "the bridge that collapsed in", "who hit the", "ıf", "WHİCH", "x"]
    matched = [0, 0, 0]
    for text in _texts(words, n=6000, seed=14):
        if ND._SUPPOSED_BEFORE.search(text):
            matched[0] += 1
            assert ND._may_suppose(text), text
        which_who = "wh" in text and ("which" in text or "who" in text)
        if T._RELATIVE_BARE_PAST.search(text):
            matched[1] += 1
            assert which_who, text
        if T._RELATIVE_THAT_PAST.search(text):
            matched[2] += 1
            assert which_who or "that" in text, text
    assert min(matched) > 20, matched


def _relative_past_by_search(before: str) -> int | None:
    # tense._relative_past_in as it was: both patterns searched from the start of the text.
    m = T._RELATIVE_BARE_PAST.search(before)
    if m is None:
        m = T._RELATIVE_THAT_PAST.search(before)
        if m is None or m.group("antecedent").lower() in T._NOT_RELATIVE_ANTECEDENT or \
                m.group("antecedent").lower().endswith("ed") or T._INFINITIVE_TAIL.search(before, m.end("verb")):
            return None
        verb = m.group("verb")
        if len(verb) > 4 and verb.endswith("ed") and verb not in T._ED_NOT_VERB:
            return None if T.has_tense_marker(before[m.end("verb"):]) else m.end("antecedent")
    if m.group("verb") not in T._ZERO_CHANGE_PAST or T.has_tense_marker(before[m.end("verb"):]):
        return None
    antecedent = m.group("antecedent")
    return None if antecedent.endswith("s") or antecedent.lower() in T._PLURAL_AGREEING or \
        antecedent.lower() in T._PLURAL_AGREEING_MORE else m.end("antecedent")


def test_relative_past_searched_after_the_last_stop_is_the_search():
    words = _regex_words(T._RELATIVE_BARE_PAST) + _regex_words(T._RELATIVE_THAT_PAST) + \
        ["Boston, which beat it", "the team, who hit the", "the bridge that collapsed in", "flood that closed the",
         "who set it", ",", ";", ":", "—", "–", "(", ")", "4,000", "Boston,which", "x", "WHICH", "that"]
    found = 0
    for text in _texts(words, n=8000, seed=15):
        expected = _relative_past_by_search(text)
        found += expected is not None
        assert T._relative_past_in(text) == expected, text
    assert found > 50, found


def test_relative_patterns_matched_at_their_antecedents_are_the_searches():
    # tense._relative_past_in matches the two relative patterns only where a match can start (the antecedent's run
    # before the last comma, the word before each "that", "which", "who"), not searching every position.
    words = _regex_words(T._RELATIVE_BARE_PAST) + _regex_words(T._RELATIVE_THAT_PAST) + \
        ["Boston, which beat it", "the team, who hit the", "the bridge that collapsed in", "flood that closed the",
         "who set it", "whose", "whom", "thats", ",", ";", "—", "(", "4,000", "Boston,which", "x", "WHICH", "that",
         "that that", "l'équipe", "O’Neil-Smith", "_x", "\u00a0", "\n", "naïve", "٣", "Ⅻ"]
    found = [0, 0]
    for text in _texts(words, n=8000, seed=41):
        for lo in range(0, len(text) + 1, 3):
            want = T._RELATIVE_THAT_PAST.search(text, lo)
            got = T._relative_that_past(text, lo)
            assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), (text, lo)
            found[0] += want is not None
        stop = T._last_stop(text, len(text))
        if stop >= 0 and text[stop] == ",":
            lo = T._last_stop(text, stop) + 1
            want = T._RELATIVE_BARE_PAST.search(text, lo)
            got = T._RELATIVE_BARE_PAST.match(text, T._run_start(text, stop, lo))
            assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), text
            found[1] += want is not None
    assert min(found) > 50, found


def test_loose_count_gate_is_the_regex():
    # pipeline._loose_count_before searches _LOOSE_COUNT_BEFORE only in a window ending with "to"/"or" and whitespace
    # or with a dash (before a last line break too).
    from timeline.extraction import pipeline as PL
    words = ["two", "to", "three", "one", "or", "TO", "Or", "-", "–", "12", "days", "ago", "\n", " ", "\u00a0",
             "tO", "ten", "x", "ſ", "İ"]
    hits = 0
    for text in _texts(words, n=5000, seed=43):
        for at in range(len(text) + 1):
            want = PL._LOOSE_COUNT_BEFORE.search(text, at - 16 if at > 16 else 0, at) is not None
            hits += want
            assert PL._loose_count_before(text, at) == want, (text, at)
    assert hits > 500, hits


def test_forecast_gate_covers_the_regex():
    # direction.forecast searches _FORECAST only in a sentence holding a word of _FORECAST_ALONE or both of a pair.
    words = _regex_words(D._FORECAST) + ["Highs", "70s", "7", "Met", "Office", "Weather", "Service", "below",
                                         "expected", "ſnow", "٣", "x", "Friday", "in", "the", "upper"]
    examples = ["A chance of showers Friday", "chance for some rain", "Storms possible Friday", "Rain likely Thursday",
                "Highs Friday in the upper 70s", "lows near 5", "Mostly sunny Saturday", "partly cloudy",
                "Forecasters estimate temperatures of 33C", "The Met Office predicts 40C", "Weather Service expects",
                "Some dry clear spells on Tuesday night", "patches of mist", "scattered showers Friday",
                "wintry flurries", "SUNSHINE EXPECTED"]
    hits = 0
    for text in examples + _texts(words, n=8000, seed=44):
        if D._FORECAST.search(text):
            hits += 1
            assert D._may_forecast(text), text
    assert hits > 80, hits
    assert not D._may_forecast("The vote, expected below last year's figure, was partly counted.")


def test_until_patterns_searched_in_their_last_words_are_the_searches():
    # tense._clause_tense searches each "until" pattern from the start of the text's last so many words only.
    pats = ((T._PAST_UNTIL, T._PAST_UNTIL_WORDS), (T._WENT_ON_UNTIL, T._WENT_ON_UNTIL_WORDS),
            (T._PERFECT_UNTIL, T._PERFECT_UNTIL_WORDS), (T._NEG_PAST_UNTIL, T._NEG_PAST_UNTIL_WORDS))
    words = sorted({w for rx, _ in pats for w in _regex_words(rx)}) + \
        ["he'd", "wasn't", "weren’t", "quickly", "able", "to", "was", "not", "x-had", "until", "till", "UNTIL", "\n",
         "  ", "\u00a0", "ſhut"]
    rnd = random.Random(45)
    hits = [0] * len(pats)
    filler = ["on", "a", "great", "run", "of", "form", "and", "will", "x", "closed", "been", "had", "he'd", "  ", "\n"]
    perfects = [rnd.choice(["had been ", "He'd been ", "they had  been\n", "x, we'd been ", "HAD BEEN "]) +
                " ".join(rnd.choice(filler) for _ in range(rnd.randint(0, 10))) + " " for _ in range(1500)]
    for text in _texts(words, n=6000, seed=45) + perfects:
        text += rnd.choice(["until", "till", "Until", " until", " until ", " till\n", " up until  "])
        for k, (rx, n) in enumerate(pats):
            want = rx.search(text)
            got = search_last_words(rx, text, n)
            assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), (text, k)
            hits[k] += want is not None
    assert min(hits) > 20, hits


def test_count_before_searched_in_its_last_words_is_the_search():
    # non_dates.is_count searches _COUNT_BEFORE (whose matches end the 50 characters before "this year") in the
    # window's last words only.
    words = _regex_words(ND._COUNT_BEFORE) + ["21st", "3rd", "team's", "Smith’s", "first", "win", "so", "far",
                                             "x-second", "launch", "12th", "\u00a0", "\n", "TIMES", "ſecond", "-"]
    rnd = random.Random(46)
    hits = 0
    for text in _texts(words, n=8000, seed=46):
        text += rnd.choice(["", " ", "  ", "\n", " so far "])
        for lo in (0, len(text) // 3):
            want = ND._COUNT_BEFORE.search(text, lo, len(text))
            got = search_last_words(ND._COUNT_BEFORE, text, ND._COUNT_BEFORE_WORDS, lo, len(text))
            assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), (text, lo)
            hits += want is not None
    assert hits > 300, hits


def test_quantity_after_lowered_is_the_regex():
    # grammar._quantity_after matches _QUANTITY_AFTER's pattern, case-sensitive, in the lower-cased text (ASCII).
    assert G._QUANTITY_AFTER.pattern == G._QUANTITY_AFTER.pattern.lower()
    words = _regex_words(G._QUANTITY_AFTER) + ["PEOPLE", "Per", "Cent", "%", "-member", "-Strong", "to 1", "TO 1,",
                                              "cars", "Were", "x", "1", "\u00a0", "ſ", "İ", "Kelvin\u212a"]
    hits = 0
    for text in _texts(words, n=3000, seed=47):
        for at in range(len(text) + 1):
            want = G._QUANTITY_AFTER.match(text, at) is not None
            hits += want
            assert G._quantity_after(text, at) == want, (text, at)
    assert hits > 100, hits


def test_clause_end_without_hyphen_is_the_regex():
    # tense._clause_end searches _CLAUSE_END_UNSPACED in a text with no "-".
    rnd = random.Random(48)
    pieces = ["a", "b", " ", ",", ", ", "4,000", "4, 5", ";", ":", "—", "–", "(", ")", " - ", "-", "\u00a0-\n", "x-y",
              "1,", ",2", "\n", "٣,٤"]
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        for pos in range(0, len(text) + 1, 2):
            for endpos in (None, len(text) - 1, len(text) // 2):
                if endpos is not None and endpos < 0:
                    continue
                want = T._CLAUSE_END.search(text, pos) if endpos is None else T._CLAUSE_END.search(text, pos, endpos)
                got = T._clause_end(text, pos, endpos)
                assert (want and want.span()) == (got and got.span()), (text, pos, endpos)


def test_tail_patterns_searched_in_their_last_words_are_the_searches():
    # Patterns whose matches end their window, each searched in the window's last so many words only
    # (fastpath.search_last_words): the most words a match spans, as their comments count them.
    from timeline.extraction import pipeline as PL
    cases = ((PF._BYLINE_ROLE_BEFORE, 2, ["Writer", "Staff", "Editor", ",", "|", "•", "of", "Sports"],
              ["AP Sports Writer ", "Staff Writer |", "Editor of ", "Reporter,  "]),
             (PL._RECORD_FOR_BEFORE, 8, ["record", "daily", "single-day", "high", "for", "the", "month", "of", "s"],
              ["a record daily high for ", "record snowfall for the month of ", "the daily record for ",
               "record one-day rainfall totals for ", "record  warm   daily  highs for  the month  of \n",
               "temperature records for "]),
             (T._COPULA_THAT_FRONT, 3, ["is", "was", "that", "on", "during", "The", "charge"],
              ["The charge is that on ", "was that during  ", "is that\nfrom "]),
             (T._SCHEDULED_TO, 4, ["to", "take", "place", "be", "held", "on", "begin", "x"],
              ["set to take place on ", "due to be held ", "to begin  on\n", "to run "]),
             (D.UNSCHEDULED_BEFORE, 3, ["crash", "crashes", "pile-up", "late", "early", "on", "shootings"],
              ["the crash late on ", "a pile-up early ", "shootings on ", "the fire\n"]),
             (ND._STRETCH_BEFORE, 2, ["for", "another", "set", "wait", "planned"],
              ["for another ", "set for ", "closed for ", "to wait  "]),
             (T._LISTED_FOR_HEARING, 9, ["listed", "matter", "for", "further", "hearing", "on", "was", "the", "case"],
              ["listed the matter for further hearing on ", "posted the case for hearing ",
               "fixed the long old petition for final arguments on ", "was listed it for hearing "]))
    for rx, n, extra, examples in cases:
        words = _regex_words(rx) + extra + ["x", ",", " ", "\n", "\u00a0", "  ", "ſ", "İ"]
        texts = [pre + ex + post for ex in examples for pre in ("", "x ", "The ", "a,  ", "in ") for post in ("", "x")]
        hits = 0
        for text in texts + _texts(words, n=4000, seed=50):
            for lo in (0, len(text) // 3):
                for hi in (len(text), len(text) - 1, len(text) - 2):
                    if hi < lo:
                        continue
                    want = rx.search(text, lo, hi)
                    got = search_last_words(rx, text, n, lo, hi)
                    assert (want and want.span()) == (got and got.span()), (rx.pattern, text, lo, hi)
                    hits += want is not None
        assert hits > 20, (rx.pattern, hits)


def test_compares_is_the_regex():
    # non_dates.is_comparison's _compares: the comparison words found and their word boundaries checked.
    words = _regex_words(ND._COMPARISON) + ["vs.", "vs.x", "VS.", "Vs.1", "_from", "from_", "overs", "x-over", "4than",
                                           "against.", "ſ", "é", "\u00a0", ".", "_", "1"]
    hits = 0
    for text in _texts(words, n=8000, seed=51):
        want = ND._COMPARISON.search(text) is not None
        hits += want
        assert ND._compares(text) == want, text
    assert hits > 100, hits


def test_reprint_note_at_line_starts_is_the_search():
    # pipeline._reprint_note matches _REPRINT_NOTE only at the line starts opening with "this" or "editor".
    from timeline.extraction import pipeline as PL
    rnd = random.Random(52)
    lines = ["This story was originally published on May 3, 2021", "  Editor's note: this article first ran on 3 May 2020",
             "\tThis piece appeared in July 4, 1999", "THIS REPORT RAN ON JAN. 5 2001", "this column was published in the",
             "Flood waters rose", "", "   ", "x This story ran on May 3, 2021", "Editors note this story ran May 3, 2021",
             "Thiſ story ran on May 3, 2021", " \t" * 30 + "This story ran on May 3, 2021",
             "editor’s note — This article was first published on March 1, 2024"]
    hits = 0
    for _ in range(6000):
        text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, 9))) + rnd.choice(["", "\n", " more"])
        want = PL._REPRINT_NOTE.search(text, 0, PL._REPRINT_NOTE_WITHIN)
        got = PL._reprint_note(text)
        assert (want and want.span()) == (got and got.span()), text
        hits += want is not None
    assert hits > 100, hits


def test_still_ahead_at_is_the_last_match():
    # direction.still_ahead_at finds each word's last whole-word place in an ASCII sentence.
    words = _regex_words(D._STILL_AHEAD_AFTER) + ["plans", "Plan", "WILL", "this", "island", "snow", "now_", "_is",
                                                  "is1", "x", "ſtill", "İs", "\u00a0"]
    for text in _texts(words, n=8000, seed=53):
        want = -1
        for found in D._STILL_AHEAD_AFTER.finditer(text):
            want = found.start()
        assert D.still_ahead_at(text) == want, text


def test_list_item_gate_is_the_regex():
    # tense._list_item_after matches _LIST_ITEM_AFTER only where "and"/"or" is among the next four words.
    words = ["A", "B", "C", "D", "pears", "plums", "and", "or", "And", "OR", ",", "x.y", "O'Neil", "re-run", "1",
             "\u00a0", "\n", "  ", "é", "android", "for"]
    hits = 0
    for text in _texts(words, n=6000, seed=54):
        for at in range(len(text) + 1):
            want = T._LIST_ITEM_AFTER.match(text, at)
            got = T._list_item_after(text, at)
            assert (want and want.span()) == (got and got.span()), (text, at)
            hits += want is not None
    assert hits > 500, hits


def test_deadline_or_call_gate_finds_what_the_pattern_finds_without_it():
    # direction._DEADLINE_OR_CALL opens with a look-ahead for the first characters one of its matches can open
    # with (recognition.head_gate), under re.IGNORECASE as the pattern; searched, as deadline_or_call_before
    # does, in a window ending where the weekday starts.
    ungated = re.compile(D._DEADLINE_OR_CALL_RX, re.IGNORECASE)
    assert D._DEADLINE_OR_CALL.pattern.startswith("(?=") and D._DEADLINE_OR_CALL.flags == ungated.flags
    words = _regex_words(ungated) + ["set", "Friday", "the", "a", "an", "to", "for", "on", "by", "its", "cancelled",
                                     "sit-ins", "no", "had", "K", "ſtrike", "İnvited"]
    hits = 0
    for text in _texts(words, n=2000, seed=41):
        for end in range(len(text) + 1):
            for lo in (0, end - 120 if end > 120 else 0, end // 2):
                m1, m2 = D._DEADLINE_OR_CALL.search(text, lo, end), ungated.search(text, lo, end)
                assert (m1 and (m1.span(), m1.groupdict())) == (m2 and (m2.span(), m2.groupdict())), (text, lo, end)
                hits += m1 is not None
    assert hits > 100, hits


def test_over_ahead_gate_covers_the_regex():
    # direction.over_ahead tries _OVER_AFTER only where "is"/"are" is among the four words after the day.
    words = _regex_words(D._OVER_AFTER) + ["primary", "vote", "'s", "IS", "Are", "İs", "ıs", "x", ",", "\n", "  "]
    hits = 0
    for text in _texts(words, n=6000, seed=55):
        for at in range(len(text) + 1):
            if D._OVER_AFTER.match(text, at):
                hits += 1
                assert any(w.lower() in ("is", "are") or not w.isascii() for w in text[at:].split(None, 4)[:4]), \
                    (text, at)
    assert hits > 200, hits


def test_weekday_after_patterns_need_a_space_after_the_day():
    # grammar._valid_wd tries _WEEKLY_PAIR, _EACH_MONTH, _OF_MONTH_AFTER, _OF_AFTER and _AFTER_AFTER only with
    # whitespace right after the weekday, _HYPHEN_SPAN_AFTER only with a hyphen.
    words = ["and", "or", "&", "Tuesdays", "Tuesday", "nights", "of", "each", "every", "month", "in", "May", "the",
             "after", "following", "prior", "to", "-to-Friday", "-", ",", ".", "\u00a0", "\n", "x", "ſ"]
    hits = 0
    for text in _texts(words, n=6000, seed=58):
        for at in range(len(text) + 1):
            for rx in (G._WEEKLY_PAIR, G._EACH_MONTH, G._OF_MONTH_AFTER, G._OF_AFTER, G._AFTER_AFTER):
                if rx.match(text, at):
                    hits += 1
                    assert text[at:at + 1].isspace(), (rx.pattern, text, at)
            if G._HYPHEN_SPAN_AFTER.match(text, at):
                assert text.startswith("-", at), text
    assert hits > 500, hits


def test_label_gate_covers_the_label_regexes():
    # publication.find_publication tries _PUBLISHED only on a line opening with one of _PUBLISHED_FIRST or no
    # word character, _UPDATED likewise with _UPDATED_FIRST.
    words = _regex_words(PUB._PUBLISHED) + _regex_words(PUB._UPDATED) + \
        ["Pub. date", "pubdate", "x", "2023", "_", "é", "By", "•", "(", "**", "ſ", "İ"]
    matched = 0
    for line in _texts(words, n=5000, seed=16):
        first = line[:1]
        for rx, firsts in ((PUB._PUBLISHED, PUB._PUBLISHED_FIRST), (PUB._UPDATED, PUB._UPDATED_FIRST)):
            if rx.match(line):
                matched += 1
                assert first in firsts or not (first.isalnum() or first == "_"), (rx.pattern, line)
    assert matched > 200, matched


def test_moved_to_and_comparison_gates_cover_their_regexes():
    # anchors searches _MOVED_TO only in a window ending with one of _MOVED_TO_LAST and whitespace,
    # non_dates.is_comparison searches _COMPARISON only where may_hold finds one of its words.
    words = _regex_words(A._MOVED_TO) + _regex_words(ND._COMPARISON) + \
        ["was moved to", "postponed until", "put off till", "vs.", "VS.", "the", "x", "ſince", "Till"]
    matched = [0, 0]
    for text in _texts(words, n=6000, seed=17):
        if A._MOVED_TO.search(text):
            matched[0] += 1
            assert ends_with_word(text, A._MOVED_TO_LAST), text
        if ND._COMPARISON.search(text):
            matched[1] += 1
            assert may_hold(text, ND._COMPARISON_WORDS), text
    assert min(matched) > 100, matched


def test_modifier_chain_by_rstrip_is_the_chain_read_by_characters():
    """recognition._modifier_starts (one match of _CHAIN_REVERSED over an ASCII window reversed) finds the
    chain _modifier_starts_read finds character by character: every modifier, in each case, and words that
    only open or end with one ("thee", "athe", "2nd")."""
    from timeline.extraction.lexicon import MODIFIERS
    words = sorted(MODIFIERS) + ["said", "12", "3", "ab1", "x", "é", "café", "½", "²", "_", "thee", "athe", "2nd",
                                 "the1", "1the", "\n", "\n\n", " \n ", "\r", "\u00a0", ".", "'", "Mid-", "-", ","]
    for text in _texts(words, n=6000, seed=5):
        s = text + "March"
        tpos = len(text)
        for lo in {0, max(0, tpos - 60), max(0, tpos - 7)}:
            assert R._modifier_starts(s, tpos, lo) == R._modifier_starts_read(s, tpos, lo), (s, lo)


def test_photo_credit_words_cover_the_regex():
    from timeline.extraction import pipeline as P
    from timeline.extraction.fastpath import holds

    words = ["Photo", "Pool", "Getty", "Images", "REUTERS", "Reuters/", "Reuters", "AFP", "AP", "(", ")", ":", "/",
             "photo", "credit", "file"]
    found = 0
    for text in _texts(words, n=6000):
        match = P._PHOTO_CREDIT.search(text)
        found += match is not None
        if not holds(text, P._PHOTO_CREDIT_WORDS):
            assert match is None, text
    assert found > 500  # (the texts do hold credits)


def test_title_dated_head_with_possessive_runs_is_the_backtracking_pattern():
    # sentences._TITLE_DATED_HEAD's runs of [^,()] are possessive (only a comma may follow one): the same
    # matches as the pattern that gives their characters back, on texts of its pieces.
    plain = re.compile(SEN._TITLE_DATED_HEAD.pattern.replace("*+", "*"))
    assert plain.pattern != SEN._TITLE_DATED_HEAD.pattern
    rnd = random.Random(29)
    heads = ["Tokyo", "New Delhi", "Kyiv", "Ångström", "É", "The", "x", "TOKYO", "(AP)", ""]
    pieces = [", ", ",", ",", " ", "  ", "Ukraine", "D.C.", "March 20", "mar. 3", "Sept 123", "sept.  5x", "Ma", "20", "(",
              ")", "(Jiji Press)", "--", "said", "the", "ßa", "\n", "x1", "Friday"]
    matched = 0
    for _ in range(20000):
        text = rnd.choice(heads) + "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        for start in (0, 1):
            got, want = SEN._TITLE_DATED_HEAD.match(text, start), plain.match(text, start)
            assert (got and got.span()) == (want and want.span()), text
            matched += want is not None
    assert matched > 100


def test_ascii_count_pattern_is_the_count_pattern_on_ascii_text():
    # stages.summary_count scans an ASCII sentence with _COUNT_ASCII (re.ASCII, \s written out with the ASCII
    # separators Unicode's \s holds): the same matches and groups as _COUNT, on texts of its words and numbers.
    rnd = random.Random(31)
    pieces = ["seven", "twenty", "one", "dozen", "couple", "a", "3", "12", "1,200", "1,20", "launch", "events",
              "test-fires", "missiles", "times", "the", "x", "so", "far", "_", "7x", "ten2", "seventeen"]
    seps = [" ", "  ", "\t", "\n", "\x0b", "\x0c", "\x1c", "\x1f", "", "-", ",", ".", "_"]
    matched = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 9)))
        want = [(m.span(), m.groupdict()) for m in S._COUNT.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in S._COUNT_ASCII.finditer(text)] == want, repr(text)
        matched += len(want)
    assert matched > 1000


def test_weekly_hours_need_another_weekday_near():
    # grammar._valid_wd asks _weekly_hours and _in_hours_list (a span or a list of weekdays) only where
    # _other_weekday_near finds room for a second weekday: wherever either holds, the gate holds.
    rnd = random.Random(32)
    pieces = ["Monday", "friday", "SATURDAY", "Tues.", "Thurs.", "Sun.", "Wed.", "ſunday", "TUEſDAY", "frİday",
              "today", "holiday", "days", "is open", "hours are", "opens", "closed", "operates", "sees patients",
              "airs", "9 a.m.", "5 p.m.", "noon", "to", "through", "-", "–", "and", "this week", "x", "the",
              "is open 9 a.m. to 5 p.m. Monday through", "hours are 8 a.m.-5 p.m. Monday-", "the clinic sees patients",
              "operates from 6 a.m. to 9 p.m. Tues. through", "Wednesday and", "7 a.m.-6 p.m."]
    seps = [" ", " ", ", ", "; ", "", "\n"]
    held = 0
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 14)))
        for m in re.finditer(G.WD, text, re.IGNORECASE):
            try:
                full = G._weekly_hours(text, m) or G._in_hours_list(text, m)
            except KeyError:  # ("TUEſDAY" in a list of hours is no key of WEEKDAYS: reached, it raises)
                full = True
            if full:
                held += 1
                assert G._other_weekday_near(text, m), text
    assert held > 300


def test_year_before_bad_gate_is_the_regex():
    # grammar._valid_yr searches _YEAR_BEFORE_BAD (twenty-odd words, then whitespace, then the window's end) only
    # where the window ends with one of their ends (_year_before_bad): the same answer as the regex alone.
    words = [re.sub(r"\\(.)", r"\1", w) for w in G.YEAR_BEFORE_BAD_WORDS if "(" not in w] + \
        ["H.R.", "H. R.", "S.B.", "HR", "SB", "hb", "AB", "LB", "Bill", "BILL", "Resolution", "Ordinance", "Vision",
         "Vision'", "Agenda“", "Roadmap", "horizon", "reroute", "Mr.", "No", "ſoyuz", "ROOM", "İ", "\u212a", "in", "of"]
    matched = 0
    for text in _texts(words, n=8000, seed=33):
        window = text[-12:]
        want = G._YEAR_BEFORE_BAD.search(window) is not None
        assert G._year_before_bad(window) == want, repr(window)
        matched += want
    assert matched > 1000


def test_tense_extended_and_payout_shortcuts_are_the_regexes():
    # tense._extended (may_hold over the stems) says what _EXTENDED.search says; the window of a
    # _PAYOUT_TAIL match ends with one of _PAYOUT_LAST_WORDS and whitespace.
    words = _regex_words(T._EXTENDED) + ["put", "off", "to", "the", "x", "ſ", "MOVED", "re\u212aorded", "\u00a0"]
    for text in _texts(words, n=4000):
        assert T._extended(text) == (T._EXTENDED.search(text) is not None), text
    words = _regex_words(T._PAYOUT_TAIL) + ["ex-dividend", "to", "be", "paid", "as", "of", "x", "\n", "\u00a0",
                                            "RECORD", "ſ"]
    for text in _texts(words, n=4000):
        if T._PAYOUT_TAIL.search(text):
            assert ends_with_word(text, T._PAYOUT_LAST_WORDS), text
            # ... and _payout_day asks may_hold(window, _PAYOUT_WORDS) before the regex: every match holds one
            assert may_hold(text, T._PAYOUT_WORDS), text


def test_is_adjective_generic_ed_test_is_is_generic_ed():
    # tense._is_adjective tests a generic -ed word by m["p"] and its lower-cased text `word` (no
    # _is_generic_ed call a marker): the same answer for every marker, capitals and folding characters too.
    words = ["was", "delayed", "Delayed", "DELAYED", "scheduled to", "after leaving", "will", "İnvoked", "ſtarted",
             "had", "said", "last", "closed", "opened", "is", "voted", "the", "x", "expected to", "called for"]
    seen = 0
    for text in _texts(words, n=3000):
        for m in T._markers(text):
            word = m[0].lower()
            assert bool(m["p"] and word.endswith("ed") and " " not in word) == T._is_generic_ed(m), text
            seen += 1
    assert seen > 3000


def test_may_be_metadata_is_the_regex():
    # sentences.is_metadata tries _METADATA only where _may_be_metadata allows: every opening the pattern
    # names (each of its words, in three cases, with the characters re.IGNORECASE folds onto ASCII), and
    # random sentences built from them
    words = _regex_words(SEN._METADATA) + ["editor's note:", "Editor’s Note: ", "don't miss:", "dont miss:",
                                           "By Jane Doe, AP", "(c) 2023", "© 2023", "— Jane Doe (@jd) May 1",
                                           "Poſted: May 1", "ſee also:", "publication date:", "publish: May"]
    tails = ["", " ", ": X", ":", " date: May 1", " more: X", " version of this article appears in print", " on"]
    texts = _texts(words) + [w + t for w in words for t in tails] + \
        [f(w) + t for w in words for t in tails for f in (str.upper, str.capitalize)]
    for text in texts:
        assert SEN._may_be_metadata(text) or SEN._METADATA.match(text) is None, text


def test_shared_words_by_head_counts_what_every_pair_counts():
    # similarity.shared_words tries a word only against the other set's words with its first three
    # letters (or itself): the count of all pairs through _same_word.
    rnd = random.Random(36)
    pool = ["fire", "fires", "fired", "firing", "launch", "launched", "launches", "missile", "missiles", "mis",
            "talk", "talks", "talked", "tal", "iraq", "iraqi", "troop", "troops", "kuwait", "kuw", "attack",
            "attacked", "attacker", "oil", "oils", "price", "prices", "priced", "summit", "sum", "suma", "x1",
            "vote", "voted", "votes", "voter", "ceasefire", "cease", "ceased"]
    for _ in range(3000):
        a = frozenset(rnd.sample(pool, rnd.randint(0, 8)))
        b = frozenset(rnd.sample(pool, rnd.randint(0, 8)))
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        want = sum(1 for w in small if any(SIM._same_word(w, x) for x in large))
        assert SIM.shared_words.__wrapped__(a, b) == want, (a, b)


def test_evidence_of_titles_with_no_head_in_common_is_the_whole_evidence_s():
    # similarity._evidence gives (0, 0, common) for two titles none of whose content words begin alike (their
    # _word_heads apart), without the actors' words and shared_words: the whole form (_evidence_read) counts
    # none shared there, and with none shared the fewer count it leaves out decides nothing (_says_the_same).
    rnd = random.Random(41)
    pool = ["fire", "fires", "fired", "launch", "launched", "missiles", "Missile", "talks", "talked", "Iraq",
            "Iraqi", "troops", "Kuwait", "attack", "oil", "prices", "summit", "vote", "voted", "ceasefire",
            "North", "Korea", "South", "Korean", "Union", "European", "Kim", "Park", "the", "a", "of", "U.S.",
            "said", "was", "Nations", "United", "Seoul", "Pyongyang", "NATO", "EU", "x1", "Jong-un", "Korea's"]
    actors = ["North Korea", "South Korea", "United States", "EU", "NATO", "Kim Jong-un", "Park", "Iraq", "Kuwait",
              "UN"]
    for _ in range(3000):
        title = " ".join(rnd.choices(pool, k=rnd.randint(0, 9)))
        other = " ".join(rnd.choices(pool, k=rnd.randint(0, 9)))
        mine = tuple(rnd.sample(actors, rnd.randint(0, 3)))
        theirs = tuple(rnd.sample(actors, rnd.randint(0, 3)))
        got = SIM._evidence(title, other, mine, theirs)
        want = SIM._evidence_read(title, other, mine, theirs)
        assert got == want or (got == (0, 0, want[2]) and want[0] == 0), (title, other, mine, theirs)
        assert SIM._says_the_same(*got) == SIM._says_the_same(*want)


def test_content_words_from_runs_are_the_word_regex_s():
    # similarity.content_words reads an ASCII title's words from the runs of a translated copy (a run with "-" or
    # "'" by the regex), drops the stop words by a set difference: what content_words_read finds by the regex.
    words = ["Korea's", "U.S.-led", "rock'n'roll", "'s", "s'", "'", "-", "''", "--", "-'", "a", "ss", "abcds", "abcdss",
             "missiles", "the", "days", "Days", "x1", "a_b", "naïve", "ſtorm", "İn", "2023", "co-op's", "us", "it's",
             "O'Neill's", "Kim Jong-un's"]
    for text in _texts(words, n=6000) + _texts(["'", "-", "s", "a", " ", "_", ".", "ab"], n=6000, seed=5) + [""]:
        assert SIM.content_words.__wrapped__(text) == SIM.content_words_read(text.lower()), text


def test_slices_and_split_for_str_methods_are_the_methods():
    # (fastpath's note) the slice tests and the one split that stand for str.endswith, startswith, find and rfind
    # on hot lines (events._strip_possessive, find_actors, _title_between, _title_window, sentences._word_before,
    # _line_spans) say what the methods say.
    rnd = random.Random(40)
    pieces = ["'s", "’s", "s", "'", "’", "U.S.", "U.S", ".", ",", ";", "\n", "a", "Kim", " ", ""]
    for _ in range(20000):
        w = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))
        assert E._strip_possessive(w) == (w[:-2] if w.endswith(("’s", "'s")) else w), w
        assert (w[-4:] != "U.S.") == (not w.endswith("U.S.")), w
        assert (w[:2] in ("'s", "’s")) == w.startswith(("'s", "’s")), w
        assert (w[-1:] == "\n") == w.endswith("\n"), w
        assert (w.rfind(";") if ";" in w else -1) == w.rfind(";"), w
        for cue_start in range(len(w) + 1):
            first = w.find(",")
            assert (first if first < cue_start else -1) == w.find(",", 0, cue_start), (w, cue_start)
        lines, pos = [], 0
        for line in w.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        found, pos = [], 0
        while pos <= len(w):
            nl = w.find("\n", pos)
            nl = len(w) if nl == -1 else nl
            found.append((pos, nl))
            pos = nl + 1
        assert lines == found, w


def test_trigger_scan_of_the_text_as_it_is_is_the_lower_cased_text_s():
    # recognition.article_triggers passes its ASCII text to _words_and_digit_runs without lower(): the gaps' copy
    # lower-cases, and _KEPT_DIGITS matches letters in either case.
    words = ["MONDAY", "Monday", "May", "mAy", "Q1", "q1", "H2", "1st", "5TH", "Jan", "JAN.", "2023", "12", "$5", "5%",
             "Days", "DAY", "the", "'90s", "3-5", "Of", "OF", "Last", "x", "_", "a1b", "10:30"]
    for text in _texts(words, n=6000, seed=41):
        if text.isascii():
            for runs in (R._KEPT_DIGITS, R._DIGIT_RUNS):
                assert R._words_and_digit_runs(text, runs) == R._words_and_digit_runs(text.lower(), runs), text


def test_lead_attribution_words_stand_before_the_first_comma():
    # events._title_between asks may_hold of a title's text before its first comma only: every _LEAD_ATTRIB match
    # holds its verb there.
    words = [*E._LEAD_ATTRIB_WORDS, "told reporters", "that", "Kim", "The ministry", ",", ", said", "it", "x", "ſaid",
             "SAID", "officials", "the launch was", "on Monday"]
    hits = 0
    for text in _texts(words, n=8000, seed=42):
        text = text[:1].upper() + text[1:]
        if E._LEAD_ATTRIB.match(text):
            hits += 1
            assert may_hold(text[:text.find(",")] if "," in text else text, E._LEAD_ATTRIB_WORDS), text
    assert hits > 100


def test_find_mentions_with_the_article_s_triggers_and_an_offset_is_with_the_sentence_s():
    # pipeline._extract and dateline_day pass a sentence's slice of the article's triggers with the sentence's start
    # (`offset`), not a list of them moved into the sentence.
    sentences = ["On Monday, the council met for two days.", "Talks resumed last week, three days before May 5, 2023.",
                 "The 1990s ended; in 2001 the plan began.", "Nothing dated here.", "It rains today and tomorrow."]
    for sent in sentences:
        for at in (0, 7, 1234):
            text = "x" * at + sent
            triggers = R.article_triggers(text)
            moved = [(a - at, b - at) for a, b in triggers]
            assert R.find_mentions(sent, triggers, kept=True, offset=at) == R.find_mentions(sent, moved, kept=True), sent


def test_actor_words_one_actor_at_a_time_are_the_joined_list_s():
    # similarity.actor_words: the union of each actor's words (and its other names') is what
    # content_words finds in all of them joined.
    names = ["United States", "EU", "North Korea", "Park Min-jae", "Hussein", "U.N.", "Iraq", "O'Neill's", "",
             "Saudi Arabia", "Kim Jong-un's", "NATO", "Iran", "ΑΣ Union", "World Health Organization"]
    rnd = random.Random(36)
    for _ in range(500):
        actors = rnd.sample(names, rnd.randint(0, 5))
        joined = " ".join([*actors, *(alias for a in actors for alias in E.aliases_of(a))])
        assert SIM.actor_words(actors) == SIM.content_words(joined), actors


def _mentions_of_every_kind() -> list[tuple[str, object]]:
    """(sentence, mention) pairs of every kind find_mentions gives, in sentences built around the words the
    gated predicates below read (counts, yardsticks, seasons, quoted titles, "following")."""
    rnd = random.Random(37)
    dates = ["this year", "last year", "the past year", "over the past month", "the first quarter of last year",
             "2019", "the 2008-09 season", "Monday", "Tuesday's", "following Friday's", "March 5", "5 March 2020",
             "June", "May 2019", "today", "yesterday", "two days later", "a week ago", "Christmas", "the 1990s",
             "2023-05-01", "5/28/99", "earlier in the day", "the end of the year", "in two days", "last spring",
             "the third quarter", "'98", "1998-2001"]
    words = ["the", "fifth", "3", "launches", "compared with", "than", "over", "season", "campaign", "“", "”", '"',
             "‘", "’", "the song", "the film", "novel", "played", "x", ",", "so far", "has carried out", "Records"]
    out = []
    for _ in range(3000):
        parts = [rnd.choice(dates if rnd.random() < 0.4 else words) for _ in range(rnd.randint(2, 10))]
        sent = " ".join(parts) + "."
        for m in R.find_mentions(sent):
            out.append((sent, m))
    assert len({m.kind for _, m in out}) >= 15
    return out


def test_kind_gated_predicates_say_nothing_of_other_kinds():
    # pipeline._resolve_sentence asks is_duration of a relative unit's mention only, is_count of one or a year's
    # ("the 74th traffic death of 2020"), is_yardstick_period of a relative unit's, a year's or a quarter's, following_another_day of a weekday's,
    # season_first_year of a span of years', and work_title of another kind than a bare year's or a relative
    # day's only in a sentence with an opening quotation mark: each gives False (None) of every mention it is
    # not asked of.
    for sent, m in _mentions_of_every_kind():
        if m.kind != "ru":
            assert not ND.is_duration(sent, m), (sent, m)
            if m.kind != "yr":
                assert not ND.is_count(sent, m), (sent, m)
        if m.kind not in ("ru", "yr", "qtr"):
            assert not ND.is_yardstick_period(sent, m), (sent, m)
        if m.kind != "wd":
            assert not A.following_another_day(sent, [m], 0, 0, 0), (sent, m)
        if m.kind != "yrr":
            value = G.resolve(m, G.Context(published=dt.date(2020, 6, 1)))
            assert A.season_first_year(sent, m, value) is None, (sent, m)
        if not ('"' in sent or "“" in sent or "‘" in sent) and m.kind not in ("yr", "rd"):
            assert set(ND._OPENING_QUOTES) <= {'"', "“", "‘"}
            assert not ND.work_title(sent, m), (sent, m)


def test_assess_of_an_undoubted_kind_is_its_rule_figure():
    # grammar.assess answers a kind no factor doubts (_UNDOUBTED) from a table: the same as the slow way, and
    # neither hangs_on_tense nor anchored says True of any mention of those kinds.
    published = dt.date(2020, 6, 1)
    seen = set()
    for _sent, m in _mentions_of_every_kind():
        if m.kind not in G._UNDOUBTED:
            continue
        seen.add(m.kind)
        assert not G.hangs_on_tense(m) and not G.anchored(m) and G.RULES_BY_NAME[m.kind].flags is None, m
        value = G.resolve(m, G.Context(published=published)) or G.DateValue(published, "day")
        for tense in (None, "past", "present", "future"):
            conf = G._RULE_FIGURE[m.kind]
            for factor in G.doubts(m, value, tense, published, ()):
                conf *= G._FACTOR[factor]
            assert G.assess(m, value, tense, published) == (round(0.99 if 0.99 < conf else conf, 2), ()), m
    assert len(seen) >= 5


def test_pick_finds_the_nearest_only_where_the_tense_picks_none():
    # resolution.pick looks for the nearest candidate (min with a key) only where it is the answer: the same
    # choice as building it first, and the same ValueError where there is no candidate.
    import pytest

    from timeline.extraction import resolution as RES

    def slow(candidates, ref, tense, strict=False, prefer_past_within=None):
        cands = sorted([c for c in candidates if c is not None])
        nearest = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
        if tense == "past":
            ok = [c for c in cands if (c < ref if strict else c <= ref)]
            return ok[-1] if ok else cands[0]
        if tense == "future":
            ok = [c for c in cands if (c > ref if strict else c >= ref)]
            return ok[0] if ok else cands[-1]
        if prefer_past_within is not None:
            past = [c for c in cands if c <= ref]
            if past and (ref - past[-1]).days <= prefer_past_within:
                return past[-1]
        return nearest

    rnd = random.Random(38)
    ref = dt.date(2020, 6, 15)
    for _ in range(3000):
        cands = [None if rnd.random() < 0.2 else ref + dt.timedelta(days=rnd.randint(-400, 400))
                 for _ in range(rnd.randint(0, 4))]
        args = (ref, rnd.choice([None, "past", "present", "future"]), rnd.random() < 0.5,
                rnd.choice([None, 0, 30, 200]))
        if not [c for c in cands if c is not None]:
            with pytest.raises(ValueError):
                RES.pick(cands, *args)
            continue
        assert RES.pick(cands, *args) == slow(cands, *args), (cands, args)


# events._CAPSEQ with plain repeats and its group, as it was written before its repeats were made possessive
# (session 38).
_CAPSEQ_PLAIN = re.compile(r"(?P<seq>[A-Z](?<![\w.’'][A-Z])[\w.’'-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w.’'-]*){0,7})")


def _find_actors_plain(sentence: str, limit: int = 8) -> tuple[str, ...]:
    """events.find_actors as it was before its runs were read with the names added in place (session 38)."""
    index, first_words = E._name_index()
    found: list[tuple[int, str]] = []
    seen: set[str] = set()

    def add(pos: int, name: str) -> None:
        if name not in seen:
            seen.add(name)
            found.append((pos, name))

    skip = E._lone_words_of_no_actor()
    for m in _CAPSEQ_PLAIN.finditer(sentence):
        seq = m[0].rstrip(".’'")  # the match is its group "seq"
        if seq in skip:
            continue  # "The", "In", "President" alone: names no one (a third of the runs)
        base = m.start()
        if " " not in seq and seq.isprintable():
            # One word (the run's words are apart by whitespace, and no whitespace but " " is
            # printable): what the split would give, without it.
            words = [seq.rstrip(".,") if not seq.endswith("U.S.") else seq]
        else:
            words = [w.rstrip(".,") if not w.endswith("U.S.") else w for w in seq.split()]
        n = len(words)
        if n == 1:
            # A lone word (most of the runs left): what the loop below does
            # with one word, without its bookkeeping. A known name, else a
            # name after a lower-case title ("envoy Kim"); a capitalised
            # title alone names no one, and a person needs two words.
            w = words[0]
            if w in first_words or w in index:
                hit = index.get(w)
                if hit:
                    add(base, hit)
            elif w not in E._TITLE_CAP:
                name = E._strip_possessive(w)
                if E._name_like(name, index) and E._titled(sentence, base):
                    add(base, name)
            continue
        i = 0
        person_done = False
        while i < n:
            w = words[i]
            if w in first_words or w in index:
                for j in range(i + 4 if i + 4 < n else n, i, -1):  # min(n, i + 4): see fastpath's note
                    hit = index.get(" ".join(words[i:j]))
                    if hit:
                        add(base + i, hit)  # position only orders the actors
                        i = j
                        break
                else:
                    i += 1
                continue
            if w in E._TITLE_CAP or (i == 0 and E._name_like(E._strip_possessive(w), index) and E._titled(sentence, base)):
                # "Minister Park Jin": up to three name words after the title.
                k = i + 1 if w in E._TITLE_CAP else i
                j = k
                while j < n and j < k + 3 and E._name_like(E._strip_possessive(words[j]), index):
                    j += 1
                    if words[j - 1] != E._strip_possessive(words[j - 1]):
                        break  # "Joe Biden’s": the name ends at the possessive
                if j > k:
                    add(base + k, E._strip_possessive(" ".join(words[k:j])))
                    person_done = True
                    i = j
                    continue
            i += 1
        # Plain "Firstname Lastname" people (at sentence start only before an
        # appositive's comma: "Thomas Harlan, the U.S. envoy, ..."), unless
        # the name is a place ("São Paulo", "Petrovaradin Fortress").
        opening_person = base > 0 or sentence[m.end("seq"):m.end("seq") + 1] == ","
        if not person_done and 2 <= n <= 3 and opening_person:
            clean = [E._strip_possessive(w.rstrip(".,’'")) for w in words]
            if all([E._name_like(w, index) and w[1:].islower() for w in clean]) and not E.is_place(" ".join(clean)):
                add(base, " ".join(clean))
    if E._CAPITAL_ANY.search(sentence):
        # "Seoul said", "Pyongyang's missiles": a capital speaking or acting
        # is its government; "talks in Seoul" is a place.
        for m in E._CAPITAL_ACTS.finditer(sentence):
            add(m.start(), E.CAPITAL_GOVERNMENTS[m["city"]])
    found.sort()
    return tuple([n for _, n in found[:limit]])  # (a list, not a generator: fastpath's note)


def test_capitals_acting_with_the_look_behind_after_the_name_are_the_plain_pattern():
    # events._CAPITAL_ACTS opens with the capitals' names, each followed by its look-behind over the name
    plain = re.compile(E._CAPITAL_ACTS_PLAIN)
    names = list(E.CAPITAL_GOVERNMENTS)
    pieces = names + [n.lower() for n in names] + [n[:-1] for n in names] + \
        ["said", "says", "’s", "'s", "streets", "airport", "has", " said", " has", "’s ", "'s x", " airport", "x", "-",
         "_", "1", "a", "É", ".", "’", "'", "(", " ", "  ", "\n", "\u00a0", "New", "Delhi"]
    rnd = random.Random(41)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(40000)]
    for text in texts + [f"{c}{n} said" for n in names for c in ("", " ", "-", "x", "1", "_", ".", "’", "(", "É")]:
        assert [(m.span(), m["city"]) for m in E._CAPITAL_ACTS.finditer(text)] == \
            [(m.span(), m["city"]) for m in plain.finditer(text)], text


def test_find_actors_written_out_is_the_general_loop():
    # runs of one word and of several: known names and their first words, titles capitalised and lower-case,
    # name-like words, possessives, "U.S.", initials, "of (the)", capitals acting, places, non-ASCII and
    # unprintable characters, each after various marks
    pieces = ["Kim", "Park Jin", "Joe Biden’s", "Biden's", "U.S.", "U.S", "US", "the U.S.", "North Korea", "North",
              "South Koreans", "United States", "United", "Nations", "UN", "Bank of England", "of", "of the", "the",
              "President", "Minister", "Mr.", "Dr", "Foreign Minister Park Jin", "envoy", "negotiator,", "spokesman",
              "Envoy", "John C. Maxwell Jr.", "New York Stock Exchange", "São Paulo", "Petrovaradin Fortress",
              "Lake Bled", "Seoul said", "Pyongyang's missiles", "Seoul’s streets", "talks in Seoul", "The", "In",
              "Monday", "AP", "McDonald", "O'Brien", "Al-Qaeda", "Mara Voss,", "ÉCOLE", "Ökonom", "Ştefan Ionescu",
              "x", "met", "said", "officials", ",", ".", "’", "'", "-", "(", ")", " ", "  ", "\n", "\t", "\u00a0",
              "\u00ad", "a\u00adB", "Kim’s", "Zelensky Xi", "Ivory Coast", "Côte", "Sinn Fein", "ITAR-Tass"]
    seps = [" ", " ", ", ", "", "\n", ". ", "  "]
    rnd = random.Random(38)
    for _ in range(30000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 14)))
        for limit in (8, 2):
            assert E.find_actors(text, limit) == _find_actors_plain(text, limit), text


def _find_place_plain(sentence, dateline_city=None):
    """events.find_place as it was before _PLACE was searched for as two patterns (session 38)."""
    for m in E._PLACE.finditer(sentence):
        p = m["p"]
        first = p.split()[0].split("-")[0]
        if first in E._MONTH_DAY_WORDS or first in E._NOT_NAME and not E._lookup(p):
            continue
        if p in E.ORGANISATIONS or p in E.DEMONYMS:
            continue
        if p.split()[-1] in E._NOT_NAME and not E._lookup(p):
            continue
        return p
    return dateline_city


def test_find_place_by_its_two_patterns_is_the_one_pattern():
    # "in" and "at" inside words, after marks and at the start, before "the", months, organisations, names
    # of one to four words and hyphenated ones; places that a rule turns down before one it takes
    pieces = ["in", "at", "In", "At", "inat", "atin", "within", "that", "Bat", "main", "(in", "-at", "’in", "_in",
              "the", "The", "Seoul", "Korea Institute", "Security Council", "March", "Monday", "United Nations",
              "Sao Paulo", "Rio-De Janeiro", "Gangnam District Office", "Kim", "NATO", "Atlanta", "Instanbul",
              "x", ",", ".", " ", "  ", "\n", "\t", "\u00a0", "É", "Ödön"]
    seps = [" ", " ", "", "\n", ", ", "-"]
    rnd = random.Random(381)
    for _ in range(30000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 12)))
        assert [m.span() for m in E._PLACE.finditer(text)] == \
            sorted([m.span() for m in E._PLACE_IN.finditer(text)] + [m.span() for m in E._PLACE_AT.finditer(text)]), text
        assert E.find_place(text, "Dateline") == _find_place_plain(text, "Dateline"), text


def test_categorise_of_no_token_is_other():
    # categorise tests for no token instead of giving min() a default
    from timeline.extraction.categories import categorise
    for text in ("", " ", "—", "“”", "...", "\u00a0", "ſ"):
        assert categorise(text) == "other", text
    assert categorise("A missile, launched.") == "missile launch"


def test_capitalised_runs_with_possessive_repeats_are_the_plain_pattern():
    plain = _CAPSEQ_PLAIN
    pieces = ["Kim", "of", "of the", "of The", "the", "The", "ofX", "of  the  X", "U.S.", "O'Brien", "Kim’s", "x",
              "al-Qaeda", "Al-Qaeda", "A", "AB", "É", "Ödön", "ß", "McDonald", ".", ",", "’", "'", "-", "1", "_"]
    seps = [" ", " ", "", "  ", "\n", "\t", "\u00a0", ", ", "."]
    rnd = random.Random(382)
    for _ in range(40000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 16)))
        assert [m.span() for m in E._CAPSEQ.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_one_spaced_on_ascii_text_is_the_split_and_join():
    # every ASCII character, whitespace and not, printable and not, alone and in runs
    pieces = [chr(c) for c in range(128)] + ["Kim", "met", " ", " ", "x y"]
    rnd = random.Random(384)
    for _ in range(40000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert E._one_spaced(s) == " ".join(s.split()), repr(s)


def test_habitual_word_groups_are_holds():
    # non_dates.holds_habitual_word looks for the words of HABITUAL_WORDS under a piece each of a group holds
    # ("lly", "days" ...): the same answer as fastpath.holds over the whole list, every word in one group or alone.
    grouped = [w for _, words in ND._HABITUAL_GROUPS for w in words] + list(ND._HABITUAL_SINGLES)
    assert sorted(grouped) == sorted(ND.HABITUAL_WORDS)
    assert all(piece in w for piece, words in ND._HABITUAL_GROUPS for w in words)
    pieces = [w for w in ND.HABITUAL_WORDS] + [w[:-1] for w in ND.HABITUAL_WORDS] + [w[1:] for w in ND.HABITUAL_WORDS]
    pieces += list(ND._HABITUAL_PIECES) + ["Usually", "USUALLY", "Saturdays", "years", "the", "ſeason", "İn", "“often”",
                                           "every", "Every", "year", "tend", "ach", "really", "mornings", "lly"]
    for text in _texts(pieces, n=6000, seed=31):
        assert ND.holds_habitual_word(text) == holds(text, ND.HABITUAL_WORDS), text


def test_habitual_fast_is_the_habitual_pattern():
    # non_dates._HABITUAL_FAST (one guard in front, the alternatives' own \b dropped) finds what _HABITUAL
    # finds, with the same groups, searched from any position to any end: texts of the words its alternatives
    # open with, capitalised or not, glued to letters, digits and marks or not, at the text's start or later.
    words = ["used to", "Used to", "usually", "Usually", "typically", "traditionally", "normally", "Normally",
             "Generally", "generally", "Generally,", "generally runs", "generally held", "in general", "In general",
             "as a rule", "As a rule", "tends to", "tend to", "often", "Often", "frequently", "regularly",
             "in most years", "most years", "a typical year", "a normal year", "In most year", "every year",
             "Every year", "each year", "Each year", "each year since", "Every year, from", "every Monday",
             "Each Saturday", "each weekend", "Sundays", "Tuesdays", "Thursday mornings", "Friday evenings",
             "hurricane season", "Monsoon season", "rainy season", "wet season", "dry season", "Typhoon season",
             "cyclone season", "tornado season", "wildfire season", "flu season", "allergy season",
             "pollen season", "breeding season", "nesting season", "migration season", "Harvest season",
             "planting season", "growing season", "the monsoon", "The summer monsoon", "the late-summer monsoon"]
    pieces = words + [" ", "  ", ", ", "\n", '"', "“", "x", "re", "9", "-", "_", "é", "in", "a", "the", "year",
                      "season", "s", "ly", ".", "; "]
    rnd = random.Random(41)
    found = 0
    for text in _cut_texts(pieces, 40000, 41):
        n = len(text)
        for pos, end in ((0, n), (rnd.randint(0, n), n), (0, rnd.randint(0, n)), (rnd.randint(0, n), rnd.randint(0, n))):
            old, new = ND._HABITUAL.search(text, pos, end), ND._HABITUAL_FAST.search(text, pos, end)
            assert (old is None) == (new is None), (text, pos, end)
            if old is not None:
                found += 1
                assert old.span() == new.span() and old.groups() == new.groups(), (text, pos, end)
                assert old.span("soft") == new.span("soft") and old.span("weekly") == new.span("weekly")
    assert found > 10000  # (the texts do hold customs)
    assert ND._HABITUAL_FAST.groupindex == ND._HABITUAL.groupindex


def _habitual_near_plain(sent: str, lo: int, hi: int, at: int):
    """non_dates._habitual_near as it was: each word of HABITUAL_WORDS found in the window, _HABITUAL searched."""
    hits = []
    for w in ND.HABITUAL_WORDS:
        i = sent.find(w, lo, hi)
        while i >= 0:
            hits.append((i, i + len(w)))
            i = sent.find(w, i + 1, hi)
    for a, b in sorted(hits):
        end = min(hi, b + ND._HABITUAL_AROUND)
        h = ND._HABITUAL.search(sent, max(lo, a - ND._HABITUAL_AROUND), end)
        while h is not None and h[0][:4] in ("used", "Used") and not ND._used_to_habit(sent, h, at):
            h = ND._HABITUAL.search(sent, h.end(), end)
        if h is not None:
            return h
    return None


def test_habitual_near_is_the_plain_search():
    # _habitual_near looks for a word only when its window holds it (and a group's words only under their
    # piece), and searches _HABITUAL_FAST: the custom the plain form finds, on sentences of the words, near
    # misses and fillers, over windows cut anywhere.
    pieces = list(ND.HABITUAL_WORDS) + [w[1:] for w in ND.HABITUAL_WORDS] + list(ND._HABITUAL_PIECES)
    pieces += ["Usually", "used to", "was used to", "The knife used to kill him was", "He used to visit", "each year",
               "Each Thursday", "in May", " ", "  ", ", ", "the", "reach ", "teach", "x", "runs", "was held"]
    rnd = random.Random(43)
    found = 0
    for text in _texts(pieces, n=15000, seed=43):
        n = len(text)
        for _ in range(3):
            lo = rnd.randint(0, n)
            hi = rnd.randint(lo, n)
            at = rnd.randint(0, n)
            old, new = _habitual_near_plain(text, lo, hi, at), ND._habitual_near(text, lo, hi, at)
            assert (old is None) == (new is None), (text, lo, hi, at)
            if old is not None:
                found += 1
                assert old.span() == new.span() and old.groups() == new.groups(), (text, lo, hi, at)
    assert found > 1000  # (the windows do hold customs)


def test_year_count_needs_of_or_in_before_the_year():
    # non_dates.is_count asks of a year's mention whether the window before it ends with "of" or "in" and
    # whitespace (fastpath.ends_with_word) before it looks for an ordinal and tries _COUNT_OF_YEAR_BEFORE: every
    # match of that pattern ends so.
    words = ["74th", "12th", "third", "fifth", "traffic", "death", "homicide", "of", "so", "far", "in", "OF", "In",
             "İn", "ſo", "the", "week", "1st", "first", "anniversary", "\u00a0", "\n"]
    for text in _texts(words, n=6000, seed=32):
        if ND._COUNT_OF_YEAR_BEFORE.search(text, 0, len(text)) is not None:
            assert ends_with_word(text, ("of", "in")), text
    for sent, m in _mentions_of_every_kind():
        if m.kind == "yr":
            near = max(0, m.start - 50)
            slow = (ND._ORDINAL_DIGITS.search(sent, near, m.start) is not None or
                    may_hold(sent[near:m.start], ND._ORDINAL_WORDS)) and \
                ND._COUNT_OF_YEAR_BEFORE.search(sent, near, m.start) is not None and \
                ND._YEARLESS_MONTH_AFTER.search(sent, m.end) is None
            assert ND.is_count(sent, m) == slow, sent


def test_money_words_cover_the_regex():
    # non_dates._money tries _MONEY only on a sentence holding one of _MONEY_WORDS.
    words = _regex_words(ND._MONEY) + ["$5", "€3", "£2", "¥9", "5%", "per share", "a share", "net income",
                                       "net loss", "CENTS", "ſhare", "Revenue", "rose", "1"]
    for text in _texts(words, n=6000, seed=33):
        assert ND._money(text) == (ND._MONEY.search(text) is not None), text


def test_held_vote_day_needs_a_day_or_a_weekday():
    # pipeline._resolve_sentence asks anchors.held_vote_day only of a sentence holding a month's day or a
    # weekday: of any other it gives None.
    for sent in ["The runoff election took place Tuesday, April 4.", "The election was held on 5 March 2020.",
                 "The runoff election was held in March last year.", "The election took place yesterday, in 2019."]:
        ms = R.find_mentions(sent)
        kinds = {m.kind for m in ms}
        if kinds.isdisjoint(("mdy", "dmy", "wd")):
            assert A.held_vote_day(sent, ms) is None, sent
    for sent, m in _mentions_of_every_kind():
        if m.kind not in ("mdy", "dmy", "wd"):
            assert A.held_vote_day("The runoff election took place " + sent, [m]) is None, sent


def test_slot_cue_words_cover_the_regex():
    # pipeline._resolve_sentence asks direction.slot_day (which needs a _SLOT_CUE match) only of a sentence whose gate,
    # `slotted = ... holds(sent, SLOT_CUE_WORDS)`, lets it through (fp27): the gate itself is asked here.
    words = ["launch", "window", "windows", "lineup", "line-up", "line-ups", "placeholder", "pushed", "moved",
             "bumped", "back", "postponed", "rescheduled", "for", "on", "May 5"]
    for text in _texts(words, n=4000, seed=27):
        if D._SLOT_CUE.search(text):
            assert holds(text, D.SLOT_CUE_WORDS), text


def test_present_passive_words_cover_the_regex():
    # direction.slot_day cuts tense.PRESENT_PASSIVE out of the slot's gap only when may_hold(gap, PRESENT_PASSIVE_WORDS).
    for text in _texts(["is", "are", "am", "not", "now", "also", "still", "listed", "booked", "IS", "for"],
                       n=4000, seed=39):
        if T.PRESENT_PASSIVE.search(text):
            assert may_hold(text, T.PRESENT_PASSIVE_WORDS), text


def test_source_label_gate_covers_the_regex():
    # page_furniture.paper_name tries _SOURCE_LABEL_NAME_BEFORE only on a line holding one of _SOURCE_LABEL_WORDS
    # (may_hold: any case; the regex names the labels in title case and in capitals, "SOURCE:", "COURTESY OF").
    rnd = random.Random(26)
    labels = ["Source:", "Sources:", "Via:", "Credit:", "Photo credit:", "Courtesy of", "ſource:", "Photo:", "By"]
    labels += [w.upper() for w in labels] + [w.lower() for w in labels]
    hits = 0
    for head in _texts(["(", "*", "x", "The"], n=4000, seed=26):
        text = head[-3:] + rnd.choice(labels) + rnd.choice(["", " ", "  ", ": "]) + \
            " ".join(rnd.choice(["Gulf", "Shillong", "The", "Pakistan", "daily", "İndia"])
                     for _ in range(rnd.randint(1, 5)))
        if PF._SOURCE_LABEL_NAME_BEFORE.fullmatch(text + " "):
            assert may_hold(text, PF._SOURCE_LABEL_WORDS), text
            hits += 1
    assert hits > 100


def test_today_heading_gate_is_the_regex():
    # page_furniture.is_today_heading tries _TODAY_HEADING (fullmatched on the stripped line, any run of non-word
    # characters first: "*** Today in History | June 27") only on a line holding "Today": the regex alone's answer.
    rnd = random.Random(39)
    heads = ["", " ", "  ", "\n", "*** ", "— ", "(", "x ", "Today", "TODAY ", "• "]
    tails = ["at the Court", "in History", "in the Senate", "on Capitol Hill", "for Jobs", "at", "in the"]
    seps = [" - ", ": ", " | ", " — ", " ", "-", "  |  "]
    dates = ["Thursday, Jun 27, 2024", "June 27", "27 June", "Jun. 27th, 2024", "Monday March 4", "2024", "Vote 12"]
    hits = 0
    for text in _texts(["Today", "at", "in", "the", "Court", "-", ":", "|", "***", "  ", "June 27"], n=2000, seed=39) + \
            [rnd.choice(heads) + "Today " + rnd.choice(tails) + rnd.choice(seps) + rnd.choice(dates) + rnd.choice(["", ".", " "])
             for _ in range(3000)]:
        want = len(text) < 100 and PF._TODAY_HEADING.fullmatch(text.strip()) is not None
        assert PF.is_today_heading(text) == want, text
        hits += want
    assert hits > 500


def test_issue_label_and_written_on_gates_cover_the_regexes():
    # pipeline._resolve_sentence asks page_furniture.issue_label (_ISSUE_LABEL_BEFORE) only of a sentence holding one
    # of ISSUE_LABEL_WORDS (may_hold: the regex names the labels in title case and in capitals, "DIGEST-June 2023",
    # "Issue - May 2019"); written_on_stamp tries _WRITTEN_ON_BEFORE only in a sentence holding "Written".
    words = ["Newsletter", "Bulletin", "Digest", "Edition", "Issue", "Weekly", "Monthly", "Compliance", "(", ":", "-",
             "–", "—", " - ", "ſ", "\n", "x"]
    hits = 0
    for text in _texts(words, n=8000, seed=26):
        if PF._ISSUE_LABEL_BEFORE.search(text + " ", max(0, len(text) + 1 - 64)):
            assert may_hold(text, PF.ISSUE_LABEL_WORDS), text
            hits += 1
    assert hits > 100
    hits = 0
    rnd = random.Random(26)
    for head in _texts(["Written", "on", "the", "open", "\n", "  ", "x"], n=4000, seed=26):
        text = head + rnd.choice(["Written", "WRITTEN", "written", "Wrıtten"]) + rnd.choice([" ", "\n", "  "]) + \
            rnd.choice(["on ", "on the ", "On ", "on\tthe\n", "x "])
        if PF._WRITTEN_ON_BEFORE.search(text):
            assert "Written" in text, text
            hits += 1
    assert hits > 100


def test_law_name_gate_covers_the_regex():
    # grammar._valid_yr asks _cited_law_year (_LAW_NAME_BEFORE, searched over the _LAW_NAME_REACH characters before
    # the year) only of a year right after a space or a tab (the rule's: "Act of\n1933" is no name's year, although
    # the regex's "$" matches before a last newline) and with "Act" in those same characters ("Act,  of 1933").
    hits = 0
    for text in _texts(["Act", "Act,", "of", "the", "Securities", "Exchange", " ", "\t", "  ", "ACT", "Fact"],
                       n=6000, seed=9):
        start = len(text)
        reach = start - G._LAW_NAME_REACH if start > G._LAW_NAME_REACH else 0
        if text[start - 1:start] in (" ", "\t") and G._LAW_NAME_BEFORE.search(text, reach, start):
            assert "Act" in text[reach:start], repr(text)
            hits += 1
    assert hits > 100


def test_section_of_day_gate_is_the_regex():
    # page_furniture.is_section_of_day tries _SECTION_OF_DAY only on a line holding "of" and "day" (the regex's
    # "\s+of\s+" may be a tab or a line break: "Politics\tof Thursday, 24 December 2020").
    rnd = random.Random(40)
    hits = 0
    for _ in range(4000):
        text = rnd.choice(["", " ", "*", "\n"]) + rnd.choice(["Politics", "Business News", "Sports", "Floods", "x"]) + \
            rnd.choice([" ", "\t", "\n", "  "]) + rnd.choice(["of", "OF", "on"]) + rnd.choice([" ", "\t", "\n"]) + \
            rnd.choice(["Thursday, ", "Friday ", "Sunday,\t", "Mon, "]) + \
            rnd.choice(["24 December", "March 3rd", "3 March", "Jan. 5"]) + rnd.choice([", ", " ", "\n"]) + \
            rnd.choice(["2020", "2023", "20"]) + rnd.choice(["", " ", "\n", "."])
        want = len(text) < 70 and PF._SECTION_OF_DAY.fullmatch(text) is not None
        assert PF.is_section_of_day(text) == want, repr(text)
        hits += want
    assert hits > 200


def test_made_into_gate_covers_the_regex():
    # non_dates.year_made_into asks may_hold(…, ("ma",)) of the window before the year before _MAKE_BEFORE
    hits = 0
    for text in _texts(["make", "makes", "made", "making", "Make", "MADE", "a"], n=4000, seed=28):
        s, at = text + " 2019", len(text) + 1
        low = at - ND._MAKE_REACH if at > ND._MAKE_REACH else 0
        if ND._MAKE_BEFORE.search(s, low, at):
            hits += 1
            assert may_hold(s[low:at], ("ma",)), s
    assert hits > 100


def test_year_remains_gate_covers_the_regex():
    # non_dates.year_told_of asks may_hold(…, ("remains",)) of the _REMAINS_REACH characters after the year
    hits = 0
    for tail in _texts(["one of the", "the", "most eventful", "darkest", "greatest", "record", "x."], n=1500, seed=29):
        for sep in ["", " ", "  ", "   ", "    ", "\t", "\n \n"]:
            for word in ["remains", "REMAINS", "Remains", "remain", "ſ"]:
                s = "1969" + sep + word + " " + tail
                if ND._YEAR_REMAINS_AFTER.match(s, 4):
                    hits += 1
                    assert may_hold(s[4:4 + ND._REMAINS_REACH], ("remains",)), s
    assert hits > 100


def test_year_heading_window_covers_the_regex():
    # page_furniture.year_heading looks for its line's end within _YEAR_HEADING_TAIL characters of the year, then
    # reads the line with _YEAR_HEADING
    hits = 0
    for tail in _texts([" ", "\t", ":", "\r", "  ", "x", "."], n=3000, seed=39):
        for head in ["", "Key dates in the war: ", "— ", "Opened: "]:
            line = head + "2014" + tail.split("\n")[0]
            heading = PF._YEAR_HEADING.search(line)
            if heading is not None and heading.start(1) == len(head):
                hits += 1
                text = line + "\nMarch 16: Residents vote."
                end = len(head) + 4
                assert text.find("\n", end, end + PF._YEAR_HEADING_TAIL + 1) >= 0, repr(line)
                assert PF.year_heading(text, len(head), end) == (head != "Opened: "), repr(line)
    assert hits > 500


def test_announcing_gate_covers_the_regex():
    """direction.announced_for_before's gate (ANNOUNCING_WORDS) before _ANNOUNCED_FOR_DAY (cr39 A8)."""
    words = ["announced", "declares", "ordering", "approved", "grants", "Announcing", "remote", "learning", "two",
             "days", "of", "on", "for", "Thursday", "and", "Friday,", "Grant", "order"]
    hits = 0
    for text in _texts(words, n=6000, seed=39):
        for s in (text + " for ", text + " on ", text):
            if D._ANNOUNCED_FOR_DAY.search(s):
                hits += 1
                assert may_hold(s, D.ANNOUNCING_WORDS), s
    assert hits > 100


# recognition._SHORT_NUMBER_GOES_ON as it was written before its four clauses after whitespace shared one "\s++".
_SHORT_NUMBER_GOES_ON_APART = re.compile(
    r"(?:st|nd|rd|th)?(?:[/.\-]\d|\s*[-–]\s*\d|\s+(?:to|through|thru|until|till|and)\s+(?:the\s+)?\d|"
    r"\s+(?:of\s+)?(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\s+of\s+(?:this|next|last)\s+month|"
    r"\s+(?:full\s+)?(?:day|week|month|year|decade|hour|minute|quarter|half))",
    re.IGNORECASE,
)


def test_short_number_goes_on_with_one_possessive_space_run_is_the_four_clauses_apart():
    # _starts_nothing and _KEPT_DIGITS ask only whether it matches: at every position of texts built from its words,
    # the same answer as the clauses each opening with "\s+".
    words = [*_regex_words(_SHORT_NUMBER_GOES_ON_APART), " ", "  ", "\t", "\n", "\u00a0", "-", "–", "/", ".", "1", "7",
             "0", "x", "people", "the", "of", "full", "ſep", "İ"]
    hits = 0
    for text in _texts(words, n=6000, seed=4141):
        for at in range(len(text) + 1):
            apart = _SHORT_NUMBER_GOES_ON_APART.match(text, at) is not None
            assert (R._SHORT_NUMBER_GOES_ON.match(text, at) is not None) == apart, (text, at)
            hits += apart
    assert hits > 1000


def test_weekday_ends_are_day_after_one_letter():
    # grammar._other_weekday_near counts "day" before the four ends: two ends hold two "day"s only when each end is
    # "day" after one letter (no end inside another, none overlapping itself).
    assert all(len(end) == 4 and end[1:] == "day" and end[0].isalpha() for end in G._WD_ENDS)


def test_lines_of_is_the_split_of_the_text_asked():
    # fastpath.lines_of keeps the last text's lines: each text, asked in turn or again, gets its own split (an equal
    # text of another identity split anew), the same list as text.split("\n").
    from timeline.extraction.fastpath import lines_of

    texts = ["", "\n", "a\nb", "a\n\nb\n", "a\r\nb", "x" * 50 + "\n" + "y", "a\nb"]
    for text in texts + texts[::-1]:
        assert lines_of(text) == text.split("\n"), text
        assert lines_of(text) == text.split("\n"), text
    one, other = "Storm hits\ncoast", "".join(["Storm hits\n", "coast"])
    assert lines_of(one) == lines_of(other) == one.split("\n")


def _clause_end_as_in_clause_tense(before: str) -> tuple[str, str | None]:
    # tense._clause_tense's lines reading its clause's end once (before_end), kept in step with them
    core = before.rstrip()
    if len(core) == len(before):
        return core, None
    end = core[-12:]
    return core, (end.lower() if end.isascii() else T._NOT_ASCII_END)


def test_clause_end_read_once_is_ends_with_word_and_the_reporting_tests():
    # _clause_tense reads its clause's end once: ends_with_word(before, _SCHEDULED_TO_LAST) becomes a test of that
    # end, and _ends_reporting(before) or _ends_reporting_that(before) becomes _ends_reporting_either.
    words = list(T._REPORTING_WORDS) + list(T._SCHEDULED_TO_LAST) + [
        "that", "THAT", "said that", "x", "the", "\n", "\t", "\u00a0", "ſaid", "confirmed,", "to begin", "run",
        "sayſ", "İ", "announced  that", "reopen", "place", "a\u00a0b"]
    hits = 0
    for text in _texts(words, n=6000) + _texts(words, n=6000, seed=5):
        core, end = _clause_end_as_in_clause_tense(text)
        for last in (T._SCHEDULED_TO_LAST, T._REPORTING_WORDS, ("the",)):
            assert (end is not None and (end is T._NOT_ASCII_END or end.endswith(last))) == \
                ends_with_word(text, last), text
        want = T._ends_reporting(text) or T._ends_reporting_that(text)
        assert T._ends_reporting_either(text, core, end) == want, text
        hits += want
    assert hits > 500


def test_whole_before_end_read_once_is_ends_with_word_and_may_end_with_clock():
    # _clause_tense strips its window once: _may_end_with_clock(text, core) is _may_end_with_clock(text), and its
    # lines for ends_with_the (kept in step with them here) are ends_with_word(text, ("the",)).
    words = ["the", "THE", "The", "bathe", "since the", "5 p.m.", "noon", "midnight", "EST", "at", ",", " ,", "\n",
             "\t", "\u00a0", "x", "12", "ſ", "İ", "local time", "am", "pm", "GMT"]
    for text in _texts(words, n=8000):
        core = text.rstrip()
        assert T._may_end_with_clock(text, core) == T._may_end_with_clock(text), text
        the_end = core[-12:]
        assert (len(core) < len(text) and (not the_end.isascii() or the_end.lower().endswith("the"))) == \
            ends_with_word(text, ("the",)), text


def test_is_adjective_splits_an_ed_words_window_once():
    # _is_adjective reads an -ed word's words before it from one split (words_before), its negated present's "is"
    # a new list: the answers of the paths after it, with and without that rewrite, are those of a split anew.
    cases = {"the highly anticipated rematch": True, "the store is not closed Monday": True,
             "he isn't charged with theft": False, "he is not charged with theft": False,
             "the only contested race": True, "its delayed budget": True, "police arrested him": False,
             "they are not also the first elected": False, "as the long awaited report": True}
    for text, want in cases.items():
        eds = [m for m in T._markers(text) if m[0].lower().endswith("ed")]
        assert eds and T._is_adjective(text, eds[-1]) == want, text


def test_may_subordinate_with_shared_tails_first_is_the_fourteen_tests():
    # tense._may_subordinate asks the tails each subordinator's two spellings share before the words themselves:
    # the same answer as the words alone.
    subs = ["after", "when", "since", "before", "because", "once", "until"]
    words = subs + [w.capitalize() for w in subs] + [w.upper() for w in subs] + [
        "then", "France", "announce", "hereafter", "x", " ", "  ", "\t", "\u00a0", "efore", "fter", "ntil", "hen"]
    for text in _texts(words, n=8000) + [w + " " for w in words] + [" " + w + " x" for w in words]:
        want = any(w + " " in text or w.capitalize() + " " in text for w in subs)
        assert T._may_subordinate(text) == want, text


def test_clause_back_of_a_marked_clause_is_none():
    # _clause_tense does not call _clause_back for a clause with a marker: it returns None for one first thing.
    s = "voters will choose a candidate to run against Republican, Socialist and Constitution party nominees in "
    start = len(s)
    s += "November"
    for lo in (0, 10, 40):
        own = T._own_clause(s, lo, start)
        assert T._clause_back(s, lo, start, 0, own, True) is None
    assert T._clause_back(s, 0, start, 0, T._own_clause(s, 0, start), False) is not None  # (unmarked: read back)


def test_clause_tense_last_marker_read_once():
    # _clause_tense reads its last marker's text lower-cased once (last_low) for the tests after its marker loop
    # (an asking's infinitive, "ahead of" after a past perfect, "by" after an attempt or a tally, a perfect): the
    # answers of those paths, as with the text read at each test.
    cases = {"The king was asked to dissolve parliament on May 30": None,
             "The votes had not been counted ahead of Friday": "past",
             "Firefighters managed to contain half the blaze by Sunday": "past",
             "Here are the results from 300 stations by Saturday": "past",
             "He has been busy campaigning in Ohio on Monday": "past",
             "The storm prompted the airline to cut flights beginning Wednesday": "future",
             "The mayor said the plant closed on Monday": "past"}
    for text, want in cases.items():
        day = text.rsplit(" ", 1)[1] if not text.endswith("May 30") else "May 30"
        start = text.rindex(day)
        assert T.clause_tense(text, start, start + len(day)) == want, text


def test_marker_group_reads_hoisted():
    # _is_adjective and _clause_tense's marker loop read a marker's text (and the loop its future group) once: each
    # read of a group makes a new string. The answers of the tests that read them, as with each read anew.
    m = next(T._markers("They will vote"))
    assert m[0] == m[0] and m[0] is not m[0]
    cases = {"One would think that the rain would have stopped by Friday": "future",
             "They hired workers a week ahead of Christmas": "past",
             "All it took was one phone call for the meeting to be canceled Friday": "past",
             "The council approved plans to build a stadium on Thursday": "past",
             "The Met Office predicts rain on Friday": None, "Will Smith hosted the show on Sunday": "past",
             "He won the French Open in September": "past", "The store is not closed on Monday": "present"}
    for text, want in cases.items():
        day = text.rsplit(" ", 1)[1]
        start = text.rindex(day)
        assert T.clause_tense(text, start, start + len(day)) == want, text


def _numbered_reference_plain(sent, m):
    # non_dates.numbered_reference before its word gates (session 44): each search asked of its whole window
    if m.start < 6 or not any(c.isdigit() for c in sent[(m.start - 24 if m.start > 24 else 0):m.start]):
        return False
    if ND._REFERENCE_NUMBER_BEFORE.search(sent, max(0, m.start - 60), m.start):
        return True
    if re.fullmatch(r"\d{4}", m.text) is None:
        return False
    number = ND._NUMBERED_INSTRUMENT_BEFORE.search(sent, max(0, m.start - 40), m.start)
    if number is None:
        return False
    rank = ND._RANK_BEFORE_NUMBER.search(sent, max(0, number.start() - 24), number.start())
    return rank is None or rank["comma"] is not None and sum(c.isdigit() for c in sent[number.start():m.start]) > 2


def test_numbered_reference_words_gate_the_plain_searches():
    # The word lists hold a piece of every word the two regexes open with; texts of their words in every case
    # (and "ſ", "ı", "İ", "K"), with digits beyond ASCII ("²", "٣") or none, each followed by a year, a "٢٠٢٤" and a
    # day, say the same as the plain form.
    assert set(_regex_words(ND._REFERENCE_NUMBER_BEFORE)) & {"log", "incident", "occurrence", "reference", "ref",
                                                              "crime", "call", "report"} == \
        {"log", "incident", "occurrence", "reference", "ref", "crime", "call", "report"}
    words = _regex_words(ND._REFERENCE_NUMBER_BEFORE) + _regex_words(ND._NUMBERED_INSTRUMENT_BEFORE) + \
        ["No.", "Ref.", "1234", "114", "5130,", "245/", "of", "the", "was", ":", "#", "Tuesday", "wed.,", "m²", "٣٤",
         "café"]
    made = [f"{lead}{kw}{mid}{num}{link}" for lead in ("", "was ", "the ", "quoting ", "x", "Swift, ")
            for kw in ("log", "LOG", "Incident", "occurrence", "reference", "Ref.", "ref", "crime", "call",
                       "report", "No", "Nos.", "NUMBER", "ſorry", "İncident", "\u212aey", "rank")
            for mid in ("", " number", " No.", ":", " #") for num in (" 1234", "114", " 5130", " 245")
            for link in (" of ", " of Tuesday ", " of\twed., ", ", ", "/", " ", " of\n")]
    hits = 0
    for text in made + _texts(words, n=6000, seed=44):
        for tail in ("2024", "٢٠٢٤", "21/01/17", "12 March"):
            sent = text + tail
            m = R.Mention("yr", len(text), len(sent), tail, ())
            want = _numbered_reference_plain(sent, m)
            hits += want
            assert ND.numbered_reference(sent, m) == want, sent
    assert hits > 100


def test_counterfactual_modals_gate_the_plain_search():
    # counterfactual_today searches _COUNTERFACTUAL_TODAY_BEFORE only in a window holding one of its modals (session
    # 44): every match holds one, so the search alone finds nothing in the others.
    assert {"would", "could", "might", "should"} <= set(_regex_words(ND._COUNTERFACTUAL_TODAY_BEFORE))
    made = [f"{lead}{modal}{neg}{adv}{be}{where}" for lead in ("", "He ", "she said she", "x")
            for modal in (" would", " Could", " MIGHT", " ſhould", "'d", "’d", " wouldn't", " couldn’t", " may")
            for neg in ("", " not", " never") for adv in ("", " still", " even probably")
            for be in (" be", " have been", " have\tbeen") for where in (" here ", " alive ", " with us ", " around ",
                                                                          " where we are ", " there ")]
    hits = 0
    for text in made + _texts(_regex_words(ND._COUNTERFACTUAL_TODAY_BEFORE) + ["'d", "’d", "I", "we"], n=4000,
                              seed=44):
        found = ND._COUNTERFACTUAL_TODAY_BEFORE.search(text, max(0, len(text) - 60), len(text))
        hits += found is not None
        if not may_hold(text[max(0, len(text) - 60):], ND._COUNTERFACTUAL_MODALS):
            assert found is None, text
    assert hits > 100


def test_quarter_ending_words_gate_the_plain_search():
    # grammar._ends_a_quarter searches _QUARTER_ENDING_BEFORE only in a window holding one of its words (session 44).
    made = [f"{lead}{period}{link}{verb}{tail}" for lead in ("", "the ", "a ", "one ", "its fiscal third ")
            for period in ("quarter", "QUARTERS", "Half", "half-year", "half years", "three months", "6-month",
                           "9 months", "nine-month", "year", "quarterly")
            for link in (" ", " that ", " which\t") for verb in ("ended", "Ending", "ends", "to", "through", "thru")
            for tail in (" ", " in ", " in\n")]
    hits = 0
    for text in made + _texts(_regex_words(G._QUARTER_ENDING_BEFORE) + ["3", "6", "9", "-"], n=4000, seed=44):
        found = G._QUARTER_ENDING_BEFORE.search(text, max(0, len(text) - 40), len(text))
        hits += found is not None
        if not may_hold(text[max(0, len(text) - 40):], G._QUARTER_ENDING_WORDS):
            assert found is None, text
    assert hits > 100


def test_under_stamp_bullet_year_gate_is_the_plain_match():
    # page_furniture._under_stamp_bullet matches _STAMP_BULLET_LINE only where "19" or "20" stands in the 29
    # characters before the line (session 45): the stamp's year ends at most 24 characters before its line's end.
    def plain(text, line):
        return line > 0 and PF._STAMP_BULLET_LINE.match(text, text.rfind("\n", 0, line - 1) + 1) is not None

    rnd = random.Random(46)
    stamps = [f"{lead}{bullet}{gap}{date}{year}{tail}" for lead in ("", " ", "\t  ") for bullet in ("-", "•", "–", "*", "x")
              for gap in (" ", "\t", "") for date in ("July 26, ", "Sept. 3 ", "26 July ", "4 Dec., ", "July ")
              for year in ("2018", "1999", "2101", "20189", "١٩٩٩")
              for tail in ("", " midnight", " 11:43 PM EST", " " + "x" * 22, " " + "x" * 23, " " + "y" * 24)]
    lines = ["Trump delays Putin meeting until 2019", "", "Related Articles", "• Floods hit Texas (May 3, 2023)",
             "More like this", "x 2020", "19", "20"] + stamps
    hits = 0
    for _ in range(3000):
        text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, 5))) + rnd.choice(("", "\n", "\nHeadline"))
        for line in [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]:
            want = plain(text, line)
            hits += want
            assert PF._under_stamp_bullet(text, line) == want, (text, line)
    assert hits > 100


def test_pledge_words_gate_the_past_pledge_match():
    # clause_tense matches _PAST_PLEDGE_AFTER only after a day followed by one of its verbs (session 45): every match
    # holds one, so the match alone finds nothing in the others.
    assert set(T._PLEDGE_WORDS) <= set(_regex_words(T._PAST_PLEDGE_AFTER))
    made = [f"{part}{comma}{subject}{rel}{verb}{to}" for part in ("", " night", " Morning")
            for comma in ("", ",", " ,") for subject in (" ", " Lai ", " the defence minister's aide ", "\tx.y ",
                                                         " a b c d e f ")
            for rel in ("", "who ", "That ") for verb in ("vowed", "PLEDGED", "Promised", "promiſed", "vows")
            for to in (" to", " to resist", "\tto", " too", " x")]
    hits = 0
    for text in made + _texts(_regex_words(T._PAST_PLEDGE_AFTER) + ["Lai", "the", "to"], n=4000, seed=46):
        for end in (0, 1):
            found = T._PAST_PLEDGE_AFTER.match(text, end)
            hits += found is not None
            if not may_hold(text[end:], T._PLEDGE_WORDS):
                assert found is None, text
    assert hits > 100


def test_yardstick_words_gate_the_yardstick_day_search():
    # sentence_tenses searches _YARDSTICK_DAY_BEFORE only in a window holding one of its words (session 45).
    from timeline.extraction import mention_tense as MT

    assert all(w in MT._YARDSTICK_DAY_BEFORE.pattern for w in MT._YARDSTICK_WORDS)
    made = [f"{lead}{cmp}{mid}{prep}" for lead in ("", "Highs will be ", "x")
            for cmp in ("lower than", "WARMER THAN", "Busier\tthan", "similar to", "compared with", "Compared to",
                        "the same as", "same as", "ſame as", "rather than", "no later than", "similar")
            for mid in (" ", " those ", " the levels ", " figures ", " that\n") for prep in ("", "on ", "seen on ",
                                                                                             "recorded on ", "of ")]
    hits = 0
    for text in made + _texts(_regex_words(MT._YARDSTICK_DAY_BEFORE) + ["the", "x"], n=4000, seed=46):
        found = MT._YARDSTICK_DAY_BEFORE.search(text, max(0, len(text) - 40), len(text))
        hits += found is not None
        if not may_hold(text[max(0, len(text) - 40):], MT._YARDSTICK_WORDS):
            assert found is None, text
    assert hits > 100


def test_over_ending_gates_the_quarrel_search():
    # is_yardstick_period searches _QUARREL_OVER_BEFORE only in a window ending with "over" and whitespace (session
    # 45): every match ends so.
    made = [f"{lead}{noun}{gap}{over}{tail}" for lead in ("", "a legal ", "x")
            for noun in ("dispute", "Rows", "ANGER", "questions", "furore", "stand-off", "clashes", "ſpat", "rise")
            for gap in (" ", "\t", "  ") for over in ("over", "OVER", "Over", "ovеr", "overs")
            for tail in (" ", "\n", "", "  ")]
    hits = 0
    for text in made + _texts(_regex_words(ND._QUARREL_OVER_BEFORE) + ["last", "the"], n=4000, seed=46):
        found = ND._QUARREL_OVER_BEFORE.search(text, max(0, len(text) - 40), len(text))
        hits += found is not None
        if not ends_with_word(text[max(0, len(text) - 40):], ND._OVER):
            assert found is None, text
    assert hits > 100


def test_falls_on_endings_gate_the_falls_on_search():
    # mention_tense searches _FALLS_ON_BEFORE only before a weekday whose window, its last six characters lower-cased,
    # ends with one of FALLS_ON_ENDINGS (session 46): every match ends so (one space before and after "on", the
    # verb's last two letters before).
    from timeline.extraction import mention_tense as MT
    made = [f"{lead}{subject}{gap}{verb}{gap2}{on} " for lead in ("", "This year the ", "x")
            for subject in ("holiday", "Chuseok", "DEADLINE", "primary", "Christmas Day", "vote", "snow")
            for gap in (" ", "  ", " this year ") for verb in ("falls", "fall", "lands", "LANDS", "land", "fell", "falling")
            for gap2 in (" ", "  ", "\t") for on in ("on", "ON", "On", "upon")]
    hits = 0
    for text in made + _texts(_regex_words(MT._FALLS_ON_BEFORE) + ["on", "the"], n=4000, seed=461):
        found = MT._FALLS_ON_BEFORE.search(text, max(0, len(text) - 48), len(text))
        hits += found is not None
        if not text[-6:].lower().endswith(MT.FALLS_ON_ENDINGS):
            assert found is None, text
    assert hits > 100
