"""Lesson 06's interactive views, as plain functions first and widgets second.

Every view of the lesson is a *pure function* that takes values and returns a result, so it
can be tested (and used) without a browser:

    explore_chart("Texas sectors", (2000, 2019))    # a matplotlib Figure in the house style
    explore_table("Texas sectors", (2000, 2019))    # a small DataFrame: first, highest, lowest, last
    readable(table)                                 # the same table to read: 444,419 with its separators
    check_claim("FY2011 was the lowest since 1970") # the computed answer, with its evidence (text)
    troop_table({"Texas": 1145, ...})               # shares, troops per 100 miles, Border Patrol agents by state
    troop_context({"Texas": 1145, ...})             # the troops beside the agents already at the border (text)

The widget *builders* only wire widgets to those functions; each returns a box whose parts
are attributes, so a test can set a widget's value and read what the box shows (the notebook
wires its own explorer from ``explore_chart`` and ``explore_table``, as the lesson teaches):

    box = claim_checker()         # .claim (Combobox: pick or type), .series, .check (Button), .answer (HTML)
    box = troop_calculator()      # .sliders {state: IntSlider}, .table, .summary, .agents (HTML)

Sector names, sectors, states and which sectors lie in which state (``SECTOR_STATES``, the table
lesson 04 teaches) come from ``helpers.facts``, the course's one home for them, and "lowest since"
from lesson 03's ``lowest_since``.

Figures are made with ``matplotlib.figure.Figure``, not pyplot, so redrawing from a widget
never leaves figures open for the notebook to show later.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.path import Path
from matplotlib.text import Annotation, Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from helpers import facts
from helpers.article import extract_figures, load_article
from helpers.charts import PALETTE, annotate_point, headline, house_style, label_line_ends, shade_span, source_line
from helpers.data import chosen_border_lengths, load_apprehensions, load_sector_profiles, load_sectors
from helpers.facts import PARTLY_TEXAS, SECTOR_STATES, TEXAS_ONLY
from helpers.story import lowest_since
from helpers.troops import guard_table
from helpers.troops import stated_total as article_total

__all__ = [
    "AGENTS_YEAR",
    "CLAIM_FORMS",
    "CLAIM_PATTERNS",
    "EXAMPLE_CLAIMS",
    "SERIES",
    "Claim",
    "Series",
    "agents_by_state",
    "check_claim",
    "claim_checker",
    "encounter_years",
    "explore_chart",
    "explore_table",
    "headline_troops",
    "parse_claim",
    "readable",
    "sector_agents",
    "series_values",
    "southwest_agents",
    "troop_calculator",
    "troop_context",
    "troop_summary",
    "troop_table",
    "year_span",
]

#: "Lowest since" has one definition in the course: lesson 03's ``lowest_since(counts, year)``, the most
#: recent earlier year with a strictly *lower* count (imported above from ``helpers.checks.crossings``).


# --------------------------------------------------------------------------- the series


@dataclass(frozen=True)
class Series:
    """One choice of the explorer: a column of the yearly file, or a sum of sector columns."""

    name: str
    columns: tuple[str, ...]
    note: str = ""

    @property
    def from_sectors(self) -> bool:
        return self.columns[0] not in ("nationwide", "southwest_border")


#: The nine southwest border sectors, by CBP's name (``helpers.facts``: the course's one home for sector names).
_SECTOR_NAMES = {code: facts.SECTOR_NAMES[code] for code in facts.SECTORS}
#: What the two sectors that cross a state line cover (lesson 04 explains both); every other sector lies in one state.
_CROSSING_NOTES = {
    "el_paso": "El Paso sector covers New Mexico and far west Texas",
    "yuma": "Yuma sector covers western Arizona and a corner of California",
}


def _states(code: str) -> tuple[str, ...]:
    """The state(s) a sector's stretch of border lies in (lesson 04's ``SECTOR_STATES``), west to east."""
    return tuple(SECTOR_STATES[code].split(", "))


def _sector_note(code: str) -> str:
    if code in _CROSSING_NOTES or len(_states(code)) > 1:
        return _CROSSING_NOTES.get(code, f"{_SECTOR_NAMES[code]} sector covers parts of {' and '.join(_states(code))}")
    former = facts.FORMER_NAMES.get(code)
    return _states(code)[0] + (f" (formerly {former} sector)" if former else "")


#: The state groups: Arizona's sectors are those touching Arizona (Yuma included), California's those wholly in it.
_ARIZONA = tuple(code for code in SECTOR_STATES if "Arizona" in _states(code))
_CALIFORNIA = tuple(code for code in SECTOR_STATES if _states(code) == ("California",))

#: Every series the explorer offers, by the name shown in its menu, in menu order.
SERIES: dict[str, Series] = {
    s.name: s
    for s in (
        Series("Southwest border", ("southwest_border",), "the nine southwest border sectors"),
        Series(
            "Nationwide",
            ("nationwide",),
            "all Border Patrol sectors, northern and coastal included; "
            "FY1925-FY2019: no exact nationwide figure was found for later years",
        ),
        Series(
            "Texas sectors",
            TEXAS_ONLY,
            f"the {len(TEXAS_ONLY)} sectors wholly in Texas (lesson 04's definition): "
            f"{', '.join(_SECTOR_NAMES[c] for c in TEXAS_ONLY[:-1])} and {_SECTOR_NAMES[TEXAS_ONLY[-1]]}; "
            f"{' and '.join(_SECTOR_NAMES[c] for c in PARTLY_TEXAS)} sector (far-west Texas and New Mexico) is kept apart",
        ),
        Series(
            "Arizona sectors",
            _ARIZONA,
            f"{' and '.join(_SECTOR_NAMES[c] for c in _ARIZONA)}; Yuma sector also covers a corner of California",
        ),
        Series(
            "California sectors",
            _CALIFORNIA,
            f"{' and '.join(_SECTOR_NAMES[c] for c in _CALIFORNIA)}; California's far south-east corner is in Yuma sector",
        ),
        *(Series(f"{label} sector", (column,), _sector_note(column)) for column, label in _SECTOR_NAMES.items()),
    )
}


def _series(name: str) -> Series:
    if name not in SERIES:
        raise KeyError(f"no series {name!r}; choose one of: {', '.join(SERIES)}")
    return SERIES[name]


@functools.cache
def _frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    return load_apprehensions().set_index("fiscal_year"), load_sectors().set_index("fiscal_year")


def series_values(name: str) -> pd.DataFrame:
    """One row per fiscal year that has a figure: ``count`` (int) and ``measure`` ("apprehensions" or "encounters").

    A state's series is the sum of its sectors, year by year (``.sum(axis=1)``); sectors are published FY1960-2019.
    """
    series = _series(name)
    yearly, sectors = _frames()
    if series.from_sectors:
        counts = sectors[list(series.columns)].sum(axis=1)
        measure = pd.Series("apprehensions", index=counts.index)
    else:
        counts = yearly[series.columns[0]].dropna()
        measure = yearly.loc[counts.index, "measure"]
    return pd.DataFrame({"count": counts.astype(int), "measure": measure.astype(str)}).rename_axis("fiscal_year")


def year_span(name: str) -> tuple[int, int]:
    """The first and last fiscal year with a figure in the series."""
    index = series_values(name).index
    return int(index.min()), int(index.max())


def _clip(name: str, years: tuple[int, int]) -> tuple[int, int]:
    first, last = year_span(name)
    start, end = sorted(int(y) for y in years)
    return max(start, first), min(end, last)


def encounter_years(data: pd.DataFrame | None = None) -> tuple[int, int] | None:
    """The first and last fiscal year counted as "encounters" (Title 8 apprehensions + Title 42 expulsions).

    Read from the ``measure`` column (FY2020-FY2023 in the data); None when ``data`` has no such year.
    """
    data = series_values("Southwest border") if data is None else data
    years = data.index[data["measure"] == "encounters"]
    return (int(years.min()), int(years.max())) if len(years) else None


def _break_span(data: pd.DataFrame | None = None) -> str:
    first, last = encounter_years(data) or encounter_years()
    return f"FY{first}-FY{last}" if last > first else f"FY{first}"


def _what(data: pd.DataFrame) -> str:
    if (data["measure"] == "encounters").all():
        return "Border Patrol encounters per fiscal year"
    if (data["measure"] == "encounters").any():
        return f"Border Patrol apprehensions per fiscal year (encounters in {_break_span(data)})"
    return "Border Patrol apprehensions per fiscal year"


def _runs(data: pd.DataFrame) -> list[pd.DataFrame]:
    """The rows split into runs of consecutive years with the same measure (so no line joins across the break)."""
    key = ((data["measure"] != data["measure"].shift()) | (data.index.to_series().diff() != 1)).cumsum()
    return [run for _, run in data.groupby(key.to_numpy())]


# --------------------------------------------------------------------------- explorer: chart and table


def explore_table(name: str, years: tuple[int, int]) -> pd.DataFrame:
    """A small table for the years chosen: first year, highest, lowest, last year, with the measure of each."""
    start, end = _clip(name, years)
    data = series_values(name).loc[start:end]
    if data.empty:
        first, last = year_span(name)
        raise ValueError(f"{name} has figures for FY{first}-FY{last} only, none in FY{min(years)}-FY{max(years)}")
    rows = {
        "first year": data.index[0],
        "highest": data["count"].idxmax(),
        "lowest": data["count"].idxmin(),
        "last year": data.index[-1],
    }
    table = pd.DataFrame({"fiscal_year": list(rows.values())}, index=pd.Index(list(rows), name=name))
    table["count"] = [int(data.at[year, "count"]) for year in table["fiscal_year"]]
    table["measure"] = [data.at[year, "measure"] for year in table["fiscal_year"]]
    return table


def _empty_chart(name: str, years: tuple[int, int]) -> Figure:
    first, last = year_span(name)
    fig = Figure()
    ax = fig.subplots()
    ax.set_axis_off()
    headline(
        fig,
        f"No figures for {name} in FY{min(years)}-FY{max(years)}",
        f"This series is published for FY{first}-FY{last}: move the years slider into that range.",
    )
    source_line(fig, "US Customs and Border Protection (CBP) statistics tables")
    return fig


def explore_chart(name: str, years: tuple[int, int]) -> Figure:
    """The series over the years chosen, in the house style, with the FY2020 break shaded when it is in range.

    The headline names the highest and the lowest year; for a single year it states that year's figure, on an
    x axis of a year either side. The note on the lowest year is placed where no line runs through it.
    """
    start, end = _clip(name, years)
    data = series_values(name).loc[start:end]
    with house_style():
        if data.empty:
            return _empty_chart(name, years)
        fig = Figure(figsize=(8, 4.8))
        ax = fig.subplots()
        span = encounter_years(data)
        for run in _runs(data):
            encounters = run["measure"].iloc[0] == "encounters"
            style = {"color": PALETTE["highlight"], "linestyle": "--"} if encounters else {"color": PALETTE["base"]}
            # the encounters line is named at its end; apprehensions, whose ends touch the break, at their start
            label = name if span is None or len(data) == 1 else "encounters" if encounters else "_apprehensions"
            ax.plot(run.index, run["count"], marker="o" if len(run) == 1 else None, label=label, **style)
            if span is not None and not encounters:
                ax.annotate(
                    "apprehensions",
                    (run.index[0], run["count"].iloc[0]),
                    xytext=(0, 8),
                    textcoords="offset points",
                    color=PALETTE["base"],
                    fontweight="bold",
                    fontsize=11,
                )
        if span is not None and len(data) > 1:  # one year is named in the headline, not shaded
            shade_span(ax, span[0] - 0.5, span[1] + 0.5, f"{_break_span(data)}: encounters, not comparable")
        label_line_ends(ax)
        ax.set_ylim(0, data["count"].max() * 1.15)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
        note = SERIES[name].note
        subtitle = f"{note[:1].upper()}{note[1:]}."
        if len(data) == 1:
            # one year: matplotlib would widen a single point's axis by a century each way; a year either side
            year, count, measure = start, int(data["count"].iloc[0]), data["measure"].iloc[0]
            ax.set_xlim(year - 1, year + 1)
            ax.set_xticks([year])
            headline(
                fig,
                f"{name}: {count:,} {measure} in FY{year}",
                f"Border Patrol {measure} in fiscal year {year} (October {year - 1} to September {year}), "
                f"one year only: widen the range to compare. {subtitle}",
            )
        else:
            low, high = data["count"].idxmin(), data["count"].idxmax()

            def which(year):
                return " (encounters)" if data.at[year, "measure"] == "encounters" and span != (start, end) else ""

            after = data.loc[span[1] + 1 :] if span is not None else data.iloc[0:0]
            again = (
                f" FY{after.index[0]} on: apprehensions again, comparable with the years before FY{span[0]}."
                if len(after)
                else ""
            )
            headline(
                fig,
                f"{name}: highest in FY{high}{which(high)}, lowest in FY{low}{which(low)}",
                f"{_what(data)}, FY{start}-FY{end}.{again} {subtitle}",
            )
        source_line(
            fig,
            "US Customs and Border Protection (CBP) statistics tables"
            + (f"; {_break_span(data)}: CBP encounters" if span is not None else ""),
        )
        if len(data) > 1:
            _note_clear_of_lines(
                ax,
                low,
                int(data.at[low, "count"]),
                f"lowest: FY{low}, {data.at[low, 'count']:,}",
                prefer_left=low > (start + end) / 2,
            )
    return fig


def _text_box(text: Text):
    """Where a text (or an annotation's text, without its leader line) is drawn: a Bbox in display pixels."""
    if isinstance(text, Annotation):
        text.get_window_extent()  # places the annotation's text for the current layout
    return Text.get_window_extent(text)


def _lines_in_display(ax) -> list[np.ndarray]:
    """The chart's lines (not the dots of annotations) as arrays of display points."""
    drawn = [line for line in ax.get_lines() if not str(line.get_label()).startswith("_annotation")]
    return [
        ax.transData.transform(
            np.column_stack([np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)])
        )
        for line in drawn
    ]


