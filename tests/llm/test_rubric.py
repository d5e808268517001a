import pytest

from llm.rubric import RubricError, check_scores, common_step, infer_step, validate_rubric

SPEECH = [
    {
        "name": "Content",
        "max_score": 40,
        "criteria": [{"name": "Argument", "max_points": 25}, {"name": "Evidence", "max_points": 15}],
    },
    {"name": "Delivery", "max_score": 30},
]


def test_valid_rubric_is_returned_in_canonical_form():
    clean = validate_rubric(SPEECH)
    assert clean[0]["criteria"][0] == {"name": "Argument", "max_points": 25, "description": ""}
    assert clean[1] == {"name": "Delivery", "max_score": 30, "criteria": []}


@pytest.mark.parametrize(
    "sections, field",
    [
        ([], "sections"),
        ([{"name": "A", "max_score": 0}], "sections[0].max_score"),
        ([{"name": "A", "max_score": -1}], "sections[0].max_score"),
        ([{"name": "A", "max_score": "five"}], "sections[0].max_score"),
        ([{"name": "", "max_score": 3}], "sections[0].name"),
        ([{"name": "A", "max_score": 3}, {"name": "a", "max_score": 2}], "sections[1].name"),
        (
            [
                {
                    "name": "A",
                    "max_score": 10,
                    "criteria": [{"name": "x", "max_points": 4}, {"name": "y", "max_points": 4}],
                }
            ],
            "sections[0].criteria",
        ),
        (
            [
                {
                    "name": "A",
                    "max_score": 8,
                    "criteria": [{"name": "x", "max_points": 4}, {"name": "X", "max_points": 4}],
                }
            ],
            "sections[0].criteria[1].name",
        ),
        ([{"name": "A", "max_score": 10_001}], "sections[0].max_score"),
        ([{"name": "A", "max_score": 1e308}, {"name": "B", "max_score": 1e308}], "sections[1].max_score"),
        ([{"name": "A", "max_score": 10**400}], "sections[0].max_score"),
        ([{"name": "A", "max_score": float("inf")}], "sections[0].max_score"),
        (
            [{"name": "A", "max_score": 1e308, "criteria": [{"name": "x", "max_points": 1e308}]}],
            "sections[0].criteria[0].max_points",
        ),
        ([{"name": "A" * 201, "max_score": 3}], "sections[0].name"),
        ([{"name": f"S{i}", "max_score": 1} for i in range(101)], "sections"),
    ],
)
def test_invalid_rubric_names_the_field(sections, field):
    with pytest.raises(RubricError) as caught:
        validate_rubric(sections)
    assert field in caught.value.errors


def test_scores_within_bounds_give_a_total():
    clean, total = check_scores(
        validate_rubric(SPEECH),
        {
            "Content": {
                "score": 30,
                "criteria": [{"name": "Argument", "points": 20}, {"name": "Evidence", "points": 10}],
            },
            "Delivery": {"score": 22.5, "comment": " Good pace "},
        },
    )
    assert total == 52.5
    assert clean["Delivery"]["comment"] == "Good pace"
    assert clean["Content"]["criteria"][1] == {"name": "Evidence", "points": 10, "max_points": 15}


@pytest.mark.parametrize(
    "scores, field",
    [
        ({"Content": {"score": 41}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": -1}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": "ten"}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": True}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": float("nan")}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": float("inf")}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": 10**400}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": -(10**400)}, "Delivery": {"score": 1}}, "Content.score"),
        ({"Content": {"score": 10}}, "Delivery"),
        ({"Content": {"score": 10}, "Delivery": {"score": 1}, "Style": {"score": 1}}, "Style"),
        (
            {
                "Content": {
                    "score": 10,
                    "criteria": [{"name": "Argument", "points": 5}, {"name": "Evidence", "points": 4}],
                },
                "Delivery": {"score": 1},
            },
            "Content.criteria",
        ),
        (
            {"Content": {"score": 10, "criteria": [{"name": "Argument", "points": 10}]}, "Delivery": {"score": 1}},
            "Content.criteria.Evidence",
        ),
        (
            {
                "Content": {
                    "score": 26,
                    "criteria": [{"name": "Argument", "points": 26}, {"name": "Evidence", "points": 0}],
                },
                "Delivery": {"score": 1},
            },
            "Content.criteria.Argument",
        ),
    ],
)
def test_invalid_scores_name_the_field(scores, field):
    with pytest.raises(RubricError) as caught:
        check_scores(validate_rubric(SPEECH), scores)
    assert field in caught.value.errors


def test_the_largest_rubric_allowed_still_adds_up_to_a_finite_total():
    sections = validate_rubric([{"name": f"S{i}", "max_score": 10_000} for i in range(100)])
    clean, total = check_scores(sections, {s["name"]: {"score": 10_000} for s in sections})
    assert total == 1_000_000


def test_a_score_far_above_the_maximum_is_shown_short():
    with pytest.raises(RubricError) as caught:
        check_scores(validate_rubric(SPEECH), {"Content": {"score": 1e308}, "Delivery": {"score": 1}})
    assert caught.value.errors["Content.score"] == ["The score 1e+308 is above the maximum of 40."]


def test_a_section_may_state_a_step_that_divides_its_maximum():
    assert validate_rubric([{"name": "Score", "max_score": 1, "step": 0.25}])[0]["step"] == 0.25
    with pytest.raises(RubricError) as error:
        validate_rubric([{"name": "A", "max_score": 1, "step": 0.3}, {"name": "B", "max_score": 2, "step": -1}])
    assert error.value.errors == {
        "sections[0].step": ["The step 0.3 does not divide the section max of 1."],
        "sections[1].step": ["step must be a positive number (for example 1, 0.5 or 0.25)."],
    }


def test_scores_must_land_on_a_stated_grid():
    rubric = validate_rubric([{"name": "Score", "max_score": 1, "step": 0.25}])
    assert check_scores(rubric, {"Score": 0.75})[1] == 0.75
    with pytest.raises(RubricError) as error:
        check_scores(rubric, {"Score": 0.3})
    assert error.value.errors == {
        "Score.score": ["The score 0.3 is not on this section's grid: use a multiple of 0.25."]
    }


def test_the_step_of_a_set_of_scores_is_the_coarsest_usual_grid_that_holds_them():
    assert infer_step([0, 0.25, 1], 1) == 0.25
    assert infer_step([0.375], 1) == 0.125
    assert infer_step([0.3, 0.125], 1) == 0.025
    assert infer_step([1.234], 5) is None
    assert infer_step([0, 1, 5], 5) == 0.5, "a few whole points never refuse half points later"
    assert infer_step([0, 10, 40], 40) == 1
    assert common_step([0.125, 0.1]) == 0.025 and common_step([0.5, 0.25]) == 0.25
