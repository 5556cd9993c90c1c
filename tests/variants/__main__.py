"""Print how many right and wrong variants the tests try, by lesson: ``python -m tests.variants``."""

import importlib

from tests.variants import ROWS, Valid, Wrong


def counts() -> list[tuple[str, str, int, int, int]]:
    rows = []
    for lesson, module in ROWS.items():
        variants = importlib.import_module(f"tests.variants.{module}").VARIANTS
        valid = sum(isinstance(v, Valid) for vs in variants.values() for v in vs)
        wrong = sum(isinstance(v, Wrong) for vs in variants.values() for v in vs)
        rows.append((lesson, module, len(variants), valid, wrong))
    return rows


if __name__ == "__main__":
    print("| lesson | checks module | checks | right variants | wrong variants |")
    print("|---|---|---|---|---|")
    rows = counts()
    for lesson, module, checks, valid, wrong in rows:
        print(f"| {lesson} | {module} | {checks} | {valid} | {wrong} |")
    print(f"| all | | {sum(r[2] for r in rows)} | {sum(r[3] for r in rows)} | {sum(r[4] for r in rows)} |")
