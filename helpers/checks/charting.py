"""Self-checks for notebook 05 (charts fit to publish).

The expected data are computed from the course's files (the article's Guard table, the monthly and
sector tables), never typed in; each common mistake gets its own hint.
"""

from __future__ import annotations

import re
from os import PathLike
from pathlib import Path

from helpers import facts, paths
from helpers.checks.feedback import (
    NOT_ANSWERED,
    Feedback,
    check_numbers_in_sentence,
    hint,
    is_table,
    not_a_number,
    right,
    unanswered,
)
from helpers.checks.troops import pentagon_guard
from helpers.data import load_monthly, load_sectors
from helpers.facts import SPRING  # March, April, May
from helpers.troops import guard_table

__all__ = [
    "check_alt_text",
    "check_chart",
    "check_saved",
    "check_sector_finding",
    "check_spring_ratio",
    "check_zero_baseline",
]

#: Who gave the Guard's split by state: the article, without a source or a date, and before it a Pentagon
#: spokesperson, on 31 August 2018 (lesson 02 section 6).
SPLIT_SOURCES = ("article", "pentagon", "spokes")
#: Words that say whose figures a chart shows (lesson 02: publish the split only "according to" whoever gave it).
ATTRIBUTION = ("according to", *SPLIT_SOURCES)


# --------------------------------------------------------------------------- a chart by hand (section 1)


def _guard() -> dict[str, int]:
    table = guard_table()
    return dict(zip(table["state"], table["troops"].astype(int)))


def _bars(ax) -> list:
    from matplotlib.container import BarContainer

    return [rect for container in ax.containers if isinstance(container, BarContainer) for rect in container]


def _bar_values(ax) -> tuple[list[float], list[str | None]]:
    """Each bar's value (height, or width for horizontal bars) and the category label under it, if any."""
    from matplotlib.container import BarContainer

    containers = [c for c in ax.containers if isinstance(c, BarContainer)]
    horizontal = containers[0].orientation == "horizontal"
    ax.figure.canvas.draw()  # tick labels of a categorical axis are only filled in when drawn
    axis = ax.yaxis if horizontal else ax.xaxis
    ticks = {round(float(tick), 6): label.get_text() for tick, label in zip(axis.get_ticklocs(), axis.get_ticklabels())}
    values, labels = [], []
    for rect in _bars(ax):
        values.append(float(rect.get_width() if horizontal else rect.get_height()))
        centre = rect.get_y() + rect.get_height() / 2 if horizontal else rect.get_x() + rect.get_width() / 2
        labels.append(ticks.get(round(float(centre), 6)) or None)
    return values, labels


def _title(fig) -> str:
    titles = [ax.get_title(loc) for ax in fig.axes for loc in ("center", "left", "right")]
    if getattr(fig, "_suptitle", None) is not None:
        titles.append(fig._suptitle.get_text())
    return " ".join(t for t in titles if t.strip())


