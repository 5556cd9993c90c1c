"""Self-checks for notebook 02 (troop tables)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import data
from helpers.article import extract_figures
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, as_number, hint, is_table, right, unanswered
from helpers.data import chosen_border_lengths
from helpers.troops import guard_table, stated_total

__all__ = [
    "check_guard_extract",
    "check_arizona_share",
    "check_most_troops_per_100_miles",
    "check_saved_guard_table",
    "check_troops_finding",
]

#: Words that name whose the split by state is: the article, or the Pentagon spokesperson who gave it first
#: (Lt. Col. Jamie Davis, to The Daily Caller, as Newsmax reported it; lesson 02 section 6).
SPLIT_SOURCES = ("article", "pentagon", "spokes", "davis", "defense", "defence", "daily caller", "newsmax")


def guard_by_state() -> dict[str, int]:
    """The article's National Guard troops by state, parsed from its sentence (the reference answer)."""
    table = guard_table()
    return dict(zip(table["state"], table["troops"].astype(int)))


def check_arizona_share(share: object) -> Feedback:
    """Exercise: Arizona's share of the article's National Guard troops, in percent, one decimal."""
    problem = feedback.not_a_number(share)
    if problem is not None:
        return problem
    value = as_number(share)
    troops = guard_by_state()
    arizona, total = troops["Arizona"], stated_total()
    expected = round(arizona / total * 100, 1)
    if abs(value - expected) < 0.05:
        return right(f"According to the article, Arizona had {arizona:,} of the {total:,} Guard troops: {expected}%.")
    if abs(value - arizona / total) < 0.0005:
        return hint("That is a fraction (between 0 and 1). Multiply by 100 to get a percentage.")
    if abs(value - arizona / total * 100) < 0.5:
        return hint("Close: round to one decimal place with `round(..., 1)`.")
    others = total - arizona
    if others and abs(value - arizona / others * 100) < 0.05:
        return hint(
            "You divided by the other states' troops. A share is a part divided by the whole: all states together."
        )
    if abs(value - arizona / 800 * 100) < 0.1:
        return hint(
            "800 is the number of active-duty troops being sent, not the National Guard total. Divide by the Guard total."
        )
    if abs(value - arizona) < 0.5:
        return hint("That is Arizona's number of troops. Divide it by the total and multiply by 100.")
    return hint(
        "Not that. Divide Arizona's troops by the total of all four states, multiply by 100, and round to one decimal."
    )


def check_most_troops_per_100_miles(state: object) -> Feedback:
    """Exercise: which state has the most Guard troops per 100 miles of border (the course's chosen lengths)?"""
    if unanswered(state):
        return hint(NOT_ANSWERED)
    if is_table(state):
        return hint(
            "That is a whole column or table. `.idxmax()` on the ratio column (with the state as index) gives the name of the top state."
        )
    if not isinstance(state, str):
        return hint(f"`most_per_100_miles` should be a state's name (text), but it is a {type(state).__name__}.")
    troops = guard_by_state()
    lengths = chosen_border_lengths()
    ratio = {s: troops[s] / lengths[s] * 100 for s in troops}
    best = max(ratio, key=ratio.get)
    most_troops = max(troops, key=troops.get)
    longest = max(lengths, key=lambda s: lengths[s] if s in troops else -1)
    answer = state.strip()
    if answer.lower() == best.lower():
        return right(
            f"{best}: {ratio[best]:.0f} troops per 100 miles of border, by the article's split by state, because its stretch of border is short."
        )
    if answer.lower() == most_troops.lower():
        return hint(
            f"{most_troops} has the most troops, but also {'the longest' if longest == most_troops else 'a long'} border. Divide troops by miles before comparing."
        )
    if answer.lower() == min(ratio, key=ratio.get).lower():
        return hint(
            "That state has the fewest troops per 100 miles: you want the most. Use `.idxmax()`, or sort descending."
        )
    if answer.lower() not in {s.lower() for s in troops}:
        return hint(f"{answer!r} is not one of the four border states in the table: {', '.join(troops)}.")
    return hint("Not that one. Compute troops / miles * 100 for each state and take the largest.")


