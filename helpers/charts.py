"""Charts that look like a newsroom printed them, with the files a newsroom publishes.

Everything here is plain matplotlib underneath. The house style is a ``.mplstyle`` file
(``helpers/border_figures.mplstyle``) applied only inside ``with house_style():``; the
functions add what matplotlib lacks: a headline and subtitle, a source line, direct labels
on bars and line ends, annotations, shaded periods, alt text written from the data, and
``save_chart``, which writes PNG, SVG, CSV and alt text to ``output/charts/``.

A typical chart::

    with house_style():
        fig, ax = plt.subplots()
        ax.barh(troops["state"], troops["troops"], color=PALETTE["base"])
        label_bars(ax)
        headline(fig, "Texas got most of the Guard troops", "National Guard troops at the border, by state")
        source_line(fig, "news article of 25 Oct 2018")
        alt = describe("barh", troops, "state", "troops", title="Texas got most of the Guard troops")
        save_chart(fig, "guard-troops-by-state", troops, alt)

Importing this module changes no matplotlib setting.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.colors import to_hex, to_rgb
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Annotation, Text
from matplotlib.textpath import text_to_path

from helpers import paths

__all__ = [
    "OKABE_ITO",
    "PALETTE",
    "STYLE",
    "ChartFiles",
    "annotate_point",
    "describe",
    "headline",
    "house_style",
    "label_bars",
    "label_line_ends",
    "save_chart",
    "shade_span",
    "source_line",
]

#: The house style, a plain matplotlib style file.
STYLE = Path(__file__).with_name("border_figures.mplstyle")

#: The Okabe-Ito palette (Okabe & Ito 2008): eight colours that stay distinct with every
#: common colour-vision deficiency. The style's colour cycle uses them.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Colours by the job they do in a chart. "highlight" (vermillion) against "base" (blue) is
#: the pair to use for "this one matters": it survives red-green colour blindness.
#: "muted" and "shade" are neutral greys (not hues, so safe for everyone): "muted" for
#: context lines and bars (3.4:1 against white), "shade" for shaded periods.
PALETTE = {
    "base": OKABE_ITO["blue"],
    "highlight": OKABE_ITO["vermillion"],
    "accent": OKABE_ITO["orange"],
    "secondary": OKABE_ITO["sky_blue"],
    "green": OKABE_ITO["bluish_green"],
    "purple": OKABE_ITO["reddish_purple"],
    "yellow": OKABE_ITO["yellow"],
    "black": OKABE_ITO["black"],
    "muted": "#8C8C8C",
    "shade": "#EBEBEB",
}

# Text colours and sizes (points) of the chart furniture: fixed, so a chart looks the same
# whether or not it was built inside house_style().
_INK, _SUBTLE_INK, _FAINT_INK = "#111111", "#444444", "#666666"
_HEADLINE_SIZE, _SUBTITLE_SIZE, _SOURCE_SIZE, _LABEL_SIZE = 17, 12.5, 10, 11
_EDGE, _GAP = 10, 4  # points: figure edge to headline/source; between stacked lines of furniture
_MIN_PNG_WIDTH = 1200  # pixels: sharp on high-density screens and accepted by every CMS


def house_style():
    """Apply the house style inside a ``with`` block only (matplotlib's own ``style.context``)."""
    return plt.style.context(STYLE)


# ---------------------------------------------------------------------------------------
# Headline, subtitle and source line: a layout that keeps a band for them.


class _NewsroomLayout(ConstrainedLayoutEngine):
    """Constrained layout plus a band at the top for the headline and one at the bottom for the source.

    At every draw it wraps the texts to the figure's width, measures them, lays the axes out
    between the two bands, then aligns the texts with the left edge of the axes' content
    (tick labels included), so nothing overlaps at any size, for one axes or a grid of them.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.top: list[tuple[Text, str]] = []  # (text, what the author wrote), top to bottom
        self.bottom: list[tuple[Text, str]] = []

    def execute(self, fig):
        width, height = fig.get_size_inches() * 72  # points
        for text, written in self.top + self.bottom:
            text.set_text(_wrap(written, text, width - 2 * _EDGE))
        y = height - _EDGE
        for text, _ in self.top:
            text.set_y(y / height)
            y -= _height(text) + _GAP
        top = y - _GAP if self.top else height  # a little more air between subtitle and chart
        y = _EDGE
        for text, _ in reversed(self.bottom):
            text.set_y(y / height)
            y += _height(text) + _GAP
        bottom = y + _GAP if self.bottom else 0
        self.set(rect=(0, bottom / height, 1, (top - bottom) / height))
        for ax in fig.axes:  # start from the grid, not from the last draw: same layout every time
            spec = ax.get_subplotspec()
            if spec is not None and ax.get_in_layout():
                ax.set_position(spec.get_position(fig))
                ax.set_in_layout(True)  # set_position opts the axes out of layout; keep it in
        result = super().execute(fig)
        left = _content_left(fig)
        for text, _ in self.top + self.bottom:
            text.set_x(left)
        return result


def _layout(fig: Figure) -> _NewsroomLayout:
    """The figure's newsroom layout, installed (keeping constrained-layout pads) if missing."""
    engine = fig.get_layout_engine()
    if isinstance(engine, _NewsroomLayout):
        return engine
    settings = engine.get() if isinstance(engine, ConstrainedLayoutEngine) else {}
    settings.pop("rect", None)
    engine = _NewsroomLayout(**settings)
    fig.set_layout_engine(engine)
    return engine


#: ``Artist.get_figure(root=...)`` arrived in matplotlib 3.10; the course also runs on 3.8 and 3.9.
_GET_FIGURE_HAS_ROOT = "root" in inspect.signature(Artist.get_figure).parameters


def _root_figure(artist: Artist) -> Figure:
    """The top-level Figure an artist is drawn on (the one holding it when it sits in a subfigure).

    Works on every matplotlib the course supports: ``get_figure(root=True)`` from 3.10 on;
    before 3.10 there is no ``root`` and a SubFigure's ``.figure`` already is the top-level Figure.
    """
    if _GET_FIGURE_HAS_ROOT:
        return artist.get_figure(root=True)
    figure = artist.figure
    return figure if isinstance(figure, Figure) else figure.figure


def _figure(fig_or_ax) -> Figure:
    return _root_figure(fig_or_ax) if isinstance(fig_or_ax, Axes) else fig_or_ax


@functools.cache
def _ruler() -> RendererAgg:
    """A 72-dpi renderer to measure text in points, whatever dpi the figure is being drawn at."""
    return RendererAgg(1, 1, 72)


def _height(text: Text) -> float:
    """Height of a text in points (measured at 72 dpi: the same for the notebook, the PNG and the SVG)."""
    return text.get_window_extent(renderer=_ruler(), dpi=72).height


def _wrap(written: str, text: Text, width: float) -> str:
    """Break a text into lines no wider than ``width`` points (the author's newlines stay)."""
    font = text.get_fontproperties()
    lines = []
    for paragraph in written.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            longer = f"{line} {word}" if line else word
            if line and text_to_path.get_text_width_height_descent(longer, font, ismath=False)[0] > width:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    return "\n".join(lines)


def _content_left(fig: Figure) -> float:
    """Left edge, in figure fraction, of everything the axes draw (tick labels included)."""
    boxes = [ax.get_tightbbox() for ax in fig.axes if ax.get_visible()]
    lefts = [box.x0 for box in boxes if box is not None and box.width > 0]
    if not lefts:
        return _EDGE / (fig.get_figwidth() * 72)
    return min(max(min(lefts) / fig.bbox.width, 0.0), 0.5)


def _furniture(fig: Figure, written: str, **style) -> Text:
    # parse_math=False: "$1.6 million" in a headline is money, not mathematics.
    return fig.text(0, 1, written, ha="left", parse_math=False, **style)


def headline(fig_or_ax, title: str, subtitle: str | None = None) -> tuple[Text, Text | None]:
    """Put the finding in a bold headline and the units in a subtitle, top-left, where readers look first."""
    fig = _figure(fig_or_ax)
    layout = _layout(fig)
    for text, _ in layout.top:
        text.remove()
    title_text = _furniture(fig, title, va="top", fontsize=_HEADLINE_SIZE, fontweight="bold", color=_INK)
    subtitle_text = None
    if subtitle:
        subtitle_text = _furniture(fig, subtitle, va="top", fontsize=_SUBTITLE_SIZE, color=_SUBTLE_INK)
    layout.top = [(text, text.get_text()) for text in (title_text, subtitle_text) if text is not None]
    return title_text, subtitle_text


def source_line(fig_or_ax, source: str, credit: str | None = "Chart: Border Figures") -> list[Text]:
    """Say where the numbers come from and who made the chart, bottom-left, as every published chart must."""
    fig = _figure(fig_or_ax)
    layout = _layout(fig)
    for text, _ in layout.bottom:
        text.remove()
    written = source if source.lower().startswith("source") else f"Source: {source}"
    texts = [
        _furniture(fig, line, va="bottom", fontsize=_SOURCE_SIZE, color=_FAINT_INK)
        for line in (written, credit)
        if line
    ]
    layout.bottom = [(text, text.get_text()) for text in texts]
    return texts


# ---------------------------------------------------------------------------------------
# Direct labels and annotations.


def _luminance(color) -> float:
    channels = np.array(to_rgb(color))
    linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    return float(linear @ [0.2126, 0.7152, 0.0722])


def _contrast_with_white(color) -> float:
    """WCAG contrast ratio of a colour against white (4.5 or more reads well as text)."""
    return 1.05 / (_luminance(color) + 0.05)


def _text_colour(color) -> str:
    """The colour darkened until text in it is readable on white (WCAG contrast 4.5:1), hue kept."""
    rgb = np.array(to_rgb(color))
    for _ in range(50):
        if _contrast_with_white(rgb) >= 4.5:
            break
        rgb = rgb * 0.92
    return to_hex(rgb)


def _ink_on(color) -> str:
    """White or near-black, whichever reads better on a bar of this colour."""
    luminance = _luminance(color)
    return "white" if _contrast_with_white(color) >= (luminance + 0.05) / (_luminance(_INK) + 0.05) else _INK


def label_bars(
    ax: Axes,
    fmt: str = "{:,.0f}",
    *,
    inside: bool = False,
    hide_value_axis: bool = True,
    fontsize: float = _LABEL_SIZE,
) -> list[Annotation]:
    """Write each bar's value at its end, so readers need no axis, and draw the zero baseline bars start from.

    Works for ``ax.bar`` and ``ax.barh``. ``inside=True`` puts the labels inside the bar ends (for
    long bars); the default puts them just outside. With ``hide_value_axis`` the value axis and
    its gridlines go, since every value is written on its bar. Calling it again (re-running a
    notebook cell) replaces the labels and the baseline it drew before instead of writing them twice.
    """
    containers = [c for c in ax.containers if isinstance(c, BarContainer)]
    if not containers:
        raise ValueError("label_bars found no bars on these axes: draw them first with ax.bar or ax.barh")
    for earlier in getattr(ax, "_bar_labels_drawn", []):
        if earlier.axes is not None:  # still on the chart
            earlier.remove()
    labels = []
    for container in containers:
        horizontal = container.orientation == "horizontal"
        texts = [fmt.format(value) if np.isfinite(value) else "" for value in container.datavalues]
        made = ax.bar_label(container, labels=texts, padding=-5 if inside else 4, fontsize=fontsize, color=_INK)
        for annotation, bar in zip(made, container.patches):
            if inside:  # bar_label aligns for outside labels: flip so the text runs back into the bar
                flip = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}
                if horizontal:
                    annotation.set_horizontalalignment(flip[annotation.get_horizontalalignment()])
                else:
                    annotation.set_verticalalignment(flip[annotation.get_verticalalignment()])
                annotation.set_color(_ink_on(bar.get_facecolor()))
                annotation.set_fontweight("bold")
        labels.extend(made)
    horizontal = containers[0].orientation == "horizontal"
    if horizontal:
        baseline = ax.axvline(0, color=_INK, linewidth=1.2, zorder=3)
        ax.grid(False, axis="y")  # horizontal gridlines would run through the bars
    else:
        baseline = ax.axhline(0, color=_INK, linewidth=1.2, zorder=3)
    ax._bar_labels_drawn = [*labels, baseline]
    if hide_value_axis:
        value_axis = ax.xaxis if horizontal else ax.yaxis
        value_axis.set_visible(False)
        if horizontal:
            ax.spines["bottom"].set_visible(False)
    if horizontal:
        ax.tick_params(axis="y", length=0)
    return labels


