"""Invented labelled texts shared by the supervised and hybrid coder tests (no dev-set sentences)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from splw_text.coding import Evidence

THEMES = ["money", "learning", "weather"]
PHRASES = {
    "money": ["the salary is poor", "wages are too low", "I am underpaid", "pay rise needed", "salary freeze again"],
    "learning": ["more courses please", "a training budget", "CPD time", "workshops on methods", "course funding"],
    "weather": ["it rained all week", "sunny days help", "snow closed roads", "the heat is awful", "rain again"],
}
FILLER = ["honestly", "to be fair", "as ever", "overall", "in short"]


def corpus(seed: int = 0, n: int = 90) -> tuple[list[str], np.ndarray]:
    """Invented texts: each mentions one or two themes via their phrases, plus filler words."""
    rng = np.random.default_rng(seed)
    texts, rows = [], []
    for _ in range(n):
        chosen = rng.choice(len(THEMES), size=int(rng.integers(1, 3)), replace=False)
        parts = [str(rng.choice(PHRASES[THEMES[j]])) for j in chosen]
        texts.append(f"{rng.choice(FILLER)}, " + ". ".join(parts) + ".")
        rows.append([j in chosen for j in range(len(THEMES))])
    return texts, np.array(rows)


def question_corpus() -> tuple[list[str], list[str], np.ndarray]:
    """Short answers whose theme depends on the question: "nothing" is praise when asked what to improve."""
    rng = np.random.default_rng(0)
    texts, questions, rows = [], [], []
    for _ in range(60):
        question = str(rng.choice(["What could we improve?", "What was good?"]))
        word = str(rng.choice(["nothing", "nothing really", "no", "staff", "the staff", "kind staff"]))
        praise = ("staff" in word) == (question == "What was good?")
        texts.append(word)
        questions.append(question)
        rows.append([praise, not praise])
    return texts, questions, np.array(rows)


class FakeRules:
    """A rule coder stand-in: gives the themes of a fixed lookup, with one Evidence per theme."""

    def __init__(self, decisions: dict[str, list[bool]], theme_ids: list[str] = THEMES) -> None:
        self.decisions = decisions
        self.theme_ids = theme_ids

    def code(self, answers: pd.DataFrame) -> pd.DataFrame:
        rows = [self.decisions.get(text, [False] * len(self.theme_ids)) for text in answers["text_clean"]]
        codes = pd.DataFrame(rows, index=answers.index, columns=self.theme_ids).astype(bool)
        codes["evidence"] = [
            [Evidence(theme=t, span=text[:5], start=0, end=min(5, len(text)), sentence=text, rule=f"r.{t}")
             for t, hit in zip(self.theme_ids, row, strict=True) if hit]
            for text, row in zip(answers["text_clean"], rows, strict=True)
        ]
        return codes
