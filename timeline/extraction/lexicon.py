"""Word lists of the date grammar, and the regex fragments made of them.

Everything a rule of grammar.py or the tense finder of tense.py needs to know
about English words lives here, as data: adding a quantity noun, a past-tense
verb or a month abbreviation is a one-word change in one place.
"""
from __future__ import annotations


class _NameTable(dict):
    """A table of month or weekday names, looked up by a name's lower case.

    The rules match names under re.IGNORECASE, which also matches "ſ" to "s",
    "ı" and "İ" to "i" (fastpath.FOLDS_TO_ASCII): "FRİDAY" or "APRİL", typed on
    a Turkish keyboard, is found, but its lower case ("fri\u0307day") is no key.
    A miss is looked up again with those letters folded, so such a name gives
    the ASCII name's number instead of a KeyError that refused the article.
    """

    _FOLD = str.maketrans({"ſ": "s", "ı": "i", "\u0307": None})

    def __missing__(self, name: str) -> int:
        folded = name.translate(self._FOLD)
        if folded == name:
            raise KeyError(name)
        return self[folded]

    def get(self, name: str, default=None):
        try:
            return self[name]
        except KeyError:
            return default


MONTHS = _NameTable({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})
MONTH_NAMES = frozenset(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))
# The twelve names written out, capitalised, in calendar order, as a regex alternation ("January|February|...")
# for the patterns that want the whole name (non_dates, input_text).
MONTH_NAME_ALTERNATION = "|".join(name.capitalize() for name in list(MONTHS)[:12])
WEEKDAYS = _NameTable({
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
    # abbreviations (lexicon.WD): "from Thurs. for summit", "until noon Thurs"
    "mon.": 0, "tue.": 1, "tues.": 1, "wed.": 2, "thu.": 3, "thur.": 3, "thurs.": 3, "fri.": 4, "sat.": 5, "sun.": 6,
    "tues": 1, "weds": 2, "thurs": 3,
})
# The seven names written out, in the order of date.weekday() (Monday 0), for the code that names a day's weekday.
WEEKDAY_NAMES = tuple(list(WEEKDAYS)[:7])
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "several": None, "few": None, "couple": 2,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}


# --- regex fragments shared by the rules ------------------------------------
# ... and a weekday's abbreviation, capitalised, with its stop, before a lower-case word or a number
# ("Abe to visit U.S. from Thurs. for summit", "Sat. night"; not "the Sun." nor a sentence's end).
# Both as prefix trees ("monday|tuesday|..." as "(?:mon|t(?:ues|hurs)|...)day"): under re.IGNORECASE the regex
# engine enters every alternative of a flat list at each position it tries (a case-folded literal is no quick
# first test), and MON and WD sit in most rules and in dozens of patterns. The same matches: at most one
# alternative of each fits at a position (no full name is another's start, an abbreviation needs its stop, and
# MON's end allows no letter after it), and each keeps its own order of ends ("jan." before "jan").
WD = (r"(?:(?:mon|t(?:ues|hurs)|wednes|fri|s(?:atur|un))day|"
      r"(?<!\bthe\s)(?<!\bThe\s)(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=[ ]+(?-i:[a-z0-9])))")
# The long weekday abbreviations with no stop, after a preposition, "this"/"next"/"last" or a clock time
# ("until noon Thurs", "from 6pm Weds", "on Tues"), or before a part of the day ("Thurs night"): not a
# headline's verb ("Actor Weds Longtime Partner") nor a line of opening hours ("open Thurs to Sun", "open
# from Tues to Sat"). Only the weekday rule reads them (grammar.RULES "wd"): in WD, which sits in dozens of
# patterns, their fourteen look-behinds cost ~0.6G instructions of compiling a process and ~0.4% of a pass.
WD_STOPLESS = (r"(?:(?:(?<=\bon\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\bby\s)|(?<=\bthrough\s)|"
               r"(?<=\bthis\s)|(?<=\bnext\s)|(?<=\blast\s)|(?<=\bnoon\s)|(?<=\bmidnight\s)|(?<=\d[ap]m\s)|(?<=\d\s[ap]m\s)|(?<=\.m\.\s))"
               r"(?-i:Tues|Weds|Thurs)(?![\w'’-]|\.\w)(?!\s*(?:to|until|till|-|–)\s*(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)|"
               r"(?-i:Tues|Weds|Thurs)(?=\s+(?:morning|afternoon|evening|night)\b))")
