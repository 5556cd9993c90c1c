import pytest

from helpers import links


def test_binder_link_opens_a_notebook_in_jupyterlab():
    url = links.binder_url("notebooks/00-start-here.ipynb")
    assert (
        url
        == f"https://mybinder.org/v2/gh/{links.github_slug()}/{links.settings()['branch']}?urlpath=lab/tree/notebooks/00-start-here.ipynb"
    )


def test_nbgitpuller_link_names_repo_branch_and_the_cloned_folder():
    url = links.nbgitpuller_url("https://hub.example.edu/", "notebooks/00-start-here.ipynb")
    assert url.startswith("https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2F")
    assert f"&branch={links.settings()['branch']}&" in url
    assert url.endswith(f"&urlpath=lab/tree/{links.repo_name()}/notebooks/00-start-here.ipynb")


def test_settings_missing_from_pyproject_say_where_to_set_them(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    monkeypatch.setattr(links.paths, "ROOT", tmp_path)
    links.settings.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"\[tool.border-figures\] lacks \['branch', 'repository'\]"):
            links.settings()
    finally:
        links.settings.cache_clear()


def test_readme_links_are_the_generated_ones():
    readme = (links.paths.ROOT / "README.md").read_text()
    assert f"({links.binder_url('notebooks/00-start-here.ipynb')})" in readme
    assert links.nbgitpuller_url("https://YOUR-HUB") in readme
