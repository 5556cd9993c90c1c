from helpers import selfcheck


def test_the_pinned_environment_passes_every_check():
    """Fails when this machine's packages drift from the pins the stored outputs were made with."""
    table = selfcheck.check_environment()
    assert list(table.columns) == ["check", "expected", "found", "status"]
    assert table.loc[table["status"] != "ok", ["check", "found"]].values.tolist() == []
    assert set(selfcheck.read_pins()) <= set(table["check"])
    assert selfcheck.summary(table).startswith(f"All {len(table)} checks passed")


def test_a_wrong_version_is_reported():
    checks = selfcheck.check_packages({"pandas": "0.0.1", "surely-not-installed-pkg": "1.0"})
    assert [(c.check, c.ok) for c in checks] == [("pandas", False), ("surely-not-installed-pkg", False)]
    assert checks[1].found == "not installed"


def test_missing_widget_extension_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(selfcheck, "widget_extension_dirs", lambda: [tmp_path])
    check = selfcheck.check_widgets()
    assert not check.ok and "install jupyterlab_widgets" in check.found


def test_widget_extension_found_where_jupyterlab_looks(tmp_path, monkeypatch):
    package = tmp_path / "@jupyter-widgets" / "jupyterlab-manager" / "package.json"
    package.parent.mkdir(parents=True)
    package.write_text("{}")
    monkeypatch.setattr(selfcheck, "widget_extension_dirs", lambda: [tmp_path])
    assert selfcheck.check_widgets().ok


def test_summary_names_the_problems(monkeypatch):
    monkeypatch.setattr(selfcheck, "check_python", lambda: selfcheck.Check("Python", "3.11.x", "3.9.1", False))
    text = selfcheck.summary(selfcheck.check_environment())
    assert text.startswith("1 of ") and "(Python)" in text and "make lab" in text


def test_canonical_names_match_however_spelled():
    assert selfcheck.canonical("jupyterlab_widgets") == selfcheck.canonical("JupyterLab-Widgets")