def _collides(box, lines: list[np.ndarray], others: list) -> bool:
    """Whether a text's box (with a few pixels of air) touches a line, a point of one, or another text."""
    air = box.padded(4)
    for points in lines:
        if len(points) > 1 and Path(points).intersects_bbox(air, filled=False):
            return True
        if any(air.contains(x, y) for x, y in points):
            return True
    return any(air.overlaps(other) for other in others)


def _note_clear_of_lines(ax, x, y, text: str, prefer_left: bool) -> Annotation:
    """Annotate a point with a note placed where it crosses no line and no other label, inside the plot.

    Tries places near the point first (below it, where the lowest point of a line leaves room, then ever
    higher above it, on either side), measured on the figure's final layout. The note stays out of that
    layout, so moving it cannot move anything else.
    """
    side = -1 if prefer_left else 1
    places = [(dx, dy) for dy in (-16, 30, 48, 70, 95, 125, 160, 200, 245) for dx in (24 * side, -24 * side)]
    ax.get_figure().draw_without_rendering()  # the final layout: headline, source line and ticks in place
    lines, frame = _lines_in_display(ax), ax.get_window_extent()
    others = [_text_box(other) for other in ax.texts]
    note, fallback = None, None
    for i, (dx, dy) in enumerate(places):
        if note is not None:
            note.remove()
        note = annotate_point(ax, x, y, text, dx=dx, dy=dy, dot=i == 0)
        note.set_in_layout(False)
        box = _text_box(note)
        if frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1:
            if not _collides(box, lines, others):
                return note
            fallback = fallback or (dx, dy)
    note.remove()
    dx, dy = fallback or places[2]
    note = annotate_point(ax, x, y, text, dx=dx, dy=dy, dot=False)
    note.set_in_layout(False)
    return note


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """The same table for reading: counts with thousands separators ("851,508"), other decimals to one place.

    Fiscal years stay as they are written (2019). Compute with the table itself; show this one.
    """
    shown = table.copy()
    for column in shown.columns:
        if pd.api.types.is_integer_dtype(shown[column]) and column != "fiscal_year":
            shown[column] = shown[column].map("{:,}".format)
        elif pd.api.types.is_float_dtype(shown[column]):
            shown[column] = shown[column].map("{:,.1f}".format)
    return shown


