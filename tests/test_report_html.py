"""The HTML report: one self-contained file, every answer escaped, the sections a reader needs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from tables_fixtures import CODEBOOK, make_coded, make_config, make_respondents, write_example_report

from splw_text.report import render_html_report
from splw_text.tables import build_tables

ATTACK = "<script>alert('x')</script> & <img src=x onerror=alert(1)> the salary is awful"


@pytest.fixture(scope="module")
def html() -> str:
    respondents = make_respondents(160, waves=("2022", "2023"))
    coded = make_coded(respondents)
    target = coded.index[coded["pay"] & ~coded["non_response"]]
    for index in target:  # every pay answer carries markup, so one of them is quoted
        coded.loc[index, "text_redacted"] = ATTACK
        coded.loc[index, "evidence"] = json.dumps([{"theme": "pay", "span": "salary is awful"}])
    tables = build_tables(coded, respondents, make_config(), CODEBOOK)
    return render_html_report(tables, coded, make_config(), CODEBOOK)


def test_answer_text_is_escaped(html: str) -> None:
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;" in html


def test_the_evidence_span_is_highlighted(html: str) -> None:
    assert "<mark>salary is awful</mark>" in html


def test_the_page_loads_nothing_from_outside(html: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    assert "default-src 'none'" in html  # and a content security policy that forbids it anyway


def test_the_report_has_every_section(html: str) -> None:
    for anchor in ("headlines", "themes-chart", "employer", "waves", "associations", "quotes", "survey", "methods"):
        assert f'id="{anchor}"' in html
    assert html.count('class="chart') >= 5
    assert "Themes by employer" in html


def test_the_planted_association_is_told_in_plain_words(html: str) -> None:
    pattern = r"<strong>Contract: Fixed</strong> — raised Pay and contracts more often: (\d+)% vs (\d+)%"
    sentence = re.search(pattern, html)
    assert sentence is not None
    assert int(sentence.group(1)) > int(sentence.group(2))


def test_the_methods_section_gives_the_codebook_version_and_the_suppression_rule(html: str) -> None:
    methods = html[html.index('id="methods"') :]
    assert "codebook version 0.1.0" in methods
    assert "Counts from 1 to 4" in methods


def test_each_theme_shows_at_most_three_quotes_from_different_respondents(html: str) -> None:
    for theme in CODEBOOK.theme_ids:
        block = html[html.index(f'id="theme-{theme}"') :]
        block = block[: block.index("</div>")]
        assert 1 <= block.count("<blockquote>") <= 3


def test_an_unsuppressed_report_carries_a_warning(tmp_path: Path) -> None:
    respondents = make_respondents(80)
    coded = make_coded(respondents)
    tables = build_tables(coded, respondents, make_config(), CODEBOOK, suppress=False)
    page = render_html_report(tables, coded, make_config(), CODEBOOK)
    assert "Unsuppressed output" in page
    suppressed_page = render_html_report(
        build_tables(coded, respondents, make_config(), CODEBOOK), coded, make_config(), CODEBOOK
    )
    assert "Unsuppressed output" not in suppressed_page


def test_topics_are_shown_emergent_first_and_escaped(tmp_path: Path) -> None:
    topics = pd.DataFrame(
        {
            "topic": [0, 1],
            "size": [40, 12],
            "label": ["salary and grades", "parking <b>at</b> sites"],
            "top_words": ["salary, grade, band", "parking, car, site"],
            "representative_answers": [["no pay rise"], ["nowhere to park <i>ever</i>"]],
            "theme": ["pay", None],
            "theme_share": [0.8, 0.1],
            "emergent": [False, True],
        }
    )
    page = write_example_report(tmp_path, topics=topics).read_text(encoding="utf-8")
    section = page[page.index('id="topics"') :]
    assert section.index("parking") < section.index("salary and grades")
    assert "parking &lt;b&gt;at&lt;/b&gt; sites" in section
    assert "nowhere to park &lt;i&gt;ever&lt;/i&gt;" in section


def test_the_report_is_written_atomically_as_one_file(tmp_path: Path) -> None:
    path = write_example_report(tmp_path)
    assert path.is_file() and path.stat().st_size > 10_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
