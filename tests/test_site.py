"""`make site` renders every notebook and document; every link in it resolves; charts are in the pages."""

import html
import re
from pathlib import PurePosixPath

import pytest

from helpers import course, paths
from tools import site as site_tool
from tools.notebooks import course_notebooks

HREF = re.compile(r'(?:href|src)="([^"#?]*)[^"]*"')


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    site_tool.build(folder)
    return folder


def pages(site):
    return sorted(site.rglob("*.html"))


def test_every_notebook_and_document_has_its_page(site):
    for notebook in course_notebooks():
        assert (site / site_tool.page_path(paths.relative(notebook))).is_file(), notebook.name
    for document in site_tool.DOCUMENTS:
        if (paths.ROOT / document).is_file():
            assert (site / site_tool.page_path(document)).is_file(), document


def test_the_index_maps_every_lesson(site):
    index = (site / "index.html").read_text()
    for lesson in course.course_map():
        assert f'href="{site_tool.page_path(lesson.path)}"' in index
        assert html.escape(lesson.time) in index


def test_every_internal_link_resolves(site):
    broken = []
    for page in pages(site):
        for target in HREF.findall(page.read_text()):
            if not target or re.match(r"^[a-z][a-z0-9+.-]*:", target):
                continue
            if not (page.parent / target).resolve().is_file():
                broken.append(f"{page.relative_to(site)} -> {target}")
    assert broken == []


def test_links_between_notebooks_point_at_pages_not_ipynb(site):
    for page in pages(site):
        assert not re.search(r'href="(?!https?:)[^"]*\.ipynb', page.read_text()), page.name


def test_the_site_asks_no_other_site_for_scripts(site):
    for page in pages(site):
        assert not re.search(r'<script[^>]*src="https?://', page.read_text()), page.name


def test_charts_are_in_the_pages(site):
    charting = (site / "notebooks" / "05-charting.html").read_text()
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', charting)) >= 4


def test_rewrite_links_keeps_outside_links_and_copies_linked_files():
    extra = set()
    markup = '<a href="02-troop-tables.ipynb#top">x</a> <a href="https://example.org/a.ipynb">y</a> <a href="../seeds/article.txt">z</a>'
    out = site_tool.rewrite_links(
        markup, "notebooks/01-reading-the-article.ipynb", {"notebooks/02-troop-tables.ipynb"}, extra
    )
    assert 'href="02-troop-tables.html#top"' in out and 'href="https://example.org/a.ipynb"' in out
    assert extra == {"seeds/article.txt"}
    assert str(PurePosixPath("notebooks/x.ipynb").with_suffix(".html")) == site_tool.page_path("notebooks/x.ipynb")
