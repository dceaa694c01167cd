"""The Spark engine on local[2] gives exactly the local engine's coded answers and tables.

Skipped when pyspark (the ``spark`` extra) or Java is missing. One Spark session serves the whole module.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from splw_text.errors import InputError

pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark is not installed"),
    pytest.mark.skipif(
        not (os.environ.get("JAVA_HOME") or shutil.which("java")), reason="Java is not installed"
    ),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from splw_text.engines.spark import spark_session

    session = spark_session("local[2]", app_name="splw-text-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def dev(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The dev survey, its codebook and config, and its answers coded by the local engine."""
    from splw_text.codebook import load_codebook
    from splw_text.coding.parallel import CodingPool
    from splw_text.config import load_config
    from splw_text.load import load_survey

    path = Path(__file__).resolve().parents[1].parent / "shared" / "splw-dev" / "responses.csv"
    if not path.is_file():
        pytest.skip("../shared/splw-dev is not present")
    config = load_config()
    survey = load_survey(path, config)
    with CodingPool() as pool:
        local = pool.coded_answers(survey.answers)
    return {"survey": survey, "config": config, "codebook": load_codebook(), "local": local.reset_index(drop=True)}


def test_spark_codes_the_dev_answers_exactly_as_the_local_engine(spark: Any, dev: dict[str, Any]) -> None:
    from splw_text.engines import code_answers

    on_spark = code_answers(dev["survey"].answers, engine="spark", master="local[2]")
    pd.testing.assert_frame_equal(on_spark, dev["local"])


def test_spark_codes_carry_a_bool_column_per_theme_matching_the_themes_string(spark: Any, dev: dict[str, Any]) -> None:
    from splw_text.engines.spark import code_spark

    answers = dev["survey"].answers.head(40)
    codes = code_spark(spark.createDataFrame(answers)).toPandas()
    theme_ids = dev["codebook"].theme_ids
    assert [str(t) for t in codes[theme_ids].dtypes] == ["bool"] * len(theme_ids)
    joined = codes[theme_ids].apply(lambda flags: ";".join(t for t in theme_ids if flags[t]), axis=1)
    assert joined.tolist() == codes["themes"].fillna("").tolist()


def test_spark_tables_equal_the_local_tables(spark: Any, dev: dict[str, Any], tmp_path: Path) -> None:
    from splw_text.engines import tables_from_file
    from splw_text.labels import read_label_file
    from splw_text.outputs import write_csv
    from splw_text.tables import build_tables

    path = write_csv(dev["local"], tmp_path / "coded.csv")
    codebook, config, respondents = dev["codebook"], dev["config"], dev["survey"].respondents
    local = build_tables(read_label_file(path, codebook.theme_ids), respondents, config, codebook, source=str(path))
    on_spark = tables_from_file(path, respondents, config, codebook, engine="spark", master="local[2]")
    assert list(on_spark.tables) == list(local.tables)
    for name, table in local.tables.items():
        pd.testing.assert_frame_equal(on_spark[name], table, obj=name)
    assert on_spark.summary == local.summary


def test_an_unknown_theme_in_spark_coded_answers_is_a_one_line_error(spark: Any, dev: dict[str, Any]) -> None:
    from splw_text.engines.spark import tables_spark

    coded = spark.createDataFrame(
        pd.DataFrame({"respondent_id": ["D0001"], "question": ["q_help"], "non_response": ["0"], "themes": ["salary"]})
    )
    with pytest.raises(InputError, match=r"answer D0001/q_help: unknown theme id\(s\) salary"):
        tables_spark(coded, dev["survey"].respondents, dev["config"], dev["codebook"])


def test_answers_without_a_text_column_are_a_one_line_error(spark: Any) -> None:
    from splw_text.engines.spark import code_spark

    frame = spark.createDataFrame(pd.DataFrame({"respondent_id": ["1"], "question": ["q_help"]}))
    with pytest.raises(InputError, match=r"missing column\(s\) 'text'"):
        code_spark(frame)


def test_the_tables_command_on_spark_writes_the_local_tables(spark: Any, dev: dict[str, Any], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app
    from splw_text.outputs import write_csv

    coded = write_csv(dev["local"], tmp_path / "coded.csv")
    survey = Path(dev["survey"].source)
    runner = CliRunner()
    for folder, extra in (("local", []), ("spark", ["--engine", "spark", "--master", "local[2]"])):
        result = runner.invoke(app, ["tables", str(coded), "--survey", str(survey), "--out", str(tmp_path / folder),
                                     *extra])
        assert result.exit_code == 0, result.output
    local = sorted((tmp_path / "local" / "tables").glob("*.csv"))
    assert local
    for path in local:
        assert (tmp_path / "spark" / "tables" / path.name).read_bytes() == path.read_bytes(), path.name


def test_the_code_command_on_spark_writes_the_local_file(spark: Any, tmp_path: Path, tiny_config_path: Path) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app

    survey = tmp_path / "survey.csv"
    survey.write_text(
        "id,q1,q2,employer,tools\n1,More link workers please,n/a,PCN,ONS4\n"
        '2,"No EMIS access, ring me on 07700 900123",I feel very alone,VCSE,\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    for name, extra in (("local.csv", []), ("spark.csv", ["--engine", "spark", "--master", "local[2]"])):
        result = runner.invoke(app, ["code", str(survey), "--out", str(tmp_path / name), "--config",
                                     str(tiny_config_path), *extra])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "spark.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
