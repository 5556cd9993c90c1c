"""Links that open the course: Binder, Colab and JupyterHub (nbgitpuller), built in one place.

The repository and branch are read from ``[tool.border-figures]`` in pyproject.toml, so a
fork that changes them there gets working links everywhere: README, notebooks, site.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import PurePosixPath
from urllib.parse import quote

from helpers import paths


@cache
def settings() -> dict[str, str]:
    """The course's publishing settings: ``repository`` (a GitHub URL) and ``branch``."""
    with open(paths.ROOT / "pyproject.toml", "rb") as file:
        table = tomllib.load(file).get("tool", {}).get("border-figures", {})
    missing = {"repository", "branch"} - table.keys()
    if missing:
        raise ValueError(
            f"pyproject.toml: [tool.border-figures] lacks {sorted(missing)}; set the course's GitHub URL and branch there"
        )
    return {"repository": table["repository"].rstrip("/"), "branch": table["branch"]}


def github_slug() -> str:
    """``owner/name`` of the course repository, e.g. for Binder's ``gh/owner/name`` paths."""
    repository = settings()["repository"]
    prefix = "https://github.com/"
    if not repository.startswith(prefix):
        raise ValueError(
            f"pyproject.toml: repository {repository!r} must be a https://github.com/OWNER/NAME URL for Binder links"
        )
    return repository[len(prefix) :]


def repo_name() -> str:
    """The folder a hub clones the course into (the repository's name)."""
    return github_slug().split("/")[-1]


def binder_url(notebook: str | None = None) -> str:
    """A mybinder.org link that opens the course (or one notebook, path relative to the course root) in JupyterLab."""
    url = f"https://mybinder.org/v2/gh/{github_slug()}/{settings()['branch']}"
    if notebook:
        url += "?urlpath=" + quote(f"lab/tree/{PurePosixPath(notebook)}", safe="/")
    return url


BINDER_BADGE = "https://mybinder.org/badge_logo.svg"


def nbgitpuller_url(hub: str = "https://YOUR-HUB", notebook: str = "notebooks/00-start-here.ipynb") -> str:
    """A JupyterHub link that clones (or updates) the course for each student and opens a notebook."""
    repo = quote(settings()["repository"], safe="")
    branch = quote(settings()["branch"], safe="")
    urlpath = quote(f"lab/tree/{repo_name()}/{PurePosixPath(notebook)}", safe="/")
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?repo={repo}&branch={branch}&urlpath={urlpath}"


def colab_url(notebook: str) -> str:
    """A Google Colab link that opens one notebook (path relative to the course root) from GitHub.

    Colab fetches only that notebook; its set-up cell then clones the course into the runtime.
    """
    return f"https://colab.research.google.com/github/{github_slug()}/blob/{settings()['branch']}/{PurePosixPath(notebook)}"


COLAB_BADGE = "https://colab.research.google.com/assets/colab-badge.svg"
LAUNCH_TEXT = "Launch this notebook on Binder"
COLAB_TEXT = "Open this notebook in Colab"


def launch_markdown(notebook: str) -> str:
    """The badge line at the top of each notebook (``make links`` writes it; a test checks it)."""
    return (
        f"[![{LAUNCH_TEXT}]({BINDER_BADGE})]({binder_url(notebook)}) "
        f"[![{COLAB_TEXT}]({COLAB_BADGE})]({colab_url(notebook)})"
    )