def check_chart(fig: object) -> Feedback:
    """Section 1: the article's Guard troops by state, drawn by hand: bars, title, axis labels, a source line."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if unanswered(fig):
        return hint(NOT_ANSWERED)
    if isinstance(fig, Axes):
        return hint(
            "That is the Axes (`ax`). Pass the whole Figure, `fig`: the source line is on the figure, under the chart."
        )
    if not isinstance(fig, Figure):
        return hint(f"`fig` should be the Figure from `fig, ax = plt.subplots()`, but it is a {type(fig).__name__}.")
    if not fig.axes:
        return hint("That figure has no chart on it. Draw on the `ax` that `plt.subplots()` gave you.")
    ax = fig.axes[0]
    if not _bars(ax):
        if ax.get_lines():
            return hint(
                "That is a line. A line joins values in order, as over years; four states are categories: draw bars with `ax.bar(...)`."
            )
        return hint("There are no bars yet: `ax.bar(...)` with the states and their troops.")
    guard = _guard()
    values, labels = _bar_values(ax)
    total = sum(guard.values())
    if len(values) != len(guard):
        return hint(
            f"The article gives troops for {len(guard)} states; your chart has {len(values)} bars. "
            "Draw one bar per row of `guard`."
        )
    if sorted(values) == sorted(n / total * 100 for n in guard.values()) or sorted(values) == sorted(
        n / total for n in guard.values()
    ):
        return hint(
            "Those bars are shares. This chart shows the article's numbers of troops: plot the `troops` column."
        )
    if sorted(round(v) for v in values) != sorted(guard.values()):
        return hint(
            "The bars are not the article's troops by state. Plot the `troops` column of `guard` against its `state` column."
        )
    if all(labels) and dict(zip(labels, (round(v) for v in values))) != guard:
        return hint(
            "The bars carry the wrong state names: give `ax.bar` the `state` and `troops` columns of the same table."
        )
    title = _title(fig)
    if not title:
        return hint("The chart has no title: `ax.set_title(...)`, a short sentence saying what it shows.")
    missing = [
        which
        for which, text in (("horizontal (x)", ax.get_xlabel()), ("vertical (y)", ax.get_ylabel()))
        if not text.strip()
    ]
    if missing:
        return hint(
            f"Label the {' and the '.join(missing)} axis: `ax.set_{'x' if 'horizontal' in missing[0] else 'y'}label(...)` "
            "says what the axis measures."
        )
    sources = [t.get_text() for t in fig.texts if t is not getattr(fig, "_suptitle", None) and t.get_text().strip()]
    if not sources:
        if any(t.get_text().strip() for t in ax.texts):
            return hint(
                "Your source line is on the Axes (`ax.text`). Put it on the figure, under the chart: `fig.text(x, y, ...)`, "
                "with x and y between 0 and 1 (0, 0 is the bottom left corner)."
            )
        return hint(
            "No source line yet. A published chart says where its numbers come from: add one with "
            '`fig.text(x, y, "Source: ...")` at the bottom of the figure.'
        )
    if not any(word in text.lower() for text in sources for word in SPLIT_SOURCES):
        return hint(
            "The source line should name where these figures come from: the article (its title or publisher, "
            "and the date), as lesson 02 read them, or the Pentagon spokesperson who gave them first."
        )
    if not any(words in title.lower() for words in ATTRIBUTION):
        given = pentagon_guard()[0]["date"].min()
        return hint(
            "The article gives this split by state without a source or a date; lesson 02 traced it to a Pentagon "
            f"spokesperson ({given:%d %B %Y}). Say in the title whose figures they are, for example with "
            '"according to" and the article.'
        )
    return right(
        f"Your chart has the article's {len(guard)} states with their troops, a title that says whose figures "
        "they are, both axis labels and a source line. Now save it."
    )


def check_saved(path: object) -> Feedback:
    """Section 1: the by-hand chart saved as a PNG in the course's output/ folder; the file is read back."""
    from matplotlib.figure import Figure
    from matplotlib.image import imread

    if unanswered(path):
        return hint(NOT_ANSWERED)
    if isinstance(path, Figure):
        return hint(
            'That is the figure itself. Store the *path* you saved it to (`output_dir() / "name.png"`), and pass that.'
        )
    if not isinstance(path, (str, PathLike)):
        return hint(f"Pass the path of the saved file (a Path or a str), not a {type(path).__name__}.")
    file = Path(path).resolve()
    if not paths.in_output(file):
        where = (
            "a folder `output/` next to the notebook"
            if file.parent.name == "output"
            else "outside the course's output/ folder"
        )
        return hint(
            f"That file is in the wrong place: {where} ({paths.relative(file)}). Generated files go in the course's "
            "output/ folder: build the path with `helpers.paths.output_dir()`, which finds it from any working folder."
        )
    if not file.is_file():
        return hint(
            f"There is no file at {paths.relative(file)} yet. Run the cell with `fig.savefig(...)` using this same path."
        )
    if file.suffix.lower() != ".png" or not file.read_bytes().startswith(b"\x89PNG"):
        return hint(
            "That file is not a PNG image. End the file name with `.png`: `savefig` chooses the format from it."
        )
    height, width = imread(file).shape[:2]
    return right(
        f"{paths.relative(file)} is a PNG image of {width} x {height} pixels in the output folder: "
        "open it from the file browser to see what a reader would get."
    )


