"""Small immutable value types shared by the extraction modules.

Kept free of any Django import so the engine can be used (and tested) as plain
Python.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass, field

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def fast_init(cls):
    """Give a frozen dataclass an __init__ that sets the instance's __dict__
    in one step: the generated one sets each field through
    object.__setattr__, one call per field (ExtractedEvent has 21; building
    one took ~4x as long). Same signature, defaults and default factories,
    generated from the class's own fields, so a field added later is kept.
    Only for frozen dataclasses whose fields are all __init__ arguments and
    without __post_init__ (checked here)."""
    fields = dataclasses.fields(cls)
    params = cls.__dataclass_params__
    if not params.frozen or hasattr(cls, "__post_init__") or any(not f.init for f in fields) or \
            hasattr(cls, "__slots__"):
        raise TypeError(f"fast_init does not apply to {cls.__name__}")
    env: dict = {"_set": object.__setattr__}
    args, body = [], []
    for f in fields:
        if f.default is not dataclasses.MISSING:
            env[f"_d_{f.name}"] = f.default
            args.append(f"{f.name}=_d_{f.name}")
            body.append(f"{f.name!r}: {f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_f_{f.name}"] = f.default_factory
            args.append(f"{f.name}=_MISSING")
            body.append(f"{f.name!r}: _f_{f.name}() if {f.name} is _MISSING else {f.name}")
        else:
            args.append(f.name)
            body.append(f"{f.name!r}: {f.name}")
    env["_MISSING"] = dataclasses.MISSING
    src = f"def __init__(self, {', '.join(args)}):\n    _set(self, '__dict__', {{{', '.join(body)}}})\n"
    exec(src, env)  # noqa: S102 - code generated from the class's field names, as dataclasses does
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


class ExtractionError(ValueError):
    """The input cannot be turned into events (unusable text, no publication date)."""


class DateParseError(ValueError):
    """A plain-language date phrase could not be understood, or is ambiguous."""


def iso_at(date: dt.date | None, precision: str) -> str | None:
    """ISO string truncated to the precision: YYYY-MM-DD, YYYY-MM or YYYY."""
    if date is None:
        return None
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def truncate_to_precision(date: dt.date | None, precision: str) -> dt.date | None:
    """The first day of the period a date stands for: a month-precision
    date is the 1st of its month, a year-precision one 1 January."""
    if date is None:
        return None
    if precision == "month":
        return date.replace(day=1)
    if precision == "year":
        return date.replace(month=1, day=1)
    return date


def period_end(date: dt.date, precision: str) -> dt.date:
    """The last day of the period a date stands for at a precision."""
    if precision == "month":
        return date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == "year":
        return date.replace(month=12, day=31)
    return date


def _label_one(date: dt.date, precision: str) -> str:
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{_MONTH_NAMES[date.month - 1]} {date.year}"
    return f"{date.day} {_MONTH_NAMES[date.month - 1]} {date.year}"


@fast_init
@dataclass(frozen=True)
class DateValue:
    """A resolved date: start `date` at a precision, optionally a range end.

    For month/year precision `date` is the first day of the month/year.
    """

    date: dt.date
    precision: str = "day"
    end_date: dt.date | None = None

    @property
    def last_day(self) -> dt.date:
        """The last day the value covers: "March 2023" runs to the 31st."""
        return period_end(self.end_date or self.date, self.precision)

    @property
    def label(self) -> str:
        """Human label: '5 April 2023', 'March 2023', '2023', '2–4 March 2023'."""
        start = _label_one(self.date, self.precision)
        if self.end_date is None or self.end_date == self.date:
            return start
        end = _label_one(self.end_date, self.precision)
        d, e = self.date, self.end_date
        if self.precision == "day" and (d.year, d.month) == (e.year, e.month):
            return f"{d.day}–{e.day} {_MONTH_NAMES[d.month - 1]} {d.year}"
        if self.precision == "day" and d.year == e.year:
            return f"{d.day} {_MONTH_NAMES[d.month - 1]} – {e.day} {_MONTH_NAMES[e.month - 1]} {d.year}"
        if self.precision == "month" and d.year == e.year:
            return f"{_MONTH_NAMES[d.month - 1]}–{_MONTH_NAMES[e.month - 1]} {d.year}"
        return f"{start} – {end}"

    def contains(self, other: DateValue) -> bool:
        """True when every day `other` stands for is one of this value's:
        "March 2023" contains "5 March 2023", "2–4 March" contains "3 March"."""
        return self.date <= other.date and other.last_day <= self.last_day

    def agrees_with(self, other: DateValue) -> bool:
        """Whether two sources' dates for one event can both be true: one
        holds the other (a coarser claim that holds the finer one says less,
        not something else). "5 March" and "6 March" cannot; nor can two
        ranges that only overlap, or "2023" and "March 2024"."""
        return self.contains(other) or other.contains(self)

    def to_dict(self) -> dict:
        return {
            "date": iso_at(self.date, self.precision),
            "precision": self.precision,
            "end_date": iso_at(self.end_date, self.precision),
            "label": self.label,
        }


@fast_init
@dataclass(frozen=True)
class ExtractedEvent:
    """One dated statement: a sentence of the article and one date it mentions."""

    date: dt.date
    precision: str
    end_date: dt.date | None
    title: str
    sentence: str
    sentence_start: int
    sentence_end: int
    cue: str
    cue_start: int
    cue_end: int
    actors: tuple[str, ...] = field(default_factory=tuple)
    place: str | None = None
    category: str | None = None
    # The happening this statement is about: statements of one article with
    # the same group are one event (statements.group_statements numbers them).
    group: int | None = None
    # The grammar rule that dated the statement (grammar.RULES), how sure the
    # date is (0-1, see grammar.assess) and what is doubtful about it.
    rule: str = ""
    confidence: float = 1.0
    flags: tuple[str, ...] = field(default_factory=tuple)
    # How the date was derived: the tense read of its clause (tense.py;
    # None when the date does not hang on tense, so none was read) and the
    # cue_start of the statement whose date it was counted from ("a day
    # after" the envoy's arrival), None when from the publication date.
    tense: str | None = None
    anchor_cue_start: int | None = None
    # What the statement says of the happening's course (stages.py):
    # "planned", "occurred" or "cancelled"; and, for a month-, year- or
    # range-level statement that counts items ("seven launch events in
    # March"), how many it says.
    stage: str = "occurred"
    summary_count: int | None = None

    def to_dict(self, anchor: ExtractedEvent | None = None) -> dict:
        """The JSON contract used by the management command and the app.
        `anchor`, the statement anchor_cue_start names, gives its cue."""
        return {
            "date": iso_at(self.date, self.precision),
            "precision": self.precision,
            "end_date": iso_at(self.end_date, self.precision),
            "title": self.title,
            "sentence": self.sentence,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "actors": list(self.actors),
            "place": self.place,
            "category": self.category,
            "rule": self.rule,
            "confidence": self.confidence,
            "flags": list(self.flags),
            "group": self.group,
            "tense": self.tense,
            "anchor": None if self.anchor_cue_start is None else {
                "cue": anchor.cue if anchor is not None else None, "cue_start": self.anchor_cue_start},
            "stage": self.stage,
            "summary_count": self.summary_count,
        }
