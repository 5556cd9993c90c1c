"""What every self-check returns: right, or a hint saying what to try next."""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.article import extract_figures

NOT_ANSWERED = (
    "Replace the `...` with your code, run that cell, then run this check again. (If you did, your answer "
    "is None: a function without `return`, or a method such as `.sort_values(inplace=True)`, gives None.)"
)


@dataclass(frozen=True)
class Feedback:
    """The result of a self-check: whether the answer is right, and what to do next."""

    ok: bool
    message: str

    def __repr__(self) -> str:
        return ("Right! " if self.ok else "Not yet. ") + self.message

    def _repr_markdown_(self) -> str:
        return ("✅ **Right!** " if self.ok else "💡 **Not yet.** ") + self.message


def right(message: str) -> Feedback:
    return Feedback(True, message)


def hint(message: str) -> Feedback:
    return Feedback(False, message)


def unanswered(answer: object) -> bool:
    """True while the exercise cell still holds its ``...`` placeholder (or nothing at all)."""
    return answer is Ellipsis or answer is None


def is_table(answer: object) -> bool:
    """True for a pandas column or table (anything with more than zero dimensions), not one value."""
    return getattr(answer, "ndim", 0) > 0


def as_number(answer: object, *, from_text: bool = False) -> float | None:
    """The answer as one number, or None when it is not one.

    With ``from_text``, text such as "2012", "FY2012", "1,234" or "24.4%" counts as its number.
    True and False never count, though Python treats them as 1 and 0.
    """
    if isinstance(answer, bool) or is_table(answer):
        return None
    if isinstance(answer, str):
        if not from_text:
            return None
        match = re.fullmatch(r"\s*(?:FY\s?)?([-+]?\d+(?:\.\d+)?)\s*%?\s*", answer.replace(",", ""), re.I)
        return float(match[1]) if match else None
    try:
        return float(answer)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- one policy for numbers


def not_a_number(answer: object) -> Feedback | None:
    """A hint when ``answer`` is not one number; None when it is one (int, float or NumPy number).

    The course's one policy for numeric answers: a number is given as a number. Text that reads
    as a number ("8", "2012", "24.4%", "1,234") is never accepted, and its hint says how to write
    the number instead; so do True/False, tables and everything else that is not one number.
    """
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, bool):
        return hint(f"`{answer}` is a yes/no value, not a number: store the number itself.")
    if is_table(answer):
        return hint(
            "That is a whole table or column, not one number: pick the one value you need "
            "(with `.loc[...]`, or a method that returns one value)."
        )
    if isinstance(answer, str):
        if as_number(answer, from_text=True) is None:
            return hint(f"That is text ({answer!r}), not a number: store the number itself, with no quotes.")
        plain = answer.strip().removeprefix("FY").removeprefix("fy").replace(",", "").replace("%", "").strip()
        dropped = [
            what
            for what, there in (
                ("the quotes", True),
                ("the commas", "," in answer),
                ("the % sign", "%" in answer),
                ("the FY", answer.strip()[:2].upper() == "FY"),
            )
            if there
        ]
        return hint(
            f"You gave text, {answer!r}, not a number. Drop {', '.join(dropped[:-1]) + ' and ' if len(dropped) > 1 else ''}"
            f"{dropped[-1]}: write `{plain}`. Python only does arithmetic with numbers, so the course's "
            "checks take numbers as numbers."
        )
    if as_number(answer) is None:
        from helpers.checks.kit import kind

        return hint(f"That is {kind(answer)}, not a number: store one number (an int or a float).")
    return None


# --------------------------------------------------------------------------- open-ended findings


def _unit(text: str, value: float) -> float:
    """The precision a figure was written with: "450,000" -> 10,000; "49.0%" -> 0.1; "1.5 million" -> 100,000."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if digits is None:  # a number in words ("three"): exact to one
        return 1.0
    written = digits.group(0).replace(",", "")
    scale = value / float(written) if float(written) else 1.0  # "1.5 million": 1,000,000
    if "." in written:
        return 10 ** -len(written.split(".")[1]) * scale
    zeros = len(written) - len(written.rstrip("0"))
    return 10 ** min(zeros, max(len(written) - 1, 0)) * scale


def check_numbers_in_sentence(sentence: object, evidence: dict[str, float], *, what: str = "the data") -> Feedback:
    """Check the checkable part of an open-ended finding: every number in it matches the data.

    ``evidence`` maps a label ("Tucson, FY2010 share %") to a value computed from the data. Each
    figure in the sentence (found by the course's own figure extractor; years and small counts in
    words, "the four states", are left out, and so are dates) must
    match one of the values at the precision it is written with: "49%" matches 48.97, "about
    450,000" matches 447,731. The wording itself is for a person to judge.
    """
    if unanswered(sentence) or (isinstance(sentence, str) and sentence.strip() in {"", "..."}):
        return hint("Write your finding as one sentence between the quotes, run the cell, then this check.")
    if not isinstance(sentence, str):
        from helpers.checks.kit import kind

        what = "a number" if as_number(sentence) is not None else kind(sentence)
        return hint(f"A finding is a sentence of text (in quotes), not {what}: put your number in a sentence.")
    figures = extract_figures(sentence)
    # years and dates say when, and small numbers in words count things in the sentence ("the four states")
    counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
    figures = figures[~figures["kind"].isin(["year", "date"]) & ~counting_word]
    if figures.empty:
        return hint(
            "Your sentence has no number yet: a finding states its number (a count, a share, "
            "a ratio), as the example answer does."
        )
    values = {label: float(value) for label, value in evidence.items()}
    for text, value in zip(figures["text"], figures["value"]):
        tolerance = _unit(text, float(value)) / 2
        if not any(abs(float(value) - v) <= tolerance + 1e-9 for v in values.values()):
            label, nearest = min(values.items(), key=lambda item: abs(item[1] - float(value)))
            return hint(
                f"I can't find {text!r} in {what}. The nearest value there is {nearest:,.6g} "
                f"({label}): check the year, the place and your rounding, and take the number "
                "from your computation rather than typing it."
            )
    found = ", ".join(repr(t) for t in figures["text"])
    return right(
        f"Every number in your sentence ({found}) matches {what}. Now compare your wording with the "
        "example answer: does it say what is counted, where and when?"
    )


# --------------------------------------------------------------------------- a student's own function


def try_call(function, *args):
    """Call a function the student wrote: ``(True, result)``, or ``(False, error)`` when it raised.

    Any error in the student's function is reported by the check, never raised into the check cell.
    """
    try:
        return True, function(*args)
    except Exception as error:  # noqa: BLE001
        return False, error


def as_whole(value):
    """``value`` as an int when it is one (a year, a count: 2017, np.int64(2017), 2017.0), else unchanged."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return value
