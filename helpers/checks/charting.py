"""Self-checks for notebook 05 (charts fit to publish).

The expected data are computed from the course's files (the article's Guard table, the monthly and
sector tables), never typed in; each common mistake gets its own hint.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from helpers import facts, paths
from helpers.checks import kit
from helpers.checks.feedback import (
    Feedback,
    check_numbers_in_sentence,
    hint,
    is_table,
    right,
    unanswered,
)
from helpers.checks.kit import (
    Fact,
    expect_file,
    expect_finding,
    expect_list,
    expect_number,
    expect_series,
    expect_table,
    kind,
    listing,
    same_number,
    same_values,
    show,
)
from helpers.checks.troops import pentagon_guard
from helpers.data import load_monthly, load_sectors
from helpers.facts import SPRING  # March, April, May
from helpers.story import YEAR
from helpers.troops import guard_table

__all__ = [
    "check_alt_text",
    "check_chart",
    "check_chart_files",
    "check_guard_chart",
    "check_guard_headline",
    "check_panel_order",
    "check_panel_table",
    "check_ranked_guard",
    "check_saved",
    "check_sector_finding",
    "check_series_break",
    "check_series_by_year",
    "check_series_marks",
    "check_series_markup",
    "check_series_measures",
    "check_series_points",
    "check_series_since",
    "check_series_alt",
    "check_series_years",
    "check_small_multiples",
    "check_spring_by_month",
    "check_spring_chart",
    "check_spring_ratio",
    "check_spring_rows",
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


def _opening(fig: object, name: str) -> Feedback | None:
    """The opening of every figure check: a hint when ``fig`` is still ``...``, an Axes or not a Figure; else None."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(fig, Axes):
        return hint(
            f"That is the Axes (`ax`). Pass the whole Figure, `{name}`: the first of the two names `plt.subplots()` "
            "gives, which holds the title and the source line too."
        )
    if not isinstance(fig, Figure):
        return kit.expect_chart(fig, name=name)  # still `...`, or not a figure: the kit's words
    return None


def check_chart(fig: object) -> Feedback:
    """Section 1: the article's Guard troops by state, drawn by hand: bars, title, axis labels, a source line."""
    opening = _opening(fig, "fig")
    if opening:
        return opening
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
    said = " ".join(sources).lower()
    named = [
        who
        for who, words in (("the article", ("article",)), ("the Pentagon spokesperson", ("pentagon", "spokes")))
        if any(w in said for w in words)
    ]
    if len(named) < 2:
        missing = " and ".join(w for w in ("the article", "the Pentagon spokesperson") if w not in named)
        return hint(
            f"The source line should name where these figures come from and who gave them first: add {missing}, "
            'as in "Source: the article (its date), repeating a Pentagon spokesperson (the date given)".'
        )
    if not any(words in title.lower() for words in ATTRIBUTION):
        given = pentagon_guard()[0]["date"].min()
        return hint(
            "The article gives this split by state without a source or a date; lesson 02 traced it to a Pentagon "
            f"spokesperson ({given:%d %B %Y}). Say in the title whose figures they are, for example with "
            '"according to" and the article.'
        )
    return kit.expect_chart(
        fig,
        name="fig",
        marks={"bars": len(guard)},
        title=True,
        axis_labels=True,
        success=f"Your chart has the article's {len(guard)} states with their troops, a title that says whose "
        "figures they are, both axis labels and a source line. Now save it.",
    )


def check_saved(path: object) -> Feedback:
    """Section 1: the by-hand chart saved as a PNG in the course's output/ folder; the file is read back
    (kit.expect_file: there, a PNG, not blank)."""
    from matplotlib.figure import Figure
    from matplotlib.image import imread

    if isinstance(path, Figure):
        return hint(
            'That is the figure itself. Store the *path* you saved it to (`output_dir() / "name.png"`), and pass that.'
        )
    opening = kit.expect_kind(path, "path", name="by_hand_path", what="the path you saved the chart to")
    if opening:
        return opening
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
    root = next(
        (r for r in (paths.OUTPUT, *paths.fallback_candidates()) if file.is_relative_to(Path(r).resolve())), file.parent
    )
    found = expect_file(file, name="by_hand_path", folder=root, suffix=".png")
    if not found.ok:
        return found
    height, width = imread(file).shape[:2]
    return right(
        f"{paths.relative(file)} is a PNG image of {width} x {height} pixels in the output folder: "
        "open it from the file browser to see what a reader would get."
    )


def check_zero_baseline(ax: object, values=None) -> Feedback:
    """Exercise 1: redraw the misleading chart (spring 2017's three months as bars, unless ``values`` says
    which bars) so that its bars start at zero."""
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer

    if not isinstance(ax, Axes):
        if unanswered(ax):
            return kit.expect_chart(ax, name="ax_fixed")  # still `...`: the kit's words
        return hint(
            f"`ax_fixed` should be the Axes your chart is drawn on (from `fig, ax = plt.subplots()`), but it is "
            f"{kind(ax)}. After drawing, store it: `ax_fixed = ax`."
        )
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    if not bars:
        return hint("There are no bars on that Axes. Draw them with `ax.bar(...)` or `ax.barh(...)`.")
    horizontal = bars[0].orientation == "horizontal"
    drawn = sorted(float(rect.get_width() if horizontal else rect.get_height()) for c in bars for rect in c)
    months = _spring()
    wanted = sorted(float(v) for v in (months[2017] if values is None else values))
    if not same_values(drawn, wanted):
        if values is None and same_values(drawn, sorted(float(v) for v in months[2018])):
            return hint(
                "Those bars are spring 2018 (`by_month[2018]`). The misleading chart showed spring 2017: draw "
                "`by_month[2017]`, the same bars, only from zero."
            )
        return hint(
            f"The bars are not the misleading chart's {len(wanted)} bars"
            + (" (spring 2017's March, April and May: `by_month[2017]`)" if values is None else "")
            + ". Copy its cell, and change only the `set_ylim` line."
        )
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
    return kit.expect_chart(
        ax.figure,
        name="ax_fixed",
        marks={"bars": len(wanted)},
        success="The bars start at zero, so their lengths compare honestly.",
    )


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
    if is_table(ratio):
        return hint(
            "That is not a single number. Add up each spring first (`.sum()`), then divide one total by the other."
        )
    if isinstance(ratio, str):
        return hint(
            f"`spring_ratio` is text ({ratio!r}), not a number. Compute it with `round(...)`, no quotes: divide "
            "2018's total by 2017's, then `round(..., 2)`, so that the number comes from the data."
        )
    opening = kit.expect_kind(ratio, "number", name="spring_ratio", what="spring 2018's total divided by 2017's")
    if opening:
        return opening
    months = _spring()
    totals = {int(year): int(total) for year, total in months.sum().items()}
    expected = totals[2018] / totals[2017]

    def near(target: float):  # unrounded, or rounded to two decimals
        return lambda value: abs(value - target) < 0.0005 or abs(value - round(target, 2)) < 1e-9

    mistakes = {
        "That is the right ratio, but not rounded to two decimals. The exercise asks for two decimals: round at "
        "the end, `round(x, 2)`, where `x` is 2018's total divided by 2017's.": lambda value: (
            abs(value - expected) < 0.0005
        ),
    }
    for month, row in months.iterrows():
        mistakes[
            f"That is {month} only: spring is March to May. Add up the three months of each year first, "
            "then divide 2018's total by 2017's."
        ] = near(row[2018] / row[2017])
    nationwide = _spring("nationwide_apprehensions").sum()
    mistakes |= {
        "That is the average of the three months' ratios. Add up each spring first (one total per year), "
        "then divide the totals.": near((months[2018] / months[2017]).mean()),
        "That is the ratio the other way round (2017 divided by 2018). Divide 2018 by 2017 to say how many times "
        "larger 2018 was.": lambda value: abs(value - 1 / expected) < 0.005,
        "That is a percentage increase. The question asks how many *times* as many: divide 2018's total by "
        "2017's.": lambda value: abs(value - (expected - 1) * 100) < 1,
        "Rounded to one decimal, the answer cannot show whether you kept all three months: March alone "
        "rounds the same way. Round to two decimals with `round(..., 2)`.": round(expected, 1),
        "That uses `nationwide_apprehensions`. The chart is about the southwest border: use `swb_apprehensions`.": near(
            nationwide[2018] / nationwide[2017]
        ),
        "Close. Check you kept March, April and May of 2017 and 2018 only, and round to two decimals.": lambda value: (
            abs(value - expected) < 0.2
        ),
        "Not that. Keep the months March to May (`month_number` 3, 4, 5) of each calendar year, sum "
        "`swb_apprehensions`, and divide 2018's total by 2017's.": lambda value: True,
    }
    return expect_number(
        float(ratio),
        round(expected, 2),
        name="spring_ratio",
        what="spring 2018's total divided by spring 2017's, to two decimals",
        mistakes=mistakes,
        success=f"Spring 2018 had {show(totals[2018])} apprehensions, {expected:.2f} times spring 2017's "
        f"{show(totals[2017])}.",
    )