def check_guard_extract(table: object) -> Feedback:
    """Typed cell: the "number in State" phrases of the Guard sentence, extracted with str.extractall."""
    if unanswered(table):
        return hint(NOT_ANSWERED)
    if isinstance(table, str):
        return hint("That is text (your pattern?). Pass the table that `str.extractall` gives back.")
    if not hasattr(table, "columns"):
        return hint(
            f"`guard_raw` should be a table (a DataFrame) made by `str.extractall`, but it is a {type(table).__name__}."
        )
    expected = guard_table()
    columns = [str(c) for c in table.columns]
    if "troops" not in columns or "state" not in columns:
        return hint(
            f"Your table's columns are {columns}, not `troops` and `state`. Unnamed groups `( )` become columns "
            "0, 1, ...: name each group with `?P<name>` right after its opening bracket."
        )
    states = [str(s) for s in table["state"]]
    if any(s.split()[0] == "New" and s != "New Mexico" for s in states if s.strip()):
        return hint(
            'New Mexico came out as "New": `\\w+` stops at the space. Allow an optional second capitalised word after a space.'
        )
    missing = [s for s in expected["state"] if s not in states]
    if missing:
        return hint(
            f'{", ".join(missing)} is missing. Look at its phrase in the sentence: "1,145 soldiers in Texas" has a word '
            'between the number and "in". Make that word optional in your pattern.'
        )
    if len(table) != len(expected):
        return hint(
            f"Your table has {len(table)} rows; the sentence names {len(expected)} states. Print `guard_sentence` and compare."
        )
    troops = [str(t).replace(",", "") for t in table["troops"]]
    wanted = [str(t) for t in expected["troops"]]
    if troops != wanted:
        wrong = [f"{s}: {t}" for s, t, w in zip(states, table["troops"], wanted) if str(t).replace(",", "") != w]
        return hint(
            f"Some numbers are cut short ({', '.join(wrong)}). A number with a thousands comma needs the comma and "
            "three digits in the `troops` group too."
        )
    if getattr(table.index, "nlevels", 1) > 1:
        return hint(
            "Right rows, but the index still has the two levels `str.extractall` makes (the sentence and `match`). "
            "Add `.reset_index(drop=True)` to number the rows 0, 1, 2, 3."
        )
    return right(f"{len(table)} states, each with its number, read from the article's sentence.")


def expected_guard_geo():
    """The troop table with the chosen border length, CBP's barrier miles and the two ratios (what lesson 02 saves)."""
    table = guard_table()
    barrier = data.load_barrier_miles()
    barrier = barrier[barrier["row_type"] == "state"].set_index("state")["total_primary_miles"]
    lengths = chosen_border_lengths()
    table["share_pct"] = (table["troops"] / stated_total() * 100).round(1)
    table["length_miles"] = table["state"].map(lengths)
    table["total_primary_miles"] = table["state"].map(barrier).astype(int)
    table["per_100_miles"] = (table["troops"] / table["length_miles"] * 100).round(1)
    table["per_barrier_mile"] = (table["troops"] / table["total_primary_miles"]).round(1)
    return table


def check_saved_guard_table(path: object) -> Feedback:
    """Typed cell: guard_geo saved with to_csv; the check reads the file back."""
    if unanswered(path):
        return hint(NOT_ANSWERED)
    if hasattr(path, "columns"):
        return hint("That is the table itself. Pass the path of the file you saved (the same path you gave `to_csv`).")
    if not isinstance(path, (str, Path)):
        return hint(f"`guard_file` should be the path of the file you saved, but it is a {type(path).__name__}.")
    path = Path(path)
    if not path.is_file():
        return hint(
            f"There is no file at {path.name!r} yet. Run the cell with `to_csv` first, and save into "
            "`paths.output_dir()`, the course's output folder."
        )
    saved = pd.read_csv(path)
    expected = expected_guard_geo()
    if any(str(c).startswith("Unnamed") for c in saved.columns):
        return hint(
            "The file starts with an unnamed column: pandas' row numbers (the index) were saved too. Pass `index=False` to `to_csv`."
        )
    if "state" not in saved.columns or "troops" not in saved.columns:
        return hint(
            f"The file has the columns {list(saved.columns)}: it should be the troop table, with `state` and `troops`."
        )
    missing = [c for c in ("length_miles", "per_100_miles", "per_barrier_mile") if c not in saved.columns]
    if missing:
        return hint(
            f"The file has no {', '.join(f'`{c}`' for c in missing)}. Save the table with the geography and the ratios "
            "(`guard_geo`), after the cell that computes them."
        )
    if len(saved) != len(expected) or sorted(saved["state"]) != sorted(expected["state"]):
        return hint(f"The file has {len(saved)} rows; the table has one row per state ({len(expected)}).")
    mine = saved.set_index("state").loc[list(expected["state"])]
    if [int(t) for t in mine["troops"]] != [int(t) for t in expected["troops"]]:
        return hint(
            "The troop numbers in the file differ from the article's. Save the table built from the sentence, not a copy you edited."
        )
    if not all(abs(a - b) < 0.06 for a, b in zip(mine["per_100_miles"], expected["per_100_miles"])):
        return hint(
            "The troops per 100 miles in the file differ from what the chosen border lengths give. Re-run the cells above from the top, then save again."
        )
    return right(f"{path.name} reads back with {len(saved)} states and {len(saved.columns)} columns, ratios included.")


