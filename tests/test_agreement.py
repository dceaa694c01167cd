"""Agreement: per-theme Cohen's kappa and % agreement, Krippendorff's alpha, the disagreements listed."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score

from splw_text.agreement import compare_codings, krippendorff_alpha
from splw_text.errors import InputError
from splw_text.labels import labels_from_frame

THEMES = ["pay", "training", "stress"]


def table(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """A label table from (respondent_id, question, themes) rows."""
    raw = pd.DataFrame(
        [{"respondent_id": r, "question": q, "non_response": "0", "themes": t} for r, q, t in rows]
    )
    return labels_from_frame(raw, THEMES)


A = table([("R1", "q1", "pay"), ("R2", "q1", "pay;training"), ("R3", "q1", ""), ("R4", "q1", "training"),
           ("R5", "q1", "pay"), ("R6", "q1", "")])
B = table([("R1", "q1", "pay"), ("R2", "q1", "training"), ("R3", "q1", "stress"), ("R4", "q1", "training"),
           ("R5", "q1", "pay"), ("R6", "q1", "")])


def test_identical_codings_agree_perfectly() -> None:
    result = compare_codings(A, A, THEMES)
    assert result.per_theme["percent_agreement"].tolist() == [1.0, 1.0, 1.0]
    assert result.per_theme.loc[0, "cohen_kappa"] == pytest.approx(1.0)
    assert result.alpha == pytest.approx(1.0)
    assert result.disagreements.empty


def test_per_theme_kappa_matches_scikit_learn_and_percent_agreement_counts_answers() -> None:
    result = compare_codings(A, B, THEMES).per_theme.set_index("theme")
    pay_a = [1, 1, 0, 0, 1, 0]
    pay_b = [1, 0, 0, 0, 1, 0]
    assert result.loc["pay", "cohen_kappa"] == pytest.approx(cohen_kappa_score(pay_a, pay_b))
    assert result.loc["pay", "percent_agreement"] == pytest.approx(5 / 6)
    assert result.loc["training", "percent_agreement"] == 1.0


def test_disagreements_list_each_answer_and_theme_that_differ() -> None:
    result = compare_codings(A, B, THEMES, "coder", "tool")
    assert result.disagreements.values.tolist() == [["R2", "q1", "pay", 1, 0], ["R3", "q1", "stress", 0, 1]]


def test_alpha_is_computed_over_every_answer_theme_decision() -> None:
    a = A[THEMES].to_numpy(dtype=bool)
    b = B[THEMES].to_numpy(dtype=bool)
    result = compare_codings(A, B, THEMES)
    assert result.alpha == pytest.approx(krippendorff_alpha(a, b))
    assert 0 < result.alpha < 1


def test_kappa_is_undefined_when_neither_coder_uses_a_theme() -> None:
    a = table([("R1", "q1", "pay"), ("R2", "q1", "")])
    result = compare_codings(a, a, THEMES).per_theme.set_index("theme")
    assert math.isnan(result.loc["stress", "cohen_kappa"])
    assert result.loc["stress", "percent_agreement"] == 1.0
    assert result.loc["stress", "prevalence_note"]


def test_answers_only_one_side_has_are_left_out_and_counted() -> None:
    extra = pd.concat([A, table([("R9", "q2", "pay")])], ignore_index=True)
    result = compare_codings(extra, B, THEMES)
    assert (result.n_answers, result.only_in_a, result.only_in_b) == (6, 1, 0)


def test_codings_of_different_answers_are_an_input_error() -> None:
    with pytest.raises(InputError, match="share no answer"):
        compare_codings(A, table([("X1", "q1", "pay")]), THEMES)


def test_alpha_matches_a_hand_computed_value() -> None:
    # 2 coders x 4 units, nominal: coincidences o00=4, o01=o10=1, o11=2 -> n=8, n0=5, n1=3,
    # D_o = 2/8, D_e = 2*5*3/(8*7) -> alpha = 1 - (2/8) / (30/56).
    a = np.array([[1, 0], [0, 0]])
    b = np.array([[1, 0], [1, 0]])
    assert krippendorff_alpha(a, b) == pytest.approx(1 - (2 / 8) / (30 / 56))


def test_the_agreement_command_prints_kappa_alpha_and_disagreements(tmp_path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from splw_text.cli import app
    from splw_text.codebook import load_codebook

    ids = load_codebook(check_patterns=False).theme_ids
    a = tmp_path / "a.csv"
    b = tmp_path / "b.csv"
    a.write_text(f"respondent_id,question,non_response,themes\nR1,q_help,0,{ids[0]}\nR2,q_help,0,{ids[1]}\n")
    b.write_text(f"respondent_id,question,non_response,themes\nR1,q_help,0,{ids[0]}\nR2,q_help,0,\n")
    out = tmp_path / "dis.csv"
    result = CliRunner().invoke(app, ["agreement", str(a), str(b), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Krippendorff's alpha" in result.output and f"R2 q_help {ids[1]}: A=1 B=0" in result.output
    assert pd.read_csv(out)["theme"].tolist() == [ids[1]]


def test_the_agreement_command_names_a_bad_file(tmp_path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from splw_text.cli import app

    a = tmp_path / "a.csv"
    a.write_text("respondent_id,question,non_response,themes\nR1,q_help,maybe,\n")
    result = CliRunner().invoke(app, ["agreement", str(a), str(a)])
    assert result.exit_code == 2
    assert "a.csv" in result.output and "row 2" in result.output
