import hashlib

import pytest

from helpers import paths

# The published article's SHA-256: the seed is never edited (seeds/README.md).
ARTICLE_SHA256 = "1e47b53dce6537d30abd76cd3ebdaf4355b540e2817be94b9578533f1c109e7f"


def test_the_article_is_exactly_as_published():
    assert hashlib.sha256(paths.ARTICLE.read_bytes()).hexdigest() == ARTICLE_SHA256


def test_the_article_matches_the_shared_seed_when_present():
    shared = paths.ROOT.parent / "shared" / "seeds" / "article.txt"
    if not shared.is_file():
        pytest.skip("../shared/seeds/article.txt is not beside this checkout")
    assert shared.read_bytes() == paths.ARTICLE.read_bytes()