def troops_evidence() -> tuple[dict[str, float], dict[str, float]]:
    """What a finding about the troop tables can state: (every value, the values that rest on the article's split by state)."""
    table = expected_guard_geo()
    lengths = data.load_border_length()
    lengths = lengths[lengths["row_type"] == "state"].groupby("state")["length_miles"].agg(["min", "max"])
    split: dict[str, float] = {}
    for row in table.itertuples():
        split[f"{row.state}: Guard troops (the article's split)"] = row.troops
        split[f"{row.state}: share of the Guard total, %"] = row.troops / stated_total() * 100
        split[f"{row.state}: troops per 100 miles of border"] = row.troops / row.length_miles * 100
        split[f"{row.state}: troops per mile of barrier"] = row.troops / row.total_primary_miles
        split[f"{row.state}: troops per 100 miles, longest published length"] = (
            row.troops / lengths.loc[row.state, "max"] * 100
        )
        split[f"{row.state}: troops per 100 miles, shortest published length"] = (
            row.troops / lengths.loc[row.state, "min"] * 100
        )
    evidence: dict[str, float] = {
        "the article's Guard total": stated_total(),
        "per 100 miles (the unit)": 100,
        'one (as in "one state")': 1,
        "the number of states in the table": len(table),
    }
    for row in table.itertuples():
        evidence[f"{row.state}: chosen border length, miles"] = row.length_miles
        evidence[f"{row.state}: primary barrier, miles"] = row.total_primary_miles
    for state, (low, high) in lengths.iterrows():
        evidence[f"{state}: shortest published border length"] = low
        evidence[f"{state}: longest published border length"] = high
    deployments = data.load_deployments()
    for row in deployments.itertuples():
        evidence[f"{row.source_name}, {row.date:%d %b %Y}: {row.unit}"] = float(row.figure)
    pentagon, age_days = pentagon_guard()
    for row in pentagon.itertuples():
        evidence[f"{row.who_said_it}, {row.date:%d %b %Y}: {row.unit}"] = float(row.figure)
    evidence["days from the Pentagon's Guard figures to the article"] = age_days
    evidence["weeks from the Pentagon's Guard figures to the article"] = age_days / 7
    evidence.update(split)
    return evidence, split


def pentagon_guard():
    """The National Guard figures given before the article ran (``story_figures_after_2018.csv``: a Pentagon
    spokesperson's, of 31 August 2018, split by state included), and how many days before the article's day
    (the article's row of ``deployments_and_caravan_figures.csv``) the first of them was given."""
    deployments = data.load_deployments()
    article_day = deployments.loc[deployments["topic"] == "article_claim_national_guard_total", "date"].iloc[0]
    story = data.load_story_figures()
    before = story[(story["subject"] == "National Guard") & (story["date"] < article_day)]
    return before, int((article_day - before["date"].min()).days)


def check_troops_finding(sentence: object) -> Feedback:
    """Your turn: one sentence about one state's Guard troops, with its number; the split needs "according to" and
    whose it is (the article, or the Pentagon spokesperson who gave it on 31 August 2018)."""
    evidence, split = troops_evidence()
    result = feedback.check_numbers_in_sentence(sentence, evidence, what="the lesson's troop tables")
    if not result.ok:
        return result
    from_split = [
        text for text in extract_figures(sentence)["text"] if feedback.check_numbers_in_sentence(text, split).ok
    ]
    if not from_split:
        return result
    pentagon, _ = pentagon_guard()
    given = f"{pentagon['date'].min():%d %B %Y}"
    lowered = sentence.lower()
    if "according to" not in lowered:
        return hint(
            f"Your numbers match, but {from_split[0]!r} rests on the split by state, which the article gives without "
            f'a source or a date (a Pentagon spokesperson gave it on {given}). Attribute it: write "according to '
            'the article", or better, name who gave it and when, as in "according to a Pentagon spokesperson in '
            f'{pentagon["date"].min():%B %Y}".'
        )
    if not any(word in lowered for word in SPLIT_SOURCES):
        return hint(
            f'Your numbers match, and you wrote "according to", but {from_split[0]!r} rests on the split by state: '
            f"only the article and, before it, a Pentagon spokesperson ({given}) gave it. Name one of them after "
            '"according to".'
        )
    return result
