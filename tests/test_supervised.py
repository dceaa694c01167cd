"""SupervisedCoder: learns themes from labelled texts; CV scores, thresholds, codes with model evidence."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from learning_fixtures import THEMES, corpus, question_corpus

from splw_text.coding import Evidence
from splw_text.coding.supervised import SupervisedCoder, nb_log_count_ratios, score_table, split_sentences


@pytest.fixture(scope="module")
def fitted() -> SupervisedCoder:
    texts, labels = corpus()
    return SupervisedCoder(theme_ids=THEMES, cv_folds=4).fit(texts, labels)


def test_it_learns_themes_from_their_wording(fitted: SupervisedCoder) -> None:
    predicted = fitted.predict(["the salary is too low", "sunny and snow", "courses and CPD please"])
    assert predicted.tolist() == [[True, False, False], [False, False, True], [False, True, False]]


def test_probabilities_are_one_row_per_text_and_between_0_and_1(fitted: SupervisedCoder) -> None:
    proba = fitted.predict_proba(["pay", "rain", "a", "courses"])
    assert proba.shape == (4, 3)
    assert ((proba >= 0) & (proba <= 1)).all()


def test_cross_validated_scores_have_a_row_per_theme_plus_micro_and_macro(fitted: SupervisedCoder) -> None:
    table = fitted.cv_scores_
    assert table["theme"].tolist() == [*THEMES, "micro", "macro"]
    assert set(table.columns) >= {"precision", "recall", "f1", "support"}
    assert table.set_index("theme").loc["micro", "f1"] > 0.8


def test_held_out_texts_are_coded_well() -> None:
    texts, labels = corpus(seed=0)
    test_texts, test_labels = corpus(seed=1, n=40)
    coder = SupervisedCoder(theme_ids=THEMES, cv_folds=4).fit(texts, labels)
    table = score_table(test_labels, coder.predict(test_texts), THEMES).set_index("theme")
    assert table.loc["micro", "f1"] > 0.85


def test_a_fixed_threshold_is_used_for_every_theme() -> None:
    texts, labels = corpus()
    coder = SupervisedCoder(theme_ids=THEMES, threshold=0.7, cv_folds=3).fit(texts, labels)
    assert coder.thresholds_.tolist() == [0.7, 0.7, 0.7]


def test_per_theme_thresholds_may_differ_between_themes() -> None:
    texts, labels = corpus()
    coder = SupervisedCoder(theme_ids=THEMES, threshold="per_theme", min_positives_per_theme=1).fit(texts, labels)
    assert coder.threshold_strategy_ == "per_theme"
    assert coder.thresholds_.shape == (3,)


def test_a_theme_never_seen_in_training_is_never_given() -> None:
    texts, labels = corpus()
    labels = np.column_stack([labels, np.zeros(len(texts), dtype=bool)])
    coder = SupervisedCoder(theme_ids=[*THEMES, "unused"], cv_folds=3).fit(texts, labels)
    assert not coder.predict(texts)[:, 3].any()


def test_labels_as_a_dataframe_use_the_theme_columns() -> None:
    texts, labels = corpus()
    frame = pd.DataFrame(labels, columns=THEMES).assign(other=1)
    coder = SupervisedCoder(cv_folds=3).fit(texts, frame[THEMES])
    assert coder.theme_ids_ == THEMES
    with pytest.raises(ValueError, match="no column"):
        SupervisedCoder(theme_ids=["nope"]).fit(texts, frame)


def test_code_gives_model_evidence_pointing_into_the_text(fitted: SupervisedCoder) -> None:
    answers = pd.DataFrame(
        {
            "text_clean": ["Nothing much. The salary is poor and I am underpaid.", "salary"],
            "non_response": [False, True],
        },
        index=[10, 11],
    )
    codes = fitted.code(answers)
    assert codes.index.tolist() == [10, 11]
    assert codes.loc[10, "money"] and not codes.loc[11, "money"]  # a non-response gets no theme
    evidence = codes.loc[10, "evidence"]
    assert all(isinstance(e, Evidence) and e.source == "model" for e in evidence)
    money = next(e for e in evidence if e.theme == "money")
    text = answers.loc[10, "text_clean"]
    assert text[money.start:money.end] == money.span
    assert "salary" in money.span and "Nothing much" not in money.span
    assert 0 < money.score <= 1


def test_sentences_are_split_with_offsets_into_the_text() -> None:
    text = "First point.  Second one!\n- third item"
    spans = split_sentences(text)
    assert [s for s, _, _ in spans] == ["First point.", "Second one!", "third item"]
    assert all(text[start:end] == s for s, start, end in spans)


def test_on_the_dev_set_cross_validated_micro_f1_is_useful(dev_responses, dev_gold) -> None:  # noqa: ANN001
    from splw_text.codebook import load_codebook
    from splw_text.coding.training_data import training_frame
    from splw_text.config import load_config

    theme_ids = load_codebook(check_patterns=False).theme_ids
    frame = training_frame(dev_responses, dev_gold, theme_ids, load_config())
    frame = frame[~frame["non_response"]]
    coder = SupervisedCoder(theme_ids=theme_ids).fit(frame["text_clean"].tolist(), frame[theme_ids])
    assert coder.cv_scores_.set_index("theme").loc["micro", "f1"] > 0.6


def test_question_features_let_the_same_words_mean_different_themes() -> None:
    texts, questions, labels = question_corpus()
    coder = SupervisedCoder(theme_ids=["praise", "complaint"], question_weight=1.0, question_word_weight=1.0)
    coder.fit(texts, labels, questions=questions)
    predicted = coder.predict(["nothing", "nothing"], questions=["What could we improve?", "What was good?"])
    assert predicted.tolist() == [[True, False], [False, True]]


def test_a_coder_with_question_features_needs_the_questions() -> None:
    texts, questions, labels = question_corpus()
    coder = SupervisedCoder(question_word_weight=1.0, cv_folds=3).fit(texts, labels, questions=questions)
    with pytest.raises(ValueError, match="questions"):
        coder.predict(["nothing"])
    with pytest.raises(ValueError, match="questions"):
        SupervisedCoder(question_weight=1.0).fit(texts, labels)


def test_code_reads_the_question_column_when_the_coder_uses_questions() -> None:
    texts, questions, labels = question_corpus()
    coder = SupervisedCoder(theme_ids=["praise", "complaint"], question_weight=1.0, question_word_weight=1.0)
    coder.fit(texts, labels, questions=questions)
    answers = pd.DataFrame({"text_clean": ["nothing", "nothing"], "question": ["What could we improve?",
                                                                              "What was good?"]})
    codes = coder.code(answers)
    assert codes["praise"].tolist() == [True, False]
    assert codes.loc[0, "evidence"][0].span == "nothing"


def test_a_question_not_seen_in_training_is_coded_from_the_answer_alone() -> None:
    texts, questions, labels = question_corpus()
    coder = SupervisedCoder(question_weight=1.0, question_word_weight=1.0, cv_folds=3)
    coder.fit(texts, labels, questions=questions)
    plain = coder.features_.transform(["kind staff"], questions=["Never asked"])
    assert plain.shape[1] == coder.features_.n_features
    assert plain[:, coder.features_.n_ngram_features:].nnz == 0


def test_nb_log_count_ratios_favour_columns_seen_with_the_theme() -> None:
    present = np.array([[1, 0, 1], [1, 0, 1], [0, 1, 1], [0, 1, 1]], dtype=float)
    ratios = nb_log_count_ratios(present, np.array([True, True, False, False]), alpha=1.0)
    assert ratios[0] > 0 > ratios[1]
    assert ratios[2] == pytest.approx(0.0)
    assert ratios[0] == pytest.approx(np.log((3 / 7) / (1 / 7)))


def test_nb_scaling_is_folded_into_the_coefficients() -> None:
    texts, labels = corpus()
    coder = SupervisedCoder(theme_ids=THEMES, nb_alpha=1.0, C=0.1, cv_folds=3).fit(texts, labels)
    probe = ["the salary is too low", "sunny and snow", "courses and CPD please"]
    expected = np.asarray(coder.features_.transform(probe) @ coder.coef_.T) + coder.intercept_
    np.testing.assert_allclose(coder.decision_function(probe), expected)
    assert coder.predict(probe).tolist() == [[True, False, False], [False, False, True], [False, True, False]]
