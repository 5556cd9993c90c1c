"""Right and wrong answers for checks.charting (see tests/variants/__init__.py).

Every answer is built with the course's loaders and chart helpers, the way lesson 05 builds it; no expected
number is typed in. Each figure is closed (``plt.close``) once drawn, so that the run never holds more than a
few open figures; a closed figure is still a whole Figure for the checks.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers import data, paths, story
from helpers.charts import (
    PALETTE,
    annotate_point,
    describe,
    headline,
    house_style,
    label_bars,
    save_chart,
    shade_span,
    source_line,
)
from helpers.troops import guard_table
from tests.variants import Args, Valid, Wrong

SOURCE = "Source: the article (25 Oct 2018), repeating a Pentagon spokesperson (31 Aug 2018)"


def _closed(fig):
    plt.close(fig)
    return fig


def _output(tmp_path, monkeypatch):
    """The course's output/ folder, moved into pytest's tmp_path for the test."""
    folder = tmp_path / "course" / "output"
    folder.mkdir(parents=True)
    monkeypatch.setattr(paths, "OUTPUT", folder)
    return folder


# --------------------------------------------------------------------------- section 1: a chart by hand


def _guard():
    return guard_table()


def _by_hand(
    *,
    kind="bar",
    table=None,
    values=None,
    title="National Guard troops at the border by state, according to the article",
    xlabel="State",
    ylabel="National Guard troops",
    source=SOURCE,
    on_axes=False,
):
    table = _guard() if table is None else table
    fig, ax = plt.subplots()
    values = table["troops"] if values is None else values
    if kind == "bar":
        ax.bar(table["state"], values)
    elif kind == "barh":
        ax.barh(table["state"], values)
    elif kind == "pandas":
        table.plot.bar(x="state", y="troops", ax=ax, legend=False)
    else:
        ax.plot(table["state"], values)
    if title:
        ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if source:
        (ax.text if on_axes else fig.text)(0.01, 0.01, source)
    return _closed(fig)


def _suptitled():
    fig, ax = plt.subplots()
    ax.bar(_guard()["state"], _guard()["troops"])
    fig.suptitle("Guard troops by state, according to a Pentagon spokesperson")
    ax.set(xlabel="State", ylabel="Troops")
    fig.text(0.01, 0.01, "Source: Pentagon spokesperson (31 Aug 2018), as repeated by the article (25 Oct 2018)")
    return _closed(fig)


def _saved(tmp_path, monkeypatch, *, where="output", name="guard-troops-by-hand.png", blank=False, as_text=False):
    _output(tmp_path, monkeypatch)
    folder = {
        "output": paths.output_dir(),
        "charts": paths.output_dir("charts"),
        "beside-the-notebook": tmp_path / "course" / "notebooks" / "output",
        "elsewhere": tmp_path,
    }[where]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    # after plt.show() (which closes the chart), plt.savefig saves a new, empty figure
    fig = plt.figure() if blank else _by_hand()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return str(path) if as_text else path


# --------------------------------------------------------------------------- exercises: spring 2017 and 2018


def _spring():
    monthly = data.load_monthly()
    return monthly[monthly["month_number"].isin([3, 4, 5]) & monthly["calendar_year"].isin([2017, 2018])]


def _by_month():
    return (
        _spring()
        .pivot(index=["month_number", "month"], columns="calendar_year", values="swb_apprehensions")
        .reset_index()
    )


def _baseline(*, year=2017, kind="bar", ylim="zero"):
    by_month = _by_month()
    fig, ax = plt.subplots(figsize=(6.5, 3.5))
    if kind == "bar":
        ax.bar(by_month["month"], by_month[year], color=PALETTE["muted"])
    elif kind == "barh":
        ax.barh(by_month["month"], by_month[year])
    elif kind == "positions":
        ax.bar(range(len(by_month)), [float(v) for v in by_month[year]])
    elif kind == "pandas":
        by_month.set_index("month")[year].plot.bar(ax=ax)
    elif kind == "line":
        ax.plot(by_month["month"], by_month[year])
    if ylim == "zero":
        ax.set_ylim(0, None)
    elif ylim == "bottom":
        ax.set_ylim(bottom=0)
    elif ylim == "misleading":
        ax.set_ylim(by_month[year].min() * 0.95, None)
    elif ylim == "below":
        ax.set_ylim(-by_month[year].max(), by_month[year].max() * 1.1)
    _closed(fig)
    return ax


def _totals(column="swb_apprehensions"):
    return _spring().groupby("calendar_year")[column].sum()


def _long_spring():
    return _spring()[["calendar_year", "month", "swb_apprehensions"]]


def _alt(text):
    return Args(text, _long_spring(), "month", "swb_apprehensions")


def _extremes():
    long = _long_spring()
    high, low = long.loc[long["swb_apprehensions"].idxmax()], long.loc[long["swb_apprehensions"].idxmin()]
    return high, low


def _by_hand_alt(high_year=None, low_year=None, *, lowest=True):
    high, low = _extremes()
    text = (
        f"Bar chart of southwest border apprehensions in spring: the highest is {high['month']} "
        f"{high['calendar_year'] if high_year is None else high_year} with {high['swb_apprehensions']:,}"
    )
    if lowest:
        text += (
            f"; the lowest is {low['month']} {low['calendar_year'] if low_year is None else low_year} "
            f"with {low['swb_apprehensions']:,}"
        )
    return text + "."


# --------------------------------------------------------------------------- section 2: the house style


def _ranked():
    return _guard().sort_values("troops")


def _top_share():
    ranked = _ranked()
    return ranked["state"].iloc[-1], ranked["troops"].iloc[-1] / ranked["troops"].sum()


def _headline(top=None, share=None, title=None):
    best, fraction = _top_share()
    top = best if top is None else top
    share = fraction if share is None else share
    title = (
        f"{best} had {fraction:.0%} of the Guard troops at the border, according to the article"
        if title is None
        else title
    )
    return Args(top, share, title)


def _guard_chart(*, order="ranked", colours="list", labels=True, kind="barh", words=False):
    ranked, (top, _) = _ranked(), _top_share()
    table = ranked if order == "ranked" else ranked.iloc[::-1]
    if colours == "list":
        colour = [PALETTE["highlight"] if s == top else PALETTE["muted"] for s in table["state"]]
    elif colours == "where":
        colour = list(np.where(table["state"] == top, PALETTE["highlight"], PALETTE["muted"]))
    else:
        colour = None
    with house_style():
        fig, ax = plt.subplots()
        if kind == "pandas":
            ax.barh(table["state"].to_numpy(), table["troops"].to_numpy(), color=colour)
        else:
            getattr(ax, kind)(table["state"], table["troops"], color=colour)
        if labels:
            label_bars(ax)
        if words:
            headline(fig, f"{top} had 52% of the Guard troops, according to the article", "By state")
            source_line(fig, "The article (25 Oct 2018), repeating a Pentagon spokesperson (31 Aug 2018)")
    return _closed(fig)


def _files(tmp_path, monkeypatch, *, name="guard-troops-by-state", saved=None, alt=None, expected=None, drop=None):
    _output(tmp_path, monkeypatch)
    ranked = _ranked()
    guard_alt = describe("barh", ranked, "state", "troops", title="Texas had most troops", y_label="troops")
    fig, ax = plt.subplots()
    ax.barh(ranked["state"], ranked["troops"])
    files = save_chart(fig, name, ranked if saved is None else saved, guard_alt if alt is None else alt)
    plt.close(fig)
    if drop:
        getattr(files, drop).unlink()
    return Args(files, "guard-troops-by-state", ranked if expected is None else expected, guard_alt)


# --------------------------------------------------------------------------- section 4: a long series


def _raw():
    return data.load_apprehensions()


def _years():
    return _raw().dropna(subset=["southwest_border"])


def _arrests():
    return _years()[_years()["measure"] == "apprehensions"]


def _encounters():
    return _years()[_years()["measure"] == "encounters"]


def _by_year():
    return _arrests().set_index("fiscal_year")["southwest_border"]


def _parts():
    by_year, encounters = _by_year(), _encounters()
    first, final = encounters["fiscal_year"].min(), encounters["fiscal_year"].max()
    return by_year, encounters, first, final, by_year.loc[: first - 1], by_year.loc[final + 1 :]


def _points():
    by_year = _by_year()
    return by_year.loc[:1989].idxmax(), by_year.idxmax(), by_year.loc[2000:].idxmin(), by_year.index.max()


def _series(*, joined=False, dashed="tuple", after="dots", markup=False, zero=True, rule=True, shade=True, notes=4):
    by_year, encounters, first, _, before, after_ = _parts()
    with house_style():
        fig, ax = plt.subplots(figsize=(7.5, 5))
        if joined:
            ax.plot(by_year.index, by_year, color=PALETTE["base"])
        else:
            ax.plot(before.index, before, color=PALETTE["base"])
        style = {"tuple": (0, (3, 1.5)), "dashes": "--", "solid": "-"}[dashed]
        ax.plot(encounters["fiscal_year"], encounters["southwest_border"], color=PALETTE["accent"], linestyle=style)
        if after == "dots":
            ax.plot(after_.index, after_, "o", color=PALETTE["base"])
        elif after == "scatter":
            ax.scatter(after_.index, after_, color=PALETTE["base"])
        elif after == "marker":
            ax.plot(after_.index, after_, marker="o", linestyle="none")
        else:
            ax.plot(after_.index, after_, "-")
        if markup:
            if rule:
                ax.axvline(first - 0.5, color=PALETTE["muted"], linewidth=0.8)
            if zero:
                ax.set_ylim(0, None)
            if shade:
                shade_span(ax, 1999.5, 2004.5, "Early 2000s")
            peak_1980s, peak, low, _ = _points()
            for year in [peak_1980s, peak, low, 2018][:notes]:
                annotate_point(ax, year, by_year[year], f"FY{year}: {by_year[year]:,}")
    _closed(fig)
    return fig, ax


def _series_alt(table="wide", **labels):
    years = _years()
    wide = years.pivot(index="fiscal_year", columns="measure", values="southwest_border").reset_index()
    _, _, low, _ = _points()
    title = f"Border arrests fell to their lowest since FY{story.lowest_since(_by_year(), low)} in FY{low}, then rose"
    if table == "wide":
        return describe("line", wide, "fiscal_year", ["apprehensions", "encounters"], title=title, **labels)
    if table == "wide, other order":
        return describe("line", wide, "fiscal_year", ["encounters", "apprehensions"], title=title, **labels)
    if table == "years":
        return describe("line", years, "fiscal_year", "southwest_border", title=title, **labels)
    return describe("line", _arrests(), "fiscal_year", "southwest_border", title=title, **labels)


LABELS = {"x_label": "fiscal year", "y_label": "southwest border arrests"}


# --------------------------------------------------------------------------- section 5: honest bars


def _spring_chart(*, swapped=False, overlap=False, ticks="both", finished=False, zero=True, legend=None, labels=1):
    by_month = _by_month()
    x = np.arange(len(by_month))
    with house_style():
        fig, ax = plt.subplots()
        years = [2018, 2017] if swapped else [2017, 2018]
        shift = 0 if overlap else 0.2
        ax.bar(x - shift, by_month[years[0]], width=0.4, color=PALETTE["muted"], label=str(years[0]))
        ax.bar(x + shift, by_month[years[1]], width=0.4, color=PALETTE["base"], label=str(years[1]))
        if ticks == "both":
            ax.set_xticks(x, by_month["month"])
        elif ticks == "two-calls":
            ax.set_xticks(x)
            ax.set_xticklabels(by_month["month"])
        if finished:
            for _ in range(labels):
                label_bars(ax)
            ax.set_ylim(0 if zero else by_month[2017].min() / 2, by_month[2018].max() * 1.3)
            ax.legend(**(legend if legend is not None else {"loc": "upper left", "frameon": False, "ncols": 2}))
    _closed(fig)
    return fig, ax


# --------------------------------------------------------------------------- section 6: small multiples


def _panels():
    return data.load_sectors().set_index("fiscal_year").drop(columns="southwest_border_total")


def _order():
    return _panels().loc[2018].sort_values(ascending=False).index


def _multiples(*, ascending=False, sharey=True, titles=True, words=False, mark="fill"):
    sectors = _panels()
    names = sectors.loc[2018].sort_values(ascending=ascending).index
    with house_style():
        fig, axes = plt.subplots(3, 3, figsize=(7.5, 7), sharex=True, sharey=sharey)
        for ax, sector in zip(axes.flat, names):
            if mark == "fill":
                ax.fill_between(sectors.index, sectors[sector], color=PALETTE["base"], alpha=0.85, linewidth=0)
            else:
                ax.plot(sectors.index, sectors[sector])
            if titles:
                ax.set_title(sector.replace("_", " ").title() if titles is True else titles(sector))
        if words:
            headline(fig, "The busiest sector moved east", "Apprehensions by sector; same scale in every panel")
            source_line(fig, "US Customs and Border Protection")
    return _closed(fig)


def _one_panel():
    """Every sector on one Axes: plt.subplots() without the 3, 3."""
    sectors = _panels()
    fig, ax = plt.subplots()
    for sector in _order():
        ax.plot(sectors.index, sectors[sector])
    return _closed(fig)


# --------------------------------------------------------------------------- your turn: a sector's finding


def _sectors():
    return data.load_sectors().set_index("fiscal_year")


def _tucson(year):
    return _sectors().loc[year, "tucson"]


def _rgv(year):
    return _sectors().loc[year, "rio_grande_valley"]


def _example():
    row = _panels().loc[2018]
    top = row.idxmax()
    return (
        f"In FY2018, the Border Patrol's {top.replace('_', ' ').title()} sector made {row[top]:,} apprehensions, "
        f"{row[top] / row.sum():.0%} of the southwest border total."
    )


VARIANTS: dict[str, list] = {
    "check_chart": [
        Valid("the-notebooks", lambda: _by_hand()),
        Valid(
            "sorted-horizontal",
            lambda: _by_hand(kind="barh", table=_guard().sort_values("troops"), xlabel="Troops", ylabel="State"),
        ),
        Valid("pandas-plot", lambda: _by_hand(kind="pandas")),
        Valid("suptitle-pentagon-first", _suptitled),
        Valid("title-the-article-says", lambda: _by_hand(title="Texas had most Guard troops, the article says")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("the-axes", lambda: _by_hand().axes[0], "Pass the whole Figure"),
        Wrong("a-line", lambda: _by_hand(kind="line"), "draw bars"),
        Wrong(
            "shares", lambda: _by_hand(values=_guard()["troops"] / _guard()["troops"].sum() * 100), "`troops` column"
        ),
        Wrong("no-source", lambda: _by_hand(source=None), "fig.text"),
        Wrong("source-on-the-axes", lambda: _by_hand(on_axes=True), "Put it on the figure"),
        Wrong("no-attribution", lambda: _by_hand(title="National Guard troops by state"), "according to"),
        Wrong("no-y-label", lambda: _by_hand(ylabel=""), "ax.set_ylabel"),
        Wrong(
            "source-not-the-article",
            lambda: _by_hand(source="Source: US Customs and Border Protection"),
            "add the article",
        ),
    ],
    "check_saved": [
        Valid("a-path", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch)),
        Valid("a-str", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, as_text=True)),
        Valid("in-a-subfolder", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, where="charts")),
        Valid("capital-suffix", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, name="guard.PNG")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "beside-the-notebook",
            lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, where="beside-the-notebook"),
            "output_dir()",
        ),
        Wrong(
            "elsewhere", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, where="elsewhere"), "output_dir()"
        ),
        Wrong("an-svg", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, name="guard.svg"), "`.png`"),
        Wrong(
            "never-saved",
            lambda tmp_path, monkeypatch: _output(tmp_path, monkeypatch) / "never-saved.png",
            "Run the cell",
        ),
        Wrong("the-figure", lambda: _by_hand(), "Store the *path*"),
        Wrong("after-plt-show", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, blank=True), "blank"),
    ],
    "check_zero_baseline": [
        Valid("set_ylim-zero", lambda: _baseline()),
        Valid("no-set_ylim", lambda: _baseline(ylim=None)),
        Valid("set_ylim-bottom", lambda: _baseline(ylim="bottom")),
        Valid("barh", lambda: _baseline(kind="barh", ylim=None)),
        Valid("positions-and-floats", lambda: _baseline(kind="positions")),
        Valid("pandas-plot", lambda: _baseline(kind="pandas", ylim=None)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("still-misleading", lambda: _baseline(ylim="misleading"), "set_ylim(0, None)"),
        Wrong("spring-2018", lambda: _baseline(year=2018), "by_month[2017]"),
        Wrong("the-figure", lambda: _baseline().figure, "should be the Axes"),
        Wrong("a-line", lambda: _baseline(kind="line"), "ax.bar(...)"),
        Wrong("below-zero", lambda: _baseline(ylim="below"), "start it at 0"),
    ],
    "check_spring_ratio": [
        Valid("by_month-sums", lambda: round(_by_month()[2018].sum() / _by_month()[2017].sum(), 2)),
        Valid("groupby-sums", lambda: round(_totals()[2018] / _totals()[2017], 2)),
        Valid("np.round-float", lambda: float(np.round(_totals()[2018] / _totals()[2017], 2))),
        Valid("builtin-sum", lambda: round(sum(_by_month()[2018]) / sum(_by_month()[2017]), 2)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("unrounded", lambda: _totals()[2018] / _totals()[2017], "round(x, 2)"),
        Wrong("one-decimal", lambda: round(_totals()[2018] / _totals()[2017], 1), "two decimals"),
        Wrong("the-other-way", lambda: round(_totals()[2017] / _totals()[2018], 2), "other way round"),
        Wrong(
            "march-only",
            lambda: round(_by_month().loc[0, 2018] / _by_month().loc[0, 2017], 2),
            "spring is March to May",
        ),
        Wrong("percent-increase", lambda: (_totals()[2018] / _totals()[2017] - 1) * 100, "percentage increase"),
        Wrong(
            "nationwide",
            lambda: round(_totals("nationwide_apprehensions")[2018] / _totals("nationwide_apprehensions")[2017], 2),
            "swb_apprehensions",
        ),
        Wrong("mean-of-months", lambda: round((_by_month()[2018] / _by_month()[2017]).mean(), 2), "Add up each spring"),
        Wrong("text", lambda: f"{_totals()[2018] / _totals()[2017]:.2f}", "no quotes"),
    ],
    "check_alt_text": [
        Valid(
            "describe-labelled",
            lambda: _alt(
                describe(
                    "bar",
                    _long_spring().assign(
                        label=_long_spring()["month"] + " " + _long_spring()["calendar_year"].astype(str)
                    ),
                    "label",
                    "swb_apprehensions",
                    title="Spring 2018 arrests were about three times those of spring 2017",
                    x_label="month and year",
                    y_label="southwest border apprehensions",
                )
            ),
        ),
        Valid(
            "describe-wide",
            lambda: _alt(
                describe(
                    "bar",
                    _by_month().rename(columns=str),
                    "month",
                    ["2017", "2018"],
                    title="Spring 2018 arrests were about three times those of spring 2017",
                    y_label="southwest border apprehensions",
                )
            ),
        ),
        Valid("by-hand", lambda: _alt(_by_hand_alt())),
        Valid(
            "year-first",
            lambda: _alt(
                f"Bar chart of southwest border apprehensions in spring. In {_extremes()[0]['calendar_year']}, "
                f"{_extremes()[0]['month']} had the most, {_extremes()[0]['swb_apprehensions']:,}; in "
                f"{_extremes()[1]['calendar_year']} {_extremes()[1]['month']} had the fewest, "
                f"{_extremes()[1]['swb_apprehensions']:,}."
            ),
        ),
        Wrong("unanswered", lambda: _alt(...), "Replace the `...`"),
        Wrong("too-short", lambda: _alt("A bar chart."), "too short"),
        Wrong("no-lowest", lambda: _alt(_by_hand_alt(lowest=False)), "the lowest value"),
        Wrong("years-swapped", lambda: _alt(_by_hand_alt(high_year=2017, low_year=2018)), "Tie each number"),
        Wrong("not-text", lambda: _alt(_totals()[2018]), "a sentence or two"),
    ],
    "check_ranked_guard": [
        Valid("sort_values", lambda: _guard().sort_values("troops")),
        Valid("reset_index", lambda: _guard().sort_values("troops").reset_index(drop=True)),
        Valid(
            "by-ascending-columns-swapped",
            lambda: _guard().sort_values(by="troops", ascending=True)[["troops", "state"]],
        ),
        Valid("nsmallest", lambda: _guard().nsmallest(len(_guard()), "troops")),
        Valid("argsort", lambda: _guard().iloc[_guard()["troops"].argsort()]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("largest-first", lambda: _guard().sort_values("troops", ascending=False), "leave out `ascending=False`"),
        Wrong("by-state", lambda: _guard().sort_values("state"), '.sort_values("troops")'),
        Wrong("not-sorted", lambda: _guard(), "Sort it by troops"),
        Wrong("one-column", lambda: _guard().sort_values("troops")["troops"], "needs the column"),
    ],
    "check_guard_headline": [
        Valid("the-notebooks", lambda: _headline()),
        Valid(
            "idxmax-and-a-rounded-share",
            lambda: _headline(
                top=_guard().loc[_guard()["troops"].idxmax(), "state"], share=float(round(_top_share()[1], 4))
            ),
        ),
        Valid(
            "according-to-first",
            lambda: _headline(title=f"According to the article, {_top_share()[0]} had {_top_share()[1]:.0%} of them"),
        ),
        Valid(
            "one-decimal-in-the-headline",
            lambda: _headline(
                title=f"{_top_share()[0]} had {_top_share()[1]:.1%} of the Guard troops, according to the article"
            ),
        ),
        Valid(
            "max-over-sum",
            lambda: _headline(share=_guard()["troops"].max() / sum(_guard()["troops"])),
        ),
        Wrong("unanswered", lambda: _headline(top=...), "Replace the `...`"),
        Wrong("the-first-row", lambda: _headline(top=_ranked()["state"].iloc[0]), "`.iloc[-1]`"),
        Wrong("a-percentage", lambda: _headline(share=_top_share()[1] * 100), "Keep the fraction"),
        Wrong(
            "no-share-in-the-title",
            lambda: _headline(title="Texas had most of the Guard troops, according to the article"),
            "its share",
        ),
        Wrong(
            "no-attribution",
            lambda: _headline(title=f"{_top_share()[0]} had {_top_share()[1]:.0%} of the Guard troops"),
            "according to the article",
        ),
        Wrong("the-whole-row", lambda: _headline(top=_ranked().iloc[-1]), 'ranked.iloc[-1]["state"]'),
        Wrong(
            "share-of-the-others",
            lambda: _headline(share=_ranked()["troops"].iloc[-1] / _ranked()["troops"].iloc[:-1].sum()),
            "Divide by *all* the troops",
        ),
    ],
    "check_guard_chart": [
        Valid("the-notebooks", lambda: Args(_guard_chart())),
        Valid("np.where-colours", lambda: Args(_guard_chart(colours="where"))),
        Valid("numpy-arrays", lambda: Args(_guard_chart(kind="pandas"))),
        Valid("finished", lambda: Args(_guard_chart(words=True), finished=True)),
        Wrong("unanswered", lambda: Args(...), "Replace the `...`"),
        Wrong("vertical", lambda: Args(_guard_chart(kind="bar")), "ax.barh(...)"),
        Wrong("largest-at-the-bottom", lambda: Args(_guard_chart(order="reversed")), "sorted smallest first"),
        Wrong("one-colour", lambda: Args(_guard_chart(colours=None)), 'PALETTE["highlight"]'),
        Wrong("no-labels", lambda: Args(_guard_chart(labels=False)), "label_bars(ax)"),
        Wrong("no-headline", lambda: Args(_guard_chart(), finished=True), "headline(guard_fig"),
        Wrong("the-axes", lambda: Args(_guard_chart().axes[0]), "Pass the whole Figure"),
    ],
    "check_chart_files": [
        Valid("the-notebooks", lambda tmp_path, monkeypatch: _files(tmp_path, monkeypatch)),
        Valid(
            "data-with-reset-labels",
            lambda tmp_path, monkeypatch: _files(
                tmp_path, monkeypatch, saved=_ranked().reset_index(drop=True), expected=_ranked()
            ),
        ),
        Valid(
            "data-indexed-by-state",
            lambda tmp_path, monkeypatch: _files(
                tmp_path, monkeypatch, saved=_ranked().set_index("state"), expected=_ranked().set_index("state")
            ),
        ),
        Wrong("unanswered", lambda: Args(..., "guard-troops-by-state", _ranked(), "Bar chart."), "Replace the `...`"),
        Wrong(
            "another-name", lambda tmp_path, monkeypatch: _files(tmp_path, monkeypatch, name="guard"), "then the name"
        ),
        Wrong(
            "unsorted-data",
            lambda tmp_path, monkeypatch: _files(tmp_path, monkeypatch, saved=_guard()),
            "third argument",
        ),
        Wrong(
            "other-alt-text",
            lambda tmp_path, monkeypatch: _files(tmp_path, monkeypatch, alt="The title only"),
            "fourth argument",
        ),
        Wrong(
            "one-path",
            lambda tmp_path, monkeypatch: Args(
                _files(tmp_path, monkeypatch).args[0].png, "guard-troops-by-state", _ranked(), "x"
            ),
            "files = save_chart(...)",
        ),
        Wrong(
            "a-file-deleted", lambda tmp_path, monkeypatch: _files(tmp_path, monkeypatch, drop="svg"), "Run the cell"
        ),
    ],
    "check_series_years": [
        Valid("dropna-subset", _years),
        Valid("notna-mask", lambda: _raw()[_raw()["southwest_border"].notna()]),
        Valid("reset-and-reversed", lambda: _years().reset_index(drop=True)[::-1]),
        Valid("not-isna", lambda: _raw()[~_raw()["southwest_border"].isna()]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("every-row", _raw, '.dropna(subset=["southwest_border"])'),
        Wrong("dropna-everything", lambda: _raw().dropna(), "Look only at southwest_border"),
        Wrong("another-column", lambda: _raw().dropna(subset=["nationwide"]), "condition that chooses the rows"),
    ],
    "check_series_measures": [
        Valid("masks", lambda: Args(_arrests(), _encounters())),
        Valid(
            "query",
            lambda: Args(_years().query("measure == 'apprehensions'"), _years().query("measure != 'apprehensions'")),
        ),
        Valid(
            "isin-loc",
            lambda: Args(
                _years().loc[_years()["measure"].isin(["apprehensions"])],
                _years().loc[_years()["measure"] == "encounters"],
            ),
        ),
        Valid(
            "groupby-get_group",
            lambda: Args(
                _years().groupby("measure").get_group("apprehensions"),
                _years().groupby("measure").get_group("encounters"),
            ),
        ),
        Wrong("unanswered", lambda: Args(..., _encounters()), "Replace the `...`"),
        Wrong("swapped", lambda: Args(_encounters(), _arrests()), "swapped"),
        Wrong("arrests-every-row", lambda: Args(_years(), _encounters()), 'years[years["measure"] == "apprehensions"]'),
        Wrong("encounters-every-row", lambda: Args(_arrests(), _years()), 'years[years["measure"] == "encounters"]'),
    ],
    "check_series_by_year": [
        Valid("set_index", _by_year),
        Valid("one-column-table", lambda: _arrests().set_index("fiscal_year")[["southwest_border"]]),
        Valid(
            "lists-as-floats",
            lambda: pd.Series(
                list(_arrests()["southwest_border"].astype(float)), index=list(_arrests()["fiscal_year"])
            ),
        ),
        Valid("attribute", lambda: _arrests().set_index("fiscal_year").southwest_border),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("numbered", lambda: _arrests()["southwest_border"].reset_index(drop=True), '.set_index("fiscal_year")'),
        Wrong("with-encounters", lambda: _years().set_index("fiscal_year")["southwest_border"], "Start from `arrests`"),
        Wrong("whole-table", lambda: _arrests().set_index("fiscal_year"), '["column name"]'),
    ],
    "check_series_break": [
        Valid("the-notebooks", lambda: Args(*_parts()[2:])),
        Valid(
            "int-float-masks",
            lambda: Args(
                int(_parts()[2]),
                float(_parts()[3]),
                _by_year()[_by_year().index < _parts()[2]],
                _by_year()[_by_year().index > _parts()[3]],
            ),
        ),
        Valid(
            "builtins-inclusive-loc",
            lambda: Args(
                min(_encounters()["fiscal_year"]),
                max(_encounters()["fiscal_year"]),
                _by_year().loc[: _parts()[2]],
                _by_year().loc[_parts()[3] :],
            ),
        ),
        Wrong("unanswered", lambda: Args(..., *_parts()[3:]), "Replace the `...`"),
        Wrong("first-final-swapped", lambda: Args(_parts()[3], _parts()[2], *_parts()[4:]), "swapped"),
        Wrong(
            "a-count",
            lambda: Args(_encounters()["southwest_border"].min(), *_parts()[3:]),
            "take the `fiscal_year` column",
        ),
        Wrong(
            "before-every-year", lambda: Args(_parts()[2], _parts()[3], _by_year(), _parts()[5]), "up to `first - 1`"
        ),
        Wrong("before-after-swapped", lambda: Args(_parts()[2], _parts()[3], _parts()[5], _parts()[4]), "swapped"),
    ],
    "check_series_points": [
        Valid("the-notebooks", lambda: Args(*_points())),
        Valid("ints", lambda: Args(*(int(p) for p in _points()))),
        Valid(
            "masks-and-sorting",
            lambda: Args(
                _by_year()[_by_year().index <= 1989].idxmax(),
                _by_year().sort_values().index[-1],
                _by_year()[_by_year().index >= 2000].idxmin(),
                max(_by_year().index),
            ),
        ),
        Wrong("unanswered", lambda: Args(..., *_points()[1:]), "Replace the `...`"),
        Wrong("a-count", lambda: Args(_by_year().loc[:1989].max(), *_points()[1:]), "`.idxmax()` and `.idxmin()`"),
        Wrong("1980s-whole-series", lambda: Args(_by_year().idxmax(), *_points()[1:]), "by_year.loc[:1989]"),
        Wrong(
            "low-whole-series",
            lambda: Args(_points()[0], _points()[1], _by_year().idxmin(), _points()[3]),
            "by_year.loc[2000:]",
        ),
        Wrong("last-a-count", lambda: Args(*_points()[:3], _by_year().iloc[-1]), "not a year"),
    ],
    "check_series_since": [
        Valid(
            "the-notebooks",
            lambda: (lambda earlier, low: earlier[earlier < _by_year()[low]].index.max())(
                _by_year().loc[: _points()[2] - 1], _points()[2]
            ),
        ),
        Valid("story.lowest_since", lambda: story.lowest_since(_by_year(), _points()[2])),
        Valid(
            "a-loop",
            lambda: int(max(y for y, n in _by_year().items() if y < _points()[2] and n < _by_year()[_points()[2]])),
        ),
        Valid(
            "float-last-label",
            lambda: float(_by_year().loc[: _points()[2] - 1][lambda s: s < _by_year()[_points()[2]]].index[-1]),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "earliest",
            lambda: _by_year().loc[: _points()[2] - 1][lambda s: s < _by_year()[_points()[2]]].index.min(),
            "`.max()` of those years",
        ),
        Wrong("the-year-before", lambda: _points()[2] - 1, "Keep only the earlier years"),
        Wrong(
            "a-count",
            lambda: _by_year().loc[: _points()[2] - 1][lambda s: s < _by_year()[_points()[2]]].max(),
            "not of the values",
        ),
    ],
    "check_series_marks": [
        Valid("the-notebooks", lambda: Args(*_series())),
        Valid("figure-only", lambda: Args(_series()[0])),
        Valid("dashes-and-notes", lambda: Args(*_series(dashed="dashes", markup=True))),
        Valid("marker-keyword", lambda: Args(*_series(after="marker"))),
        Valid("scatter-dots", lambda: Args(*_series(after="scatter"))),
        Wrong("unanswered", lambda: Args(...), "Replace the `...`"),
        Wrong("joined", lambda: Args(_series(joined=True)[0]), "Draw `before` and `after` apart"),
        Wrong("solid-encounters", lambda: Args(_series(dashed="solid")[0]), "draw them dashed"),
        Wrong("after-a-line", lambda: Args(_series(after="line")[0]), "`after` should be dots"),
        Wrong("another-axes", lambda: Args(_series()[0], _baseline()), "same `plt.subplots(...)`"),
    ],
    "check_series_markup": [
        Valid("the-notebooks", lambda: _series(markup=True)[0]),
        Valid("with-the-dashes", lambda: _series(markup=True, dashed="dashes")[0]),
        Valid("scatter-dot", lambda: _series(markup=True, after="scatter")[0]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("not-from-zero", lambda: _series(markup=True, zero=False)[0], "set_ylim(0, None)"),
        Wrong("no-rule", lambda: _series(markup=True, rule=False)[0], "axvline"),
        Wrong("no-shading", lambda: _series(markup=True, shade=False)[0], "shade_span"),
        Wrong("three-notes", lambda: _series(markup=True, notes=3)[0], "FY2018"),
    ],
    "check_series_alt": [
        Valid("describe-with-labels", lambda: _series_alt(**LABELS)),
        Valid(
            "other-order-other-words",
            lambda: _series_alt("wide, other order", x_label="Fiscal year", y_label="Border Patrol apprehensions"),
        ),
        Valid(
            "by-hand",
            lambda: (
                f"Line chart of southwest border apprehensions by fiscal year, FY{_by_year().index.min()}-"
                f"FY{_by_year().index.max()}. The highest is {_by_year().max():,} in FY{_by_year().idxmax()}. "
                "Encounters, which include Title 42 expulsions, are drawn apart for "
                f"FY{_encounters()['fiscal_year'].min()}-FY{_encounters()['fiscal_year'].max()}; the highest encounters "
                f"figure is {_encounters()['southwest_border'].max():,}."
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("column-names", lambda: _series_alt("years"), "x_label="),
        Wrong("encounters-highest", lambda: _series_alt("years", **LABELS), "two lines"),
        Wrong("values", lambda: _series_alt(x_label="fiscal year"), 'y_label="southwest border'),
        Wrong("no-encounters", lambda: _series_alt("arrests", **LABELS), "describe both"),
        Wrong("not-text", lambda: 42, "should be the alt text"),
    ],
    "check_spring_rows": [
        Valid("isin-and", _spring),
        Valid(
            "query", lambda: data.load_monthly().query("month_number in [3, 4, 5] and calendar_year in [2017, 2018]")
        ),
        Valid(
            "ranges-reversed",
            lambda: (
                lambda m: m[
                    (m["month_number"] >= 3)
                    & (m["month_number"] <= 5)
                    & (m["calendar_year"] >= 2017)
                    & (m["calendar_year"] <= 2018)
                ].iloc[::-1]
            )(data.load_monthly()),
        ),
        Valid(
            "month-names",
            lambda: (lambda m: m[m["month"].isin(["March", "April", "May"]) & m["calendar_year"].between(2017, 2018)])(
                data.load_monthly()
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "every-year",
            lambda: data.load_monthly()[data.load_monthly()["month_number"].isin([3, 4, 5])],
            "Keep calendar 2017 and 2018 only",
        ),
        Wrong(
            "every-month",
            lambda: data.load_monthly()[data.load_monthly()["calendar_year"].isin([2017, 2018])],
            "Keep March to May only",
        ),
        Wrong(
            "or",
            lambda: (lambda m: m[m["month_number"].isin([3, 4, 5]) | m["calendar_year"].isin([2017, 2018])])(
                data.load_monthly()
            ),
            "match both: `&`",
        ),
    ],
    "check_spring_by_month": [
        Valid("pivot", _by_month),
        Valid(
            "pivot_table",
            lambda: (
                _spring()
                .pivot_table(
                    index=["month_number", "month"], columns="calendar_year", values="swb_apprehensions", aggfunc="sum"
                )
                .reset_index()
            ),
        ),
        Valid("columns-reordered", lambda: _by_month()[["month", 2018, 2017, "month_number"]]),
        Valid(
            "groupby-unstack",
            lambda: (
                _spring()
                .groupby(["month_number", "month", "calendar_year"])["swb_apprehensions"]
                .sum()
                .unstack()
                .reset_index()
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "no-reset_index",
            lambda: _spring().pivot(
                index=["month_number", "month"], columns="calendar_year", values="swb_apprehensions"
            ),
            ".reset_index()",
        ),
        Wrong("text-years", lambda: _by_month().rename(columns=str), "pivot the `calendar_year`"),
        Wrong(
            "alphabetical",
            lambda: _spring().pivot(index="month", columns="calendar_year", values="swb_apprehensions").reset_index(),
            "Keep `month_number` in the index",
        ),
    ],
    "check_spring_chart": [
        Valid("the-notebooks", lambda: Args(*_spring_chart())),
        Valid("figure-only", lambda: Args(_spring_chart()[0])),
        Valid("ticks-in-two-calls", lambda: Args(_spring_chart(ticks="two-calls")[0])),
        Valid("finished", lambda: Args(_spring_chart(finished=True)[0], finished=True)),
        Valid(
            "finished-older-keywords",
            lambda: Args(
                _spring_chart(finished=True, legend={"loc": 2, "frameon": False, "ncol": 2})[0], finished=True
            ),
        ),
        Valid("labelled-three-times", lambda: Args(_spring_chart(finished=True, labels=3)[0], finished=True)),
        Wrong("unanswered", lambda: Args(...), "Replace the `...`"),
        Wrong("2018-first", lambda: Args(_spring_chart(swapped=True)[0]), "Draw 2017 first"),
        Wrong("overlap", lambda: Args(_spring_chart(overlap=True)[0]), "`x - 0.2` and `x + 0.2`"),
        Wrong("no-month-names", lambda: Args(_spring_chart(ticks=None)[0]), 'set_xticks(x, by_month["month"])'),
        Wrong("not-labelled", lambda: Args(_spring_chart()[0], finished=True), "label_bars(spring_ax)"),
        Wrong(
            "not-from-zero", lambda: Args(_spring_chart(finished=True, zero=False)[0], finished=True), "start at zero"
        ),
        Wrong(
            "legend-anywhere",
            lambda: Args(_spring_chart(finished=True, legend={"frameon": False, "ncols": 2})[0], finished=True),
            'loc="upper left"',
        ),
    ],
    "check_panel_table": [
        Valid("set_index-drop", _panels),
        Valid(
            "drop-then-set_index",
            lambda: data.load_sectors().drop(columns=["southwest_border_total"]).set_index("fiscal_year"),
        ),
        Valid(
            "columns-listed-reversed",
            lambda: data.load_sectors().set_index("fiscal_year")[list(data.SECTORS)][::-1],
        ),
        Valid(
            "drop-axis-1", lambda: data.load_sectors().set_index("fiscal_year").drop("southwest_border_total", axis=1)
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("with-the-total", lambda: data.load_sectors().set_index("fiscal_year"), "drop it"),
        Wrong(
            "no-index", lambda: data.load_sectors().drop(columns="southwest_border_total"), '.set_index("fiscal_year")'
        ),
        Wrong("numbered", lambda: _panels().reset_index(drop=True), "numbered 0, 1, 2"),
    ],
    "check_panel_order": [
        Valid("an-index", _order),
        Valid("a-list", lambda: list(_order())),
        Valid("nlargest-tolist", lambda: _panels().loc[2018].nlargest(len(_panels().columns)).index.tolist()),
        Valid(
            "sorted-columns",
            lambda: sorted(_panels().columns, key=lambda c: _panels().loc[2018, c], reverse=True),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("quietest-first", lambda: _panels().loc[2018].sort_values().index, "ascending=False"),
        Wrong("the-numbers", lambda: list(_panels().loc[2018].sort_values(ascending=False)), "the sector *names*"),
        Wrong("all-years", lambda: _panels().sum().sort_values(ascending=False).index, "sectors.loc[2018]"),
    ],
    "check_small_multiples": [
        Valid("the-notebooks", lambda: Args(_multiples())),
        Valid("lines", lambda: Args(_multiples(mark="line"))),
        Valid("titles-in-capitals", lambda: Args(_multiples(titles=lambda s: s.replace("_", " ").upper()))),
        Valid("finished", lambda: Args(_multiples(words=True), finished=True)),
        Wrong("unanswered", lambda: Args(...), "Replace the `...`"),
        Wrong("quietest-first", lambda: Args(_multiples(ascending=True)), "busiest in FY2018 first"),
        Wrong("own-scales", lambda: Args(_multiples(sharey=False)), "sharey=True"),
        Wrong("no-titles", lambda: Args(_multiples(titles=False)), "ax.set_title"),
        Wrong("no-headline", lambda: Args(_multiples(), finished=True), "headline(sectors_fig"),
        Wrong("one-panel", lambda: Args(_one_panel()), "plt.subplots(3, 3"),
    ],
    "check_sector_finding": [
        Valid(
            "a-share",
            lambda: (
                f"In FY2017, Rio Grande Valley sector made {_rgv(2017):,} apprehensions, "
                f"{_rgv(2017) / _sectors().at[2017, 'southwest_border_total']:.0%} of the southwest border total."
            ),
        ),
        Valid(
            "a-change",
            lambda: (
                f"Tucson sector fell from {_tucson(2000):,} in FY2000 to {_tucson(2018):,} in FY2018, "
                f"down {1 - _tucson(2018) / _tucson(2000):.0%}."
            ),
        ),
        Valid(
            "times-as-many",
            lambda: (
                f"Tucson made {_tucson(2000):,} apprehensions in FY2000, {_tucson(2000) / _tucson(2018):.1f} times as "
                "many as in FY2018"
            ),
        ),
        Valid(
            "one-in",
            lambda: (
                f"In FY2018, Tucson made {_tucson(2018):,} apprehensions, 1/{_tucson(2000) / _tucson(2018):.1f} of its "
                "FY2000 count."
            ),
        ),
        Valid(
            "two-sectors",
            lambda: (
                f"In FY2018, Rio Grande Valley made {_rgv(2018):,} apprehensions, {_rgv(2018) / _tucson(2018):.1f} times "
                f"as many as Tucson's {_tucson(2018):,}."
            ),
        ),
        Valid(
            "the-solution",
            lambda: (
                f"Tucson sector's apprehensions peaked in FY{_sectors()['tucson'].idxmax()} at "
                f"{_sectors()['tucson'].max():,}; by FY2018 they were {_tucson(2018):,}, down "
                f"{1 - _tucson(2018) / _sectors()['tucson'].max():.0%}."
            ),
        ),
        Wrong("unanswered", lambda: ..., "Write your finding"),
        Wrong(
            "no-year", lambda: f"Rio Grande Valley sector made {_rgv(2018):,} apprehensions.", "Name the fiscal year"
        ),
        Wrong(
            "another-years-count", lambda: f"In FY2017 Tucson sector made {_rgv(2018):,} apprehensions.", "can't find"
        ),
        Wrong(
            "another-sectors-count",
            lambda: f"In FY2018, Tucson made {_rgv(2018):,} apprehensions.",
            "is Rio Grande Valley's apprehensions in FY2018",
        ),
        Wrong(
            "years-swapped",
            lambda: f"Tucson made {_tucson(2018):,} in FY2000 and {_tucson(2000):,} in FY2018.",
            "Put each number next to its own year",
        ),
        Wrong(
            "ratio-backwards",
            lambda: (
                f"Tucson made {_tucson(2018):,} apprehensions in FY2018, {_tucson(2000) / _tucson(2018):.1f} times as many "
                "as in FY2000."
            ),
            "runs the other way round",
        ),
        Wrong("the-example", _example, "Write your own finding"),
        Wrong(
            "the-examples-subject",
            lambda: f"In FY2018, Rio Grande Valley sector made {_rgv(2018):,} apprehensions.",
            "another sector, or another year",
        ),
        Wrong("a-number", lambda: int(_rgv(2018)), "sentence of text"),
    ],
}