def check_alt_text(text: object, data, label: str, value: str) -> Feedback:
    """Exercise: alt text for the spring chart must name what it shows and its highest and lowest values."""
    opening = kit.expect_kind(
        text, "text", name="my_alt_text", what="alt text, a sentence or two that `describe(...)` writes from the data"
    )
    if opening:
        return opening
    if not text.strip():
        return hint("Alt text is a sentence or two of text (a str). `describe(...)` writes one from the data.")
    highest = data.loc[data[value].idxmax()]
    lowest = data.loc[data[value].idxmin()]
    year = "calendar_year" if "calendar_year" in data.columns else None
    problems = []
    for which, row in (("highest", highest), ("lowest", lowest)):
        if f"{row[value]:,}" not in text and str(row[value]) not in text:
            when = f" {int(row[year])}" if year else ""
            problems.append(f"the {which} value ({row[value]:,}, {row[label]}{when})")
    if len(text) < 60:
        return hint(
            "That is too short to replace the chart for someone who cannot see it: say what kind of chart it is, what it shows, and its highest and lowest values."
        )
    if problems:
        return hint("A screen-reader user cannot see the bars: name " + " and ".join(problems) + ".")
    labels = sorted({str(v) for v in data[label]}, key=len, reverse=True)
    calendar = sorted({str(int(v)) for v in data[year]}) if year else []
    for which, row in (("highest", highest), ("lowest", lowest)):
        written = f"{row[value]:,}" if f"{row[value]:,}" in text else str(row[value])
        wanted = (str(row[label]), str(int(row[year])) if year else None)
        where = " ".join(w for w in wanted if w)
        tied = []  # (month, year) said next to each place the number is written
        for match in re.finditer(rf"(?<![\d,.]){re.escape(written)}(?![\d]|,\d)", text):
            month = _nearest_word(text, match.start(), len(written), labels)
            when = _nearest_word(text, match.start(), len(written), calendar) if year else None
            tied.append((month, when))
        if any(t == wanted for t in tied):
            continue
        said = max(tied, key=lambda t: sum(w is not None for w in t)) if tied else (None, None)
        wrong = [s for s, w in zip(said, wanted) if s is not None and w is not None and s != w]
        missing = [n for n, s, w in zip(("month", "year"), said, wanted) if w is not None and s is None]
        told = (
            f"your text puts it with {' '.join(s for s in said if s)}"
            if wrong
            else (f"your text does not say which {' and '.join(missing)}")
        )
        return hint(
            f"The {which} value, {written}, is {where}, but {told}. Tie each number to its own month and year, "
            f'as in "the {which} is {where} with {written}".'
        )
    return right(
        "Your alt text says what the chart shows and names its extremes: a reader who cannot see the chart gets its point."
    )


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _nearest_word(text: str, start: int, length: int, words: list[str]) -> str | None:
    """The one of ``words`` nearest to the figure at ``start``: looked for in its clause first, then in its
    sentence, then in the whole text (None when none is written)."""
    from helpers.checks.kit import clause_of

    end = start + length
    sentence_start = max([0, *(m.end() for m in _SENTENCE.finditer(text) if m.end() <= start)])
    following = [m.start() for m in _SENTENCE.finditer(text) if m.start() >= end]
    sentence = text[sentence_start : following[0] if following else len(text)]
    clause = clause_of(sentence, start - sentence_start)
    clause_start = sentence_start + sentence.find(clause)
    for scope, offset in ((clause, clause_start), (sentence, sentence_start), (text, 0)):
        spots = [
            (m.start() + offset, m.end() + offset, word)
            for word in words
            for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", scope)
        ]
        if spots:
            return min(spots, key=lambda s: start - s[1] if s[1] <= start else s[0] - end)[2]
    return None


# --------------------------------------------------------------------------- your turn: one sector's finding
# Built on the kit's ``expect_finding``: each number is a Fact whose subject is its sector (in words) and its
# fiscal year(s), so a number is right only with its own sector and year. On top of the kit, each sector
# number must sit next to its own sector's name (not another sector named in the same sentence), two counts
# of one sector go with their years in order, and "N times as many as" runs the right way round.

_YEAR = YEAR  # the course's one pattern for a year in a sentence (helpers.story)
#: "1/11.8 of": a ratio written the other way round; read as its N (both directions are facts).
_ONE_IN = re.compile(r"(?<![\d.,])1\s*/\s*(?=\d)")
_TIMES_MORE = re.compile(r"^\s*times\s+(?:as\s+many|more|higher|larger|greater|bigger|the)\b", re.I)
#: Words that name the southwest border total (not one sector).
TOTAL_WORDS = ("total", "southwest border", "all sectors", "all nine sectors", "whole border", "altogether")


def sector_name(sector: str) -> str:
    """A sector's column name in words: "rio_grande_valley" -> "Rio Grande Valley"."""
    return sector.replace("_", " ").title()


def sector_words(sector: str) -> tuple[str, ...]:
    """The words that name a sector in a sentence."""
    words = (sector.replace("_", " "),)
    if sector == "rio_grande_valley":
        words += ("rio grande", "rgv")
    return words


@dataclass(frozen=True)
class _About:
    kind: str  # "count", "share", "change", "ratio" (one sector, two years), "total", "sectors" (two sectors)
    sector: str | None
    years: tuple[int, ...]


