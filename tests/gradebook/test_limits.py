import pytest

from gradebook.limits import MAX_DATABASE_ID, InputTooLarge, database_id, json_loads


@pytest.mark.parametrize(
    "text, message",
    [
        ("[" * 5000 + "]" * 5000, "nested more than 32 levels"),
        ("[" * 33 + "]" * 33, "nested more than 32 levels"),
        ('{"a": 1e400}', "1e400 is too large"),
        ('{"a": -1e400}', "too large"),
        ('{"a": 1' + "0" * 400 + "}", "too large"),
        ('{"a": NaN}', "NaN is not a number"),
        ('{"a": Infinity}', "Infinity is not a number"),
    ],
)
def test_json_that_no_code_below_could_handle_is_refused_with_a_reason(text, message):
    with pytest.raises(InputTooLarge, match=message):
        json_loads(text)


def test_ordinary_json_reads_as_json_loads_would():
    text = '{"sections": [{"name": "A", "max_score": 10, "criteria": [{"max_points": 2.5}]}], "n": -3}'
    assert json_loads(text) == {
        "sections": [{"name": "A", "max_score": 10, "criteria": [{"max_points": 2.5}]}],
        "n": -3,
    }
    assert json_loads("[" * 32 + "]" * 32)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("42", 42),
        (str(MAX_DATABASE_ID), MAX_DATABASE_ID),
        (str(MAX_DATABASE_ID + 1), None),
        ("9" * 30, None),
        ("abc", None),
        ("-1", None),
        ("0", None),
        ("", None),
        ("٣", None),
        ("1e3", None),
    ],
)
def test_database_id_names_a_row_only_for_digits_a_bigint_holds(text, expected):
    assert database_id(text) == expected