def _html_table(table: pd.DataFrame, index: bool = True) -> str:
    return readable(table).to_html(index=index, border=0, classes="border-figures-table")


# --------------------------------------------------------------------------- claims

#: The forms of claim the checker understands, each with an example.
CLAIM_FORMS = (
    ("FY<year> was the lowest since <year>", "FY2011 was the lowest since 1970"),
    ("FY<year> was a <n>-year low", "FY2017 was a 40-year low"),
    ("<number> people crossed in <year>", "300,000 people crossed in 2018"),
)

_YEAR = r"(?:FY\s?)?(?P<{}>\d{{4}})"
_QUALIFIER = (
    r"(?:(?P<qualifier>about|around|roughly|some|nearly|almost|over|more\s+than|under|fewer\s+than|less\s+than)\s+)?"
)
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*million)?|a\s+million)"

#: One regular expression per form of claim (case ignored; "FY" optional before years).
CLAIM_PATTERNS = {
    "lowest since": re.compile(
        rf"{_YEAR.format('year')}\s+(?:was|is)\s+(?:the\s+)?lowest\s+since\s+{_YEAR.format('since')}", re.I
    ),
    "year low": re.compile(rf"{_YEAR.format('year')}\s+(?:was|is)\s+an?\s+(?P<span>\d{{1,3}})[-\s]year\s+low", re.I),
    "crossed": re.compile(
        rf"{_QUALIFIER}{_NUMBER}\s+(?:people\s+|migrants\s+)?"
        rf"(?:have\s+)?crossed(?:\s+the\s+border)?\s+in\s+{_YEAR.format('year')}",
        re.I,
    ),
}

