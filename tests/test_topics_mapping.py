"""Mapping topics onto codebook themes, the emergent flag, and the NMI against coded themes."""

from __future__ import annotations

import pandas as pd
import pytest

from splw_text.topics.mapping import map_topics_to_themes, theme_precision, topic_theme_nmi

THEMES = ["pay", "it", "staff"]


def codes(*rows: str) -> pd.DataFrame:
    """A label table from strings like "pay;it" (one per answer)."""
    return pd.DataFrame([{t: t in row.split(";") for t in THEMES} for row in rows])


def test_a_topic_maps_to_the_theme_most_of_its_answers_carry() -> None:
    mapping = map_topics_to_themes([0, 0, 0, 0], codes("pay", "pay;it", "pay", "it"), THEMES)
    assert mapping.to_dict("records") == [{"topic": 0, "theme": "pay", "theme_share": 0.75, "emergent": False}]


def test_a_topic_no_theme_covers_most_of_is_emergent() -> None:
    mapping = map_topics_to_themes([0, 0, 0, 0], codes("pay", "", "", "it"), THEMES)
    row = mapping.iloc[0]
    assert row["emergent"] and row["theme_share"] == 0.25


def test_a_topic_with_no_coded_answer_is_emergent_with_no_theme() -> None:
    mapping = map_topics_to_themes([0, 0, 1, 1], codes("", "", "it", "it"), THEMES).set_index("topic")
    assert mapping.loc[0, "theme"] == "" and bool(mapping.loc[0, "emergent"])
    assert mapping.loc[1, "theme"] == "it" and not mapping.loc[1, "emergent"]


def test_exactly_half_is_not_most() -> None:
    assert bool(map_topics_to_themes([0, 0], codes("pay", ""), THEMES).loc[0, "emergent"])


def test_equal_shares_go_to_the_theme_first_in_codebook_order() -> None:
    assert map_topics_to_themes([0, 0], codes("it", "pay"), THEMES).loc[0, "theme"] == "pay"


def test_the_outlier_topic_is_never_emergent() -> None:
    mapping = map_topics_to_themes([-1, -1, 0], codes("", "", "pay"), THEMES).set_index("topic")
    assert not mapping.loc[-1, "emergent"]


def test_themes_missing_from_the_codes_count_as_never_given() -> None:
    mapping = map_topics_to_themes([0, 0], codes("pay", "pay").drop(columns=["pay"]), THEMES)
    assert mapping.loc[0, "theme"] == "" and bool(mapping.loc[0, "emergent"])


def test_codes_must_align_with_the_topics() -> None:
    with pytest.raises(ValueError, match="2 rows but there are 3"):
        map_topics_to_themes([0, 0, 1], codes("pay", "it"), THEMES)


def test_precision_is_the_share_of_the_topic_with_the_theme() -> None:
    assert theme_precision([0, 0, 0, 1], 0, [True, True, False, True]) == pytest.approx(2 / 3)
    assert theme_precision([0, 0], 5, [True, True]) == 0.0


def test_nmi_is_one_when_topics_are_the_themes_and_zero_when_unrelated() -> None:
    table = codes("pay", "pay", "it", "it", "staff", "staff")
    assert topic_theme_nmi([0, 0, 1, 1, 2, 2], table, THEMES) == pytest.approx(1.0)
    assert topic_theme_nmi([0, 0, 0, 0, 0, 0], table, THEMES) == pytest.approx(0.0)


def test_nmi_leaves_out_answers_without_a_theme() -> None:
    with_blank = codes("pay", "pay", "", "it", "it")
    assert topic_theme_nmi([0, 0, 5, 1, 1], with_blank, THEMES) == pytest.approx(1.0)
