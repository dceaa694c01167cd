"""Small corpora for the topic tests: short answers about three subjects, built from word lists."""

from __future__ import annotations

import random

SUBJECTS = {
    "it_systems_access": ["emis", "smartcard", "systmone", "login", "laptop", "records", "clinical system"],
    "pay_job_security": ["salary", "pay band", "fixed term contract", "funding", "wages", "pay rise"],
    "staffing_capacity": ["caseload", "waiting list", "demand", "capacity", "too many referrals",
                          "more link workers"],
}
FRAMES = ["I need {a} and {b}", "the {a} is a problem, also {b}", "{a}, {b}", "please sort out {a} and the {b}",
          "my biggest worry is {a} and {b} here"]


def corpus(per_subject: int = 30, seed: int = 0) -> tuple[list[str], list[str]]:
    """``per_subject`` answers for each subject: (texts, subject of each text)."""
    rng = random.Random(seed)
    texts, subjects = [], []
    for subject, words in SUBJECTS.items():
        for _ in range(per_subject):
            a, b = rng.sample(words, 2)
            texts.append(rng.choice(FRAMES).format(a=a, b=b))
            subjects.append(subject)
    return texts, subjects


NOISE_WORDS = [
    "apple", "river", "guitar", "violet", "tundra", "pepper", "glacier", "saddle", "lantern", "mosaic",
    "falcon", "harbor", "quartz", "meadow", "ember", "velvet", "canyon", "orchid", "thimble", "cobalt",
]


def noise(count: int, seed: int = 3) -> list[str]:
    """``count`` answers of three unrelated words each: they belong to no subject and to no topic."""
    rng = random.Random(seed)
    return [" ".join(rng.sample(NOISE_WORDS, 3)) for _ in range(count)]
