"""Chart lint: what an editor would send back about a chart, read from the figure object itself.

Every figure a notebook draws passes through ``FigureCanvasBase.print_figure``, whether it is shown
inline (IPython renders it to PNG) or saved (``savefig``, ``save_chart``). :func:`install` wraps that
one place, so a notebook's charts are linted exactly as they are rendered. :func:`lint` finds:

- **overlap**: two pieces of text on top of each other: a label on a label, a note on the tick
  labels, the legend on a note;
- **fractional years**: a year axis with ticks such as "2002.5" or "2000.0";
- **cut off**: text that runs past the figure's edge where the edge cuts (a saved chart; an inline
  chart is rendered with ``bbox_inches="tight"``, which grows to fit);
- **unlabelled highlight**: a mark drawn to stand out (one or two points with their own marker)
  that no text names, neither a note near it nor a legend entry.

    python -m tools.chart_lint notebooks/09-write-up.ipynb ...   # run each, print what it finds
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

#: With ``BORDER_FIGURES_CHART_LINT_DUMP`` set to a folder, a linted kernel also saves a small PNG of
#: each chart with findings there, to look at.
DUMP = "BORDER_FIGURES_CHART_LINT_DUMP"
#: Overlaps smaller than this (in pixels, each way) are anti-aliasing, not a collision.
SLACK = 1.5
#: How near (in pixels, at the figure's dpi) a note must be to the mark it names.
NEAR = 80
_YEARLIKE = re.compile(r"^(?:FY\s?)?(?:1[89]|20)\d\d\.\d+$")


def _name(fig) -> str:
    """The chart's headline: its suptitle, an axes title, or the top-most text of the figure (the house style's title)."""
    suptitle = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else ""
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    top = sorted((t for t in fig.texts if t.get_text().strip()), key=lambda t: -t.get_position()[1])
    name = suptitle or (top[0].get_text() if top else "") or (titles[0] if titles else "") or "a chart without a title"
    return name.splitlines()[0][:80]


def _texts(fig, renderer):
    """(label, bbox, kind) of every visible, non-empty piece of text; the legend counts as one box."""
    from matplotlib.text import Text

    found = []

    def add(artist, kind):
        if artist is None or not artist.get_visible():
            return
        text = artist.get_text() if hasattr(artist, "get_text") else ""
        if hasattr(artist, "get_text") and not text.strip():
            return
        try:
            # the text's own box: an annotation's box would include its arrow, which may cross other text
            box = (
                Text.get_window_extent(artist, renderer)
                if isinstance(artist, Text)
                else artist.get_window_extent(renderer)
            )
        except (RuntimeError, ValueError):
            return
        if box.width <= 0 or box.height <= 0:
            return
        found.append((text.strip()[:40] or kind, box, kind))

    for ax in fig.axes:
        if not ax.get_visible():
            continue
        for title in (ax.title, getattr(ax, "_left_title", None), getattr(ax, "_right_title", None)):
            add(title, "title")
        add(ax.xaxis.label, "axis label")
        add(ax.yaxis.label, "axis label")
        for axis in (ax.xaxis, ax.yaxis):
            if not axis.get_visible():
                continue
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks():
                if low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    add(tick.label1, "tick label")
                    add(tick.label2, "tick label")
        for text in ax.texts:
            add(text, "note")
        legend = ax.get_legend()
        if legend is not None and legend.get_visible():
            found.append(("the legend", legend.get_window_extent(renderer), "legend"))
    for text in fig.texts:
        add(text, "figure text")
    if getattr(fig, "_suptitle", None) is not None:
        add(fig._suptitle, "title")
    legends = getattr(fig, "legends", [])
    for legend in legends:
        found.append(("the legend", legend.get_window_extent(renderer), "legend"))
    return found


def _overlap(a, b) -> bool:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width > SLACK and height > SLACK


def _highlights(ax):
    """Marks drawn to stand out: a line of one or two points with a marker, or a scatter of one or two points."""
    import numpy as np

    marks = []
    for line in ax.lines:
        x, y = np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)
        if line.get_visible() and line.get_marker() not in (None, "None", "", " ") and 1 <= len(x) <= 2:
            marks.extend((line, xi, yi) for xi, yi in zip(x, y))
    for collection in ax.collections:
        if collection.get_visible() and hasattr(collection, "get_offsets"):
            offsets = np.asarray(collection.get_offsets(), float)
            if 1 <= len(offsets) <= 2 and len(ax.lines) + len(ax.patches) + len(ax.collections) > 1:
                marks.extend((collection, xi, yi) for xi, yi in offsets)
    return marks


def lint(fig, *, tight: bool = False) -> list[str]:
    """What is wrong with ``fig`` as it would be rendered (``tight``: with ``bbox_inches="tight"``)."""
    renderer = fig._get_renderer()  # works whatever the canvas (pyplot's, or a bare Figure's)
    fig.draw(renderer)
    problems = []
    texts = _texts(fig, renderer)
    for i, (label_a, box_a, kind_a) in enumerate(texts):
        for label_b, box_b, kind_b in texts[i + 1 :]:
            if kind_a == kind_b == "tick label" and label_a == label_b:
                continue
            if _overlap(box_a, box_b):
                problems.append(f"overlap: {kind_a} {label_a!r} and {kind_b} {label_b!r}")
    for ax in fig.axes:
        for axis, name in ((ax.xaxis, "x"), (ax.yaxis, "y")):
            fractional = [t.get_text() for t in axis.get_ticklabels() if _YEARLIKE.match(t.get_text().strip())]
            if fractional:
                problems.append(f"fractional years on the {name} axis: {', '.join(fractional[:4])}")
    if not tight:
        edge = fig.bbox
        for label, box, kind in texts:
            if (
                box.x0 < edge.x0 - SLACK
                or box.y0 < edge.y0 - SLACK
                or box.x1 > edge.x1 + SLACK
                or box.y1 > edge.y1 + SLACK
            ):
                problems.append(f"cut off: {kind} {label!r} runs past the figure's edge")
    for ax in fig.axes:
        notes = [box for _, box, kind in texts if kind in ("note", "figure text")]
        named = {h.get_label() for h in ax.get_legend_handles_labels()[0]} if ax.get_legend() else set()
        for artist, x, y in _highlights(ax):
            if artist.get_label() in named:
                continue
            px, py = ax.transData.transform((x, y))
            near = any(
                (box.x0 - NEAR <= px <= box.x1 + NEAR) and (box.y0 - NEAR <= py <= box.y1 + NEAR) for box in notes
            )
            if not near:
                problems.append(f"unlabelled highlight: the mark at ({x:g}, {y:g}) has no note or legend entry")
    return list(dict.fromkeys(problems))


# --------------------------------------------------------------------------- inside a kernel


def install(path: str | os.PathLike) -> None:
    """Lint every figure the process renders, appending one JSON line per rendering to ``path``."""
    from matplotlib.backend_bases import FigureCanvasBase

    if getattr(FigureCanvasBase.print_figure, "_linted", False):
        return
    original = FigureCanvasBase.print_figure

    def print_figure(self, *args, **kwargs):
        tight = kwargs.get("bbox_inches") == "tight" or (
            kwargs.get("bbox_inches") is None and __import__("matplotlib").rcParams["savefig.bbox"] == "tight"
        )
        result = original(self, *args, **kwargs)
        if not getattr(self, "_linting", False) and not getattr(self.figure, "_linting", False):
            self._linting = True
            try:
                problems = lint(self.figure, tight=tight)
            finally:
                self._linting = False
            if problems and os.environ.get(DUMP):
                folder = Path(os.environ[DUMP])
                folder.mkdir(parents=True, exist_ok=True)
                self._linting = True
                try:
                    self.figure.savefig(folder / f"{len(list(folder.glob('*.png'))):02d}.png", dpi=80)
                finally:
                    self._linting = False
            # one line per rendering, clean or not: a figure redrawn later (a chart built in steps) is
            # judged by its last rendering, the finished chart
            with open(path, "a", encoding="utf-8") as out:
                record = {"figure": id(self.figure), "chart": _name(self.figure), "problems": problems}
                out.write(json.dumps(record) + "\n")
        return result

    print_figure._linted = True
    FigureCanvasBase.print_figure = print_figure


def lint_notebook(notebook: Path, findings: Path) -> list[dict]:
    """Run ``notebook`` (in memory, writing to a temporary output folder) and lint every chart it renders.

    A figure rendered several times (a chart built in steps, each step shown) is judged by its last
    rendering: the chart as the lesson finishes it. Each figure rendered once is judged as shown.
    """
    import tempfile

    from tools.notebooks import run_in_memory

    findings.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        setup = (
            f"import pathlib, sys, helpers.paths\nsys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
            "import tools.chart_lint\n"
            f"helpers.paths.OUTPUT = pathlib.Path({str(Path(scratch) / 'output')!r})\n"
            f"tools.chart_lint.install({str(findings)!r})"
        )
        run_in_memory(notebook, before=setup)
    if not findings.exists():
        return []
    last = {}
    for line in findings.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        last[record["figure"]] = record
    rows = [{"chart": r["chart"], "problem": p} for r in last.values() for p in r["problems"]]
    return [dict(t) for t in dict.fromkeys(tuple(sorted(r.items())) for r in rows)]


if __name__ == "__main__":
    import tempfile

    bad = 0
    for name in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as folder:
            rows = lint_notebook(Path(name).resolve(), Path(folder) / "findings.jsonl")
        for row in rows:
            print(f"{name}: {row['chart']}: {row['problem']}")
        bad += len(rows)
    sys.exit(1 if bad else 0)
