"""Build the course site: every executed notebook and the course's documents as static HTML.

    python -m tools.site            # writes output/site/ (make site)

A reader can follow the whole course in a browser without running anything: the pages show
the notebooks with their stored outputs (tables, charts), and the index page gives the
course map with objectives, times and launch links. The site makes no requests to other
sites (nbconvert's CDN scripts are removed), so it also works offline and from a USB stick.
"""

from __future__ import annotations

import argparse
import html
import posixpath
import re
import shutil
import sys
from pathlib import Path, PurePosixPath

import mistune
from nbconvert import HTMLExporter

from helpers import course, links, paths
from tools.notebooks import course_notebooks

#: Markdown documents published beside the notebooks.
DOCUMENTS = ["README.md", "instructors/guide.md", "datasets/README.md", "seeds/README.md"]
_HREF = re.compile(r'(href|src)="([^"#?]*)(#[^"]*)?"')
_REMOTE_SCRIPT = re.compile(r'<script[^>]*\bsrc="https?://[^"]*"[^>]*>\s*</script>\s*', re.S)
_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Border Figures</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.55; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }}
table {{ border-collapse: collapse; margin: 1rem 0; }} th, td {{ border: 1px solid #ccc; padding: .35rem .6rem; vertical-align: top; text-align: left; }}
code, pre {{ background: #f4f4f4; }} pre {{ padding: .6rem; overflow-x: auto; }} nav {{ margin-bottom: 1.5rem; }}
</style></head><body><nav><a href="{home}">Border Figures: course home</a></nav>
{body}
</body></html>
"""


def page_path(source: str) -> str:
    """Where a source file's page goes in the site: notebooks/01-x.ipynb -> notebooks/01-x.html."""
    return str(PurePosixPath(source).with_suffix(".html"))


def sources() -> list[str]:
    """Every file that gets a page, relative to the course root."""
    notebooks = [paths.relative(nb) for nb in course_notebooks()]
    return notebooks + [doc for doc in DOCUMENTS if (paths.ROOT / doc).is_file()]


def _home(page: str) -> str:
    depth = len(PurePosixPath(page).parts) - 1
    return "../" * depth + "index.html"


def rewrite_links(markup: str, source: str, published: set[str], extra: set[str]) -> str:
    """Point links at pages instead of .ipynb/.md files; note other course files linked, to copy them.

    ``published`` holds the sources that get a page; files linked but not published (the
    article, LICENSE) are added to ``extra`` so the site can carry them too.
    """
    folder = PurePosixPath(source).parent

    def fix(match: re.Match) -> str:
        attribute, target, fragment = match.group(1), match.group(2), match.group(3) or ""
        if not target or re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith(("/", "data:")):
            return match.group(0)
        key = posixpath.normpath(folder / target)
        if key in published:
            target = str(PurePosixPath(target).with_suffix(".html"))
        elif not key.startswith("../") and (paths.ROOT / key).is_file():  # a course file, not one beside the course
            extra.add(key)
        return f'{attribute}="{target}{fragment}"'

    return _HREF.sub(fix, markup)


def render_notebook(source: str) -> str:
    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_filename(str(paths.ROOT / source))
    nav = f'<nav style="padding: .5rem 1rem"><a href="{_home(page_path(source))}">Border Figures: course home</a></nav>'
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + nav, body, count=1)
    return _REMOTE_SCRIPT.sub("", body)


def render_markdown(source: str) -> str:
    text = (paths.ROOT / source).read_text(encoding="utf-8")
    title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), source)
    return _PAGE.format(title=html.escape(title), home=_home(page_path(source)), body=mistune.html(text))


def render_index() -> str:
    rows = []
    for lesson in course.course_map():
        objectives = "".join(f"<li>{html.escape(o)}</li>" for o in lesson.objectives)
        rows.append(
            f'<tr><td>{lesson.number}</td><td><a href="{page_path(lesson.path)}">{html.escape(lesson.title)}</a></td>'
            f"<td>{html.escape(lesson.time)}</td><td><ul>{objectives}</ul></td>"
            f'<td><a href="{html.escape(links.binder_url(lesson.path))}">Binder</a></td></tr>'
        )
    body = f"""<h1>Border Figures</h1>
<p>A data-journalism course in Jupyter notebooks, built on one news story: <em>"Pentagon sends 800 troops
to US-Mexico border as migrant caravan advances"</em> (25 October 2018). These pages show every notebook with
its results, so you can follow the course without running anything. To run it yourself, use the Binder
links, or <code>make lab</code> on your computer (see the <a href="README.html">README</a>).</p>
<h2>Course map</h2>
<table><thead><tr><th>#</th><th>Notebook</th><th>Time</th><th>You will learn to</th><th>Run it</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<h2>More</h2>
<ul><li><a href="instructors/guide.html">Instructor guide</a>: session plans, key points, discussion prompts, assessment</li>
<li><a href="datasets/README.html">The datasets</a>: sources, definitions, caveats and licences</li>
<li><a href="seeds/README.html">The article</a> and how the course uses it</li>
<li>Worked solutions: linked from each exercise in the lessons</li></ul>"""
    return _PAGE.format(title="Course home", home="index.html", body=body)


def build(site: Path) -> list[Path]:
    """Write the whole site into ``site`` (emptied first); return the pages written."""
    if site.exists():
        shutil.rmtree(site)
    published = set(sources())
    extra: set[str] = set()
    written = []
    for source in sorted(published):
        markup = render_notebook(source) if source.endswith(".ipynb") else render_markdown(source)
        target = site / page_path(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rewrite_links(markup, source, published, extra), encoding="utf-8")
        written.append(target)
    for source in sorted(extra):
        (site / source).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.ROOT / source, site / source)
    index = site / "index.html"
    index.write_text(render_index(), encoding="utf-8")
    return [index, *written]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="folder to write (default: output/site)")
    args = parser.parse_args(argv)
    site = args.out or paths.output_dir("site")
    pages = build(site)
    print(
        f"wrote {len(pages)} pages to {paths.relative(site)}; open {paths.relative(site / 'index.html')} in a browser"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
