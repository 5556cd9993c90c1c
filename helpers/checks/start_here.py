"""Self-checks for notebook 00 (start here)."""

from __future__ import annotations

from helpers import paths
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, right, unanswered

__all__ = ["check_headline", "check_dataset_count"]


def check_headline(headline: object) -> Feedback:
    """Exercise: read the article's headline (its first line) from seeds/article.txt."""
    from helpers.article import load_article  # its errors say what is wrong with the file and how to fix it

    article = load_article()
    text, expected = article.text, article.title
    if unanswered(headline):
        return hint(NOT_ANSWERED)
    if isinstance(headline, (list, tuple)):
        return hint("You have a list of lines. The headline is the first one: index it with `[0]`.")
    if not isinstance(headline, str):
        return hint(f"`headline` should be text (a str), but it is a {type(headline).__name__}. Did you call `.read_text()` on the path?")
    if headline == text or headline.strip() == text.strip():
        return hint("That is the whole article. Split it into lines with `.splitlines()` and keep the first one.")
    if headline.strip() == expected and headline != expected:
        return hint("Almost: your headline has spaces or a line break at an end. Use `.strip()` to remove them.")
    if headline.strip() == "":
        return hint("That is an empty line. The headline is the first line of the file: `.splitlines()[0]`.")
    if headline != expected:
        return hint("That is not the first line of seeds/article.txt. Read the file with `paths.ARTICLE.read_text(encoding='utf-8')` and take `.splitlines()[0]`.")
    return right(f"The headline is: {expected!r}")


def check_dataset_count(count: object) -> Feedback:
    """Exercise: count the CSV files in datasets/."""
    csvs = sorted(paths.DATASETS.glob("*.csv"))
    everything = [p for p in paths.DATASETS.iterdir() if p.is_file()]
    if unanswered(count):
        return hint(NOT_ANSWERED)
    if isinstance(count, (list, tuple)) or hasattr(count, "__next__"):
        return hint("You have the files themselves, not how many there are. Wrap them in `len(list(...))`.")
    if isinstance(count, bool) or not isinstance(count, int):
        return hint(f"`n_datasets` should be a whole number, but it is a {type(count).__name__}.")
    if count == len(csvs):
        return right(f"The course ships {len(csvs)} datasets as CSV files; datasets/README.md describes each one.")
    if count == len(everything):
        return hint("You counted every file, including README.md and checksums.sha256. Count only the CSV files: `.glob('*.csv')`.")
    if count == 0:
        return hint("Zero files: did you look in `paths.DATASETS`? A relative path like `Path('datasets')` depends on where the notebook runs.")
    return hint(f"{count} is not what the folder holds. List them first with `sorted(paths.DATASETS.glob('*.csv'))`, then take `len(...)`.")
