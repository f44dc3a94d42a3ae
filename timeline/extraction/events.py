"""Who, where, what: actors, place, title and category of an event sentence.

Deliberately cheap (regexes and dictionaries, no NLP model): countries come
from pycountry plus common short forms and demonyms, organisations and
people from small lists and title patterns.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .categories import categorise

# Short forms and spellings news text uses; values are the names we show.
COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "U.S": "United States", "USA": "United States",
    "U.S.A.": "United States", "United States": "United States", "America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "United Kingdom": "United Kingdom",
    "North Korea": "North Korea", "DPRK": "North Korea", "Pyongyang": "North Korea",
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
_CAPSEQ = re.compile(r"(?P<seq>[A-Z](?<![\w.’'][A-Z])[\w.’'-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w.’'-]*){0,7})")
# "in"/"at" not glued to a word before; the check follows the two letters so
# that the pattern opens with them and the engine can jump between i's and a's.
_PLACE = re.compile(r"(?:in|at)(?<!\w..)\s+(?:the\s+)?(?P<p>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})")
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
    return w[:-2] if w.endswith(("’s", "'s")) else w


def _name_like(w: str, index: dict) -> bool:
    return (len(w) > 1 and w[:1].isupper() and not w.isupper() and w not in _NOT_NAME
            and w not in _TITLE_CAP and w not in index)


def _titled(sentence: str, pos: int) -> bool:
    """A lower-case title just before `pos`: "negotiator, Kim Gunn"."""
    before = sentence[max(0, pos - 20):pos].rstrip(" ,").rsplit(None, 1)
    return bool(before) and before[-1].lower() in _TITLE_LOW


@lru_cache(maxsize=256)
def find_actors(sentence: str, limit: int = 8) -> tuple[str, ...]:
    """Countries, organisations and people named in the sentence, in order."""
    index, first_words = _name_index()
    found: list[tuple[int, str]] = []
    seen: set[str] = set()

    def add(pos: int, name: str) -> None:
        if name not in seen:
            seen.add(name)
            found.append((pos, name))

    for m in _CAPSEQ.finditer(sentence):
        seq = m.group("seq").rstrip(".’'")
        base = m.start("seq")
        words = [w.rstrip(".,") if not w.endswith("U.S.") else w for w in seq.split()]
        n = len(words)
        i = 0
        person_done = False
        while i < n:
            w = words[i]
            if w in first_words or w in index:
                for j in range(min(n, i + 4), i, -1):
                    hit = index.get(" ".join(words[i:j]))
                    if hit:
                        add(base + i, hit)  # position only orders the actors
                        i = j
                        break
                else:
                    i += 1
                continue
            if w in _TITLE_CAP or (i == 0 and _name_like(_strip_possessive(w), index) and _titled(sentence, base)):
                # "Minister Park Jin": up to three name words after the title.
                k = i + 1 if w in _TITLE_CAP else i
                j = k
                while j < n and j < k + 3 and _name_like(_strip_possessive(words[j]), index):
                    j += 1
                    if words[j - 1] != _strip_possessive(words[j - 1]):
                        break  # "Joe Biden’s": the name ends at the possessive
                if j > k:
                    add(base + k, _strip_possessive(" ".join(words[k:j])))
                    person_done = True
                    i = j
                    continue
            i += 1
        # Plain "Firstname Lastname" people (not at sentence start).
        if not person_done and 2 <= n <= 3 and base > 0:
            clean = [_strip_possessive(w.rstrip(".,’'")) for w in words]
            if all(_name_like(w, index) and w[1:].islower() for w in clean):
                add(base, " ".join(clean))
    found.sort()
    return tuple(n for _, n in found[:limit])


@lru_cache(maxsize=256)
def find_place(sentence: str, dateline_city: str | None = None) -> str | None:
    """A capitalised place after "in"/"at", else the dateline city."""
    for m in _PLACE.finditer(sentence):
        p = m.group("p")
        first = p.split()[0].split("-")[0]
        if first in _MONTH_DAY_WORDS or first in _NOT_NAME and not _lookup(p):
            continue
        if p in ORGANISATIONS or p in DEMONYMS:
            continue
        if p.split()[-1] in _NOT_NAME and not _lookup(p):
            continue  # "at the Korea Institute", "in the Security Council"
        return p
    return dateline_city


def dateline_city(text_head: str) -> str | None:
    m = _DATELINE.match(text_head.lstrip())
    if not m:
        # The dateline opens the first paragraph, after headline and byline.
        for para in text_head.split("\n")[1:8]:
            m = _DATELINE.match(para)
            if m:
                break
        else:
            return None
    city = (m.group("city") or m.group("caps")).strip()
    return city.title() if city.isupper() else city


_LEAD_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?"
                            r"\s*\([A-Za-z]{2,10}\)\s*(?:—|–|--|-|_)+\s*")
_SUBORDINATE = re.compile(r"(?:Following|After|Before|While|As|Despite|Speaking|During|Since|When|Although|"
                          r"Though|Because|Amid|Without|Having|Asked|Unlike|Once|Until|If)\b")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:])")
_PREPS = frozenset("on in since during by from of until till at".split())
_PREP_BEFORE = re.compile(r"\b(?:on|in|since|during|by|from|as\s+of|until|till|at)\s+$", re.IGNORECASE)
_FRONT_TAIL = re.compile(r"^\s*(?:alone\b)?\s*,?\s*")
_BARE_DAY = re.compile(r"(?i)(?:(?:early|late|earlier|later)\s+)?(?:today|yesterday|tomorrow|tonight|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?")
# ", the State Department said." / ", according to the ministry." at the end.
_ATTRIB = re.compile(r"[,;]\s*(?:according\s+to\b[^,;]{0,80}|"
                     r"(?:[\w.’'-]+\s+){1,6}(?:said|says|reported|told\s+reporters|"
                     r"announced|added)(?:\s+(?:on\s+)?\w+)?)\s*[.!?]?[\"”']?$")
# Words one of which every _ATTRIB match contains: without them, skip the regex.
_ATTRIB_WORDS = ("according", "said", "says", "reported", "told", "announced", "added")
# ", the U.S. special envoy for North Korea," / ", which runs until March 23,": asides.
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|who|which|whose|its|his|her)\s[^,;()\"“”]{3,90}?,\s+(?=[a-z])")


def make_title(sentence: str, cue_start: int, cue_end: int, limit: int = 100) -> str:
    """A short "who did what" line: the sentence without its date and padding.

    `cue_start`/`cue_end` are offsets of the date words inside the sentence.
    """
    if len(sentence) > 600:
        # A runaway "sentence" (no punctuation): title from the cue's surroundings.
        lo = max(0, cue_start - 200)
        sp = sentence.find(" ", lo, cue_start) if lo else -1
        lo = sp + 1 if sp != -1 else lo
        hi = min(len(sentence), cue_end + 200, lo + 590)
        return make_title(sentence[lo:hi], cue_start - lo, cue_end - lo, limit)
    comma = sentence.find(",", 0, cue_start)
    if comma > 0 and _SUBORDINATE.match(sentence) and cue_start - comma > 2:
        # "Following talks with Park on Thursday, Kim will meet envoys on
        # Friday": Friday's event is the main clause, not the opening one.
        cut = comma + 1
        while cut < cue_start and sentence[cut].isspace():
            cut += 1
        return make_title(sentence[cut:], cue_start - cut, cue_end - cut, limit)
    cue = sentence[cue_start:cue_end]
    before = sentence[:cue_start]
    tail_words = before[-12:].split()
    prep = _PREP_BEFORE.search(before, max(0, cue_start - 8)) if tail_words and \
        tail_words[-1].lower() in _PREPS and before[-1:].isspace() else None
    has_dateline = "(" in sentence[:60]  # cheap pre-check for "CANBERRA, Australia (AP)_"
    fronted = not (_LEAD_DATELINE.sub("", before) if has_dateline else before).strip(" \t\"“'")
    if prep or fronted or _BARE_DAY.fullmatch(cue):
        # Drop the date and the preposition that introduced it, and the comma
        # after a fronted date ("On Thursday, Kim met" -> "Kim met").
        head = before[:prep.start()] if prep else before
        tail = sentence[cue_end:]
        if not head.strip() or fronted:
            tail = _FRONT_TAIL.sub("", tail)
        tail = tail.lstrip()
        s = (head.rstrip() + (" " if head.strip() and tail[:1].isalnum() else "") + tail).strip()
    else:
        s = sentence
    if has_dateline:
        s = _LEAD_DATELINE.sub("", s)
    s = " ".join(s.split())
    if len(s) > limit and any(w in s for w in _ATTRIB_WORDS):
        # Nothing after its opening "," or ";" can be another one, so a match
        # can only start at the last of them: try there instead of at each.
        cut = max(s.rfind(","), s.rfind(";"))
        if cut >= 0 and _ATTRIB.match(s, cut):
            s = s[:cut]
    if len(s) > limit:
        s = _APPOSITIVE.sub(" ", s)
    s = s.strip(" ,;:-—–“”\"'`")
    if " ," in s or " ." in s or " ;" in s or " :" in s:
        s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    s = s.rstrip(" .")
    if not s:
        return sentence.strip()[:limit]
    s = s[0].upper() + s[1:]
    if len(s) <= limit:
        return s
    # Cut at a clause boundary if one is late enough, else at a word.
    cut = max(s.rfind(",", 0, limit), s.rfind(";", 0, limit))
    if cut >= 60:
        return s[:cut]
    sp = s.rfind(" ", 0, limit - 1)
    return s[:sp if sp > 40 else limit - 1].rstrip(" ,;:") + "…"


def describe(sentence: str, cue_start: int, cue_end: int, dateline: str | None = None):
    """(title, actors, place, category) for one event sentence."""
    return (make_title(sentence, cue_start, cue_end), find_actors(sentence),
            find_place(sentence, dateline), categorise(sentence))