#: Claims to pick from in the claim checker (it also accepts typed ones).
EXAMPLE_CLAIMS = (
    "FY2011 was the lowest since 1970",
    "FY2011 was the lowest since 1972",
    "FY2017 was a 40-year low",
    "300,000 people crossed in 2018",
    "over a million people crossed in 2000",
    "FY2020 was the lowest since 2017",
)


@dataclass(frozen=True)
class Claim:
    """A claim, parsed: its form, the fiscal year it is about, and the figure it states."""

    form: str  # a key of CLAIM_PATTERNS
    year: int
    since: int | None = None  # "lowest since" and "year low" claims
    number: int | None = None  # "crossed" claims
    qualifier: str = ""  # "crossed" claims: "over", "about", "fewer than", ... ("" when none)


def _parse_number(text: str) -> int:
    text = text.lower().replace(",", "").strip()
    if re.fullmatch(r"a\s+million", text):
        return 1_000_000
    if text.endswith("million"):
        return round(float(text.removesuffix("million")) * 1_000_000)
    return round(float(text))


def parse_claim(text: str) -> Claim | None:
    """Read a claim with ``CLAIM_PATTERNS``; None when it has none of the understood forms."""
    text = " ".join(str(text).split()).rstrip(".!")
    for form, pattern in CLAIM_PATTERNS.items():
        match = pattern.fullmatch(text)
        if match:
            year = int(match["year"])
            if form == "lowest since":
                return Claim(form, year, since=int(match["since"]))
            if form == "year low":
                return Claim(form, year, since=year - int(match["span"]))
            qualifier = " ".join((match["qualifier"] or "").lower().split())
            return Claim(form, year, number=_parse_number(match["number"]), qualifier=qualifier)
    return None