def _spread(wanted: list[float], sizes: list[float], pad: float) -> list[float]:
    """Centres as close as possible to ``wanted`` with neighbours ``pad`` apart (labels ``sizes`` tall).

    Labels that would collide are merged into a stack centred on the mean of where they want to be.
    """

    def stack(members: list[int]) -> list[float]:
        offsets = [0.0]
        for below, above in itertools.pairwise(members):
            offsets.append(offsets[-1] + (sizes[below] + sizes[above]) / 2 + pad)
        shift = sum(wanted[i] for i in members) / len(members) - sum(offsets) / len(offsets)
        return [shift + offset for offset in offsets]

    stacks: list[list[int]] = []
    for index in sorted(range(len(wanted)), key=lambda i: (wanted[i], i)):
        stacks.append([index])
        while len(stacks) > 1:
            lower, upper = stacks[-2], stacks[-1]
            if stack(lower)[-1] + (sizes[lower[-1]] + sizes[upper[0]]) / 2 + pad <= stack(upper)[0]:
                break
            stacks[-2:] = [lower + upper]
    placed = [0.0] * len(wanted)
    for members in stacks:
        for index, position in zip(members, stack(members)):
            placed[index] = position
    return placed


def label_line_ends(ax: Axes, fmt: str = "{label}", *, fontsize: float = _LABEL_SIZE) -> list[Annotation]:
    """Name each line at its last point in the line's colour, so readers need no legend to decode.

    ``fmt`` may use ``{label}`` and ``{value}``, e.g. ``"{label}: {value:,.0f}"``. Labels that
    would collide are nudged apart vertically. Lines whose label starts with "_" are skipped.
    """
    ends = []
    for line in ax.get_lines():
        label = str(line.get_label())
        if label.startswith("_") or not line.get_visible():
            continue
        xs = np.asarray(line.get_xdata(orig=False), dtype=float)
        ys = np.asarray(line.get_ydata(orig=False), dtype=float)
        finite = np.flatnonzero(np.isfinite(xs) & np.isfinite(ys))
        if finite.size:
            ends.append((line, label, xs[finite[-1]], ys[finite[-1]]))
    if not ends:
        raise ValueError("label_line_ends found no labelled lines: pass label='...' to ax.plot")
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.get_xlim(), ax.get_ylim()  # settle autoscaling, so transData maps to where the lines will be
    points_per_pixel = 72 / _root_figure(ax).dpi
    wanted = [ax.transData.transform((x, y))[1] * points_per_pixel for _, _, x, y in ends]
    texts = [fmt.format(label=label, value=y) for _, label, _, y in ends]
    sizes = [fontsize * 1.2 * (text.count("\n") + 1) for text in texts]  # points, at 1.2 line spacing
    placed = _spread(wanted, sizes, pad=fontsize * 0.25)
    labels = []
    for (line, _, x, y), text, want, at in zip(ends, texts, wanted, placed):
        labels.append(
            ax.annotate(
                text,
                xy=(x, y),
                xytext=(6, at - want),
                textcoords="offset points",
                ha="left",
                va="center",
                fontsize=fontsize,
                fontweight="bold",
                color=_text_colour(line.get_color()),
                annotation_clip=False,
            )
        )
    return labels


