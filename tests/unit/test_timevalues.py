"""TIMEX3 values to calendar intervals (what SQL filters on)."""

from datetime import date

import pytest

from pipeline.timevalues import precision_of, value_range


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-02-19", date(2024, 2, 19), date(2024, 2, 19)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("196", date(1960, 1, 1), date(1969, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),
        ("1987-Q4", date(1987, 10, 1), date(1987, 12, 31)),
        ("1987-H1", date(1987, 1, 1), date(1987, 6, 30)),
        ("2024-W08", date(2024, 2, 19), date(2024, 2, 25)),
        ("2023-WI", date(2023, 12, 1), date(2024, 2, 29)),
        ("2017/2021", date(2017, 1, 1), date(2021, 12, 31)),
        ("1987-01/1987-03", date(1987, 1, 1), date(1987, 3, 31)),
        ("2024-02-19T10:00", date(2024, 2, 19), date(2024, 2, 19)),
    ],
)
def test_dated_values_have_intervals(value, first, last):
    assert value_range(value) == (first, last)


@pytest.mark.parametrize("value", [None, "", "P30Y", "PAST_REF", "XXXX-04", "2024-02-30", "FY1987"])
def test_other_values_have_none(value):
    assert value_range(value) == (None, None)


@pytest.mark.parametrize(("value", "precision"), [("2024-02-19", "day"), ("2023-09", "month"), ("2022", "year"),
                                                  (None, "unknown"), ("PAST_REF", "unknown")])
def test_precision(value, precision):
    assert precision_of(value) == precision