MON = (r"(?:j(?:an(?:uary|\.?)|u(?:n(?:e|\.?)|l(?:y|\.?)))|feb(?:ruary|\.?)|ma(?:r(?:ch|\.?)|y)|"
       r"a(?:pr(?:il|\.?)|ug(?:ust|\.?))|sep(?:t(?:ember|\.?)|\.?)|oct(?:ober|\.?)|nov(?:ember|\.?)|"
       r"dec(?:ember|\.?))(?![a-z])")
# (never a decimal's last digits: "61.2 Jan 14" in a table of figures is no 2 January)
DAY = r"(?<!\d\.)(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d|%|\.\d)"
_ORD_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
# A day of the month in words: "first", "twenty-first", "thirtieth".
DAY_IN_WORDS = rf"(?:(?:twenty|thirty)[\s-](?:{_ORD_WORD})|{_ORD_WORD})"
DAYW = rf"(?:{DAY}|{DAY_IN_WORDS})"
_UNITS = "|".join(sorted((k for k in NUMBERS if k not in ("a", "an", "several", "few", "couple")),
                         key=len, reverse=True))
SPELLED_YEAR = (rf"(?:nineteen[\s-]+(?:{_UNITS})\b(?:[\s-]+(?:{_UNITS})\b)?|"
                r"the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine)\b)?)")
YEAR = rf"(?:(?<![\d$£€.,])(?:1[6-9]\d\d|20\d\d)(?![.,]\d|\d)|{SPELLED_YEAR})"
# The year of a written date, which may be glued to it after a comma ("12 November,2015",
# "March 3,2015", "November 12 ,2015"): a comma with no space is no thousands separator after a
# month or a day.
DATE_YEAR_SEP = r"(?:\s?,?\s+(?:of\s+)?|\s?,(?=(?:1[6-9]|20)\d\d(?![.,]\d|\d)))"
DATE_YEAR = rf"(?:(?<![\d$£€.])(?:1[6-9]\d\d|20\d\d)(?![.,]\d|\d)|{SPELLED_YEAR})"
# A count's digits: never the tail of a grouped or decimal number ("some 12,900 years ago" is no
# "900 years ago", "1,000 days" no "000 days").
# A tens word may take its unit after a hyphen or a space ("twenty-five years ago", "thirty one days"): the
# whole compound is the count, never its last word alone (num_value adds them).
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUM = (r"(?:(?<!\d[,.])\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
       rf"(?:{'|'.join(TENS_WORDS)})(?:[\s-](?:{'|'.join(UNIT_WORDS)})\b)?|couple\s+of|few|several)")
PART_MOD = (r"(?:early|late|mid-?|the\s+(?:middle|beginning|start|end)\s+of|end\s+of|beginning\s+of|middle\s+of|"
            r"start\s+of)")

# --- context words ------------------------------------------------------------
# Prepositions that make a bare "May"/"March" a month, not a verb or a name.
MONTH_CONTEXT_WORDS = """in since until till by of during from through to between and or before after
    throughout for last this next early late mid end beginning middle since on until""".split()
# A bare number followed by one of these is a quantity, not a year.
QUANTITY_NOUNS = """% percent per_cent people persons troops soldiers men women children pounds miles km kms
    kilometers kilometres meters metres feet foot tons tonnes barrels shares votes dollars dlrs euros
    marks yen yuan won points cars units jobs workers employees students cases deaths rounds acres
    hectares seats copies homes houses households members delegates rifles missiles planes
    hours minutes calories degrees fahrenheit celsius inches yards mm cm millimetres millimeters
    centimetres centimeters kg kilograms kilos grams litres liters gallons megawatts mph kph seconds""".split()
# ... and people or things counted ("2000 fans", "1900 police officers"), for years only.
COUNTED_NOUNS = """police officers fans spectators supporters protesters demonstrators residents firefighters
    rescuers volunteers passengers patients refugees migrants visitors customers participants athletes
    civilians prisoners inmates families vehicles buildings flights villages runs rooms beds""".split()
# ... and so is one followed by "-member", "-strong", "-year" ...
QUANTITY_SUFFIXES = "member strong year day page mile".split()
# Words right before a number that make it a model, a route or a sum, not a year.
YEAR_BEFORE_BAD_WORDS = r"\$ £ € No\. number Nos\. route flight room page pages Boeing Airbus model version DC- MD- " \
                        r"Soyuz Apollo Orion".split() + [
                            # a bill's or a measure's number: "H.R. 2021", "Senate Bill 1998", "SB 2020"
                            r"\b(?-i:H\.\s?R\.|S\.\s?B\.|H\.\s?B\.|A\.\s?B\.|HR|SB|HB|AB|LB|Bill|Resolution|Ordinance)",
                            # a plan named with its target year: "Vision 2030", "the Roadmap 2030", "Horizon 2020"
                            r"\b(?-i:Vision|Agenda|Roadmap|Horizon)[\"'“‘]?"]
