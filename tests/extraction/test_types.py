import datetime as dt

from timeline.extraction.types import DateValue, period_end, truncate_to_precision

D = dt.date


def test_period_end():
    assert period_end(D(2024, 2, 1), "month") == D(2024, 2, 29)
    assert period_end(D(2024, 2, 10), "day") == D(2024, 2, 10)
    assert period_end(D(2017, 6, 5), "year") == D(2017, 12, 31)


def test_truncate_to_precision():
    assert truncate_to_precision(D(2023, 3, 17), "month") == D(2023, 3, 1)
    assert truncate_to_precision(D(2023, 3, 17), "year") == D(2023, 1, 1)
    assert truncate_to_precision(D(2023, 3, 17), "day") == D(2023, 3, 17)
    assert truncate_to_precision(None, "day") is None


def test_last_day_covers_the_whole_period_or_range():
    assert DateValue(D(2023, 3, 1), "month").last_day == D(2023, 3, 31)
    assert DateValue(D(2023, 3, 2), "day", D(2023, 3, 4)).last_day == D(2023, 3, 4)
    assert DateValue(D(2017, 1, 1), "year", D(2023, 1, 1)).last_day == D(2023, 12, 31)


def test_fast_init_builds_what_the_dataclass_init_builds():
    import dataclasses

    import pytest

    from timeline.extraction.types import ExtractedEvent, fast_init

    @dataclasses.dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "x"
        c: tuple = dataclasses.field(default_factory=tuple)
        d: list = dataclasses.field(default_factory=list)

    Fast = fast_init(dataclasses.dataclass(frozen=True)(type("Fast", (), {
        "__annotations__": dict(Plain.__annotations__), "b": "x",
        "c": dataclasses.field(default_factory=tuple), "d": dataclasses.field(default_factory=list)})))
    for args, kwargs in (((1,), {}), ((1, "y"), {}), ((), {"a": 2, "d": [3]}), ((1, "z", (4,), [5]), {})):
        plain, fast = Plain(*args, **kwargs), Fast(*args, **kwargs)
        assert vars(plain) == vars(fast) and list(vars(plain)) == list(vars(fast))
    assert Fast(1).d is not Fast(1).d  # a fresh default each time
    with pytest.raises(TypeError):
        Fast()
    with pytest.raises(dataclasses.FrozenInstanceError):
        Fast(1).a = 2
    assert Fast(1) == Fast(1) and Fast(1) != Fast(2)
    event = ExtractedEvent(dt.date(2023, 4, 6), "day", None, "t", "s", 0, 1, "c", 0, 1)
    assert [f.name for f in dataclasses.fields(ExtractedEvent)] == list(vars(event))
    assert event.actors == () and event.stage == "occurred"

    @dataclasses.dataclass(frozen=True)
    class WithPost:
        a: int

        def __post_init__(self):
            pass

    with pytest.raises(TypeError):
        fast_init(WithPost)