def check_zero_baseline(ax: object) -> Feedback:
    """Exercise: redraw a bar chart so its bars start at zero."""
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer

    if unanswered(ax):
        return hint(NOT_ANSWERED)
    if not isinstance(ax, Axes):
        return hint(
            f"`ax_fixed` should be the Axes your chart is drawn on (from `fig, ax = plt.subplots()`), but it is a {type(ax).__name__}."
        )
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    if not bars:
        return hint("There are no bars on that Axes. Draw them with `ax.bar(...)` or `ax.barh(...)`.")
    horizontal = bars[0].orientation == "horizontal"
    low, _high = ax.get_xlim() if horizontal else ax.get_ylim()
    if low > 0:
        smallest = min(abs(rect.get_width() if horizontal else rect.get_height()) for c in bars for rect in c)
        biggest = max(abs(rect.get_width() if horizontal else rect.get_height()) for c in bars for rect in c)
        if biggest > low and smallest > low:
            drawn = (biggest - low) / (smallest - low)
            real = biggest / smallest
            return hint(
                f"The value axis starts at {low:,.0f}, not 0, so the longest bar looks {drawn:.1f} times the shortest when it is really {real:.1f} times. Set `ax.set_{'x' if horizontal else 'y'}lim(0, None)`, or remove the set_ylim line."
            )
        return hint(f"The value axis starts at {low:,.0f}: bars are compared by their length, which must start at 0.")
    if low < 0 and not any((rect.get_width() if horizontal else rect.get_height()) < 0 for c in bars for rect in c):
        return hint("The axis goes below zero, but no value is negative: start it at 0.")
    return right("The bars start at zero, so their lengths compare honestly.")


def _spring_totals() -> dict[int, int]:
    monthly = load_monthly()
    spring = monthly[monthly["month_number"].isin(SPRING)]
    return {int(year): int(total) for year, total in spring.groupby("calendar_year")["swb_apprehensions"].sum().items()}


def _spring(column: str = "swb_apprehensions"):
    monthly = load_monthly()
    spring = monthly[monthly["month_number"].isin(SPRING) & monthly["calendar_year"].isin([2017, 2018])]
    return spring.pivot(index="month", columns="calendar_year", values=column)


def check_spring_ratio(ratio: object) -> Feedback:
    """Exercise: how many times spring 2017 was spring 2018 (southwest border, March-May), to two decimals.

    Two decimals, because to one decimal March alone (a common slip) and March-May round alike.
    """
    if unanswered(ratio):
        return hint(NOT_ANSWERED)
    if is_table(ratio):
        return hint(
            "That is not a single number. Add up each spring first (`.sum()`), then divide one total by the other."
        )
    found = not_a_number(ratio)
    if found:
        return found
    value = float(ratio)
    months = _spring()
    totals = {int(year): int(total) for year, total in months.sum().items()}
    expected = totals[2018] / totals[2017]

    def near(target: float) -> bool:  # unrounded, or rounded to two decimals
        return abs(value - target) < 0.0005 or abs(value - round(target, 2)) < 1e-9

    if near(expected):
        return right(
            f"Spring 2018 had {totals[2018]:,} apprehensions, {expected:.2f} times spring 2017's {totals[2017]:,}."
        )
    for month, row in months.iterrows():
        if near(row[2018] / row[2017]):
            return hint(
                f"That is {month} only: spring is March to May. Add up the three months of each year first, "
                "then divide 2018's total by 2017's."
            )
    by_month = months[2018] / months[2017]
    if near(by_month.mean()):
        return hint(
            "That is the average of the three months' ratios. Add up each spring first (one total per year), "
            "then divide the totals."
        )
    if abs(value - 1 / expected) < 0.005:
        return hint(
            "That is the ratio the other way round (2017 divided by 2018). Divide 2018 by 2017 to say how many times larger 2018 was."
        )
    if abs(value - (expected - 1) * 100) < 1:
        return hint(
            "That is a percentage increase. The question asks how many *times* as many: divide 2018's total by 2017's."
        )
    if abs(value - round(expected, 1)) < 1e-9:
        return hint(
            "Rounded to one decimal, the answer cannot show whether you kept all three months: March alone "
            "rounds the same way. Round to two decimals with `round(..., 2)`."
        )
    nationwide = _spring("nationwide_apprehensions").sum()
    if near(nationwide[2018] / nationwide[2017]):
        return hint(
            "That uses `nationwide_apprehensions`. The chart is about the southwest border: use `swb_apprehensions`."
        )
    if abs(value - expected) < 0.2:
        return hint("Close. Check you kept March, April and May of 2017 and 2018 only, and round to two decimals.")
    return hint(
        "Not that. Keep the months March to May (`month_number` 3, 4, 5) of each calendar year, sum `swb_apprehensions`, and divide 2018's total by 2017's."
    )