# The word right before a number that names a place or a text, not a year: "Suite 1800", "exit 1900",
# "Section 1983", "Gate 1820", "Bus 1990", "Decree 1999" (lower-cased).
PLACE_NUMBER_WORDS = frozenset("""section sec. exit apt. apartment suite gate bus unit platform terminal channel
    highway hwy. interstate decree article chapter pier precinct locker""".split())
# "about 1800", "more than 2000": a quantity.
APPROX_WORDS = """about around nearly almost approximately roughly some over under than just only least most
    up_to""".split()
# "the 2024 models": a year naming a product, not a time.
YEAR_MODIFIED_NOUNS = "model models version versions edition editions vintage vintages lineup lineups".split()
# "the 1988 third quarter", "this year's first half", "the 1988 period": a part
# of the year, which is no day/month/year event of its own.
YEAR_PART_AFTER = (r"\s+(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+|fiscal\s+)*"
                   r"(?:quarter|quarters|half|halves|period|periods)\b")
# "on a Friday", "every Monday": no particular day.
GENERIC_DETERMINERS = "a every each any one".split()
# "said in a Tuesday statement", "at a Monday news conference": after "a", a weekday
# that modifies a noun naming one happening is that day, not any such weekday.
ONE_HAPPENING_NOUNS = """statement statements update updates interview news press conference briefing post posting
    tweet letter memo email e-mail message announcement release speech address remarks rally hearing ruling filing
    court vote session meeting call phone telephone deadline editorial broadcast video report raid attack
    strike game match ceremony debate summit visit appearance sermon note notes""".split()
# "each July": no particular month.
EVERY_WORDS = "every each".split()

# Every expression contains one of these words; the recogniser looks only in
# a short window before each of them instead of at every word of the text.
TRIGGER_WORDS = """jan january feb february mar march apr april may jun june jul july aug august
    sep sept september oct october nov november dec december monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed weds thu thur thurs fri sat sun today tonight yesterday tomorrow morning
    afternoon evening noon night day days date week weeks
    month months year years decade decades nineteen quarter half q1 q2 q3 q4 h1 h2 spring summer autumn fall
    winter christmas thanksgiving chuseok easter halloween juneteenth valentine mother father patrick luther
    hour hours minute minutes""".split()
# Words that can stand right before the word that triggered a look
# ("the beginning of March", "more than two weeks ago", "this coming Sunday").
MODIFIERS = frozenset(
    """the this last next coming previous following earlier later early late mid end beginning middle
    start fiscal calendar nearly almost about around some more less over just only roughly exactly
    than a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety
    couple few several that same past current of in full year day first second third fourth fifth
    sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth
    eighteenth nineteenth twentieth thirtieth final between new lunar good memorial labor labour veterans election
    independence columbus presidents boxing martin black cyber anzac latter back front very""".split()
)
NAME_TRIGGERS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december monday tuesday wednesday thursday friday saturday sunday".split())
UNIT_TRIGGERS = frozenset("morning afternoon evening night day days date week weeks month months years "
                          "decade decades quarter half hour hours minute minutes".split())  # not "year": "year-end"

# --- tense -------------------------------------------------------------------
# Irregular past forms and past-time words (regular ones end in -ed). (Not those that are also a present, a
# noun or a name: "lay", "fed", "beat", "bit", "bore", "ground", "wound", "lit".)
PAST_WORDS = """said says was were had did met came went took made told began won lost fell rose sold bought
    gave saw left held became got ran paid sent struck shot found brought kept led spoke wrote
    chose thought flew grew drew threw knew fought caught sought stood sat broke spent built
    meant felt heard wore woke rode stole froze swore tore arose forgot hid shook dealt
    slid sank shrank ago earlier last previously yesterday didn't wasn't weren't hadn't
    laid fled drove withdrew upheld withheld oversaw underwent undertook overtook overthrew overcame overran
    foresaw taught swept wept slept crept knelt dug clung flung swung stung spun sang rang swam strode sprang
    leapt bled drank""".split()