def annotate_point(
    ax: Axes, x, y, text: str, *, dx: float = 20, dy: float = 24, color: str | None = None, dot: bool = True
) -> Annotation:
    """Point at the value the story is about with a dot, a thin leader line and a short note.

    ``dx`` and ``dy`` (points) move the note away from the point; negative values put it
    left of or below the point.
    """
    if dot:
        ax.plot(
            [x],
            [y],
            "o",
            markersize=6,
            color=color or _INK,
            markeredgecolor="white",
            markeredgewidth=1.2,
            zorder=4,
            label="_annotation",
        )
    return ax.annotate(
        text,
        xy=(x, y),
        xytext=(dx, dy),
        textcoords="offset points",
        ha="left" if dx >= 0 else "right",
        va="bottom" if dy >= 0 else "top",
        fontsize=_LABEL_SIZE,
        color=_text_colour(color) if color else _INK,
        parse_math=False,
        annotation_clip=False,
        path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],  # gridlines stop at the letters
        arrowprops={
            "arrowstyle": "-",
            "color": _SUBTLE_INK,
            "linewidth": 0.8,
            "shrinkA": 2,
            "shrinkB": 5,
            "relpos": (0 if dx >= 0 else 1, 0 if dy >= 0 else 1),
        },
    )


def shade_span(ax: Axes, start, end, text: str, *, color: str = PALETTE["shade"]) -> Annotation:
    """Shade a stretch of the x axis (a period, say "early 2000s") and name it just above the plot."""
    ax.axvspan(start, end, color=color, linewidth=0, zorder=0)
    return ax.annotate(
        text,
        xy=(start, 1),
        xycoords=("data", "axes fraction"),
        xytext=(0, 4),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=_LABEL_SIZE - 1,
        color=_SUBTLE_INK,
        parse_math=False,
        annotation_clip=False,
    )