def sector_facts(years) -> tuple[list[Fact], dict[str, _About]]:
    """Every number a one-sector finding about ``years`` may state, as kit Facts, each with its sector and years.

    For each named year: each sector's count and share of the southwest border total (%), the total, and
    between two sectors the ratio of their counts (both ways). Between two named years: each sector's
    (and the total's) ratio, both ways ("11.8 times as many as", "1/11.8 of"), and the % change either way.
    """
    table = load_sectors().set_index("fiscal_year")
    years = sorted(int(y) for y in set(years) if y in table.index)
    found: list[Fact] = []
    about: dict[str, _About] = {}

    def add(label, value, groups, what):
        found.append(Fact(label, float(value), tuple(groups)))
        about[label] = what

    def when(year):
        return (f"FY{year}", str(year))

    for year in years:
        total = float(table.at[year, "southwest_border_total"])
        add(f"the southwest border total in FY{year}", total, (TOTAL_WORDS, when(year)), _About("total", None, (year,)))
        for sector in facts.SECTORS:
            count, name = float(table.at[year, sector]), sector_name(sector)
            add(
                f"{name}'s apprehensions in FY{year}",
                count,
                (sector_words(sector), when(year)),
                _About("count", sector, (year,)),
            )
            add(
                f"{name}'s share of the southwest border total in FY{year}, in %",
                count / total * 100,
                (sector_words(sector), when(year)),
                _About("share", sector, (year,)),
            )
            for other in facts.SECTORS:
                if other != sector and table.at[year, other]:
                    add(
                        f"{name}'s apprehensions in FY{year} divided by {sector_name(other)}'s (times)",
                        count / float(table.at[year, other]),
                        (sector_words(sector), sector_words(other), when(year)),
                        _About("sectors", None, (year,)),
                    )
    for top in years:
        for bottom in years:
            if top == bottom:
                continue
            for sector in [*facts.SECTORS, "southwest_border_total"]:
                upper, lower = float(table.at[top, sector]), float(table.at[bottom, sector])
                if not lower:
                    continue
                one = sector if sector in facts.SECTORS else None
                words = sector_words(sector) if one else TOTAL_WORDS
                name = f"{sector_name(sector)}'s apprehensions" if one else "the southwest border total"
                groups = (words, when(top), when(bottom))
                add(
                    f"{name} in FY{top} divided by FY{bottom}'s (times)",
                    upper / lower,
                    groups,
                    _About("ratio" if one else "total", one, (top, bottom)),
                )
                add(
                    f"the % change in {name} from FY{bottom} to FY{top}",
                    abs(upper / lower - 1) * 100,
                    groups,
                    _About("change" if one else "total", one, (bottom, top)),
                )
    return found, about


def sector_evidence(years) -> dict[str, float]:
    """The values of :func:`sector_facts`, by label (for tools that only need the numbers)."""
    return {fact.label: fact.value for fact in sector_facts(years)[0]}


def example_finding(year: int = 2018) -> str:
    """The lesson's example answer for Exercise 4, as its cell prints it (the busiest sector of ``year``)."""
    row = _sector_table().loc[year]
    top_sector = row.idxmax()
    return (
        f"In FY{year}, the Border Patrol's {sector_name(top_sector)} sector made {row[top_sector]:,} apprehensions, "
        f"{row[top_sector] / row.sum():.0%} of the southwest border total."
    )


def _plain(sentence: str) -> str:
    return " ".join(re.sub(r"[^\w%,.]+", " ", sentence.lower()).split()).strip(" .")


def _mentions_at(sentence: str) -> list[tuple[int, int, str]]:
    """Where each sector is named: (start, end, sector)."""
    lowered = sentence.lower()
    spots = []
    for sector in facts.SECTORS:
        for word in sector_words(sector):
            for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?!\w)", lowered):
                spots.append((match.start(), match.end(), sector))
    return spots


def _nearest_sector(spots, start: int, end: int) -> str | None:
    def distance(spot):
        return start - spot[1] if spot[1] <= start else spot[0] - end

    return min(spots, key=distance)[2] if spots else None


def _figures(sentence: str):
    """The figures the kit judges in a sentence (years, dates and small counts in words left out)."""
    from helpers.article import extract_figures

    figures = extract_figures(sentence)
    counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
    return figures[~figures["kind"].isin(["year", "date"]) & ~counting_word]


def _bound(sentence: str, found: list[Fact], about: dict[str, _About]) -> Feedback | None:
    """Each number next to its own sector, two counts of a sector in the order of their years, and
    "N times as many as" the right way round; a hint for the first that is not, else None."""
    from helpers.checks.feedback import _unit
    from helpers.checks.kit import _mentions

    spots = _mentions_at(sentence)
    counts: list[tuple[int, str, str, int, str]] = []  # (start, text, sector, year, label)
    for text, value, start in zip(*(_figures(sentence)[c] for c in ("text", "value", "start"))):
        start, value = int(start), float(value)
        tolerance = _unit(text, value) / 2
        matching = [
            f
            for f in found
            if abs(f.value - value) <= tolerance + 1e-9 and all(_mentions(sentence, g) for g in f.about)
        ]
        if not matching or any(about[f.label].sector is None for f in matching):
            continue  # the kit judged it; a total or a comparison of two sectors belongs to no one sector
        nearest = _nearest_sector(spots, start, start + len(text))
        own = [f for f in matching if about[f.label].sector == nearest]
        if not own:
            fact = matching[0]
            return hint(
                f"{text!r} is {fact.label}, but in your sentence it stands next to {sector_name(nearest)}. A number "
                "is right only next to its own sector: put it beside the sector it counts, or take the number of the "
                "sector you name."
            )
        fact = own[0]
        what = about[fact.label]
        if what.kind == "count":
            counts.append((start, text, what.sector, what.years[0], fact.label))
        if what.kind == "ratio" and fact.value > 1 and _TIMES_MORE.match(sentence[start + len(text) :]):
            earlier = [c for c in counts if c[2] == what.sector]
            if earlier and earlier[-1][3] == what.years[1]:
                bigger, smaller = what.years
                return hint(
                    f'"{text} times as many" runs the other way round: {earlier[-1][1]} (FY{smaller}) is the *smaller* '
                    f"count, so FY{bigger} had {text} times as many as FY{smaller}, not the reverse. Say it from the larger "
                    f"year, or write the share the other way: 1/{text} of it."
                )
    first_named: dict[int, int] = {}
    for match in _YEAR.finditer(sentence):
        first_named.setdefault(int(match.group(1)), match.start())
    for sector in {c[2] for c in counts}:
        own = [c for c in counts if c[2] == sector]
        by_number = list(dict.fromkeys(c[3] for c in own))
        by_year = sorted(by_number, key=lambda y: first_named.get(y, 0))
        if len(by_number) > 1 and by_number != by_year:
            pairs = " and ".join(f"{c[1]} is FY{c[3]}'s" for c in own)
            return hint(
                f"The numbers and the years of {sector_name(sector)} are paired the other way round: {pairs}. "
                "Put each number next to its own year."
            )
    return None


def check_sector_finding(sentence: object) -> Feedback:
    """Your turn: a one-sentence finding about a sector (not the example's) in a fiscal year of the sector
    table, each number with its own sector and year (kit.expect_finding on :func:`sector_facts`)."""
    if not isinstance(sentence, str):
        return check_numbers_in_sentence(sentence, {})
    if not sentence.strip() or sentence.strip() == "...":
        return expect_finding(sentence, [])
    first, last = (int(y) for y in load_sectors()["fiscal_year"].agg(["min", "max"]))
    years = [int(y) for y in _YEAR.findall(sentence) if first <= int(y) <= last]
    if not years:
        return hint(
            f"Name the fiscal year your finding is about (sector figures cover FY{first}-FY{last}), "
            'as in "in FY2018": a number means little without its year.'
        )
    example_year = 2018
    example = example_finding(example_year)
    if _plain(sentence) == _plain(example):
        return hint(
            "That is the lesson's example, word for word. Write your own finding: pick another sector, or another "
            "year (a sector in decline, a year a sector peaked, two years compared), compute its number, and put "
            "it in a sentence."
        )
    named = {spot[2] for spot in _mentions_at(sentence)}
    top_sector = _sector_table().loc[example_year].idxmax()
    if named == {top_sector} and set(years) == {example_year}:
        return hint(
            f"Your sentence is about {sector_name(top_sector)} in FY{example_year}, the example's sector and year. "
            "The exercise asks for another sector, or another year (or two years compared)."
        )
    # "1/11.8 of": judge the 11.8 (the ratio the other way round); same length, so positions hold
    readable = _ONE_IN.sub(lambda m: " " * len(m[0]), sentence)
    found, about = sector_facts(years)
    what = f"the sector table for FY{', FY'.join(str(y) for y in sorted(set(years)))}"
    verdict = expect_finding(readable, found, what=what)
    if not verdict.ok:
        return verdict
    return _bound(readable, found, about) or verdict


