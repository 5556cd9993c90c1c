"""Every check says Right to three ways of writing a right answer, and Not yet (with its hint) to three real mistakes.

The variants live in ``tests/variants/<module>.py``, one file a lesson (see ``tests/variants/__init__.py``).
"""

from __future__ import annotations

import importlib
import inspect

import pytest

from helpers import checks
from tests.variants import CHECKS, Args, Valid, Wrong

MINIMUM = 3


def _exported(module: str) -> list[str]:
    names = importlib.import_module(CHECKS[module]).__all__
    return [n for n in names if n.startswith("check_")]


def _variants(module: str) -> dict:
    return importlib.import_module(f"tests.variants.{module}").VARIANTS


CASES = [
    pytest.param(
        module,
        check,
        variant,
        id=f"{module}-{check}-{'right' if isinstance(variant, Valid) else 'wrong'}-{variant.label}",
    )
    for module in CHECKS
    for check, variants in _variants(module).items()
    for variant in variants
]


def _answer(variant, request):
    wanted = inspect.signature(variant.make).parameters
    fixtures = {
        name: request.getfixturevalue(name)
        for name, parameter in wanted.items()
        if parameter.default is inspect.Parameter.empty and parameter.kind is parameter.POSITIONAL_OR_KEYWORD
    }
    return variant.make(**fixtures)


def _call(module: str, check: str, answer) -> checks.Feedback:
    """The check as a student meets it: the guarded one of ``helpers.checks``; the final assignment's, as graded."""
    function = getattr(checks, check) if module != "hidden" else getattr(importlib.import_module(CHECKS[module]), check)
    if isinstance(answer, Args):
        return function(*answer.args, **answer.kwargs)
    return function(answer)


@pytest.mark.parametrize("module, check, variant", CASES)
def test_variant(module, check, variant, request):
    feedback = _call(module, check, _answer(variant, request))
    if isinstance(variant, Valid):
        assert feedback.ok, f"{check} refused a right answer ({variant.label}): {feedback.message}"
    else:
        assert not feedback.ok, f"{check} accepted a wrong answer ({variant.label}): {feedback.message}"
        assert variant.says in feedback.message, (
            f"{check}'s hint for {variant.label} does not say {variant.says!r}: {feedback.message}"
        )
        assert "Traceback" not in feedback.message


@pytest.mark.parametrize("module", CHECKS)
def test_every_check_is_tried_on_three_right_and_three_wrong_answers(module):
    variants = _variants(module)
    short = []
    for check in _exported(module):
        tried = variants.get(check, [])
        valid = [v for v in tried if isinstance(v, Valid)]
        wrong = [v for v in tried if isinstance(v, Wrong) and v.label != "unanswered"]
        if len(valid) < MINIMUM or len(wrong) < MINIMUM:
            short.append(f"{check} ({len(valid)} right, {len(wrong)} wrong)")
    assert not short, f"{CHECKS[module]}: tried on too few answers: " + "; ".join(short)


@pytest.mark.parametrize("module", CHECKS)
def test_variants_name_real_checks_and_unique_labels(module):
    exported = set(_exported(module))
    for check, variants in _variants(module).items():
        assert check in exported, f"tests/variants/{module}.py tries {check}, which {CHECKS[module]} does not export"
        labels = [v.label for v in variants]
        assert len(labels) == len(set(labels)), f"{check}: two variants share a label"
        assert all(isinstance(v, Valid | Wrong) for v in variants)
