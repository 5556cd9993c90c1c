"""Self-checks for the exercises: a hint for each common wrong answer, never a bare "wrong".

Each ``check_*`` function compares a student's answer with the answer computed from the
course's own files (never a typed-in number) and returns a :class:`Feedback`, which shows
as one friendly line in the notebook. One module per lesson; all are available here:
``from helpers import checks; checks.check_headline(headline)``.

Every check reached through this package is guarded (``helpers.guard``): after a cell
that raised an error it says so instead of judging the older value still in memory, and a
check cell run after a kernel restart gives one plain line instead of a NameError traceback.
"""

from helpers import guard as _guard
from helpers.checks.feedback import Feedback as Feedback  # re-exported: checks.Feedback

# The lessons' modules, in lesson order (not sorted by name):
# isort: off
from helpers.checks.start_here import *  # noqa: F403  (lesson 00)
from helpers.checks.reading import *  # noqa: F403  (lesson 01)
from helpers.checks.troops import *  # noqa: F403  (lesson 02)
from helpers.checks.crossings import *  # noqa: F403  (lesson 03)
from helpers.checks.sectors import *  # noqa: F403  (lesson 04)
from helpers.checks.charting import *  # noqa: F403  (lesson 05)
from helpers.checks.explore import *  # noqa: F403  (lesson 06)
from helpers.checks.sources import *  # noqa: F403  (lesson 07)
from helpers.checks.aftermath import *  # noqa: F403  (lesson 08)
from helpers.checks.writeup import *  # noqa: F403  (lesson 09)
# isort: on

for _name, _check in list(globals().items()):
    if _name.startswith("check_") and callable(_check):
        globals()[_name] = _guard.guarded(_check)
del _name, _check

_guard.install()