# --------------------------------------------------------------------------- the house style, step by step (section 2)
# Each typed step of the lesson's published charts gets its own check, so that a wrong table, year or
# mark is caught where it was made, before the chart (and its saved files) carry it further.


def _ranked_guard():
    return guard_table().sort_values("troops").reset_index(drop=True)


def _figure_or_hint(fig: object, name: str):
    """(figure, None), or (None, a hint) when ``fig`` is not a drawn matplotlib Figure (kit.expect_chart: not blank)."""
    opening = _opening(fig, name)
    if opening:
        return None, opening
    if not fig.axes:
        return None, hint(f"`{name}` has no chart on it yet. Draw on the Axes that `plt.subplots()` gave you with it.")
    drawn = kit.expect_chart(fig, name=name)
    return (fig, None) if drawn.ok else (None, drawn)


def _figure_words(fig) -> list[str]:
    """The texts written on the figure itself (headline, subtitle, source line), with their line breaks as spaces."""
    return [" ".join(t.get_text().split()) for t in fig.texts if t.get_text().strip()]


def check_ranked_guard(ranked: object) -> Feedback:
    """Section 2: the Guard table sorted by troops, smallest first."""
    expected = _ranked_guard()
    return expect_table(
        ranked,
        expected,
        name="ranked",
        what="the Guard table sorted by troops, smallest first",
        columns=["state", "troops"],
        mistakes={
            "`ranked` is sorted largest first. `barh` draws the first row at the bottom, so sort smallest first "
            "(leave out `ascending=False`): the largest bar then ends up on top.": expected.iloc[::-1],
            '`ranked` is sorted by the state names. Sort by the `troops` column: `.sort_values("troops")`.': (
                guard_table().sort_values("state")
            ),
            "`ranked` is still in the article's order. Sort it by troops with `.sort_values(...)`.": guard_table(),
        },
        success="`ranked` holds the 4 states, smallest first: the largest bar will be on top.",
    )


