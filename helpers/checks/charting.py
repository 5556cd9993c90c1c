"""Self-checks for notebook 05 (charts fit to publish)."""

from __future__ import annotations

from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered

__all__ = ["check_alt_text", "check_spring_ratio", "check_zero_baseline"]

SPRING = (3, 4, 5)  # March, April, May


def check_zero_baseline(ax: object) -> Feedback:
    """Exercise: redraw a bar chart so its bars start at zero."""
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer

    if unanswered(ax):
        return hint(NOT_ANSWERED)
    if not isinstance(ax, Axes):
        return hint(f"`ax_fixed` should be the Axes your chart is drawn on (from `fig, ax = plt.subplots()`), but it is a {type(ax).__name__}.")
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    if not bars:
        return hint("There are no bars on that Axes. Draw them with `ax.bar(...)` or `ax.barh(...)`.")
    horizontal = bars[0].orientation == "horizontal"
    low, high = ax.get_xlim() if horizontal else ax.get_ylim()
    if low > 0:
        smallest = min(abs(rect.get_width() if horizontal else rect.get_height()) for c in bars for rect in c)
        biggest = max(abs(rect.get_width() if horizontal else rect.get_height()) for c in bars for rect in c)
        if biggest > low and smallest > low:
            drawn = (biggest - low) / (smallest - low)
            real = biggest / smallest
            return hint(f"The value axis starts at {low:,.0f}, not 0, so the longest bar looks {drawn:.1f} times the shortest when it is really {real:.1f} times. Set `ax.set_{'x' if horizontal else 'y'}lim(0, None)`, or remove the set_ylim line.")
        return hint(f"The value axis starts at {low:,.0f}: bars are compared by their length, which must start at 0.")
    if low < 0 and not any((rect.get_width() if horizontal else rect.get_height()) < 0 for c in bars for rect in c):
        return hint("The axis goes below zero, but no value is negative: start it at 0.")
    return right("The bars start at zero, so their lengths compare honestly.")


def _spring_totals() -> dict[int, int]:
    from helpers.data import load_monthly

    monthly = load_monthly()
    spring = monthly[monthly["month_number"].isin(SPRING)]
    return {int(year): int(total) for year, total in spring.groupby("calendar_year")["swb_apprehensions"].sum().items()}


def check_spring_ratio(ratio: object) -> Feedback:
    """Exercise: how many times spring 2017 was spring 2018 (southwest border, March-May), one decimal."""
    if unanswered(ratio):
        return hint(NOT_ANSWERED)
    if isinstance(ratio, bool) or is_table(ratio):
        return hint("That is not a single number. Add up each spring first (`.sum()`), then divide one total by the other.")
    try:
        value = float(ratio)
    except (TypeError, ValueError):
        return hint(f"`spring_ratio` should be a number, but it is a {type(ratio).__name__}.")
    totals = _spring_totals()
    expected = totals[2018] / totals[2017]
    if abs(value - expected) < 0.05:
        return right(f"Spring 2018 had {totals[2018]:,} apprehensions, {expected:.1f} times spring 2017's {totals[2017]:,}.")
    if abs(value - 1 / expected) < 0.005:
        return hint("That is the ratio the other way round (2017 divided by 2018). Divide 2018 by 2017 to say how many times larger 2018 was.")
    if abs(value - (expected - 1) * 100) < 1:
        return hint("That is a percentage increase. The question asks how many *times* as many: divide 2018's total by 2017's.")
    if abs(value - expected) < 0.2:
        return hint("Close. Round to one decimal place, and check you kept March, April and May only.")
    return hint("Not that. Keep the months March to May (`month_number` 3, 4, 5) of each calendar year, sum `swb_apprehensions`, and divide 2018's total by 2017's.")


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
        return hint("That is too short to replace the chart for someone who cannot see it: say what kind of chart it is, what it shows, and its highest and lowest values.")
    if problems:
        return hint("A screen-reader user cannot see the bars: name " + " and ".join(problems) + ".")
    return right("Your alt text says what the chart shows and names its extremes: a reader who cannot see the chart gets its point.")