# ---------------------------------------------------------------------------------------
# Alt text from the data.

_KINDS = {"bar": "Bar chart", "barh": "Bar chart", "line": "Line chart"}
_PREFIX_UNITS = {"$", "US$", "£", "€"}


def _number(value: float) -> str:
    """1145 -> "1,145"; 12.50 -> "12.5": thousands separators, no needless decimals."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _amount(value: float, units: str | None) -> str:
    if not units:
        return _number(value)
    if units in _PREFIX_UNITS:
        return f"{units}{_number(value)}"
    return f"{_number(value)}{'' if units.startswith('%') else ' '}{units}"


def _label(value) -> str:
    """An x value as a reader says it: years without separators, dates in words."""
    if isinstance(value, pd.Timestamp):
        return f"{value.day} {value:%B %Y}" if value == value.normalize() else value.isoformat()
    if isinstance(value, (bool, np.bool_)):
        return str(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return str(int(value)) if float(value).is_integer() else f"{value:g}"
    return str(value)


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _where(kind: str, value: float, labels: list[str], units: str | None) -> str:
    """ "Texas with 1,145" for bars, "1,145 in 2014" for lines (ties name every label)."""
    if kind == "line":
        return f"{_amount(value, units)} in {_join(labels)}"
    return f"{_join(labels)} with {_amount(value, units)}"


def describe(
    kind: str,
    data: pd.DataFrame,
    x: str,
    y: str | Sequence[str],
    *,
    title: str,
    x_label: str | None = None,
    y_label: str | None = None,
    units: str | None = None,
) -> str:
    """Write a chart's alt text from the data behind it, so the description always matches the numbers.

    ``kind`` is "bar", "barh" or "line" (as in ``ax.bar``, ``ax.barh``, ``ax.plot``); ``x``
    names the column of categories or dates, ``y`` the column (or columns, one per line or
    bar series) of values. ``units`` follows every number ("troops", "%"; "$" goes before).
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {', '.join(map(repr, _KINDS))}, not {kind!r}")
    series = [y] if isinstance(y, str) else list(y)
    missing = [column for column in (x, *series) if column not in data.columns]
    if missing:
        raise KeyError(
            f"describe: no column {_join([repr(m) for m in missing])} in the data (it has {list(data.columns)})"
        )
    for column in series:
        if not pd.api.types.is_numeric_dtype(data[column]):
            raise TypeError(f"describe: column {column!r} must hold numbers, not {data[column].dtype}")
    frame = data[[x, *series]]
    if kind == "line":
        frame = frame.sort_values(x, kind="stable")
    if frame.empty:
        raise ValueError("describe: the data has no rows")
    labels = [_label(value) for value in frame[x]]
    values = frame[series].to_numpy(dtype=float)
    if not np.isfinite(values).any():
        raise ValueError("describe: the data has no numbers to describe")
    low, high = np.nanmin(values), np.nanmax(values)
    x_label = x_label or x
    y_label = y_label or (series[0] if len(series) == 1 else "values")

    category_axis, value_axis = ("vertical", "horizontal") if kind == "barh" else ("horizontal", "vertical")
    count = f" ({len(labels)} bars)" if kind != "line" and len(series) == 1 else ""
    parts = [
        f"{_KINDS[kind]}: {_sentence(title)}",
        f"The {category_axis} axis shows {x_label}, from {labels[0]} to {labels[-1]}{count}; "
        f"the {value_axis} axis shows {y_label}, from {_amount(low, units)} to {_amount(high, units)}.",
    ]
    if len(series) > 1:
        noun = "lines" if kind == "line" else "bar series"
        parts.append(f"There are {len(series)} {noun}: {_join(series)}.")

    for index, name in enumerate(series):
        column = values[:, index]
        present = np.flatnonzero(np.isfinite(column))
        if present.size == 0:
            parts.append(f"{name} has no values.")
            continue
        top, bottom = np.nanmax(column), np.nanmin(column)
        highest = f"highest is {_where(kind, top, [labels[i] for i in np.flatnonzero(column == top)], units)}"
        lowest = f"lowest is {_where(kind, bottom, [labels[i] for i in np.flatnonzero(column == bottom)], units)}"
        first, last = present[0], present[-1]
        if kind == "line":
            journey = f"starts at {_amount(column[first], units)} in {labels[first]} and ends at {_amount(column[last], units)} in {labels[last]}"
            if len(series) == 1:
                parts.append(f"It {journey}. The {highest}; the {lowest}.")
            else:
                parts.append(f"{name} {journey}; its {highest}; its {lowest}.")
        elif len(series) == 1:
            parts.append(f"The {highest}; the {lowest}.")
        else:
            parts.append(f"For {name}, the {highest}; the {lowest}.")
    return " ".join(parts)