# Words ending in -ed that are no past tense: the generic -ed word (tense._PAST) skips them. "-eed"
# is a present or a noun ("need", "proceed", "speed", "indeed") unless "r" or "t" comes before it
# ("agreed", "freed", "guaranteed"); the rest are nouns and adjectives ("a hundred", "the red
# team", "sacred").
NOT_PAST_ED = r"[a-z]*[^rt\W]eed|breed|creed|greed|hundred|kindred|hatred|sacred|naked|wicked|bed|red|sled"
# Present simple of scheduling verbs reads as future: "the fight starts in January".
SCHEDULE_VERBS = """starts begins opens ends closes expires runs resumes travels arrives leaves returns
    takes_effect take_effect goes_ahead kicks_off concludes reopens convenes finishes wraps_up departs
    goes_into_effect comes_into_force goes_on_sale""".split() + [
    # "The company reports earnings Thursday", "Acme posts its first-quarter results on Thursday": a
    # company's results are given on a day set ahead (a period's word only: "reports record
    # earnings" tells what the results were, a headline's news of them); so is a trading update, and
    # a company's update of the market ("Morrisons posts a Christmas trading update on Tuesday", "The
    # grocer updates the market on Wednesday").
    r"(?:reports|posts|releases|announces|publishes|issues)\s+(?:(?:its|a|an)\s+)?(?:(?:quarterly|annual|interim|"
    r"full-year|half-year|fiscal|first-quarter|second-quarter|third-quarter|fourth-quarter|q[1-4]|first-half|"
    r"second-half|christmas|festive|holiday|pre-close)\s+)?(?:earnings|results|trading\s+(?:update|statement))",
    r"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)updates?\s+the\s+market"]
# ... and with a plural subject ("talks start Monday", "polls open Sunday"),
# unless an auxiliary or "to" before it carries the tense ("were open Sunday").
SCHEDULE_PLURAL_VERBS = """start begin open close end resume reopen return convene depart arrive kick_off
    go_into_effect come_into_force go_on_sale travel""".split()
# Present forms that leave the time open (with "is", "are", "has"): a weekday
# after them is the nearest one ("X meets Y Friday" in a caption, "the team
# plays Saturday" in a lead); modal "could"/"can" reads either way.
PRESENT_WORDS = """is are am has have could can cannot plays meets faces votes visits hosts holds heads head
    speaks addresses attends greets marks play meet face vote visit host hold speak attend greet
    appears appear turns shifts airs premieres debuts hits flies moves goes takes""".split() + [r"take\s+on",
    # a state still holding ("prices continue to be high", "roads continue to be closed Monday"): a present, not the
    # future that "to be" alone tells ("is to be held Tuesday")
    r"continues?\s+to\s+be"]
# An -ed word right after one of these is an adjective ("its delayed budget").
DETERMINERS = frozenset("a an the its their his her our your my this that these those of newly".split())
# ... and after these it is a passive participle: the auxiliary carries the tense.
AUXILIARIES = frozenset("be been being to get got".split())
# "the offer was extended to Nov. 20", "the concert was moved from Saturday to
# Friday", "the accused were remanded to Nov. 23" (to the next hearing): the dates lie ahead.
EXTENDED_WORDS = """extended postponed delayed moved pushed deferred adjourned put_off rescheduled remanded
    to_extend to_postpone to_delay to_defer to_reschedule to_adjourn to_put_off
    extends postpones defers reschedules adjourns
    brought_forward extending postponing delaying moving pushing deferring adjourning rescheduling""".split()
# "set a hearing for Feb. 6".
SCHEDULING_WORDS = "set scheduled slated fixed planned booked called".split()

# --- verbs of saying -------------------------------------------------------------
# Words that report a saying: the one list the saying patterns of anchors.py (_SAYING), sayings.py
# (_SAYING) and grammar.py (_SAID_BEFORE_AWAY) are made from (adding a verb is one edit here; a rule
# that takes less says so next to its pattern). Past forms, a saying told on a day before now ...
SAID_WORDS = "said told added stated announced declared wrote tweeted posted recalled explained".split()
# ... and the ones with no past in them: present forms ("posts", "adds" are left out, nouns as
# often as verbs) and "according to".
SAYS_WORDS = "says tells according_to".split()
SAYING_WORDS = SAID_WORDS + SAYS_WORDS


def phrase_rx(words) -> str:
    """Alternation of words where "_" stands for one or more spaces ("put_off")."""
    return "|".join(w.replace("_", r"\s+") for w in words)

# --- places of a dateline ---------------------------------------------------------
# The US states by name, as a dateline writes them ("DES MOINES, Iowa (AP)"), and the Canadian
# provinces a station's dateline names the same way ("OTTAWA, Ontario (CTV)").
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)
CANADIAN_PROVINCE_NAMES = ("Ontario", "Quebec", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
                           "British Columbia", "New Brunswick")
