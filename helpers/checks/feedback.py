"""What every self-check returns: right, or a hint saying what to try next."""

from __future__ import annotations

import re
from dataclasses import dataclass

NOT_ANSWERED = "Replace the `...` with your code, run that cell, then run this check again."


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