# ---------------------------------------------------------------------------------------
# Saving.

_SLUG = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class ChartFiles:
    """The four files of one saved chart: picture (PNG, SVG), data (CSV) and alt text (TXT)."""

    png: Path
    svg: Path
    csv: Path
    txt: Path

    def __repr__(self) -> str:  # paths relative to the course, so output shows no machine's layout
        return (
            "ChartFiles(" + ", ".join(f"{f.name}={paths.relative(getattr(self, f.name))!r}" for f in fields(self)) + ")"
        )


def _save_settings() -> dict:
    """The style's svg.* and savefig.* settings: saved files stay deterministic even outside house_style()."""
    style = mpl.rc_params_from_file(STYLE, use_default_template=False)
    return {key: value for key, value in style.items() if key.startswith(("svg.", "savefig."))}


def save_chart(fig: Figure, name: str, data: pd.DataFrame, alt_text: str) -> ChartFiles:
    """Write output/charts/NAME.png, .svg, .csv and .txt: the chart, the data behind it (for
    Datawrapper or Flourish) and its alt text, identical bytes on every run.

    ``name`` becomes the file name, so it may hold only letters, digits, hyphens and
    underscores. A named index of ``data`` (``df.set_index("state")``) is kept as a column.
    """
    if not isinstance(name, str) or not _SLUG.fullmatch(name):
        raise ValueError(
            f"chart name {name!r} is not allowed: use only letters, digits, hyphens and underscores "
            "(no spaces, dots or slashes), e.g. 'guard-troops-by-state'. It becomes the file name in output/charts/."
        )
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be the pandas DataFrame behind the chart, not {type(data).__name__}")
    if not isinstance(alt_text, str) or not alt_text.strip():
        raise ValueError("alt_text is empty: write it with describe(...) so screen-reader users get the chart too")

    folder = paths.output_dir("charts")
    files = ChartFiles(*(folder / f"{name}.{suffix}" for suffix in ("png", "svg", "csv", "txt")))
    settings = _save_settings()
    dpi = max(settings["savefig.dpi"], math.ceil(_MIN_PNG_WIDTH / fig.get_figwidth()))
    with mpl.rc_context(settings):
        fig.savefig(files.png, dpi=dpi, metadata={"Software": None})
        # The layout was just worked out for the PNG; drawing the SVG with it (instead of laying
        # out a second time) halves the SVG's cost, which matters most for small multiples.
        engine = fig.get_layout_engine()
        fig.set_layout_engine("none")
        try:
            fig.savefig(files.svg, metadata={"Date": None})
        finally:
            fig.set_layout_engine(engine)
    table = data.reset_index() if any(level is not None for level in data.index.names) else data
    table.to_csv(files.csv, index=False, lineterminator="\n")
    files.txt.write_text(alt_text, encoding="utf-8", newline="\n")
    return files