# The US states' postal codes (and DC's), as a release's dateline writes them after a city in title case ("Austin,
# TX – ").
US_POSTAL_CODES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
)
# Countries a release's dateline with no wire tag may name after its city in capitals ("TEL AVIV, Israel, March 3,
# 2024 -- "; sentences._RELEASE_PLACE_SHAPED). A short list, not every country: the list fp26 wrote with the states
# (43ff9691), frequent in English-language releases, no rule beyond that. Not a general country list on purpose:
# such a dateline's shape is what keeps a death notice's head ("SMITH, John Robert – March 3, 2024 – Passed away")
# from being one, and several countries' names are given names too ("SMITH, Jordan – ...", Chad, Georgia).
RELEASE_COUNTRY_NAMES = (
    "Canada", "Australia", "England", "Scotland", "Wales", "Ireland", "India", "Germany", "France", "Israel", "Japan",
    "China", "Mexico", "Brazil", "Switzerland", "Netherlands", "Sweden", "Singapore", "Ukraine",
)


# --- named days ----------------------------------------------------------------
# A name as written (lower case, "'" for any apostrophe) -> (country[-subdivision], the name
# the `holidays` package gives it, its category there[, days after that holiday]). The package computes
# the dates (Thanksgiving, Easter, Chuseok, Lunar New Year); nothing here is a
# calendar.
HOLIDAYS = {
    "new year's day": ("US", "New Year's Day", "public"),
    "new year's eve": ("US", "New Year's Eve", "unofficial"),
    "christmas": ("US", "Christmas Day", "public"),
    "christmas day": ("US", "Christmas Day", "public"),
    "christmas eve": ("US", "Christmas Eve", "unofficial"),
    "thanksgiving": ("US", "Thanksgiving Day", "public"),
    "thanksgiving day": ("US", "Thanksgiving Day", "public"),
    # Days named for their place after a holiday: a count of days from the package's date.
    "black friday": ("US", "Thanksgiving Day", "public", 1),
    "cyber monday": ("US", "Thanksgiving Day", "public", 4),
    "independence day": ("US", "Independence Day", "public"),
    "fourth of july": ("US", "Independence Day", "public"),
    # The package lists the federal Election Day only in presidential years; New
    # York keeps the same day (the Tuesday after the first Monday of November) every year.
    "election day": ("US-NY", "Election Day", "public"),
    "memorial day": ("US", "Memorial Day", "public"),
    "labor day": ("US", "Labor Day", "public"),
    "veterans day": ("US", "Veterans Day", "public"),
    "columbus day": ("US", "Columbus Day", "public"),
    "juneteenth": ("US", "Juneteenth National Independence Day", "public"),
    "martin luther king jr. day": ("US", "Martin Luther King Jr. Day", "public"),
    "martin luther king day": ("US", "Martin Luther King Jr. Day", "public"),
    "presidents day": ("US", "Washington's Birthday", "public"),
    "presidents' day": ("US", "Washington's Birthday", "public"),
    "easter": ("US", "Easter Sunday", "unofficial"),
    "easter sunday": ("US", "Easter Sunday", "unofficial"),
    "good friday": ("US", "Good Friday", "unofficial"),
    "halloween": ("US", "Halloween", "unofficial"),
    "valentine's day": ("US", "Valentine's Day", "unofficial"),
    "mother's day": ("US", "Mother's Day", "unofficial"),
    "father's day": ("US", "Father's Day", "unofficial"),
    "st. patrick's day": ("US", "Saint Patrick's Day", "unofficial"),
    "saint patrick's day": ("US", "Saint Patrick's Day", "unofficial"),
    "boxing day": ("GB", "Boxing Day", "public"),
    # International Workers' Day, May 1 ("rallies on May Day"), not the month May (the package's Sweden keeps it
    # on that day under this name; Britain's bank holiday of the name is the first Monday of May)
    "may day": ("SE", "May Day", "public"),
    # (England's bank holiday: the package's Britain without a part lists none of that name)
    "easter monday": ("GB-ENG", "Easter Monday", "public"),
    # Australia's and New Zealand's day of remembrance, 25 April ("the Anzac Day game", "ANZAC day")
    "anzac day": ("AU", "ANZAC Day", "public"),
    "lunar new year": ("KR", "Korean New Year", "public"),
    "chuseok": ("KR", "Chuseok", "public"),
}
# Seasons as months (winter runs into the next year).
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
