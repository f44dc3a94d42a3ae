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
