"""`make notebooks` executes cleanly and strips what must never be committed."""

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from tools import notebooks


def notebook(*sources):
    nb = new_notebook(cells=[new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def test_clean_drops_widget_state_views_and_timings():
    nb = notebook("w")
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nb.cells[0].metadata["execution"] = {"iopub.execute_input": "2026-01-01"}
    nb.cells[0].outputs = [
        nbformat.v4.new_output(
            "execute_result",
            {"text/plain": "IntSlider()", notebooks.WIDGET_VIEW: {"model_id": "abc"}},
            execution_count=1,
        )
    ]
    notebooks.clean(nb)
    assert "widgets" not in nb.metadata and "execution" not in nb.cells[0].metadata
    assert nb.cells[0].outputs[0].data == {"text/plain": "IntSlider()"}


def test_machine_paths_are_found():
    assert notebooks.machine_paths(notebook("print('/home/ana/course/x.csv')")) == ["/home/a"]
    assert notebooks.machine_paths(notebook("print('datasets/x.csv')")) == []


def test_execute_numbers_cells_from_one_in_a_fresh_kernel(tmp_path):
    path = tmp_path / "demo.ipynb"
    nbformat.write(notebook("x = 20", "x + 1", "print('ok')"), path)
    notebooks.execute(path)
    nb = nbformat.read(path, as_version=4)
    assert [c.execution_count for c in nb.cells] == [1, 2, 3]
    assert nb.cells[1].outputs[0].data["text/plain"] == "21"


def test_execute_refuses_a_notebook_that_prints_a_machine_path(tmp_path):
    path = tmp_path / "leaky.ipynb"
    nbformat.write(notebook("import os; print(os.getcwd())"), path)
    before = path.read_bytes()
    with pytest.raises(SystemExit, match="reveal machine paths"):
        notebooks.execute(path)
    assert path.read_bytes() == before, "a refused notebook is left as it was"
