"""Self-checks for the exercises: a hint for each common wrong answer, never a bare "wrong".

Each ``check_*`` function compares a student's answer with the answer computed from the
course's own files (never a typed-in number) and returns a :class:`Feedback`, which shows
as one friendly line in the notebook. One module per lesson; all are available here:
``from helpers import checks; checks.check_headline(headline)``.
"""

from helpers.checks.feedback import Feedback
from helpers.checks.reading import check_digit_pattern, check_troop_figures
from helpers.checks.start_here import check_dataset_count, check_headline

__all__ = [
    "Feedback", "check_dataset_count", "check_digit_pattern", "check_headline", "check_troop_figures",
]
