"""Build the name lists that ``splw_text.redact`` ships under ``splw_text/resources/names/``.

Run once by a maintainer (needs about 2 GB of memory and a minute); the tool itself only reads the small
text files this writes, so redaction never loads the 55 MB ``names-dataset`` pickles at run time.

Sources:
- first names and surnames: the ``names-dataset`` package (Philippe Remy, v3.3.1): for each country the
  rank of a name among that country's users. A name is kept when it ranks within ``FIRST_NAME_RANKS`` /
  ``SURNAME_RANKS`` in at least one country (Great Britain and Ireland deepest, then the countries the
  UK health and care workforce and its patients most often come from).
- common English words (``common_words.txt``): the word frequencies of ``spacy-lookups-data`` (MIT,
  ``en_lexeme_prob``): every lower-case word with log-probability >= -14.5 that is not much rarer in lower
  case than capitalised (so "will", "hope", "leisure", "street" are in; "john", "sarah", "london" are out).
  A name whose lower-case form passes the same test at log-probability >= -13.0, or is at least as
  frequent in lower case as capitalised, is flagged ``common_word`` (``Will``, ``Hope``, ``Grace``,
  ``Rose``...): the redactor treats a flagged name as a name only in a name context (after a title or
  a role such as "my manager", or next to a surname).
- UK place names (``uk_places.txt``): the ISO 3166-2 subdivisions of the UK in ``pycountry`` (a
  dependency of names-dataset): counties, cities and boroughs such as Leeds, Kent, Sutton, Reading.
  The redactor does not take these for people's names on their own ("Dr Sutton" is still a name).

Usage: ``python scripts/build_name_lists.py`` (from the repository root).
"""

from __future__ import annotations

import gzip
import json
import pickle
import re
import shutil
from importlib.util import find_spec
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "splw_text" / "resources" / "names"

FIRST_NAME_RANKS = {
    "GB": 3000, "IE": 1000, "US": 1000, "CA": 500, "IN": 500, "NG": 500, "BD": 300, "GH": 300, "ZA": 300,
    "JM": 300, "PL": 300, "IT": 300, "PT": 300, "ES": 300, "FR": 300, "DE": 300, "TR": 300, "EG": 300,
    "SA": 300, "IQ": 300, "MA": 200, "DZ": 200, "MY": 200, "HK": 200, "CN": 200, "PH": 200, "GR": 200,
    "LT": 200, "HU": 200, "CZ": 200,
}
SURNAME_RANKS = {
    "GB": 5000, "IE": 1000, "US": 1000, "IN": 500, "NG": 500, "BD": 300, "GH": 300, "ZA": 300, "JM": 300,
    "PL": 300, "IT": 300, "PT": 300, "ES": 300, "FR": 300, "DE": 300, "TR": 300, "EG": 200, "SA": 200,
    "IQ": 200, "MY": 200, "HK": 200, "CN": 200, "PH": 200, "GR": 200, "LT": 200, "HU": 200, "CZ": 200,
}
# One word of letters (an inner apostrophe or hyphen allowed: O'Neil, Jean-Paul), at least two letters.
NAME_SHAPE = re.compile(r"^[^\W\d_]{2,}(?:['\-][^\W\d_]+)?$")
WORD_SHAPE = re.compile(r"^[a-z]+(?:['\-][a-z]+)?$")
COMMON_WORD_MIN_LOG_PROB = -14.5  # common_words.txt: "leisure", "carers"... (about 25,000 words)
NAME_AS_WORD_MIN_LOG_PROB = -13.0  # a first name is flagged common_word above this: "Will", "Rose", "Dawn"
COMMON_WORD_MAX_GAP = 1.5


def _package_dir(name: str) -> Path:
    spec = find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name} is not installed in this environment")
    return Path(spec.origin).parent


def _select(table: dict[str, dict], limits: dict[str, int]) -> list[str]:
    chosen = []
    for name, info in table.items():
        if not NAME_SHAPE.match(name) or not name[0].isupper():
            continue
        ranks = info.get("rank") or {}
        if any((ranks.get(country) or 10**9) <= limit for country, limit in limits.items()):
            chosen.append(name)
    return sorted(set(chosen))


def _log_probs() -> dict[str, float]:
    data = _package_dir("spacy_lookups_data") / "data"
    with gzip.open(data / "en_lexeme_prob.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _common_words(log_prob: dict[str, float], min_log_prob: float) -> list[str]:
    words = []
    for word, lower in log_prob.items():
        if not WORD_SHAPE.match(word) or lower < min_log_prob:
            continue
        if lower - log_prob.get(word.capitalize(), -25.0) > -COMMON_WORD_MAX_GAP:
            words.append(word)
    return sorted(words)


def _common_word_flags(names: list[str], log_prob: dict[str, float], common: set[str]) -> dict[str, bool]:
    flags = {}
    for name in names:
        lower = log_prob.get(name.lower(), -25.0)
        title = log_prob.get(name, -25.0)
        flags[name] = name.lower() in common or (lower >= title and lower > -16.0)
    return flags


def _uk_places() -> list[str]:
    import pycountry

    places = set()
    for subdivision in pycountry.subdivisions.get(country_code="GB"):
        name = re.sub(r"\s*\[.*?\]", "", subdivision.name)  # drop the Welsh/Gaelic form in brackets
        places.add(name.split(",")[0].strip())
    return sorted(places)


def _write(path: Path, names: list[str], flags: dict[str, bool], header: str) -> None:
    lines = [header, "name\tcommon_word"] + [f"{name}\t{int(flags[name])}" for name in names]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    source = _package_dir("names_dataset")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    log_prob = _log_probs()
    common = _common_words(log_prob, COMMON_WORD_MIN_LOG_PROB)
    header = "# common English words from spacy-lookups-data en_lexeme_prob (MIT); scripts/build_name_lists.py"
    (OUT_DIR / "common_words.txt").write_text("\n".join([header, *common]) + "\n", encoding="utf-8")
    print(f"{OUT_DIR / 'common_words.txt'}: {len(common)} common words")
    common_set = set(_common_words(log_prob, NAME_AS_WORD_MIN_LOG_PROB))
    for kind, filename, limits in (
        ("first names", "first_names", FIRST_NAME_RANKS),
        ("surnames", "last_names", SURNAME_RANKS),
    ):
        with gzip.open(source / "v3" / f"{filename}.pkl.gz", "rb") as handle:
            table = pickle.load(handle)  # noqa: S301 - the package's own data file
        names = _select(table, limits)
        del table
        flags = _common_word_flags(names, log_prob, common_set)
        header = f"# {kind} from names-dataset 3.3.1 (Apache-2.0); built by scripts/build_name_lists.py"
        target = OUT_DIR / ("first_names.tsv" if filename == "first_names" else "surnames.tsv")
        _write(target, names, flags, header)
        print(f"{target}: {len(names)} {kind}, {sum(flags.values())} flagged as common words")
    places = _uk_places()
    header = "# UK subdivisions (ISO 3166-2:GB) from pycountry; built by scripts/build_name_lists.py"
    (OUT_DIR / "uk_places.txt").write_text("\n".join([header, *places]) + "\n", encoding="utf-8")
    print(f"{OUT_DIR / 'uk_places.txt'}: {len(places)} places")
    licence = source.parent / "names_dataset-3.3.1.dist-info" / "LICENSE"
    if licence.is_file():
        shutil.copyfile(licence, OUT_DIR / "LICENSE-names-dataset.txt")


if __name__ == "__main__":
    main()