def _understood() -> str:
    forms = "\n".join(f'- "{form}", e.g. "{example}"' for form, example in CLAIM_FORMS)
    return (
        f"The checker understands three forms of claim:\n{forms}\n"
        "Numbers may be written 300,000, 1.2 million or a million; years 2018 or FY2018."
    )


def _break_note(name: str, *years: int) -> list[str]:
    data = series_values(name)
    measures = {data.at[y, "measure"] for y in years if y in data.index}
    if "encounters" in measures:
        return [
            f"Careful: the {_break_span()} figures are encounters (Title 8 apprehensions plus Title 42 "
            "expulsions, March 2020 to 11 May 2023), not strictly comparable with apprehensions."
        ]
    span = encounter_years(data)
    if span is not None and any(y > span[1] for y in years):
        return [
            f"FY{span[1] + 1} on counts Title 8 apprehensions only again: comparable with the years before FY{span[0]}."
        ]
    return []


def _check_lowest(claim: Claim, name: str, data: pd.DataFrame) -> list[str]:
    year, claimed = claim.year, claim.since
    count = int(data.at[year, "count"])
    if claimed >= year:
        return [f'The year after "since" must come before FY{year}.', *_understood().splitlines()]
    since = lowest_since(data["count"], year)
    first = int(data.index.min())
    span = f"a {year - since}-year low" if since is not None else ""
    if since is None:
        lines = [f"FY{year} ({count:,}) is the lowest in the whole series, which starts in FY{first}."]
        if claimed < first:
            lines.append(
                f"The data cannot say whether FY{claimed}-FY{first - 1} were lower: the series starts in FY{first}."
            )
        else:
            lines[0] = f"True, and more: {lines[0]}"
        return lines + _break_note(name, year)
    evidence = f"Evidence: FY{year}: {count:,}; FY{since}: {int(data.at[since, 'count']):,}"
    if claimed in data.index and claimed != since:
        evidence += f"; FY{claimed}: {int(data.at[claimed, 'count']):,}"
    if claimed == since:
        verdict = f"Right: FY{year} ({count:,}) was the lowest since FY{since}, {span}."
    elif claimed < since:
        verdict = (
            f"Not so: FY{since} had fewer ({int(data.at[since, 'count']):,}). FY{year} was the lowest "
            f"since FY{since} ({span}), not since FY{claimed} (a {year - claimed}-year low)."
        )
    else:
        verdict = f"True, but it undersells it: FY{year} ({count:,}) was the lowest since FY{since}, {span}."
    return [verdict, evidence + ".", *_break_note(name, year, since)]


