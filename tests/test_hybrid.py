"""HybridCoder: a learnt combination of rule decisions and model probabilities."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pandas as pd
import pytest
from learning_fixtures import THEMES, FakeRules, corpus, question_corpus

from splw_text.coding.hybrid import HybridCoder, RuleEvidence, decide, load_coder, rule_evidence
from splw_text.coding.supervised import SupervisedCoder, score_table
from splw_text.errors import InputError


def answers_of(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"text_clean": texts, "non_response": False})


def noisy(labels: np.ndarray, rate: float, seed: int) -> np.ndarray:
    flip = np.random.default_rng(seed).random(labels.shape) < rate
    return labels ^ flip


def test_rules_that_are_right_on_the_training_answers_are_kept_as_they_are() -> None:
    texts, labels = corpus(n=90)
    rules = FakeRules(dict(zip(texts, labels.tolist(), strict=True)))
    hybrid = HybridCoder(rules=rules, supervised=SupervisedCoder(cv_folds=3, word_ngrams=(1, 1))).fit(
        answers_of(texts), pd.DataFrame(labels, columns=THEMES)
    )
    assert hybrid.add_threshold_ > 1 and hybrid.remove_threshold_ == 0  # no change can beat the rules
    test_texts, test_labels = corpus(seed=5, n=40)
    test_hits = noisy(test_labels, 0.2, seed=1)
    np.testing.assert_array_equal(hybrid.predict(answers_of(test_texts), rule_hits=test_hits), test_hits)


def test_a_rule_theme_is_kept_unless_the_combiner_is_below_the_remove_threshold() -> None:
    hits = np.array([[True, True, False, False]])
    combined = np.array([[0.3, 0.1, 0.9, 0.6]])
    assert decide(hits, combined, add_threshold=0.8, remove_threshold=0.2).tolist() == [[True, False, True, False]]


def test_noisy_rules_are_overruled_by_a_good_model() -> None:
    texts, labels = corpus(n=120)
    hits = noisy(labels, 0.3, seed=3)
    rules = FakeRules(dict(zip(texts, hits.tolist(), strict=True)))
    hybrid = HybridCoder(rules=rules, supervised=SupervisedCoder(cv_folds=4)).fit(
        answers_of(texts), pd.DataFrame(labels, columns=THEMES)
    )
    test_texts, test_labels = corpus(seed=7, n=60)
    test_hits = noisy(test_labels, 0.3, seed=4)
    combined = hybrid.predict(answers_of(test_texts), rule_hits=test_hits)
    f1 = {name: score_table(test_labels, p, THEMES).set_index("theme").loc["micro", "f1"]
          for name, p in (("rules", test_hits), ("hybrid", combined))}
    assert f1["hybrid"] > f1["rules"] + 0.1


@pytest.fixture(scope="module")
def trained() -> tuple[HybridCoder, FakeRules, list[str]]:
    texts, labels = corpus(n=90)
    hits = labels.copy()
    hits[:, 1] = False  # the rules never find "learning": the model must add it
    rules = FakeRules(dict(zip(texts, hits.tolist(), strict=True)))
    hybrid = HybridCoder(rules=rules, supervised=SupervisedCoder(cv_folds=3)).fit(
        answers_of(texts), pd.DataFrame(labels, columns=THEMES)
    )
    return hybrid, rules, texts


def test_a_theme_the_rules_never_find_is_added_when_the_model_is_confident(
    trained: tuple[HybridCoder, FakeRules, list[str]]
) -> None:
    hybrid, _, _ = trained
    test_texts, test_labels = corpus(seed=9, n=60)
    hits = test_labels.copy()
    hits[:, 1] = False
    predicted = hybrid.predict(answers_of(test_texts), rule_hits=hits)
    assert hybrid.add_threshold_ <= 1
    assert (predicted[:, 1] & test_labels[:, 1]).sum() > 0.8 * test_labels[:, 1].sum()


def test_rule_dropout_teaches_the_combiner_to_add_where_the_rules_are_silent() -> None:
    texts, labels = corpus(n=90)
    rules = FakeRules(dict(zip(texts, labels.tolist(), strict=True)))
    fitted = {
        rate: HybridCoder(rules=rules, supervised=SupervisedCoder(cv_folds=3), rule_dropout=rate).fit(
            answers_of(texts), pd.DataFrame(labels, columns=THEMES)
        )
        for rate in (0.0, 0.5)
    }
    silent = answers_of(["the salary is poor. wages are too low."])
    nothing = RuleEvidence.from_hits(np.zeros((1, 3), dtype=bool))
    assert not fitted[0.0].predict(silent, rule_hits=nothing).any()
    assert fitted[0.5].predict(silent, rule_hits=nothing)[0].tolist() == [True, False, False]


def test_the_hybrid_gives_its_model_the_question_of_each_answer_when_the_model_reads_questions() -> None:
    texts, questions, labels = question_corpus()
    ids = ["praise", "complaint"]
    rules = FakeRules({}, theme_ids=ids)  # silent rules: every theme comes from the model
    supervised = SupervisedCoder(theme_ids=ids, question_weight=1.0, question_word_weight=1.0, cv_folds=3)
    answers = pd.DataFrame({"text_clean": texts, "question": questions, "non_response": False})
    hybrid = HybridCoder(rules=rules, supervised=supervised, cv_folds=3).fit(answers, pd.DataFrame(labels, columns=ids))
    asked = ["What could we improve?", "What was good?"]
    probe = pd.DataFrame({"text_clean": ["nothing", "nothing"], "question": asked, "non_response": False})
    codes = hybrid.code(probe)
    assert codes[ids].to_numpy().tolist() == [[True, False], [False, True]]
    assert hybrid.predict(probe).tolist() == [[True, False], [False, True]]
    with pytest.raises(ValueError, match="question"):
        hybrid.code(probe.drop(columns="question"))


def test_rule_evidence_counts_distinct_rules_and_dropped_mentions() -> None:
    class ExplainingRules(FakeRules):
        def explain(self, text: str) -> list[SimpleNamespace]:
            return [SimpleNamespace(theme="weather", rule="r.weather", kept=False, reason="negated")]

    rules = ExplainingRules({"a text": [True, False, False]})
    evidence = rule_evidence(rules, answers_of(["a text"]))
    assert evidence.hits.tolist() == [[True, False, False]]
    assert evidence.rules.tolist() == [[1, 0, 0]]
    assert evidence.dropped.tolist() == [[False, False, True]]


def test_code_keeps_rule_evidence_and_adds_model_evidence(trained: tuple[HybridCoder, FakeRules, list[str]]) -> None:
    hybrid, rules, _ = trained
    text = "the salary is poor. more courses please."
    rules.decisions[text] = [True, False, False]
    codes = hybrid.code(answers_of([text]))
    assert codes.loc[0, "money"] and codes.loc[0, "learning"]
    sources = {e.theme: e.source for e in codes.loc[0, "evidence"]}
    assert sources == {"money": "rules", "learning": "model"}


def test_non_responses_get_no_theme(trained: tuple[HybridCoder, FakeRules, list[str]]) -> None:
    hybrid, rules, texts = trained
    answers = pd.DataFrame({"text_clean": [texts[0]], "non_response": [True]})
    assert not hybrid.code(answers)[THEMES].to_numpy().any()


def test_a_saved_hybrid_codes_the_same_after_loading(
    trained: tuple[HybridCoder, FakeRules, list[str]], tmp_path: Path
) -> None:
    hybrid, rules, texts = trained
    path = hybrid.save(tmp_path / "model.npz", codebook_version="1.0.0")
    codebook = SimpleNamespace(version="1.0.0", theme_ids=THEMES)
    loaded = load_coder(path, codebook, "hybrid", rules=rules)
    answers = answers_of(texts[:20])
    np.testing.assert_allclose(loaded.predict_proba(answers), hybrid.predict_proba(answers))
    supervised = load_coder(path, codebook, "supervised")
    np.testing.assert_allclose(
        supervised.predict_proba(texts[:5]), hybrid.supervised_.predict_proba(texts[:5])
    )


def test_a_hybrid_model_refuses_another_codebook(
    trained: tuple[HybridCoder, FakeRules, list[str]], tmp_path: Path
) -> None:
    hybrid, rules, _ = trained
    path = hybrid.save(tmp_path / "model.npz", codebook_version="1.0.0")
    with pytest.raises(InputError, match="codebook version"):
        load_coder(path, SimpleNamespace(version="1.2.0", theme_ids=THEMES), "hybrid", rules=rules)


def test_a_hybrid_file_with_other_combiner_features_is_refused(
    trained: tuple[HybridCoder, FakeRules, list[str]], tmp_path: Path
) -> None:
    from splw_text.coding.model_store import load_model, save_model

    hybrid, rules, _ = trained
    stored = load_model(hybrid.save(tmp_path / "model.npz", codebook_version="1.0.0"))
    older = save_model(tmp_path / "older.npz", "hybrid", "1.0.0", THEMES, {**stored.meta, "features": ["r", "z"]},
                       stored.arrays)
    with pytest.raises(InputError, match="retrain"):
        load_coder(older, SimpleNamespace(version="1.0.0", theme_ids=THEMES), "hybrid", rules=rules)


def test_a_supervised_only_file_cannot_code_as_hybrid(tmp_path: Path) -> None:
    texts, labels = corpus(n=60)
    path = SupervisedCoder(theme_ids=THEMES, cv_folds=3).fit(texts, labels).save(tmp_path / "s.npz", "1.0.0")
    codebook = SimpleNamespace(version="1.0.0", theme_ids=THEMES)
    assert isinstance(load_coder(path, codebook, "supervised"), SupervisedCoder)
    with pytest.raises(InputError, match="without the hybrid's combiner"):
        load_coder(path, codebook, "hybrid", rules=FakeRules({}))


def fit_on_dev_split(dev_responses: Path, dev_gold: Path, seed: int) -> tuple[Any, ...]:
    """A hybrid fitted on 70% of the dev respondents: (hybrid, its rule coder, held-out frame, theme ids)."""
    from sklearn.model_selection import GroupShuffleSplit

    from splw_text.codebook import load_codebook
    from splw_text.coding.rules import RuleCoder
    from splw_text.coding.training_data import training_frame
    from splw_text.config import load_config

    codebook = load_codebook()
    ids = codebook.theme_ids
    frame = training_frame(dev_responses, dev_gold, ids, load_config())
    frame = frame[~frame["non_response"]].reset_index(drop=True)
    train, test = next(GroupShuffleSplit(test_size=0.3, random_state=seed).split(frame, groups=frame["respondent_id"]))
    rules = RuleCoder(codebook)
    hybrid = HybridCoder(rules=rules).fit(frame.iloc[train], frame[ids].iloc[train])
    return hybrid, rules, frame.iloc[test], ids


def micro_f1(truth: np.ndarray, predicted: np.ndarray, ids: list[str]) -> float:
    return float(score_table(truth, predicted, ids).set_index("theme").loc["micro", "f1"])


def test_on_dev_held_out_respondents_the_hybrid_beats_the_model_alone(dev_responses, dev_gold) -> None:  # noqa: ANN001
    hybrid, _, held_out, ids = fit_on_dev_split(dev_responses, dev_gold, seed=0)
    truth = held_out[ids].to_numpy()
    model_alone = hybrid.supervised_.predict(held_out["text_clean"].tolist())
    assert micro_f1(truth, hybrid.predict(held_out), ids) > micro_f1(truth, model_alone, ids)


def test_on_dev_held_out_respondents_the_hybrid_is_not_worse_than_the_rules(dev_responses, dev_gold) -> None:  # noqa: ANN001
    hybrid, rules, held_out, ids = fit_on_dev_split(dev_responses, dev_gold, seed=1)
    truth = held_out[ids].to_numpy()
    rules_alone = rules.predict(held_out["text_clean"].tolist())
    assert micro_f1(truth, hybrid.predict(held_out), ids) >= micro_f1(truth, rules_alone, ids)


def test_the_train_command_writes_a_model_that_codes_with_the_shipped_codebook(
    dev_responses, dev_gold, tmp_path: Path  # noqa: ANN001
) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app
    from splw_text.codebook import load_codebook

    model = tmp_path / "model.npz"
    result = CliRunner().invoke(app, ["train", str(dev_responses), "--labels", str(dev_gold), "--model-out",
                                      str(model), "--embeddings", "none", "--folds", "3", "--questions"])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output and "hybrid F1" in result.output and "questions on" in result.output
    coder = load_coder(model, load_codebook(), "supervised")
    assert coder.uses_questions  # the model file keeps the question features, and coding reads the question column
    proba = coder.predict_proba(["an invented answer"], questions=["q_help"])
    assert proba.shape == (1, len(load_codebook().theme_ids))
    for coder_name in ("hybrid", "supervised"):
        coded = tmp_path / f"coded-{coder_name}.csv"
        result = CliRunner().invoke(app, ["code", str(dev_responses), "--out", str(coded), "--coder", coder_name,
                                          "--model", str(model)])
        assert result.exit_code == 0, result.output
        frame = pd.read_csv(coded, dtype=str, keep_default_na=False)
        assert len(frame) == 352 and (frame["themes"] != "").sum() > (250 if coder_name == "hybrid" else 150)


def test_the_code_command_needs_a_model_for_the_learnt_coders(dev_responses, tmp_path: Path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from splw_text.cli import app

    result = CliRunner().invoke(app, ["code", str(dev_responses), "--out", str(tmp_path / "c.csv"),
                                      "--coder", "supervised"])
    assert result.exit_code == 2 and "--model" in result.output
    foreign = tmp_path / "foreign.npz"
    foreign.write_bytes(b"not a model")
    result = CliRunner().invoke(app, ["code", str(dev_responses), "--out", str(tmp_path / "c.csv"),
                                      "--coder", "hybrid", "--model", str(foreign)])
    assert result.exit_code == 2 and "not a splw-text model file" in result.output
    assert not (tmp_path / "c.csv").exists()
