"""Model files: plain JSON + arrays, no pickle; edits, foreign files and another codebook are refused."""

from __future__ import annotations

import json
import pickle
import zipfile
from pathlib import Path

import numpy as np
import pytest

from splw_text.coding.model_store import load_model, save_model
from splw_text.coding.supervised import SupervisedCoder
from splw_text.errors import InputError

THEMES = ["pay", "training"]
TEXTS = [
    "pay is too low for the work", "we need better pay", "the salary is poor", "more money please",
    "more training courses", "no training budget", "want CPD and courses", "induction training was missing",
    "pay and training both lacking", "nothing else to say", "the weather", "a good team",
]
LABELS = np.array([[1, 0]] * 4 + [[0, 1]] * 4 + [[1, 1]] + [[0, 0]] * 3, dtype=bool)


def save_example(path: Path) -> Path:
    arrays = {"weights": np.arange(6, dtype=np.float64).reshape(2, 3), "terms": np.array(["a", "bc"])}
    return save_model(path, "example", "1.0.0", THEMES, {"C": 0.5, "names": ["x"]}, arrays)


def test_a_saved_model_loads_back_with_its_arrays_and_header(tmp_path: Path) -> None:
    stored = load_model(save_example(tmp_path / "m.npz"), kind="example")
    assert stored.codebook_version == "1.0.0"
    assert stored.theme_ids == THEMES
    assert stored.meta == {"C": 0.5, "names": ["x"]}
    np.testing.assert_array_equal(stored.array("weights"), np.arange(6).reshape(2, 3))
    assert stored.array("terms").tolist() == ["a", "bc"]


def test_an_edited_array_is_detected(tmp_path: Path) -> None:
    path = save_example(tmp_path / "m.npz")
    with np.load(path, allow_pickle=False) as archive:
        content = {name: archive[name] for name in archive.files}
    content["weights"] = content["weights"] + 1
    with path.open("wb") as handle:
        np.savez(handle, **content)
    with pytest.raises(InputError, match="altered"):
        load_model(path)


def test_an_edited_header_is_detected(tmp_path: Path) -> None:
    path = save_example(tmp_path / "m.npz")
    with np.load(path, allow_pickle=False) as archive:
        content = {name: archive[name] for name in archive.files}
    header = json.loads(content["__header__"].tobytes())
    header["codebook_version"] = "2.0.0"
    content["__header__"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    with path.open("wb") as handle:
        np.savez(handle, **content)
    with pytest.raises(InputError, match="altered"):
        load_model(path)


def test_a_pickle_inside_the_archive_is_refused_without_being_run(tmp_path: Path) -> None:
    path = save_example(tmp_path / "m.npz")
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (marker.touch, ())  # type: ignore[return-value]

    with zipfile.ZipFile(path, "a") as archive, archive.open("weights2.npy", "w") as handle:
        np.lib.format.write_array(handle, np.array([Payload()], dtype=object), allow_pickle=True)
    with pytest.raises(InputError):
        load_model(path)
    assert not marker.exists()


@pytest.mark.parametrize(
    "content",
    [b"not a model at all", pickle.dumps({"coef": [1, 2]}), b"PK\x03\x04broken zip"],
    ids=["text", "pickle", "broken-zip"],
)
def test_a_foreign_file_is_an_input_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "foreign.npz"
    path.write_bytes(content)
    with pytest.raises(InputError, match="foreign.npz"):
        load_model(path)


def test_a_plain_npz_without_header_is_not_a_model(tmp_path: Path) -> None:
    path = tmp_path / "plain.npz"
    np.savez(path, coef=np.ones(3))
    with pytest.raises(InputError, match="not a splw-text model"):
        load_model(path)


def test_a_model_of_another_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="'example' model, expected a 'supervised'"):
        load_model(save_example(tmp_path / "m.npz"), kind="supervised")


def test_object_arrays_cannot_be_saved(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="without pickle"):
        save_model(tmp_path / "m.npz", "x", "1.0.0", THEMES, {}, {"bad": np.array([{}], dtype=object)})
    assert not (tmp_path / "m.npz").exists()


def test_a_trained_coder_round_trips_with_identical_probabilities(tmp_path: Path) -> None:
    coder = SupervisedCoder(theme_ids=THEMES, cv_folds=3).fit(TEXTS, LABELS)
    path = coder.save(tmp_path / "coder.npz", codebook_version="1.0.0")
    loaded = SupervisedCoder.load(path, "1.0.0", THEMES)
    probe = ["the pay is low", "training please", "nothing"]
    np.testing.assert_allclose(loaded.predict_proba(probe), coder.predict_proba(probe))
    np.testing.assert_array_equal(loaded.thresholds_, coder.thresholds_)


def test_a_coder_refuses_another_codebook_version(tmp_path: Path) -> None:
    coder = SupervisedCoder(theme_ids=THEMES, cv_folds=3).fit(TEXTS, LABELS)
    path = coder.save(tmp_path / "coder.npz", codebook_version="1.0.0")
    with pytest.raises(InputError, match="codebook version '1.0.0'.*in use is version '1.1.0'"):
        SupervisedCoder.load(path, "1.1.0", THEMES)


def test_a_coder_refuses_a_codebook_with_other_themes(tmp_path: Path) -> None:
    coder = SupervisedCoder(theme_ids=THEMES, cv_folds=3).fit(TEXTS, LABELS)
    path = coder.save(tmp_path / "coder.npz", codebook_version="1.0.0")
    with pytest.raises(InputError, match="themes"):
        SupervisedCoder.load(path, "1.0.0", ["pay", "training", "stress"])


def test_saving_never_overwrites_an_input(tmp_path: Path) -> None:
    source = tmp_path / "gold.csv"
    source.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="refusing to write over"):
        save_model(source, "x", "1.0.0", THEMES, {}, {}, inputs=[source])
    assert source.read_text(encoding="utf-8") == "x"


def test_a_coder_with_question_features_and_nb_scaling_round_trips(tmp_path: Path) -> None:
    questions = ["What would help?", "Anything else?"] * 6
    coder = SupervisedCoder(theme_ids=THEMES, cv_folds=3, question_weight=1.0, question_word_weight=0.5, nb_alpha=1.0)
    coder.fit(TEXTS, LABELS, questions=questions)
    loaded = SupervisedCoder.load(coder.save(tmp_path / "coder.npz", codebook_version="1.0.0"), "1.0.0", THEMES)
    probe, asked = ["the pay is low", "training please", "nothing"], ["What would help?", "Anything else?", "New?"]
    expected = coder.predict_proba(probe, questions=asked)
    np.testing.assert_allclose(loaded.predict_proba(probe, questions=asked), expected)
    assert loaded.get_params() == coder.get_params()
