"""helpers.checks gathers every lesson's checks in one namespace: no name may be claimed twice."""

import importlib
import pkgutil

import helpers.checks
from helpers.checks import feedback

#: feedback and kit hold what every check shares; the graders' hidden tests live outside the student
#: package, in the instructors' grading/ package.
MODULES = [m.name for m in pkgutil.iter_modules(helpers.checks.__path__) if m.name not in ("feedback", "kit")]


def test_the_graders_checks_are_not_in_the_student_package():
    names = {m.name for m in pkgutil.iter_modules(helpers.checks.__path__)}
    assert "hidden" not in names, "the hidden checks belong to grading/, which the student release never copies"
    from grading import hidden

    assert hidden.HIDDEN_VARIANTS, "grading.hidden holds the autograder's hidden variants"


def test_no_two_lesson_modules_export_the_same_check():
    owners = {}
    for name in MODULES:
        module = importlib.import_module(f"helpers.checks.{name}")
        for exported in getattr(module, "__all__", []):
            assert exported not in owners, (
                f"{exported} is exported by both {owners[exported]} and {name}: the later import would silently win"
            )
            owners[exported] = name
    assert owners, "no lesson module exports a check"


def test_every_exported_check_is_reachable_and_guarded():
    for name in MODULES:
        module = importlib.import_module(f"helpers.checks.{name}")
        for exported in getattr(module, "__all__", []):
            if exported.startswith("check_"):
                reached = getattr(helpers.checks, exported)
                assert reached.__wrapped__ is getattr(module, exported), (
                    f"checks.{exported} is not the guarded {name}.{exported}"
                )


def test_feedback_is_not_a_lesson_module():
    assert feedback.Feedback is helpers.checks.Feedback


def test_no_two_lessons_export_a_check_of_the_same_name():
    """helpers.checks star-imports every lesson's module: a second check of the same name would silently replace the first."""
    import importlib

    seen = {}
    for module in (
        "start_here",
        "reading",
        "troops",
        "crossings",
        "sectors",
        "charting",
        "explore",
        "sources",
        "aftermath",
        "writeup",
    ):
        names = importlib.import_module(f"helpers.checks.{module}").__all__
        for name in names:
            assert name not in seen, f"{name} is exported by both checks.{seen[name]} and checks.{module}"
            seen[name] = module
