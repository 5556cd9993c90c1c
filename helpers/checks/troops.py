"""Self-checks for notebook 02 (troop tables)."""

from __future__ import annotations

from helpers.checks.feedback import NOT_ANSWERED, Feedback, as_number, hint, is_table, right, unanswered
from helpers.data import chosen_border_lengths
from helpers.troops import guard_table, stated_total

__all__ = ["check_arizona_share", "check_most_troops_per_100_miles"]

def guard_by_state() -> dict[str, int]:
    """The article's National Guard troops by state, parsed from its sentence (the reference answer)."""
    table = guard_table()
    return dict(zip(table["state"], table["troops"].astype(int)))


def check_arizona_share(share: object) -> Feedback:
    """Exercise: Arizona's share of the article's National Guard troops, in percent, one decimal."""
    if unanswered(share):
        return hint(NOT_ANSWERED)
    value = as_number(share)
    if value is None:
        return hint(f"`arizona_share` should be one number, but it is a {type(share).__name__}. Pick Arizona's row with `.loc[...]` and its value.")
    troops = guard_by_state()
    arizona, total = troops["Arizona"], stated_total()
    expected = round(arizona / total * 100, 1)
    if abs(value - expected) < 0.05:
        return right(f"Arizona had {arizona:,} of the {total:,} troops: {expected}%.")
    if abs(value - arizona / total) < 0.0005:
        return hint("That is a fraction (between 0 and 1). Multiply by 100 to get a percentage.")
    if abs(value - arizona / total * 100) < 0.5:
        return hint("Close: round to one decimal place with `round(..., 1)`.")
    others = total - arizona
    if others and abs(value - arizona / others * 100) < 0.05:
        return hint("You divided by the other states' troops. A share is a part divided by the whole: all states together.")
    if abs(value - arizona / 800 * 100) < 0.1:
        return hint("800 is the number of active-duty troops being sent, not the National Guard total. Divide by the Guard total.")
    if abs(value - arizona) < 0.5:
        return hint("That is Arizona's number of troops. Divide it by the total and multiply by 100.")
    return hint("Not that. Divide Arizona's troops by the total of all four states, multiply by 100, and round to one decimal.")


def check_most_troops_per_100_miles(state: object) -> Feedback:
    """Exercise: which state has the most Guard troops per 100 miles of border (the course's chosen lengths)?"""
    if unanswered(state):
        return hint(NOT_ANSWERED)
    if is_table(state):
        return hint("That is a whole column or table. `.idxmax()` on the ratio column (with the state as index) gives the name of the top state.")
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
        return right(f"{best}: {ratio[best]:.0f} troops per 100 miles of border, because its stretch of border is short.")
    if answer.lower() == most_troops.lower():
        return hint(f"{most_troops} has the most troops, but also {'the longest' if longest == most_troops else 'a long'} border. Divide troops by miles before comparing.")
    if answer.lower() == min(ratio, key=ratio.get).lower():
        return hint("That state has the fewest troops per 100 miles: you want the most. Use `.idxmax()`, or sort descending.")
    if answer.lower() not in {s.lower() for s in troops}:
        return hint(f"{answer!r} is not one of the four border states in the table: {', '.join(troops)}.")
    return hint("Not that one. Compute troops / miles * 100 for each state and take the largest.")