def _check_crossed(claim: Claim, name: str, data: pd.DataFrame) -> list[str]:
    year, claimed = claim.year, claim.number
    count = int(data.at[year, "count"])
    measure = data.at[year, "measure"]
    difference = (claimed - count) / count * 100
    gap = f"{abs(difference):.1f}% {'lower' if difference < 0 else 'higher'} than that"
    if claim.qualifier in ("over", "more than"):
        size = (
            f'So "{claim.qualifier} {claimed:,}" holds.'
            if count > claimed
            else f"So not {claim.qualifier} {claimed:,}."
        )
    elif claim.qualifier in ("under", "fewer than", "less than"):
        size = (
            f'So "{claim.qualifier} {claimed:,}" holds.'
            if count < claimed
            else f"So not {claim.qualifier} {claimed:,}."
        )
    elif abs(difference) <= 5:
        size = f"{claimed:,} is close to it ({difference:+.1f}%)."
    else:
        size = f"{claimed:,} is {gap}."
    return [
        f"FY{year} had {count:,} {name.lower() if name != 'Southwest border' else 'southwest border'} {measure} "
        f"(US Border Patrol, fiscal year October {year - 1} to September {year}). {size}",
        f'The checker reads {year} as fiscal year {year}, the year CBP reports by. "This year" in a story can '
        "also mean the calendar year so far, or the last year reported: lesson 03 computes those readings.",
        f"And {measure} are events, not people: one person caught twice counts twice, and people who crossed "
        "without being caught are not counted at all, so the count cannot say how many people crossed. The "
        "Department of Homeland Security publishes model-based estimates of successful unlawful entries, but they "
        "are not among the course's datasets (their tables were not found in the sources checked): with the "
        'course\'s data, a claim about "people who crossed" cannot be checked.',
        *_break_note(name, year),
    ]


def check_claim(text: str, series: str = "Southwest border") -> str:
    """Check a claim against the series (southwest border unless told); the answer and its evidence, as text.

    Unknown forms get a message listing the forms that are understood (``CLAIM_FORMS``).
    """
    claim = parse_claim(text)
    if claim is None:
        if not str(text).strip():
            return "Type or pick a claim.\n" + _understood()
        return f"I cannot read {str(text).strip()!r} as a claim.\n" + _understood()
    data = series_values(series)
    if claim.year not in data.index:
        first, last = year_span(series)
        return f"There is no {series.lower()} figure for FY{claim.year}: this series covers FY{first}-FY{last}."
    check = _check_lowest if claim.form in ("lowest since", "year low") else _check_crossed
    return "\n".join([f"Claim: {str(text).strip()}  (series: {series})", *check(claim, series, data)])


# --------------------------------------------------------------------------- troops

#: The fiscal year of the sector profile the calculator puts the troops beside: CBP counts the agents on board
#: on 30 September, the last day of the fiscal year (FY2018: the last full year before the article).
AGENTS_YEAR = 2018
#: What troops and agents do, in the article's words (tests check that the article says so).
TROOPS_DO, AGENTS_DO = (
    "helps with manual labour",
    "border patrol officers will still be the ones physically stopping illegal migration",
)


@functools.cache
def _profile(fiscal_year: int) -> pd.DataFrame:
    profiles = load_sector_profiles()
    return profiles[profiles["fiscal_year"] == fiscal_year].set_index("sector")


