"""Self-checks for notebook 02 (troop tables)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers import data
from helpers.article import extract_figures
from helpers.checks import feedback, kit
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered
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
    if isinstance(share, str):
        return feedback.not_a_number(share)  # its hint says what to drop ("the % sign") and what to write
    troops = guard_by_state()
    arizona, total = troops["Arizona"], stated_total()
    unrounded = arizona / total * 100
    expected = round(unrounded, 1)
    fraction = arizona / total
    active_duty = reference_ledger()["value"].iloc[0]
    said = f"According to the article, Arizona had {arizona:,} of the {total:,} Guard troops: {expected}%."
    if kit.same_number(share, unrounded, tolerance=1e-6) and not kit.same_number(share, expected, tolerance=1e-6):
        return right(
            f"{said} You stored {kit.show(share)}, with all its decimals: that is accepted, but the prompt asks for "
            "one decimal. Round at the end: `round(x, 1)`."
        )
    others = total - arizona
    return kit.expect_number(
        share,
        expected,
        name="arizona_share",
        what="Arizona's share of the Guard total, in percent",
        tolerance=1e-6,
        mistakes={
            "That is a fraction (between 0 and 1). Multiply by 100 to get a percentage.": (
                lambda answer: abs(answer - fraction) < 0.0005
            ),
            f"That is a fraction (between 0 and 1), rounded too early: {kit.show(share)} has lost the decimals the "
            "share needs. Multiply by 100 first, and round at the end: `round(part / whole * 100, 1)`.": (
                lambda answer: 0 < answer < 1 and abs(answer - fraction) < 0.05
            ),
            "You rounded the fraction before multiplying by 100, so decimals were lost. Multiply by 100 first, and "
            "round at the end: `round(part / whole * 100, 1)`.": (
                lambda answer: abs(answer - round(fraction, 1) * 100) < 1e-6 and abs(answer - expected) > 0.05
            ),
            "Close: round to one decimal place with `round(..., 1)`.": lambda answer: abs(answer - unrounded) < 0.5,
            "You divided by the other states' troops. A share is a part divided by the whole: all states "
            "together.": lambda answer: bool(others) and abs(answer - arizona / others * 100) < 0.05,
            f"{kit.show(active_duty)} is the number of active-duty troops being sent, not the National Guard total. "
            "Divide by the Guard total.": lambda answer: abs(answer - arizona / active_duty * 100) < 0.1,
            "That is Arizona's number of troops. Divide it by the total and multiply by 100.": (
                lambda answer: abs(answer - arizona) < 0.5
            ),
            "Not that. Divide Arizona's troops by the total of all four states, multiply by 100, and round to one "
            "decimal.": lambda answer: True,
        },
        success=said,
    )


def check_most_troops_per_100_miles(state: object) -> Feedback:
    """Exercise: which state has the most Guard troops per 100 miles of border (the course's chosen lengths)?"""
    if is_table(state):
        return hint(
            "That is a whole column or table. `.idxmax()` on the ratio column (with the state as index) gives the name of the top state."
        )
    number = feedback.as_number(state)
    if number is not None:
        number = int(number) if float(number).is_integer() else number
        return hint(
            f"`most_per_100_miles` should be a state's name (text), but it is {kit.kind(number)} ({number}): a row "
            "number. `.idxmax()` gives the index label of the largest value, and `guard_geo`'s index is row "
            'numbers (0, 1, 2, 3). Put the state names in the index first: `guard_geo.set_index("state")`, then '
            '`["per_100_miles"].idxmax()`.'
        )
    troops = guard_by_state()
    lengths = chosen_border_lengths()
    ratio = {s: troops[s] / lengths[s] * 100 for s in troops}
    best = max(ratio, key=ratio.get)
    most_troops = max(troops, key=troops.get)
    longest = max(lengths, key=lambda s: lengths[s] if s in troops else -1)
    data_barrier = dict(zip(expected_guard_geo()["state"], expected_guard_geo()["total_primary_miles"]))
    per_barrier = {s: troops[s] / data_barrier[s] for s in troops if s in data_barrier}
    top_barrier = max(per_barrier, key=per_barrier.get) if per_barrier else None
    answer = state.strip() if isinstance(state, str) else ""
    also = " the most troops and" if answer.lower() == most_troops.lower() else ""
    return kit.expect_text(
        state,
        best,
        name="most_per_100_miles",
        what="the state with the most Guard troops per 100 miles of border",
        mistakes={
            f"{answer} has{also} the most troops per mile of *barrier* (`per_barrier_mile`), but the exercise asks "
            "per 100 miles of *border*, where a long border counts: take `.idxmax()` of the `per_100_miles` "
            "column.": top_barrier,
            f"{most_troops} has the most troops, but also {'the longest' if longest == most_troops else 'a long'} "
            "border. Divide troops by miles before comparing.": most_troops,
            "That state has the fewest troops per 100 miles: you want the most. Use `.idxmax()`, or sort "
            "descending.": min(ratio, key=ratio.get),
            f"{answer!r} is not one of the four border states in the table: {', '.join(troops)}.": (
                lambda given: given.strip().lower() not in {s.lower() for s in troops}
            ),
            "Not that one. Compute troops / miles * 100 for each state and take the largest.": lambda given: True,
        },
        success=f"{best}: {ratio[best]:.0f} troops per 100 miles of border, by the article's split by state, "
        "because its stretch of border is short.",
    )


def _troops_as_numbers(table: object) -> object:
    """``table`` with its ``troops`` as numbers ("1,145" -> 1145), when it has that column: text or numbers alike."""
    if isinstance(table, pd.DataFrame) and "troops" in table.columns:
        plain = table["troops"].astype(str).str.replace(",", "", regex=False)
        return table.assign(troops=pd.to_numeric(plain, errors="coerce"))
    return table


def check_guard_extract(table: object) -> Feedback:
    """Typed cell: the "number in State" phrases of the Guard sentence, extracted with str.extractall."""
    if isinstance(table, str):
        return hint("That is text (your pattern?). Pass the table that `str.extractall` gives back.")
    opening = kit.expect_kind(table, "table", name="guard_raw", what="the table `str.extractall` gives back")
    if opening:
        return opening
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
    return kit.expect_table(
        _troops_as_numbers(table),
        expected,
        name="guard_raw",
        what="each state of the Guard sentence with its number",
        columns=["state", "troops"],
        success=f"{len(table)} states, each with its number, read from the article's sentence.",
    )


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
    """Typed cell: guard_geo saved with to_csv into the output folder; the check reads the file back."""
    from helpers import paths

    if isinstance(path, pd.DataFrame | pd.Series):
        return hint("That is the table itself. Pass the path of the file you saved (the same path you gave `to_csv`).")
    expected = expected_guard_geo()
    shape: dict[str, int] = {}

    def content(saved_path: Path) -> str | None:
        try:
            saved = pd.read_csv(saved_path)
        except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as error:
            return f"pandas cannot read `{saved_path.name}` back as a table ({error}). Write it with `guard_geo.to_csv(...)`."
        shape.update(rows=len(saved), columns=len(saved.columns))
        if any(str(c).startswith("Unnamed") for c in saved.columns):
            return (
                "The file starts with an unnamed column: pandas' row numbers (the index) were saved too. Pass "
                "`index=False` to `to_csv`."
            )
        if "state" not in saved.columns or "troops" not in saved.columns:
            return f"The file has the columns {list(saved.columns)}: it should be the troop table, with `state` and `troops`."
        missing = [c for c in ("length_miles", "per_100_miles", "per_barrier_mile") if c not in saved.columns]
        if missing:
            return (
                f"The file has no {', '.join(f'`{c}`' for c in missing)}. Save the table with the geography and the "
                "ratios (`guard_geo`), after the cell that computes them."
            )
        if len(saved) != len(expected) or sorted(saved["state"]) != sorted(expected["state"]):
            return f"The file has {len(saved)} rows; the table has one row per state ({len(expected)})."
        troops = kit.expect_table(
            saved, expected, name=saved_path.name, what="", columns=["state", "troops"], ordered=False
        )
        if not troops.ok:
            return (
                "The troop numbers in the file differ from the article's. Save the table built from the sentence, "
                "not a copy you edited."
            )
        ratios = kit.expect_table(
            saved,
            expected,
            name=saved_path.name,
            what="",
            columns=["state", "per_100_miles"],
            ordered=False,
            tolerance=0.06,
        )
        if not ratios.ok:
            return (
                "The troops per 100 miles in the file differ from what the chosen border lengths give. Re-run the "
                "cells above from the top, then save again."
            )
        return None

    judged = kit.expect_file(path, name="guard_file", folder=paths.output_dir(), suffix=".csv", content=content)
    if judged.ok:
        return right(
            f"{Path(path).name} reads back with {shape['rows']} states and {shape['columns']} columns, ratios included."
        )
    return judged


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


#: Words that attribute a figure to someone: "according to the article", "a Pentagon spokesperson said", "reported by".
ATTRIBUTION = re.compile(
    r"\b(?:according to|said|says|say|told|tells|reported|reports|stated|states that|gave|per)\b", re.I
)


def _status(unit: str, counts: str | None = None) -> str | None:
    """Whether a reported troop figure was deployed or only expected/announced/authorized (kit.Fact's status)."""
    text = f"{counts or ''} {unit}".lower()
    for word, status in (
        ("authori", "authorized"),
        ("expected", "expected"),
        ("pledg", "announced"),
        ("end of week", "announced"),
    ):
        if word in text:
            return status
    return "deployed" if "deployed" in text else None


#: What a number counts (a Fact's measure): the words a sentence must use for it, in the number's clause.
MEASURE_WORDS: dict[str, tuple[str, str]] = {
    # measure: (regex the clause must match, the words a message suggests)
    "share": (r"%|\bper\s?cent\b|\bshare\b", "'%' or 'share'"),
    "per_100": (
        r"\b(?:per|every|each|an?)\s+(?:100|hundred)\s+miles?\b",
        "'per 100 miles' or 'for every 100 miles' (of border)",
    ),
    "per_barrier": (
        r"\bbarrier\s+miles?\b|\bmiles?\s+of\s+(?:\w+\s+)?(?:barrier|fenc\w*)",
        "'per mile of barrier' or 'per barrier mile'",
    ),
    "agents_at_least": (r"\bagents?\b", "'agents' and 'at least'"),
    "agents_at_most": (r"\bagents?\b", "'agents' and 'at most'"),
    "agents": (r"\bagents?\b", "'agents'"),
    "days": (r"\bdays?\b", "'days'"),
    "weeks": (r"\bweeks?\b", "'weeks'"),
    "people": (r"\bpeople\b|\bmigrants?\b|\bpersons?\b|\bcaravan", "'people' or 'migrants'"),
    "miles": (r"\bmiles?\b", "'miles' (of border)"),
    "barrier_miles": (r"\bmiles?\b", "'miles' of 'barrier'"),
    "unit100": (r"\bmiles?\b", "'miles'"),
    "troops": (r"\btroops?\b|\bguard\w*|\bsoldiers?\b|\bpersonnel\b", "'troops' or 'Guard'"),
    "states": (r"\bstates?\b", "'states'"),
}
#: Extra words some measures need in the clause besides MEASURE_WORDS.
MEASURE_ALSO = {
    "agents_at_least": r"\bat\s+least\b|\bno\s+fewer\s+than\b|\bminimum\b|\blower\s+bound\b|\bor\s+more\b",
    "agents_at_most": r"\bat\s+most\b|\bup\s+to\b|\bno\s+more\s+than\b|\bmaximum\b|\bupper\s+bound\b",
    "barrier_miles": r"\bbarrier|\bfenc",
}
#: What a measure is, in words (for messages).
MEASURE_NAMES = {
    "share": "a share of the Guard total (%)",
    "per_100": "troops per 100 miles of border",
    "per_barrier": "troops per mile of barrier",
    "agents_at_least": "Border Patrol agents (at least)",
    "agents_at_most": "Border Patrol agents (at most)",
    "agents": "Border Patrol agents",
    "days": "days",
    "weeks": "weeks",
    "people": "people (the caravan)",
    "miles": "miles of border",
    "troops": "troops",
    "states": "states",
}
#: The measure the words right after a number declare ("157 troops per mile of barrier": per_barrier), first match wins.
DECLARED = [
    ("per_100", MEASURE_WORDS["per_100"][0]),
    ("per_barrier", r"\b(?:per|every|each|an?)\s+(?:barrier\s+mile|mile\s+of\s+(?:\w+\s+)?(?:barrier|fenc\w*))"),
    ("agents", r"\bagents?\b"),
    ("days", r"\bdays?\b"),
    ("weeks", r"\bweeks?\b"),
    ("people", MEASURE_WORDS["people"][0]),
    ("miles", r"\bmiles?\b"),
    ("troops", MEASURE_WORDS["troops"][0]),
    ("states", r"\bstates?\b"),
]
#: Which facts' measures a declared measure allows.
COMPATIBLE = {
    "agents": {"agents", "agents_at_least", "agents_at_most"},
    "miles": {"miles", "barrier_miles", "unit100"},
}
STATES = ("Texas", "New Mexico", "Arizona", "California")


@dataclass(frozen=True)
class Measured(kit.Fact):
    """A kit.Fact with what it counts (a key of MEASURE_WORDS): a number is right only with its words."""

    measure: str = "troops"


def _measure_of(label: str) -> str:
    text = label.lower()
    for words, measure in (
        ("share", "share"),
        ("per 100 miles (the unit)", "unit100"),
        ("per 100 miles", "per_100"),
        ("per mile of barrier", "per_barrier"),
        ("primary barrier, miles", "barrier_miles"),
        ("border length", "miles"),
        ("one (as in", "states"),
        ("number of states", "states"),
        ("days", "days"),
        ("weeks", "weeks"),
        ("people", "people"),
    ):
        if words in text:
            return measure
    return "troops"


def troops_facts() -> tuple[list[kit.Fact], list[kit.Fact]]:
    """What a finding about the troop tables can state, each number with its subject (a state's figures need the
    state's name) and its measure (what it counts): (every fact, the facts that rest on the article's split by state)."""
    evidence, split = troops_evidence()

    def about(label: str) -> tuple[tuple[str, ...], ...]:
        state = label.split(":")[0]
        return ((state,),) if state in STATES else ()

    def fact(label, value, subject, status=None):
        return Measured(label, float(value), subject, status, _measure_of(label))

    split_facts = [fact(label, value, about(label)) for label, value in split.items()]
    facts = [fact(label, value, about(label)) for label, value in evidence.items() if label not in split]
    deployments = data.load_deployments()
    for row in deployments.itertuples():
        label = f"{row.source_name}, {row.date:%d %b %Y}: {row.unit}"
        subject = ((row.state,),) if isinstance(row.state, str) else ()
        facts = [f for f in facts if f.label != label] + [fact(label, row.figure, subject, _status(row.unit))]
    pentagon, _ = pentagon_guard()
    for row in pentagon.itertuples():
        label = f"{row.who_said_it}, {row.date:%d %b %Y}: {row.unit}"
        facts = [f for f in facts if f.label != label] + [fact(label, row.figure, (), _status(row.unit, row.counts))]
    # section 6: the Border Patrol agents beside the troops (CBP's FY2018 sector profile)
    for state, value in expected_agents_at_least().items():
        if state in STATES and value:
            facts.append(
                Measured(f"{state}: Border Patrol agents, at least", float(value), ((state,),), None, "agents_at_least")
            )
    for state, value in expected_agents_at_most().items():
        if state in STATES and value:
            facts.append(
                Measured(f"{state}: Border Patrol agents, at most", float(value), ((state,),), None, "agents_at_most")
            )
    fy2018 = _fy2018()
    total = fy2018.loc[fy2018["sector"] == "southwest_border_total", "agents"]
    if len(total):
        facts.append(Measured("Border Patrol agents at the southwest border", float(total.iloc[0]), (), None, "agents"))
    facts.append(
        Measured(
            "Border Patrol agents in the nine sectors",
            float(expected_sector_agents()["agents"].sum()),
            (),
            None,
            "agents",
        )
    )
    return split_facts + facts, split_facts


def _tolerance(text: str, value: float) -> float:
    """Half the precision a figure is written with; a percent without decimals ("26%") is a whole percent."""
    from helpers.checks.feedback import _unit

    unit = _unit(text, value)
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if re.search(r"%|per\s?cent", text, re.I) and digits and "." not in digits.group(0):
        unit = 1.0
    return unit / 2


def _clause_start(sentence: str, start: int) -> int:
    begin = 0
    for match in kit.CLAUSE.finditer(sentence):
        if match.start() >= start:
            break
        begin = match.end()
    return begin


def _declared(text: str, after: str) -> str | None:
    """The measure a number's own words declare: its text ("26.4%") and the words after it, up to the next figure."""
    if re.search(r"%|per\s?cent", text, re.I):
        return "share"
    for measure, pattern in DECLARED:
        if re.search(pattern, after, re.I):
            return measure
    return None


def _compatible(declared: str | None, measure: str) -> bool:
    return declared is None or measure in COMPATIBLE.get(declared, {declared})


def _has_words(fact: Measured, clause: str, text: str, sentence: str) -> bool:
    """Whether the number's clause says what the fact counts; a clause that names no measure at all ("...; NPR said
    about 2,100") borrows the words of the whole sentence."""
    words = f"{text} {clause}"
    counts = [pattern for measure, pattern in DECLARED if measure not in {"days", "weeks", "states"}]  # when, where
    if not any(re.search(pattern, words, re.I) for pattern in counts) and "%" not in words:
        words = sentence
    also = MEASURE_ALSO.get(fact.measure)
    return bool(re.search(MEASURE_WORDS[fact.measure][0], words, re.I)) and (
        also is None or bool(re.search(also, words, re.I))
    )


def _state_is_subject(sentence: str, begin: int, start: int, after: str, starts: list[int]) -> str | None:
    """The state a number is given as (in its clause: "Arizona had 4,000 ..." or "4,000 troops in Arizona"), if any."""
    before = sentence[begin:start]
    if re.search(r"\b(?:of|among|from)\s+(?:\S+\s+){0,3}$", before, re.I):
        return None  # "580 of the 2,200", "of about 2,200"
    named = [(m.start() + begin, state) for state in STATES for m in re.finditer(rf"\b{state}\b", before)]
    if named:
        position, state = max(named)
        if not any(position < s < start for s in starts):
            return state
    found = re.search(r"\b(?:in|to|at|for)\s+(" + "|".join(STATES) + r")\b", after)
    return found.group(1) if found else None


def _nearest(facts: list[Measured], value: float, measure: str | None, states: list[str]) -> Measured | None:
    pool = [f for f in facts if measure is None or _compatible(measure, f.measure)]
    local = [f for f in pool if any(state in group for group in f.about for state in states)]
    pool = local or pool or facts
    pool = [f for f in pool if "published length" not in f.label] or pool  # the chosen lengths' ratios first
    return min(pool, key=lambda f: abs(f.value - value)) if pool else None


def _finding_numbers(sentence: object, facts: list[Measured], *, what: str) -> Feedback:
    """Like kit.expect_finding, and each number must also come with what it counts (its Fact's measure words, in its
    clause, and no other measure's words right after it), and a figure for the whole border is never a state's."""
    result = kit.expect_finding(sentence, [], what=what)  # the kit's answers for no sentence, not text, no number
    if not isinstance(sentence, str) or not result.message.startswith("I can't find"):
        return result  # no sentence yet, not text, or no number
    readable = kit.NOT_A_FIGURE.sub(lambda m: "Title " + "#" * len(m[1]), sentence)
    figures = extract_figures(readable)
    counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
    figures = figures[~figures["kind"].isin(["year", "date"]) & ~counting_word]
    # "per 100 miles": its 100 is part of the phrase, not a figure of its own
    rate_unit = [
        int(s)
        for s, v in zip(figures["start"], figures["value"])
        if float(v) == 100 and re.search(r"\b(?:per|every|each|an?)\s+$", sentence[: int(s)], re.I)
    ]
    starts = [int(s) for s in figures["start"] if int(s) not in rate_unit]
    named = [state for state in STATES if re.search(rf"\b{state}\b", sentence)]
    for text, value, start, end in zip(figures["text"], figures["value"], figures["start"], figures["end"]):
        value, start, end = float(value), int(start), int(end)
        if start in rate_unit:
            continue
        begin = _clause_start(sentence, start)
        clause = kit.clause_of(sentence, start)
        following = [s for s in starts if s > start]
        after = re.split(r"[,;:]", sentence[end : following[0] if following else len(sentence)])[0]
        declared = _declared(text, after)
        tolerance = _tolerance(text, value)
        matching = [f for f in facts if abs(f.value - value) <= tolerance + 1e-9]
        with_subject = [f for f in matching if all(kit._mentions(sentence, group) for group in f.about)]
        with_subject.sort(key=lambda f: not f.about)  # a state's own figures first
        if matching and not with_subject:
            fact = matching[0]
            missing = next(group for group in fact.about if not kit._mentions(sentence, group))
            return hint(
                f"{text!r} is {fact.label}, but your sentence does not say so: it needs "
                f"{' or '.join(repr(w) for w in missing[:3])}. A number is only right with what it counts, "
                "where and when."
            )
        if declared == "troops":  # "Per 100 miles of border, California had 257 troops": the rate's words come first
            rates = [
                m
                for m in ("per_100", "per_barrier", "share")
                if re.search(MEASURE_WORDS[m][0], sentence[begin:start], re.I)
            ]
            declared = rates[0] if rates and not any(f.measure == "troops" for f in with_subject) else declared
        if not any(_compatible(declared, f.measure) for f in with_subject):
            nearest = _nearest(facts, value, declared, named)
            counts = f" counted as {MEASURE_NAMES.get(declared, declared)}" if declared else ""
            near = (
                f" The nearest value there is {kit.show(round(nearest.value, 1))} ({nearest.label})." if nearest else ""
            )
            other = f" ({text} matches {with_subject[0].label}, which counts something else.)" if with_subject else ""
            if re.search(r"%|per\s?cent", text, re.I) and tolerance == 0.5:
                other += " A percent written without decimals matches only within half a point."
            return hint(
                f"I can't find {text!r}{counts} in {what}.{near}{other} Check the state, what the number counts and "
                "your rounding, and take the number from your computation rather than typing it."
            )
        fitting = [f for f in with_subject if _compatible(declared, f.measure)]
        worded = [f for f in fitting if _has_words(f, clause, text, sentence)]
        if not worded:
            fact = fitting[0]
            return hint(
                f"{text!r} is {fact.label}, but your sentence does not say so: it needs "
                f"{MEASURE_WORDS[fact.measure][1]} in the same part of the sentence as the number. A number is only "
                "right with what it counts, where and when."
            )
        fact = worded[0]
        state = _state_is_subject(sentence, begin, start, after, starts)
        if not fact.about and state and fact.measure in {"troops", "agents", "people"}:
            own = next(
                (f for f in facts if f.measure == fact.measure and f.about == ((state,),) and not f.status), None
            )
            yours = f" {state}'s own figure in the lesson is {kit.show(own.value)} ({own.label})." if own else ""
            return hint(
                f"{text!r} is a figure for the whole border ({fact.label}), not {state}'s.{yours} Give each state "
                'its own number, or say that the number is a total ("of the 2,200 troops").'
            )
        if fact.status and fact.status != "deployed" and kit.DEPLOYED.search(clause) and not kit.HEDGED.search(clause):
            return hint(
                f'{text!r} troops were {fact.status}, not deployed: say so ("{fact.status}"). Announced is not '
                "deployed: the number at the border was smaller, and known only later."
            )
    found = ", ".join(repr(t) for t in figures["text"])
    return right(
        f"Every number in your sentence ({found}) matches {what}, with its subject and what it counts. Now compare "
        "your wording with the example answer: does it say what is counted, where and when?"
    )


def check_troops_finding(sentence: object) -> Feedback:
    """Your turn: one sentence about one state's Guard troops, with its number; each state's figures about that state
    and with what they count, and the split attributed to whose it is (the article, or the Pentagon spokesperson who
    gave it on 31 August 2018)."""
    facts, split = troops_facts()
    result = _finding_numbers(sentence, facts, what="the lesson's troop tables")
    if not result.ok:
        return result
    split_values = [f.value for f in split]
    from_split = [
        text
        for text, value in zip(extract_figures(sentence)["text"], extract_figures(sentence)["value"])
        if float(value) != 100
        and any(abs(v - float(value)) <= _tolerance(text, float(value)) + 1e-9 for v in split_values)
    ]
    if not from_split:
        return result
    pentagon, _ = pentagon_guard()
    given = f"{pentagon['date'].min():%d %B %Y}"
    lowered = sentence.lower()
    if not ATTRIBUTION.search(sentence):
        return hint(
            f"Your numbers match, but {from_split[0]!r} rests on the split by state, which the article gives without "
            f'a source or a date (a Pentagon spokesperson gave it on {given}). Attribute it: write "according to '
            'the article", or better, name who gave it and when, as in "according to a Pentagon spokesperson in '
            f'{pentagon["date"].min():%B %Y}" (or "... a Pentagon spokesperson said", "reported by ...").'
        )
    if not any(word in lowered for word in SPLIT_SOURCES):
        return hint(
            f"Your numbers match, and you attribute them, but {from_split[0]!r} rests on the split by state: "
            f"only the article and, before it, a Pentagon spokesperson ({given}) gave it. Name one of them as the source."
        )
    return result


# --------------------------------------------------------------------------- the typed cells' checks
# (written with the check kit: values, not representation; a hint for each common mistake)

from helpers.article import load_article  # noqa: E402
from helpers.checks.kit import expect_number, expect_table, kind  # noqa: E402
from helpers.facts import SECTOR_STATES  # noqa: E402
from helpers.troops import guard_figures  # noqa: E402
from helpers.troops import guard_sentence as _guard_sentence  # noqa: E402

#: Section 6: Davis's phrases ("1,145, are in Texas", "580 are in Arizona"): troops_in_state with an
#: optional comma and an optional "are" after the number.
DAVIS_PATTERN = r"(?P<troops>\d{1,3}(?:,\d{3})*),?\s+(?:are\s+)?in\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"

__all__ += [
    "check_article_ledger",
    "check_guard_rows",
    "check_guard_sentence",
    "check_guard_table",
    "check_stated_total",
    "check_barrier_states",
    "check_state_lengths",
    "check_guard_geo",
    "check_guard_totals",
    "check_article_day",
    "check_pentagon_rows",
    "check_davis_said",
    "check_davis_table",
    "check_by_davis",
    "check_fy2018_profiles",
    "check_sector_agents",
]


def _text_column(table, column: str) -> bool:
    """Whether a table's column still holds text (for example troops such as "1,145")."""
    return any(isinstance(v, str) for v in table[column])


_STILL_TEXT = (
    'The troops are still text ("1,145"), so pandas cannot add them up: remove the commas with '
    '`.str.replace(",", "")` and convert the result with `.astype(int)`.'
)


def _sorted(table: object, keys: list[str]) -> object:
    """A table sorted by ``keys``, when it has them: the row order of these tables carries no meaning.

    (Sorting here, rather than ``ordered=False``, compares numbers by value: 1145 and 1145.0 agree.)"""
    if isinstance(table, pd.DataFrame) and all(k in table.columns for k in keys):
        try:
            return table.sort_values(keys, kind="stable")
        except TypeError:
            return table
    return table


def _a_mask(name: str, table: str) -> dict[str, object]:
    """The mistake of a filter cell that stores its condition (a column of True/False) instead of the rows it keeps."""
    return {
        f"`{name}` is a column of True and False: that is the condition. Use it to pick rows, inside the brackets "
        f"of the table: `{table}[condition]`.": lambda t: len(t.columns) == 1 and t.iloc[:, 0].dtype == bool,
    }


def reference_ledger() -> pd.DataFrame:
    """The article's figures, one row per figure: the ledger of lesson 01."""
    return extract_figures(load_article().text)


def check_article_ledger(ledger: object) -> Feedback:
    """Typed cell: the ledger of the article's figures (``extract_figures(load_article().text)``)."""
    expected = reference_ledger()
    guard = guard_figures()
    return expect_table(
        ledger,
        expected,
        name="ledger",
        what=f"the article's figures, one row per figure ({len(expected)} rows)",
        columns=["text", "value", "sentence"],
        mistakes={
            "`ledger` holds only the first rows: `.head()` shows a few rows, and keeps only those. Keep the whole "
            "table in `ledger`, and write `ledger.head()` on a line of its own to look at it.": lambda t: (
                len(t) == 5 and len(expected) > 5 and list(t["value"]) == list(expected["value"].iloc[:5])
            ),
            f"`ledger` holds only the {len(guard)} Guard figures: that is the next step. Keep every figure of the "
            "article in `ledger`; the next cell picks the Guard rows out of it.": lambda t: (
                len(t) == len(guard)
                and len(expected) > len(guard)
                and bool(t["sentence"].str.contains("national guard", case=False).all())
            ),
        },
        success=f"`ledger` holds the article's {len(expected)} figures, each with its sentence.",
    )


def check_guard_rows(rows: object) -> Feedback:
    """Typed cell: the ledger's rows whose sentence mentions the National Guard."""
    expected = guard_figures()
    return expect_table(
        rows,
        expected,
        name="guard_rows",
        what="the ledger's rows whose sentence mentions the National Guard",
        columns=["text", "value", "sentence"],
        mistakes={
            "`guard_rows` is a column of True and False: that is the condition. Use it to pick rows, inside "
            "the brackets of the table: `ledger[condition]`.": lambda t: (
                len(t.columns) == 1 and t.iloc[:, 0].dtype == bool
            ),
            "`guard_rows` is empty: no row matched. Search the `sentence` column (not `text`) for "
            '"national guard", with `case=False` so that capitals do not matter.': lambda t: len(t) == 0,
            "`guard_rows` keeps only the columns you show; the next cell needs its `sentence` too. Keep all "
            'the columns in `guard_rows`, and pick `[["text", "value"]]` only to show them.': lambda t: (
                "sentence" not in t.columns and "text" in t.columns
            ),
        },
        success=f"`guard_rows` holds the {len(expected)} figures of the sentence about the National Guard.",
    )


def _one_text(answer: object, name: str, expected: str, *, where: str, success: str, wrong: dict[str, str]) -> Feedback:
    """A piece of text picked out of a table: the text ``expected`` (spaces at its ends never decide)."""
    if isinstance(answer, pd.DataFrame | pd.Series):
        if isinstance(answer, pd.Series) and expected in [str(v) for v in answer]:
            return hint(
                f"`{name}` is {kind(answer)} of {len(answer)} values, not one text. Take the one you need "
                f"with `.iloc[0]` on {where}."
            )
        return hint(
            f"`{name}` is {kind(answer)}; it should be one text (a str). Pick one column, then one value with `.iloc[0]`."
        )
    known: dict[str, list[str]] = {}
    for text, message in wrong.items():
        known.setdefault(message, []).append(text.strip())
    return kit.expect_text(
        answer,
        expected,
        name=name,
        what=where,
        case=True,
        mistakes={
            **{message: (lambda given, texts=texts: given.strip() in texts) for message, texts in known.items()},
            f"`{name}` holds only part of the text. Take the whole value from the table, do not retype it.": (
                lambda given: bool(given.strip()) and given.strip() in expected
            ),
            f"`{name}` is not the text of {where}. Print it, and compare with the table above.": lambda given: True,
        },
        success=success,
    )


def check_guard_sentence(sentence: object) -> Feedback:
    """Typed cell: the sentence of the first row of guard_rows."""
    expected = _guard_sentence()
    return _one_text(
        sentence,
        "guard_sentence",
        expected,
        where="the `sentence` column of `guard_rows`",
        success="`guard_sentence` is the article's sentence about the National Guard troops.",
        wrong=dict.fromkeys(
            guard_figures()["text"], "That is one figure's text, not its sentence: take the `sentence` column."
        ),
    )


def check_guard_table(guard: object) -> Feedback:
    """Typed cell: guard, the state and the troops as whole numbers."""
    expected = guard_table()
    return expect_table(
        guard,
        expected,
        name="guard",
        what="each state with its troops as whole numbers",
        columns=["state", "troops"],
        mistakes={
            _STILL_TEXT: lambda t: _text_column(t, "troops") and any("," in v for v in t["troops"]),
            'The commas are gone, but the troops are still text ("1145"): convert them with `.astype(int)` '
            "so that pandas can add them up.": lambda t: _text_column(t, "troops"),
        },
        success=f"`guard` holds {len(expected)} states, each with its troops as a number.",
    )


def check_stated_total(total: object) -> Feedback:
    """Typed cell: the total the Guard sentence states (its first figure in the ledger)."""
    expected = stated_total()
    ledger = reference_ledger()
    return expect_number(
        total,
        expected,
        name="stated_total",
        what="the total the sentence states, its first figure",
        mistakes={
            "That is the ledger's first figure, the headline's troops. Take the first row of `guard_rows`, "
            "not of `ledger`.": ledger["value"].iloc[0],
            "That is the first state's troops, the sentence's second figure. The total is the first row of "
            "`guard_rows` (`.iloc[0]`).": guard_table()["troops"].iloc[0],
        },
        success=f"`stated_total` is {expected:,}, the total the sentence states.",
    )


def _barrier_states() -> pd.DataFrame:
    barrier = data.load_barrier_miles()
    return barrier[barrier["row_type"] == "state"]


def check_barrier_states(states: object) -> Feedback:
    """Typed cell: the state rows of CBP's barrier table (without its published total row)."""
    barrier = data.load_barrier_miles()
    expected = _barrier_states()
    return expect_table(
        _sorted(states, ["state"]),
        _sorted(expected, ["state"]),
        name="states",
        what=f"the {len(expected)} state rows of CBP's barrier table",
        columns=["state", "total_primary_miles"],
        mistakes={
            **_a_mask("states", "barrier"),
            "`states` still has the published total row: adding it up would count the border twice. Keep only "
            'the rows whose `row_type` is "state".': lambda t: len(t) == len(barrier),
            "`states` holds the published total row; you want the other rows, those whose `row_type` is "
            '"state".': lambda t: set(t["row_type"]) == {"published total"},
            '`states` is empty: no row matched. Compare `row_type` with "state", exactly as the table writes '
            "it (small letters).": lambda t: len(t) == 0,
        },
        success=f"`states` holds CBP's {len(expected)} states, without the published total.",
    )


def _state_lengths() -> pd.DataFrame:
    lengths = data.load_border_length()
    return lengths[lengths["row_type"] == "state"]


def check_state_lengths(state_lengths: object) -> Feedback:
    """Typed cell: every published border length of each state (not the whole border's totals)."""
    lengths = data.load_border_length()
    expected = _state_lengths()
    return expect_table(
        _sorted(state_lengths, ["state", "length_miles"]),
        _sorted(expected, ["state", "length_miles"]),
        name="state_lengths",
        what=f"every published length of each state ({len(expected)} rows)",
        columns=["state", "length_miles", "chosen"],
        mistakes={
            **_a_mask("state_lengths", "lengths"),
            "`state_lengths` still has the lengths of the whole border (its published total rows). Keep only the "
            'rows whose `row_type` is "state".': lambda t: len(t) == len(lengths),
            "`state_lengths` keeps only the chosen length of each state. Keep every published value here: the "
            "next cell compares them, and a later one picks the chosen ones.": lambda t: (
                len(t) > 0 and bool(t["chosen"].all())
            ),
            '`state_lengths` is empty: no row matched. Compare `row_type` with "state", exactly as the table '
            "writes it.": lambda t: len(t) == 0,
        },
        success=f"`state_lengths` holds {len(expected)} published lengths for the {expected['state'].nunique()} states.",
    )


def check_guard_geo(guard_geo: object) -> Feedback:
    """Typed cell: guard with each state's chosen border length and CBP's primary barrier miles."""
    expected = expected_guard_geo()[["state", "troops", "length_miles", "total_primary_miles"]]
    return expect_table(
        _sorted(guard_geo, ["state"]),
        _sorted(expected, ["state"]),
        name="guard_geo",
        what="each state's troops with its chosen border length and its miles of primary barrier",
        columns=["state", "troops", "length_miles", "total_primary_miles"],
        mistakes={
            "`guard_geo` has columns ending in `_x` and `_y`: a merge joined a table that already had those "
            "columns (the cell ran twice on `guard_geo`). Start the first merge from `guard`, and run the cell "
            "again.": lambda t: any(str(c).endswith(("_x", "_y")) for c in t.columns),
            "`guard_geo` has more rows than states: every published length was joined, not only the chosen one. "
            "Keep the rows of `state_lengths` whose `chosen` is True before merging (and keep "
            '`validate="one_to_one"`: it stops such a merge).': lambda t: len(t) > len(expected),
            "`guard_geo` has the border lengths, but not yet CBP's barrier miles: merge it with the `state` and "
            "`total_primary_miles` of `states` too.": lambda t: (
                "length_miles" in t.columns and "total_primary_miles" not in t.columns
            ),
        },
        success=f"`guard_geo` gives each of the {len(expected)} states its troops, border length and barrier miles.",
    )


def _guard_totals() -> pd.DataFrame:
    deployments = data.load_deployments()
    return deployments[deployments["topic"].isin(["article_claim_national_guard_total", "national_guard_total"])]


def check_guard_totals(totals: object) -> Feedback:
    """Typed cell: the reported National Guard totals (the article's and the others')."""
    expected = _guard_totals()
    return expect_table(
        _sorted(totals, ["date", "source_name"]),
        _sorted(expected, ["date", "source_name"]),
        name="totals",
        what=f"the {len(expected)} rows whose topic is one of the two Guard totals",
        columns=["topic", "date", "figure", "source_name"],
        mistakes={
            **_a_mask("totals", "deployments"),
            "`totals` keeps only the columns you show; the next cells need its `topic` too. Keep all the columns "
            "in `totals`, and pick the four only to show them.": lambda t: (
                "topic" not in t.columns and "figure" in t.columns
            ),
            "`totals` has rows of one topic only. Put both topics in the list you give `isin`.": lambda t: (
                len(t) > 0 and t["topic"].nunique() == 1
            ),
            "`totals` also has other Guard figures (pledges, requests...). Keep exactly the two topics of the "
            "prompt, with `isin` and a list of the two.": lambda t: len(t) > len(expected),
            "`totals` is empty: check the spelling of the two topics (copy them from the prompt).": lambda t: (
                len(t) == 0
            ),
        },
        success=f"`totals` holds the {len(expected)} Guard totals reported in the article's week.",
    )


def _article_day() -> pd.Timestamp:
    deployments = data.load_deployments()
    return deployments.loc[deployments["topic"] == "article_claim_national_guard_total", "date"].iloc[0]


def _expect_date(
    answer: object,
    expected: pd.Timestamp,
    *,
    name: str,
    what: str,
    where: str = "the table",
    mistakes: kit.Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """One date (a Timestamp, a datetime or a date alike): ``name`` should be ``what``, the day ``expected``.

    What ``kit.expect_date`` would be: the kit's policy for a day (text is never a date; a table is not one
    date; a number is not a date), its mistakes as values or predicates."""
    import datetime

    import numpy as np

    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, pd.DataFrame | pd.Series):
        return hint(
            f"`{name}` is {kit.kind(answer)}, not one date. Take the one value with `.iloc[0]` after picking the "
            "row and the `date` column."
        )
    if isinstance(answer, str):
        return hint(
            f"`{name}` is text; take the date from {where} (a date, not text), so you can compare dates with it."
        )
    if not isinstance(answer, datetime.date | np.datetime64):
        return hint(f"`{name}` should be a date ({what}), but it is {kit.kind(answer)}.")
    day = pd.Timestamp(answer)
    if day == expected:
        return right(success or f"`{name}` is {expected:%d %B %Y}: {what}.")
    for message, wrong in (mistakes or {}).items():
        if kit._matches(day, wrong, lambda a, w: a == pd.Timestamp(w)):
            return hint(f"`{name}` is {day:%d %B %Y}, not {what}. {message}")
    return hint(f"`{name}` is {day:%d %B %Y}, not {what}.")


def check_article_day(day: object) -> Feedback:
    """Typed cell: the date of the article's row in totals."""
    expected = _article_day()
    return _expect_date(
        day,
        expected,
        name="article_day",
        what="the date of the article's row",
        where="`totals`",
        mistakes={
            "Pick the row of `totals` whose `topic` is article_claim_national_guard_total, then its `date`.": (
                lambda given: True
            ),
        },
        success=f"`article_day` is {expected:%d %B %Y}, the date of the article's row.",
    )


def check_pentagon_rows(pentagon: object) -> Feedback:
    """Typed cell: the story's National Guard figures given before the article's day."""
    expected, _ = pentagon_guard()
    story = data.load_story_figures()
    guard_rows_all = story[story["subject"] == "National Guard"]
    day = _article_day()
    return expect_table(
        _sorted(pentagon, ["date", "counts", "who_said_it"]),
        _sorted(expected, ["date", "counts", "who_said_it"]),
        name="pentagon",
        what="the story's National Guard rows dated before the article's day",
        columns=["date", "counts", "figure", "who_said_it", "what_source_says"],
        mistakes={
            **_a_mask("pentagon", "story"),
            "`pentagon` keeps every National Guard row, also those of the article's day and after. Add the "
            "second condition, `date` before `article_day`, with `&` (each condition in its own parentheses).": lambda t: (
                len(t) == len(guard_rows_all)
            ),
            "`pentagon` also has rows of the article's own day: use `<` (before), not `<=`.": lambda t: (
                (t["date"] == day).any() and (t["date"] <= day).all()
            ),
            '`pentagon` has rows about other subjects: add the condition on `subject` == "National Guard", joined '
            "with `&`, each condition in its own parentheses.": lambda t: (
                "subject" in t.columns and set(t["subject"]) != {"National Guard"}
            ),
            "`pentagon` keeps only the columns you show; the next cells need `counts` and `what_source_says` too. "
            "Keep all the columns in `pentagon`, and pick some only to show them.": lambda t: (
                "what_source_says" not in t.columns and "date" in t.columns
            ),
        },
        success=f"`pentagon` holds the {len(expected)} Guard figures given before the article, all on "
        f"{expected['date'].min():%d %B %Y}.",
    )


def _davis_said() -> str:
    pentagon, _ = pentagon_guard()
    return pentagon.loc[pentagon["counts"] == "deployed", "what_source_says"].iloc[0]


def check_davis_said(said: object) -> Feedback:
    """Typed cell: the words of pentagon's first deployed row (Newsmax's)."""
    pentagon, _ = pentagon_guard()
    expected = _davis_said()
    deployed = pentagon.loc[pentagon["counts"] == "deployed"]
    wrong = dict.fromkeys(
        pentagon.loc[pentagon["counts"] != "deployed", "what_source_says"],
        "Those are the words of the row that counts the troops *authorized*. Keep the rows whose `counts` "
        'is "deployed" first, then take the first one.',
    )
    wrong.update(
        {
            text: "Those are the words of a later deployed row. Take the first deployed row (`.iloc[0]`), Newsmax's."
            for text in deployed["what_source_says"].iloc[1:]
            if text != expected
        }
    )
    return _one_text(
        said,
        "davis_said",
        expected,
        where="the `what_source_says` of `pentagon`'s first deployed row",
        success="`davis_said` holds the spokesman's words as Newsmax reported them.",
        wrong=wrong,
    )


def davis_table() -> pd.DataFrame:
    """Davis's troops by state, read from his words with DAVIS_PATTERN (troops as whole numbers)."""
    table = pd.Series([_davis_said()]).str.extractall(DAVIS_PATTERN).reset_index(drop=True)
    table["troops"] = table["troops"].str.replace(",", "").astype(int)
    return table


def check_davis_table(davis: object) -> Feedback:
    """Typed cell: the "number in State" phrases of Davis's words, troops as whole numbers."""
    expected = davis_table()
    return expect_table(
        _sorted(davis, ["state"]),
        _sorted(expected, ["state"]),
        name="davis",
        what=f"the {len(expected)} states of the spokesman's words, each with its troops",
        columns=["state", "troops"],
        mistakes={
            _STILL_TEXT: lambda t: _text_column(t, "troops") and any("," in v for v in t["troops"]),
            "The commas are gone, but the troops are still text: convert them with `.astype(int)`.": lambda t: (
                _text_column(t, "troops")
            ),
            '`davis` misses states: his phrases put a comma or "are" after the number ("1,145, are in Texas"). '
            'Allow an optional comma (`,?`) and an optional `(?:are\\s+)?` before `in`, as "soldiers" was '
            "optional in section 2.": lambda t: 0 < len(t) < len(expected),
            "`davis` is empty: the pattern found no phrase. Start from `troops_in_state`, which worked on the "
            'article\'s sentence, and add the optional comma and "are".': lambda t: len(t) == 0,
        },
        success=f"`davis` holds the {len(expected)} states of the spokesman's words, with their troops.",
    )


def check_by_davis(by_davis: object) -> Feedback:
    """Typed cell: the article's troops beside Davis's, state by state."""
    expected = guard_table().merge(davis_table(), on="state", suffixes=("_article", "_davis"))
    return expect_table(
        _sorted(by_davis, ["state"]),
        _sorted(expected, ["state"]),
        name="by_davis",
        what="each state's troops in the article beside Davis's",
        columns=["state", "troops_article", "troops_davis"],
        mistakes={
            'pandas named the two troop columns `troops_x` and `troops_y`: give `suffixes=("_article", '
            '"_davis")` so that a reader knows which is which.': lambda t: "troops_x" in t.columns,
            "Davis's troops are still text: convert `davis`'s troops to whole numbers (`.astype(int)`) before "
            "the merge, so that they compare with the article's.": lambda t: _text_column(t, "troops_davis"),
            "`by_davis` has fewer rows than states: a state is missing on one side. Check `davis` first (it "
            "should have all four states).": lambda t: len(t) < len(expected),
        },
        success=f"`by_davis` puts the article's troops beside the spokesman's for the {len(expected)} states.",
    )


def _fy2018() -> pd.DataFrame:
    profiles = data.load_sector_profiles()
    return profiles[profiles["fiscal_year"] == 2018]


def check_fy2018_profiles(fy2018: object) -> Feedback:
    """Typed cell: the FY2018 rows of CBP's sector profiles."""
    profiles = data.load_sector_profiles()
    expected = _fy2018()
    return expect_table(
        _sorted(fy2018, ["sector"]),
        _sorted(expected, ["sector"]),
        name="fy2018",
        what="the sector profiles' FY2018 rows",
        columns=["fiscal_year", "sector", "agents"],
        mistakes={
            **_a_mask("fy2018", "profiles"),
            "`fy2018` holds FY2019's rows: the agents on board on 30 September 2018 are FY2018's. Compare "
            "`fiscal_year` with 2018.": lambda t: len(t) > 0 and set(t["fiscal_year"]) == {2019},
            "`fy2018` keeps every fiscal year. Keep the rows whose `fiscal_year` is 2018.": lambda t: (
                len(t) == len(profiles)
            ),
            "`fy2018` is empty: `fiscal_year` holds numbers, so compare it with 2018 without quotes.": lambda t: (
                len(t) == 0
            ),
            "`fy2018` keeps only some columns; a later cell needs `sector` and `agents`, and the next cell more. "
            "Keep all the columns.": lambda t: "agents" not in t.columns,
        },
        success=f"`fy2018` holds the {len(expected)} rows of the FY2018 sector profile.",
    )


def expected_sector_agents() -> pd.DataFrame:
    """The nine southwest border sectors' FY2018 agents, each with its states (SECTOR_STATES)."""
    fy2018 = _fy2018()
    table = fy2018.loc[fy2018["sector"].isin(list(SECTOR_STATES)), ["sector", "agents"]]
    return table.assign(states=table["sector"].map(SECTOR_STATES))


def check_sector_agents(sector_agents: object) -> Feedback:
    """Typed cell: the nine southwest border sectors' FY2018 agents, each with its states."""
    expected = expected_sector_agents()
    return expect_table(
        _sorted(sector_agents, ["sector"]),
        _sorted(expected, ["sector"]),
        name="sector_agents",
        what=f"the {len(expected)} southwest border sectors' agents, each with its states",
        columns=["sector", "agents", "states"],
        mistakes={
            "`sector_agents` is empty: `isin` needs the sector names, the *keys* of SECTOR_STATES "
            "(`list(SECTOR_STATES)`), not its values (the states).": lambda t: len(t) == 0,
            "`sector_agents` has more rows than the nine sectors: totals or other borders' sectors are still in "
            "it. Keep the rows whose `sector` is a key of SECTOR_STATES (`isin`).": lambda t: len(t) > len(expected),
            "The `states` column has blanks: map the `sector` column (the keys of SECTOR_STATES), not another "
            "one.": lambda t: "states" in t.columns and bool(t["states"].isna().any()),
        },
        success=f"`sector_agents` holds the {len(expected)} sectors' agents, each with the states it covers.",
    )


from helpers.checks.kit import expect_series, same_values  # noqa: E402

__all__ += ["check_agents_at_least", "check_agents_at_most"]


def _right_but_unnamed(expected: pd.Series, name: str):
    """A mistake detector: the right values, but the Series is not named ``name`` (the merge needs the name)."""

    def detect(answer) -> bool:
        return (
            isinstance(answer, pd.Series)
            and answer.name != name
            and set(answer.index) == set(expected.index)
            and same_values(answer.loc[list(expected.index)], expected)
        )

    return detect


def expected_agents_at_least() -> pd.Series:
    """Agents summed by the ``states`` label of each sector (a one-state label: sectors wholly in that state)."""
    return expected_sector_agents().groupby("states")["agents"].sum().rename("agents_at_least")


def expected_agents_at_most() -> pd.Series:
    """Agents of every sector that touches a state, summed by state."""
    table = expected_sector_agents()
    touching = table.assign(state=table["states"].str.split(", ")).explode("state")
    return touching.groupby("state")["agents"].sum().rename("agents_at_most")


def check_agents_at_least(at_least: object) -> Feedback:
    """Typed cell: sector_agents' agents summed by states."""
    expected = expected_agents_at_least()
    table = expected_sector_agents()
    counts = table.groupby("states")["agents"].count()
    return expect_series(
        at_least,
        expected,
        name="at_least",
        what="the agents summed by the `states` column",
        mistakes={
            "`at_least` has one value per sector: group by the `states` column, not by `sector`.": lambda s: (
                set(s.index) == set(table["sector"])
            ),
            "`at_least` counts the sectors of each label: add up their agents with `.sum()`, not `.count()`.": counts,
            'Right values, but `at_least` is not named agents_at_least: add `.rename("agents_at_least")`. The '
            "merge below makes the name a column's name.": _right_but_unnamed(expected, "agents_at_least"),
        },
        success=f"`at_least` adds up the agents for each of the {len(expected)} labels of `states`.",
    )


def check_agents_at_most(at_most: object) -> Feedback:
    """Typed cell: the agents of every sector that touches a state, summed by state."""
    expected = expected_agents_at_most()
    table = expected_sector_agents()
    counts = table.assign(state=table["states"].str.split(", ")).explode("state").groupby("state")["agents"].count()
    return expect_series(
        at_most,
        expected,
        name="at_most",
        what="the agents of every sector that touches each state",
        mistakes={
            '`at_most` still has labels with two states ("New Mexico, Texas"): split `states` on ", " into a '
            "`state` column, `explode` it, and group by `state`.": lambda s: any(", " in str(i) for i in s.index),
            "`at_most` counts the sectors touching each state: add up their agents with `.sum()`, not "
            "`.count()`.": counts,
            'Right values, but `at_most` is not named agents_at_most: add `.rename("agents_at_most")`. The merge '
            "below makes the name a column's name.": _right_but_unnamed(expected, "agents_at_most"),
        },
        success=f"`at_most` adds up, for each of the {len(expected)} states, the agents of every sector that touches it.",
    )


__all__ += ["check_robust"]


def expected_robust() -> pd.DataFrame:
    """Section 5: each state's troops per 100 miles with the longest and the shortest published length, one decimal."""
    lengths = _state_lengths()
    ranges = lengths.groupby("state")["length_miles"].agg(["min", "max"]).reset_index()
    robust = guard_table()[["state", "troops"]].astype({"troops": int}).merge(ranges, on="state")
    robust["per_100_low"] = (robust["troops"] / robust["max"] * 100).round(1)
    robust["per_100_high"] = (robust["troops"] / robust["min"] * 100).round(1)
    return robust


def check_robust(robust: object) -> Feedback:
    """Type-along, section 5: robust, one row per state with per_100_low (longest length) and per_100_high (shortest)."""
    expected = expected_robust()
    swapped = expected.rename(columns={"per_100_low": "per_100_high", "per_100_high": "per_100_low"})
    return kit.expect_table(
        robust,
        expected,
        name="robust",
        what="each state's troops per 100 miles with its longest published length (`per_100_low`) and its "
        "shortest (`per_100_high`), rounded to one decimal",
        columns=["state", "per_100_low", "per_100_high"],
        ordered=False,
        tolerance=0.05,
        mistakes={
            "`per_100_low` and `per_100_high` are swapped: the *longest* length (`max`) gives the *lowest* troops "
            "per 100 miles.": lambda t: kit._same_table(
                t, swapped, ["state", "per_100_low", "per_100_high"], False, False, 0.05
            ),
            "`robust` has no `state` column: keep the state as a column with `.reset_index()` (without `drop=True`) "
            "on `ranges`, then merge on it.": lambda t: "state" not in t.columns,
        },
        success="`robust` gives each state's troops per 100 miles at both ends of the published lengths.",
    )