def check_alt_text(text: object, data, label: str, value: str) -> Feedback:
    """Exercise: alt text for the spring chart must name what it shows and its highest and lowest values."""
    if unanswered(text):
        return hint(NOT_ANSWERED)
    if not isinstance(text, str) or not text.strip():
        return hint("Alt text is a sentence or two of text (a str). `describe(...)` writes one from the data.")
    highest = data.loc[data[value].idxmax()]
    lowest = data.loc[data[value].idxmin()]
    problems = []
    for which, row in (("highest", highest), ("lowest", lowest)):
        if f"{row[value]:,}" not in text and str(row[value]) not in text:
            problems.append(f"the {which} value ({row[value]:,}, {row[label]})")
    if len(text) < 60:
        return hint(
            "That is too short to replace the chart for someone who cannot see it: say what kind of chart it is, what it shows, and its highest and lowest values."
        )
    if problems:
        return hint("A screen-reader user cannot see the bars: name " + " and ".join(problems) + ".")
    return right(
        "Your alt text says what the chart shows and names its extremes: a reader who cannot see the chart gets its point."
    )


# --------------------------------------------------------------------------- your turn: one sector's finding

_YEAR = re.compile(r"\b(?:FY\s?)?((?:19|20)\d\d)\b", re.I)


def sector_evidence(years) -> dict[str, float]:
    """Every value a one-sector finding about ``years`` may state: each sector's count and share of the
    southwest border total (%), the total, and between two years each sector's change (times, %)."""
    table = load_sectors().set_index("fiscal_year")
    years = sorted(y for y in set(years) if y in table.index)
    evidence: dict[str, float] = {}
    for year in years:
        total = table.at[year, "southwest_border_total"]
        evidence[f"southwest border total, FY{year}"] = float(total)
        for sector in facts.SECTORS:
            evidence[f"{sector}, FY{year}"] = float(table.at[year, sector])
            evidence[f"{sector}, FY{year}, share of the total %"] = float(table.at[year, sector] / total * 100)
    for first in years:
        for last in years:
            if first < last:
                for sector in [*facts.SECTORS, "southwest_border_total"]:
                    before, after = float(table.at[first, sector]), float(table.at[last, sector])
                    if before:
                        evidence[f"{sector}, FY{last} / FY{first} (times)"] = after / before
                        evidence[f"{sector}, FY{first} to FY{last} change %"] = abs(after / before - 1) * 100
    return evidence


def check_sector_finding(sentence: object) -> Feedback:
    """Your turn: a one-sentence finding about one sector in a fiscal year of FY1960-2019, with its number(s)."""
    if not isinstance(sentence, str):
        return check_numbers_in_sentence(sentence, {})
    first, last = (int(y) for y in load_sectors()["fiscal_year"].agg(["min", "max"]))
    years = [int(y) for y in _YEAR.findall(sentence) if first <= int(y) <= last]
    if not years:
        return hint(
            f"Name the fiscal year your finding is about (sector figures cover FY{first}-FY{last}), "
            'as in "in FY2018": a number means little without its year.'
        )
    return check_numbers_in_sentence(
        sentence,
        sector_evidence(years),
        what=f"the sector table for FY{', FY'.join(str(y) for y in sorted(set(years)))}",
    )