def check_guard_headline(top: object, share: object, guard_title: object) -> Feedback:
    """Section 2: the state with the most troops, its share of all the troops, and the headline that says so."""
    table = guard_table()
    expected_top = table.loc[table["troops"].idxmax(), "state"]
    expected_share = table["troops"].max() / table["troops"].sum()
    if type(top).__name__ == "Series":
        return hint(
            f"`top` should be the name of the state with the most troops (text), but it is {kit.kind(top)} (a whole "
            'row: take its `state`, `ranked.iloc[-1]["state"]`).'
        )
    smallest = table.loc[table["troops"].idxmin(), "state"]
    found = kit.expect_text(
        top,
        expected_top,
        name="top",
        what="the name of the state with the most troops",
        case=True,
        mistakes={
            f"`top` is {top!r}, the state with the fewest troops. `ranked` is sorted smallest first, so the top "
            "state is in its *last* row: `.iloc[-1]`.": smallest
        },
    )
    if not found.ok:
        return found
    found = expect_number(
        share,
        expected_share,
        name="share",
        what="the top state's troops as a fraction of all the troops",
        tolerance=0.0005,
        mistakes={
            "`share` is a percentage (times 100). Keep the fraction (a number between 0 and 1): the format "
            "`{share:.0%}` multiplies by 100 and adds the % sign itself.": expected_share * 100,
            "`share` is the top state's troops divided by the others' troops. Divide by *all* the troops: "
            '`ranked["troops"].sum()`.': table["troops"].max() / (table["troops"].sum() - table["troops"].max()),
        },
    )
    if not found.ok:
        return found
    opening = kit.expect_kind(guard_title, "text", name="guard_title", what="the headline, an f-string")
    if opening:
        return opening
    percent = f"{expected_share:.0%}"
    written = [m.group(1) for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", guard_title)]
    shares = [w for w in written if abs(float(w) - expected_share * 100) <= 10 ** -len(w.partition(".")[2]) / 2 + 1e-9]
    missing = [
        what
        for what, there in (
            (f"the state ({expected_top})", expected_top in guard_title),
            (f"its share ({percent})", bool(shares)),
        )
        if not there
    ]
    if missing:
        return hint(
            f"The headline states the finding: put {' and '.join(missing)} into `guard_title` with an f-string, "
            "for example `{top}` and `{share:.0%}`, so that it changes if the figures do."
        )
    if "according to" not in guard_title.lower():
        return hint('Say whose figures these are: end the headline with "according to the article" (lesson 02).')
    return right(f"{expected_top} had {percent} of the troops, and your headline says so, with whose figures they are.")


def _bar_containers(ax):
    from matplotlib.container import BarContainer

    return [c for c in ax.containers if isinstance(c, BarContainer)]


def _same_colour(a, b) -> bool:
    from matplotlib.colors import to_rgb

    return all(abs(x - y) < 0.01 for x, y in zip(to_rgb(a), to_rgb(b)))


def check_guard_chart(guard_fig: object, finished: bool = False) -> Feedback:
    """Section 2: the house-style Guard chart: horizontal bars in ranked order, the top state highlighted,
    labelled bars; with ``finished``, also the headline with the finding and a source line."""
    from helpers.charts import PALETTE

    fig, problem = _figure_or_hint(guard_fig, "guard_fig")
    if problem:
        return problem
    ax = fig.axes[0]
    containers = _bar_containers(ax)
    if not containers:
        return hint("There are no bars yet: draw `ranked` with `ax.barh(...)`, the states and their troops.")
    if containers[0].orientation != "horizontal":
        return hint("Those bars are vertical. Use `ax.barh(...)`: horizontal bars leave room for the state names.")
    expected = _ranked_guard()
    values, labels = _bar_values(ax)
    if len(values) != len(expected):
        return hint(f"The chart has {len(values)} bars; `ranked` has {len(expected)} states. Draw one bar per row.")
    if [round(v) for v in values] == list(expected["troops"])[::-1]:
        return hint(
            "The bars run largest at the bottom. Draw `ranked`, sorted smallest first, so the largest is on top."
        )
    if [round(v) for v in values] != list(expected["troops"]) or (all(labels) and labels != list(expected["state"])):
        return hint(
            "The bars are not `ranked`'s troops by state, in its order: give `ax.barh` its `state` and `troops` columns."
        )
    colours = [rect.get_facecolor() for rect in _bars(ax)]
    if not _same_colour(colours[-1], PALETTE["highlight"]) or not all(
        _same_colour(c, PALETTE["muted"]) for c in colours[:-1]
    ):
        return hint(
            'Highlight the state the headline is about: the top bar in `PALETTE["highlight"]`, the others in '
            '`PALETTE["muted"]` (a list of colours, one per row of `ranked`, passed as `color=`).'
        )
    if len([t for t in ax.texts if t.get_text().strip()]) < len(expected):
        return hint("The bars carry no values yet: `label_bars(ax)` writes each bar's value on it.")
    if not finished:
        return kit.expect_chart(
            fig,
            name="guard_fig",
            marks={"bars": len(expected)},
            success="Horizontal bars, largest on top, the top state highlighted and every bar labelled. Now the words.",
        )
    words = _figure_words(fig)
    table = guard_table()
    top = table.loc[table["troops"].idxmax(), "state"]
    if not any(top in w and "according to" in w.lower() for w in words):
        return hint('No headline with the finding yet: `headline(guard_fig, guard_title, "...subtitle...")`.')
    if not any(w.startswith("Source:") and any(s in w.lower() for s in SPLIT_SOURCES) for w in words):
        return hint(
            'No source line naming where the figures come from: `source_line(guard_fig, "The article (...), '
            'repeating a Pentagon spokesperson (...)")`.'
        )
    return kit.expect_chart(
        fig,
        name="guard_fig",
        marks={"bars": len(expected)},
        source=True,
        success="The chart is ready to publish: headline with the finding, labelled bars, and its source.",
    )


CHART_FILES = ("png", "svg", "csv", "txt")


def check_chart_files(files: object, name: str, data, alt_text: str) -> Feedback:
    """Sections 3 and 4: what ``save_chart(fig, name, data, alt_text)`` returned: its four files in
    output/charts/, named ``name``, the CSV holding ``data`` and the TXT holding ``alt_text``."""
    import pandas as pd

    folder = paths.output_dir("charts")
    if unanswered(files):
        return expect_file(files, name="files", folder=folder, suffix=".png")  # still `...`: the kit's words
    if isinstance(files, str | PathLike):
        return hint(
            "`files` is one path. Store what `save_chart(...)` returns (its four files: PNG, SVG, CSV and TXT): "
            "`files = save_chart(...)`."
        )
    if not all(hasattr(files, suffix) for suffix in CHART_FILES):
        return hint(f"`files` should be what `save_chart(...)` returns (its four files), but it is {kind(files)}.")
    if Path(files.png).stem != name:
        return hint(
            f"The chart was saved as `{Path(files.png).stem}`, not `{name}`. `save_chart` takes the figure, then the "
            f'name, then the data, then the alt text: `save_chart(fig, "{name}", data, alt_text)`.'
        )
    expected_table = data.reset_index() if any(level is not None for level in data.index.names) else data

    def same_data(path) -> str | None:
        saved, wanted = pd.read_csv(path), pd.read_csv(_csv_of(expected_table))
        if list(saved.columns) != list(wanted.columns) or len(saved) != len(wanted):
            return (
                f"`{Path(path).name}` holds other data ({len(saved)} rows, columns {listing(saved.columns)}). Pass the "
                "table behind the chart as the third argument of `save_chart`."
            )
        if not saved.equals(wanted):
            return (
                f"`{Path(path).name}` has the right columns but not the rows of the table behind the chart, in "
                "its order. Pass that table itself as the third argument of `save_chart`."
            )
        return None

    def same_alt(path) -> str | None:
        written = Path(path).read_text(encoding="utf-8")
        if written == alt_text:
            return None
        return (
            f"`{Path(path).name}` does not hold the alt text you wrote with `describe` (it says: {written[:60]!r}...). "
            "Pass that alt text as the fourth argument of `save_chart`: a screen reader speaks this file."
        )

    for suffix in CHART_FILES:
        found = expect_file(
            getattr(files, suffix),
            name=f"files.{suffix}",
            folder=folder,
            suffix=f".{suffix}",
            content={"csv": same_data, "txt": same_alt}.get(suffix),
        )
        if not found.ok:
            return found
    return right(
        f"`{name}` is saved in {paths.relative(folder)}: the picture (PNG and SVG), the data behind it (CSV) and its "
        "alt text (TXT). Open the PNG from the file browser to see what a reader gets."
    )


def _csv_of(table):
    """The table as `save_chart` writes it, ready to read back (so numbers compare as written)."""
    import io

    return io.StringIO(table.to_csv(index=False, lineterminator="\n"))


# --------------------------------------------------------------------------- a long series (section 4)


def _years():
    from helpers.data import load_apprehensions

    return load_apprehensions().dropna(subset=["southwest_border"])


def _by_year():
    years = _years()
    return years[years["measure"] == "apprehensions"].set_index("fiscal_year")["southwest_border"]


def check_series_years(years: object) -> Feedback:
    """Section 4: the yearly table, the rows with a southwest_border figure only."""
    from helpers.data import load_apprehensions

    table = load_apprehensions()
    return expect_table(
        years,
        _years(),
        name="years",
        what="the yearly table's rows with a southwest_border figure",
        columns=["fiscal_year", "measure", "southwest_border"],
        ordered=False,
        mistakes={
            "`years` still has the years without a southwest_border figure (blank, NaN). Drop them: "
            '`.dropna(subset=["southwest_border"])`.': table,
            "`years` dropped rows that do have a southwest_border figure, because another column was blank. "
            'Look only at southwest_border: `.dropna(subset=["southwest_border"])`.': table.dropna(),
        },
        success="`years` holds every fiscal year with a southwest border figure.",
    )


def check_series_measures(arrests: object, encounters: object) -> Feedback:
    """Section 4: the yearly rows split by their measure column."""
    years = _years()
    swapped = '`arrests` and `encounters` are swapped: `arrests` is the rows whose measure is "apprehensions".'
    for name, measure, answer in (("arrests", "apprehensions", arrests), ("encounters", "encounters", encounters)):
        other = "encounters" if measure == "apprehensions" else "apprehensions"
        found = expect_table(
            answer,
            years[years["measure"] == measure],
            name=name,
            what=f'the rows of `years` whose measure is "{measure}"',
            columns=["fiscal_year", "measure", "southwest_border"],
            ordered=False,
            mistakes={
                swapped: years[years["measure"] == other],
                f'`{name}` holds every row of `years`. Keep the rows whose `measure` column is "{measure}": '
                f'`years[years["measure"] == "{measure}"]`.': years,
            },
        )
        if not found.ok:
            return found
    return right(
        f"`arrests` has {len(arrests)} years of apprehensions and `encounters` {len(encounters)} years of encounters."
    )


def check_series_by_year(by_year: object) -> Feedback:
    """Section 4: the apprehensions' southwest_border figures, a Series indexed by fiscal year."""
    expected = _by_year()
    years = _years()
    return expect_series(
        by_year,
        expected,
        name="by_year",
        what="the apprehensions' southwest_border figures by fiscal year",
        mistakes={
            "`by_year` is numbered 0, 1, 2... instead of by fiscal year. Make fiscal_year the index first: "
            '`.set_index("fiscal_year")`, then pick the southwest_border column.': lambda a: (
                "fiscal_year" not in (a.index.name or "")
                and list(a.index) != list(expected.index)
                and len(a) == len(expected)
            ),
            "`by_year` includes the encounter years. Start from `arrests`, the apprehensions only: the two measures "
            "count different things.": years.set_index("fiscal_year")["southwest_border"],
        },
        success=f"`by_year` holds the apprehensions of FY{expected.index.min()}-FY{expected.index.max()}, by fiscal year.",
    )


def check_series_break(first: object, final: object, before: object, after: object) -> Feedback:
    """Section 4: the first and last encounter years, and the apprehensions before and after them."""
    years = _years()
    enc = years.loc[years["measure"] == "encounters", "fiscal_year"]
    first_year, final_year = int(enc.min()), int(enc.max())
    if same_number(first, final_year) and same_number(final, first_year):
        return hint(
            "`first` and `final` are swapped: `first` is the *smallest* fiscal year of `encounters` (`.min()`), "
            "`final` the largest (`.max()`)."
        )
    for name, answer, expected, what in (
        ("first", first, first_year, "the first encounter year"),
        ("final", final, final_year, "the last encounter year"),
    ):
        found = expect_number(
            answer,
            expected,
            name=name,
            what=what,
            mistakes={
                f"`{name}` is a count, not a year: take the `fiscal_year` column of `encounters`.": lambda a: a > 3000
            },
        )
        if not found.ok:
            return found
    by_year = _by_year()
    for name, answer, expected in (
        ("before", before, by_year.loc[: first_year - 1]),
        ("after", after, by_year.loc[final_year + 1 :]),
    ):
        found = expect_series(
            answer,
            expected,
            name=name,
            what=f"the apprehension years {name} the encounters",
            mistakes={
                f"`{name}` holds every year of `by_year`. Take a range of it with `.loc`, "
                + ("up to `first - 1`." if name == "before" else "from `final + 1`."): by_year,
                "`before` and `after` are swapped: `before` is the long run of years up to the encounters, "
                "`after` the years since.": by_year.loc[final_year + 1 :]
                if name == "before"
                else by_year.loc[: first_year - 1],
            },
        )
        if not found.ok:
            return found
    return right(
        f"Encounters run FY{first_year}-FY{final_year}; `before` ends at FY{int(before.index.max())} and `after` starts at "
        f"FY{int(after.index.min())}: the break will show."
    )


def check_series_points(peak_1980s: object, peak: object, low: object, last: object) -> Feedback:
    """Section 4: the years the story is about, found in by_year (years, not counts)."""
    by_year = _by_year()
    expected = {
        "peak_1980s": (peak_1980s, int(by_year.loc[:1989].idxmax()), "the year with the most arrests up to FY1989"),
        "peak": (peak, int(by_year.idxmax()), "the year with the most arrests"),
        "low": (low, int(by_year.loc[2000:].idxmin()), "the year with the fewest arrests since FY2000"),
        "last": (last, int(by_year.index.max()), "the latest year"),
    }
    for name, (answer, year, what) in expected.items():
        mistakes = {
            f"`{name}` is a count of arrests, not a year. `.idxmax()` and `.idxmin()` give the *label* (the year) of "
            "the largest or smallest value; `.max()` and `.min()` give the value.": lambda a: a > 3000,
        }
        if name == "low":
            mistakes[
                "`low` is the lowest year of the whole series. The story is about the years since FY2000: "
                "`by_year.loc[2000:]`."
            ] = int(by_year.idxmin())
        if name == "peak_1980s":
            mistakes[
                "`peak_1980s` is the largest year of the whole series. Look only up to FY1989: `by_year.loc[:1989]`."
            ] = int(by_year.idxmax())
        found = expect_number(answer, year, name=name, what=what, mistakes=mistakes)
        if not found.ok:
            return found
    return right(
        f"Peaks in FY{expected['peak_1980s'][1]} and FY{expected['peak'][1]}, the low of FY{expected['low'][1]}, "
        f"and the latest year, FY{expected['last'][1]}."
    )


def check_series_since(since: object) -> Feedback:
    """Section 4: the most recent year before ``low`` with fewer arrests than it."""
    by_year = _by_year()
    low = int(by_year.loc[2000:].idxmin())
    earlier = by_year.loc[: low - 1]
    fewer = earlier[earlier < by_year[low]]
    return expect_number(
        since,
        int(fewer.index.max()),
        name="since",
        what=f"the most recent year before FY{low} with fewer arrests than FY{low}",
        mistakes={
            "`since` is the *earliest* year with fewer arrests. The story needs the most recent one: `.max()` of "
            "those years, not `.min()`.": int(fewer.index.min()),
            f"`since` is the year just before FY{low}. Keep only the earlier years with *fewer* arrests than FY{low} "
            "first, then take the latest of them.": low - 1,
            "`since` is a count of arrests, not a year: take the largest of the years (the index), not of the values.": (
                lambda a: a > 3000
            ),
        },
        success=f"FY{low} was the lowest since FY{int(fewer.index.max())}: every year in between had more arrests.",
    )


def _line_matches(line, xs, ys) -> bool:
    from helpers.checks.kit import same_values

    x, y = list(line.get_xdata()), list(line.get_ydata())
    return same_values(x, list(xs)) and same_values(y, list(ys))


def _dots_match(collection, xs, ys) -> bool:
    """Whether a scatter (``ax.scatter``) draws exactly these points."""
    offsets = collection.get_offsets() if hasattr(collection, "get_offsets") else []
    if len(offsets) != len(xs) or not len(offsets):
        return False
    return same_values([float(x) for x, _ in offsets], list(xs)) and same_values(
        [float(y) for _, y in offsets], list(ys)
    )


def check_series_marks(series_fig: object, series_ax: object = None) -> Feedback:
    """Section 4: the three marks of the long series: apprehensions before the break as a line, the
    encounters dashed, the apprehensions after the break as dots."""
    fig, problem = _figure_or_hint(series_fig, "series_fig")
    if problem:
        return problem
    ax = fig.axes[0]
    if series_ax is not None and series_ax is not ax:
        return hint("`series_ax` is not the Axes of `series_fig`: take both from the same `plt.subplots(...)` call.")
    by_year = _by_year()
    years = _years()
    enc = years[years["measure"] == "encounters"]
    first, final = int(enc["fiscal_year"].min()), int(enc["fiscal_year"].max())
    before, after = by_year.loc[: first - 1], by_year.loc[final + 1 :]
    lines = [line for line in ax.get_lines() if not line.get_label().startswith("_annotation")]
    if not lines:
        return hint("There is nothing drawn yet: `series_ax.plot(before.index, before, ...)` draws the first line.")
    if any(_line_matches(line, by_year.index, by_year) for line in lines):
        return hint("One line runs through every apprehension year, across the break. Draw `before` and `after` apart.")
    drawn = {
        "before": [line for line in lines if _line_matches(line, before.index, before)],
        "encounters": [line for line in lines if _line_matches(line, enc["fiscal_year"], enc["southwest_border"])],
        "after": [line for line in lines if _line_matches(line, after.index, after)]
        + [dots for dots in ax.collections if _dots_match(dots, after.index, after)],
    }
    missing = [name for name, found in drawn.items() if not found]
    if missing:
        return hint(
            f"No mark for {listing(missing)} yet (or not with its data): plot each with its years (the index, or the "
            "`fiscal_year` column) against its values."
        )
    if drawn["before"][0].get_linestyle() in ("None", "", " "):
        return hint('`before` should be a line, not dots: leave out the `"o"`.')
    if drawn["encounters"][0].get_linestyle() == "-":
        return hint("The encounters count something else, so draw them dashed: `linestyle=(0, (3, 1.5))`.")
    if hasattr(drawn["after"][0], "get_marker") and drawn["after"][0].get_marker() in ("None", "", None, " "):
        return hint('`after` should be dots (`"o"`), not a line: one year cannot make a line.')
    return right(
        "Apprehensions as a line, encounters dashed, the comparable year after them as a dot: the break shows."
    )


def check_series_markup(series_fig: object) -> Feedback:
    """Section 4: the story marked on the series: a zero baseline, the break ruled, the early 2000s shaded,
    and the four years of the story annotated."""
    from matplotlib.patches import Polygon, Rectangle
    from matplotlib.text import Annotation

    fig, problem = _figure_or_hint(series_fig, "series_fig")
    if problem:
        return problem
    ax = fig.axes[0]
    if ax.get_ylim()[0] != 0:
        return hint(
            f"The value axis starts at {ax.get_ylim()[0]:,.0f}: start it at zero with `series_ax.set_ylim(0, None)`."
        )
    years = _years()
    first = int(years.loc[years["measure"] == "encounters", "fiscal_year"].min())
    rules = [line for line in ax.get_lines() if len(set(line.get_xdata())) == 1 and len(line.get_xdata()) == 2]
    if not any(abs(float(line.get_xdata()[0]) - (first - 0.5)) < 0.51 for line in rules):
        return hint(
            f"No rule at the break yet: `series_ax.axvline(first - 0.5, ...)` draws a thin vertical line before FY{first}."
        )
    spans = [p for p in ax.patches if isinstance(p, Polygon | Rectangle)]
    if not spans:
        return hint('The early 2000s are not shaded yet: `shade_span(series_ax, start, end, "Early 2000s")`.')
    by_year = _by_year()
    story = [int(by_year.loc[:1989].idxmax()), int(by_year.idxmax()), int(by_year.loc[2000:].idxmin()), 2018]
    notes = " ".join(t.get_text() for t in ax.texts if isinstance(t, Annotation))
    missing = [f"FY{year}" for year in story if f"FY{year}" not in notes]
    if missing:
        return hint(f"Annotate every year of the story: {listing(missing)} has no note yet (`annotate_point`).")
    return right("Zero baseline, the break ruled, the early 2000s shaded and the four years of the story annotated.")


_SENTENCE_END = re.compile(r"(?<!incl)\.\s+")


def check_series_alt(series_alt: object) -> Feedback:
    """Section 4: the long series' alt text names what is counted in words, not as column names, and never
    calls an encounters year (FY2020-FY2023, which count Title 42 expulsions too) the highest apprehensions."""
    opening = kit.expect_kind(series_alt, "text", name="series_alt", what="the alt text, from `describe(...)`")
    if opening:
        return opening
    if not series_alt.strip():
        return hint("`series_alt` is empty: store the alt text that `describe(...)` writes.")
    raw = sorted(set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", series_alt)))
    if raw:
        return hint(
            f"The alt text reads the column name{'s' if len(raw) > 1 else ''} {listing(raw)} aloud: a screen reader "
            'would say "fiscal underscore year". Give `describe` the axes\' names in words: '
            '`x_label="fiscal year"` and `y_label="southwest border arrests"`.'
        )
    if "axis shows values" in series_alt:
        return hint(
            'The alt text says the vertical axis shows "values". Say what is counted: `y_label="southwest border '
            'arrests"`.'
        )
    lowered = series_alt.lower()
    if not any(word in lowered for word in ("apprehension", "arrest")):
        return hint(
            "The alt text does not say what is counted. Name it with `y_label=...`: the Border Patrol's "
            "apprehensions (arrests) at the southwest border."
        )
    years = _years()
    enc = years[years["measure"] == "encounters"].set_index("fiscal_year")["southwest_border"]
    marks = [str(int(y)) for y in enc.index] + [f"{int(v):,}" for v in enc]
    for sentence in _SENTENCE_END.split(series_alt):
        if "highest" in sentence.lower() and "encounter" not in sentence.lower() and any(m in sentence for m in marks):
            return hint(
                f"The alt text calls an encounters year the highest (FY{int(enc.idxmax())}: {int(enc.max()):,}). Those "
                "years count Title 42 expulsions too, so they are not the highest *apprehensions* (section 4). Describe "
                'the two measures as two lines: `describe("line", by_measure, "fiscal_year", ["apprehensions", '
                '"encounters"], ...)`.'
            )
    if "encounter" not in lowered:
        return hint(
            "The chart shows the encounters too (dashed), but the alt text does not mention them: describe both "
            'lines, `["apprehensions", "encounters"]`.'
        )
    return right(
        "The alt text says what is counted, in words, and keeps the encounters apart from the apprehensions: "
        "read it aloud, it is what a screen-reader user hears."
    )


# --------------------------------------------------------------------------- honest bars (section 5)


def _spring_rows():
    monthly = load_monthly()
    return monthly[monthly["month_number"].isin(SPRING) & monthly["calendar_year"].isin([2017, 2018])]


def _by_month():
    return (
        _spring_rows()
        .pivot(index=["month_number", "month"], columns="calendar_year", values="swb_apprehensions")
        .reset_index()
    )


def check_spring_rows(spring: object) -> Feedback:
    """Section 5: March to May of calendar 2017 and 2018, from the monthly table."""
    monthly = load_monthly()
    return expect_table(
        spring,
        _spring_rows(),
        name="spring",
        what="March to May of calendar 2017 and 2018",
        columns=["calendar_year", "month_number", "month", "swb_apprehensions"],
        ordered=False,
        mistakes={
            "`spring` keeps March to May of every year. Keep calendar 2017 and 2018 only too: combine both conditions "
            "with `&`, each in parentheses.": monthly[monthly["month_number"].isin(SPRING)],
            "`spring` keeps every month of 2017 and 2018. Keep March to May only too (`month_number` 3, 4, 5), "
            "combined with `&`.": monthly[monthly["calendar_year"].isin([2017, 2018])],
            "`spring` keeps rows that match *either* condition (`|`). Keep those that match both: `&`.": (
                monthly[monthly["month_number"].isin(SPRING) | monthly["calendar_year"].isin([2017, 2018])]
            ),
        },
        success="`spring` holds the 6 months: March to May of 2017 and of 2018.",
    )


def check_spring_by_month(by_month: object) -> Feedback:
    """Section 5: one row per spring month (March, April, May), one column per calendar year."""
    expected = _by_month()
    return expect_table(
        by_month,
        expected,
        name="by_month",
        what="one row per month, March to May, with the columns month_number, month, 2017 and 2018",
        columns=["month_number", "month", 2017, 2018],
        mistakes={
            "The months are the row labels (the index) of `by_month`. The charts need them as a column: "
            "add `.reset_index()`.": lambda a: "month" in a.index.names,
            'The year columns are text ("2017"). The next cells use `by_month[2017]`: pivot the `calendar_year` '
            "column itself, which holds numbers.": lambda a: "2017" in a.columns,
            "The months are in alphabetical order (April, March, May). Keep `month_number` in the index of the "
            "pivot, so that they stay in calendar order.": lambda a: list(a["month"]) == sorted(expected["month"]),
        },
        success="`by_month` has March, April and May, one column per year: ready to chart.",
    )


def check_spring_chart(spring_fig: object, spring_ax: object = None, finished: bool = False) -> Feedback:
    """Section 5: 2017 and 2018 side by side, month names under the pairs; with ``finished``, the bars
    labelled, the axis from zero and a legend naming the years."""
    fig, problem = _figure_or_hint(spring_fig, "spring_fig")
    if problem:
        return problem
    ax = fig.axes[0]
    if spring_ax is not None and spring_ax is not ax:
        return hint("`spring_ax` is not the Axes of `spring_fig`: take both from the same `plt.subplots()` call.")
    containers = _bar_containers(ax)
    expected = _by_month()
    if len(containers) != 2:
        return hint(f"The chart has {len(containers)} sets of bars; it needs 2: one `ax.bar` for 2017, one for 2018.")
    heights = [[round(r.get_height()) for r in c] for c in containers]
    if heights != [list(expected[2017]), list(expected[2018])]:
        if heights == [list(expected[2018]), list(expected[2017])]:
            return hint("2018 is drawn first. Draw 2017 first (on the left, at `x - 0.2`), then 2018 (`x + 0.2`).")
        return hint(
            "The bars are not `by_month`'s 2017 and 2018 columns: `ax.bar(x - 0.2, by_month[2017], width=0.4)`."
        )
    left = [r.get_x() + r.get_width() / 2 for r in containers[0]]
    right_ = [r.get_x() + r.get_width() / 2 for r in containers[1]]
    if any(abs(b - a - 0.4) > 0.01 for a, b in zip(left, right_)):
        return hint("The two years' bars overlap or sit apart. Put them at `x - 0.2` and `x + 0.2`, each `width=0.4`.")
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    if ticks != list(expected["month"]):
        if set(expected["month"]).isdisjoint(ticks):
            return hint(
                "The month names are not under the pairs yet: the axis still shows positions (numbers). "
                "`set_xticks` takes the positions first, then the labels: "
                '`spring_ax.set_xticks(x, by_month["month"])`. (With the names alone, '
                '`set_xticks(by_month["month"])` stops with a ConversionError: it expects positions.)'
            )
        return hint('Put the month names under the pairs: `spring_ax.set_xticks(x, by_month["month"])`.')
    if not finished:
        return kit.expect_chart(
            fig,
            name="spring_fig",
            marks={"bars": 2 * len(expected)},
            success="2017 and 2018 side by side, month by month. Now label them.",
        )
    labels = [t for t in ax.texts if t.get_text().strip()]
    if len(labels) < 2 * len(expected):
        return hint("The bars carry no values yet: `label_bars(spring_ax)`.")
    written = Counter((t.get_text(), *(round(float(v), 3) for v in getattr(t, "xy", t.get_position()))) for t in labels)
    if len(labels) > 2 * len(expected) or max(written.values()) > 1:
        return hint(
            f"Some bars carry their value more than once ({len(labels)} labels on {2 * len(expected)} bars): the "
            "labels were written again each time a cell ran. Run the cell that draws the bars "
            "(`spring_fig, spring_ax = plt.subplots()`) again, then label them once."
        )
    if ax.get_ylim()[0] != 0:
        return hint("Bars must start at zero: `spring_ax.set_ylim(0, ...)`.")
    legend = ax.get_legend()
    names = [t.get_text() for t in legend.get_texts()] if legend else []
    if sorted(names) != ["2017", "2018"]:
        return hint(
            'Name the two colours: give each `ax.bar` a `label="2017"` or `label="2018"`, then `spring_ax.legend(...)`.'
        )
    wanted = []
    if legend._loc != 2:
        wanted.append('at the upper left (`loc="upper left"`)')
    if legend.get_frame_on():
        wanted.append("without a frame (`frameon=False`)")
    if legend._ncols != 2:
        wanted.append("in 2 columns (`ncols=2`)")
    if wanted:
        return hint(
            f"Put the legend {' and '.join(wanted)}: "
            '`spring_ax.legend(loc="upper left", frameon=False, ncols=2)`, so it sits in the room above the bars.'
        )
    return kit.expect_chart(
        fig,
        name="spring_fig",
        marks={"bars": 2 * len(expected)},
        success="Labelled bars from zero, with a small legend for the two years: an honest comparison.",
    )


# --------------------------------------------------------------------------- small multiples (section 6)


def _sector_table():
    return load_sectors().set_index("fiscal_year").drop(columns="southwest_border_total")


def check_panel_table(sectors: object) -> Feedback:
    """Section 6: the sector table indexed by fiscal year, without the southwest border total."""
    expected = _sector_table()
    return expect_table(
        sectors,
        expected,
        name="sectors",
        what="one column per Border Patrol sector, indexed by fiscal year",
        index=True,
        ordered=False,
        mistakes={
            "`sectors` still has `southwest_border_total`. It is not a sector but the sum of all nine: drop it, or "
            "it becomes a tenth panel.": lambda a: "southwest_border_total" in a.columns,
            'fiscal_year is a column of `sectors`. Make it the index: `.set_index("fiscal_year")`, so that '
            "`sectors.loc[2018]` finds FY2018.": lambda a: "fiscal_year" in a.columns,
            '`sectors` is numbered 0, 1, 2... Its row labels should be the fiscal years: `.set_index("fiscal_year")`.': (
                lambda a: "fiscal_year" not in a.columns and not set(a.index) <= set(expected.index)
            ),
        },
        success=f"`sectors` holds the {len(expected.columns)} sectors, by fiscal year.",
    )


def _sector_order() -> list[str]:
    return list(_sector_table().loc[2018].sort_values(ascending=False).index)


def check_panel_order(order: object) -> Feedback:
    """Section 6: the sector names, busiest in FY2018 first."""
    expected = _sector_order()
    table = _sector_table()
    return expect_list(
        list(order) if hasattr(order, "tolist") and not hasattr(order, "columns") else order,
        expected,
        name="order",
        what="the 9 sector names, busiest in FY2018 first",
        item=str,
        mistakes={
            "`order` runs quietest first. Sort with `ascending=False`, so that the busiest sector comes first.": expected[
                ::-1
            ],
            "`order` holds numbers. Keep the sector *names*: the `.index` of the sorted row.": lambda a: (
                not isinstance(a[0], str)
            ),
            "`order` is sorted by all years together. The prompt asks for FY2018: `sectors.loc[2018]`.": (
                list(table.sum().sort_values(ascending=False).index)
            ),
        },
        success=f"`order` starts with {expected[0]}, the busiest sector of FY2018.",
    )


def check_small_multiples(sectors_fig: object, finished: bool = False) -> Feedback:
    """Section 6: nine panels on one scale, one per sector in ``order``, each titled; with ``finished``,
    a headline and a source line."""
    from matplotlib.collections import PolyCollection

    fig, problem = _figure_or_hint(sectors_fig, "sectors_fig")
    if problem:
        return problem
    order = _sector_order()
    axes = fig.axes
    if len(axes) != len(order):
        return hint(f"`sectors_fig` has {len(axes)} panels; there are {len(order)} sectors: `plt.subplots(3, 3, ...)`.")
    if not all(ax.get_shared_y_axes().joined(axes[0], ax) for ax in axes):
        return hint(
            "The panels have different scales, so heights do not compare: `plt.subplots(3, 3, sharex=True, sharey=True)`."
        )
    titles = [" ".join(ax.get_title(loc) for loc in ("left", "center", "right")).strip() for ax in axes]
    expected = [s.replace("_", " ").title() for s in order]
    if [t.lower() for t in titles] != [t.lower() for t in expected]:
        if not any(titles):
            return hint("The panels have no titles: `ax.set_title(...)` with each sector's name.")
        return hint(
            "The panels are not in `order` (busiest in FY2018 first), or titled with another sector: loop over `zip(axes.flat, order)`."
        )
    empty = [
        t
        for ax, t in zip(axes, titles)
        if not any(isinstance(c, PolyCollection) for c in ax.collections) and not ax.get_lines()
    ]
    if empty:
        return hint(
            f"Panel {listing(empty)} is empty: draw `sectors[sector]` in each with `ax.fill_between(...)` (or `ax.plot`)."
        )
    if not finished:
        return right("Nine panels on one scale, busiest first, each titled. Now the headline and the source.")
    words = _figure_words(fig)
    if not words or not any(not w.startswith(("Source:", "Chart:")) for w in words):
        return hint('No headline yet: `headline(sectors_fig, "...the finding...", "...subtitle...")`.')
    if not any(w.startswith("Source:") for w in words):
        return hint('No source line yet: `source_line(sectors_fig, "US Customs and Border Protection")`.')
    return kit.expect_chart(
        fig, name="sectors_fig", source=True, success="Small multiples with a headline and their source: ready to save."
    )