def agents_by_state(fiscal_year: int = AGENTS_YEAR) -> pd.DataFrame:
    """Border Patrol agents on board on 30 September, per border state, as a range: sectors are not states.

    From CBP's sector profile (``data.load_sector_profiles``), the nine southwest sectors mapped to states with
    lesson 04's ``SECTOR_STATES``: ``agents_at_least`` adds the sectors wholly in the state, ``agents_at_most``
    every sector touching it (El Paso counts for New Mexico and Texas, Yuma for Arizona and California).
    """
    agents = _profile(fiscal_year).loc[list(SECTOR_STATES), "agents"].astype(int)
    rows = [
        {
            "state": state,
            "agents_at_least": int(agents[[c for c in SECTOR_STATES if _states(c) == (state,)]].sum()),
            "agents_at_most": int(agents[[c for c in SECTOR_STATES if state in _states(c)]].sum()),
        }
        for state in facts.STATES
    ]
    return pd.DataFrame(rows).set_index("state")


def southwest_agents(fiscal_year: int = AGENTS_YEAR) -> int:
    """The profile's Southwest Border total: the nine sectors' agents *and* the Special Operations Group's (not a sector)."""
    return int(_profile(fiscal_year).at["southwest_border_total", "agents"])


def sector_agents(fiscal_year: int = AGENTS_YEAR) -> int:
    """The agents of the nine southwest sectors added up (less than ``southwest_agents``: no Special Operations Group)."""
    return int(_profile(fiscal_year).loc[list(facts.SECTORS), "agents"].sum())


def headline_troops() -> int:
    """The article's first figure, in its headline: the active-duty troops the Pentagon sends (lesson 02's 800)."""
    ledger = extract_figures(load_article().text)
    return int(ledger.loc[ledger["paragraph"] == 0, "value"].iloc[0])


def troop_table(troops: Mapping[str, int]) -> pd.DataFrame:
    """One row per state: troops, share of all troops (%), the chosen border length, troops per 100 miles,
    and beside them the Border Patrol agents in the state's sectors (``agents_by_state``: at least, at most)."""
    lengths = chosen_border_lengths()
    unknown = [state for state in troops if state not in lengths]
    if unknown:
        raise KeyError(f"no border length for {', '.join(unknown)}; the border states are {', '.join(lengths)}")
    table = pd.DataFrame({"state": list(troops), "troops": [int(n) for n in troops.values()]})
    total = table["troops"].sum()
    table["share_pct"] = (table["troops"] / total * 100).round(1) if total else 0.0
    table["border_miles"] = table["state"].map(lengths).astype(int)
    table["per_100_miles"] = (table["troops"] / table["border_miles"] * 100).round(1)
    agents = agents_by_state()
    for column in agents.columns:
        table[column] = table["state"].map(agents[column]).astype(int)
    return table


def troop_summary(troops: Mapping[str, int], stated_total: int | None = None) -> str:
    """One sentence: the total (beside the article's, if given) and the state with the most troops per 100 miles."""
    table = troop_table(troops)
    total = int(table["troops"].sum())
    said = f" (the article says {stated_total:,})" if stated_total is not None else ""
    if total == 0:
        return f"0 troops in all{said}: move a slider."
    top = table.loc[table["per_100_miles"].idxmax()]
    return (
        f"{total:,} troops in all{said}. Most troops per 100 miles of border: {top['state']}, "
        f"{top['per_100_miles']:.1f}."
    )


def troop_context(troops: Mapping[str, int]) -> str:
    """The troops beside the Border Patrol agents already there, one point a line (the calculator shows it)."""
    total = sum(int(n) for n in troops.values())
    agents, nine, headline_800 = southwest_agents(), sector_agents(), headline_troops()
    crossing = "; ".join(_CROSSING_NOTES.values())
    return "\n".join(
        [
            f"Beside the Border Patrol: {agents:,} agents were on board at the southwest border on 30 September "
            f"{AGENTS_YEAR} (CBP's FY{AGENTS_YEAR} sector profile). That total counts the Special Operations Group "
            f"too, which is not a sector: {agents - nine:,} more than the nine sectors' {nine:,}.",
            f"- {total:,} troops: {total / agents * 100:.1f}% as many as the agents.",
            f"- The article's headline {headline_800:,} troops: {headline_800 / agents * 100:.1f}% as many.",
            "A state's agents are a range, because sectors are not states (lesson 04): at least the agents of the "
            f"sectors wholly in the state, at most those of every sector touching it. {crossing}.",
            f'Troops and agents do different work. In the article, the Guard "{TROOPS_DO}", while '
            f'"{AGENTS_DO}". The agents give the troops a scale, not a measure of who guarded the border.',
        ]
    )


