"""Safe outputs: atomic writes, never over an input, spreadsheet formulas neutralised."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from splw_text.errors import InputError
from splw_text.outputs import atomic_directory, atomic_open, neutralise_cell, write_csv


@pytest.mark.parametrize("text", ["=1+1", "+44 7700", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_neutralised(text: str) -> None:
    assert neutralise_cell(text) == "'" + text


def test_plain_text_and_numbers_are_left_alone() -> None:
    assert (neutralise_cell("more staff"), neutralise_cell(-2)) == ("more staff", -2)


def test_write_csv_neutralises_text_cells(tmp_path: Path) -> None:
    path = write_csv(pd.DataFrame({"text": ["=HYPERLINK(\"x\")"], "n": [-1]}), tmp_path / "out.csv")
    assert path.read_text().splitlines()[1] == "\"'=HYPERLINK(\"\"x\"\")\",-1"


def test_a_failed_write_leaves_the_previous_file_and_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half")
        raise RuntimeError("boom")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_writing_over_an_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "survey.csv"
    source.write_text("id\n1\n")
    with pytest.raises(InputError, match="refusing to write over the input file"):
        write_csv(pd.DataFrame({"a": [1]}), source, inputs=[source])
    assert source.read_text() == "id\n1\n"


def test_a_failed_run_leaves_the_previous_output_folder_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("old report")
    with pytest.raises(RuntimeError), atomic_directory(out) as staging:
        (staging / "report.html").write_text("new half report")
        raise RuntimeError("stage failed")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert (out / "report.html").read_text() == "old report"


def test_a_successful_run_replaces_the_output_folder_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.csv").write_text("stale")
    with atomic_directory(out) as staging:
        (staging / "fresh.csv").write_text("fresh")
    assert sorted(p.name for p in out.iterdir()) == ["fresh.csv"]


def test_written_files_get_the_usual_permissions_not_private_temp_ones(tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    try:
        path = write_csv(pd.DataFrame({"a": [1]}), tmp_path / "out.csv")
    finally:
        os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o644
