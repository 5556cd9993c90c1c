"""The lessons compute from the article's text: change a copy of the article and their tables change."""

import json

import pytest

from helpers import paths
from tools.notebooks import run_in_memory


def point_helpers_at(article, output):
    return (
        "import pathlib, helpers.paths\n"
        f"helpers.paths.ARTICLE = pathlib.Path({str(article)!r})\n"
        f"helpers.paths.OUTPUT = pathlib.Path({str(output)!r})"
    )


def last_stdout(nb):
    return "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")


@pytest.fixture
def altered_article(tmp_path):
    text = paths.ARTICLE.read_text(encoding="utf-8")
    assert "580 in Arizona" in text
    altered = tmp_path / "article.txt"
    altered.write_text(text.replace("580 in Arizona", "680 in Arizona"), encoding="utf-8")
    return altered


def test_the_guard_table_of_lesson_02_is_computed_from_the_text(altered_article, tmp_path):
    nb = run_in_memory(
        paths.NOTEBOOKS / "02-troop-tables.ipynb",
        before=point_helpers_at(altered_article, tmp_path / "output"),
        after="import json; print(json.dumps({'guard': guard.to_dict('records'), 'difference': int(stated_total - parts_total)}))",
    )
    result = json.loads(last_stdout(nb))
    by_state = {row["state"]: row["troops"] for row in result["guard"]}
    assert by_state == {"Texas": 1145, "New Mexico": 115, "Arizona": 680, "California": 360}
    assert result["difference"] == -100, "the adds-up check must notice the altered figure"
    assert (tmp_path / "output" / "guard_troops_by_state.csv").is_file()