# --------------------------------------------------------------------------- widget builders


def _widgets():
    import ipywidgets

    return ipywidgets


def _answer_html(text: str, css_class: str = "border-figures-claim") -> str:
    """Each line a paragraph; lines starting with "- " a bulleted list. Everything typed is escaped."""
    parts, items = [], []
    for line in [*text.splitlines(), ""]:
        if line.startswith("- "):
            items.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line:
            parts.append(f"<p>{html.escape(line)}</p>")
    return f"<div class='{css_class}'>" + "".join(parts) + "</div>"


def claim_checker(series: str = "Southwest border", claim: str = ""):
    """Pick or type a claim in ``.claim``; Enter or ``.check`` writes the computed answer to ``.answer``."""
    w = _widgets()
    box = w.VBox()
    box.claim = w.Combobox(
        value=claim,
        options=list(EXAMPLE_CLAIMS),
        ensure_option=False,
        continuous_update=False,
        placeholder="e.g. FY2011 was the lowest since 1970",
        description="Claim",
        layout=w.Layout(width="480px"),
    )
    box.series = w.Dropdown(options=["Southwest border", "Nationwide"], value=series, description="Series")
    box.check = w.Button(description="Check", button_style="primary")
    box.answer = w.HTML()

    def answer(_change=None):
        box.answer.value = _answer_html(check_claim(box.claim.value, box.series.value))

    box.claim.observe(answer, names="value")
    box.series.observe(answer, names="value")
    box.check.on_click(answer)
    box.children = [w.HBox([box.claim, box.check]), box.series, box.answer]
    answer()
    return box


def troop_calculator(troops: Mapping[str, int] | None = None, stated_total: int | None = None):
    """One slider per state in ``.sliders``; moving one updates ``.table`` (shares, per 100 miles, the agents by
    state), ``.summary`` and ``.agents`` (the troops beside the Border Patrol's agents, ``troop_context``).

    Start values: ``troops`` if given, else the article's table (``helpers.troops.guard_table``).
    """
    w = _widgets()
    if troops is None:
        table = guard_table()
        troops = dict(zip(table["state"], table["troops"].astype(int)))
        stated_total = article_total() if stated_total is None else stated_total
    box = w.VBox()
    box.sliders = {
        state: w.IntSlider(
            value=int(n),
            min=0,
            max=max(3000, int(n)),
            step=1,
            description=state,
            continuous_update=False,
            layout=w.Layout(width="420px"),
        )
        for state, n in troops.items()
    }
    box.table = w.HTML()
    box.summary = w.HTML()
    box.agents = w.HTML()

    def update(_change=None):
        chosen = {state: slider.value for state, slider in box.sliders.items()}
        box.table.value = _html_table(troop_table(chosen), index=False)
        box.summary.value = f"<p>{html.escape(troop_summary(chosen, stated_total))}</p>"
        box.agents.value = _answer_html(troop_context(chosen), "border-figures-troop-context")

    for slider in box.sliders.values():
        slider.observe(update, names="value")
    box.children = [*box.sliders.values(), box.summary, box.table, box.agents]
    update()
    return box


def stop_calling(widget, name: str) -> int:
    """Make ``widget`` stop calling every function called ``name`` that an earlier run of a cell wired to it with
    ``observe`` (for its value, or for every change). Returns how many were removed.

    Re-running a cell that calls ``widget.observe(function, ...)`` defines a new function and adds it too, so the
    widget would call both; starting the cell with ``explorer.stop_calling(menu, "fit_years")`` keeps one.
    """
    removed = 0
    for trait, by_type in list(getattr(widget, "_trait_notifiers", {}).items()):
        for handler in list(by_type.get("change", [])):
            if getattr(handler, "__name__", None) == name:
                widget.unobserve(handler, names=trait)
                removed += 1
    return removed
