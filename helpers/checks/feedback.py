"""What every self-check returns: right, or a hint saying what to try next."""

from __future__ import annotations

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
