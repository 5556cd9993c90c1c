"""The two README commands do all set-up, and a second run skips the install."""

import subprocess

from helpers import paths


def dry_run(target):
    result = subprocess.run(["make", "--no-print-directory", "-n", target], cwd=paths.ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_installed_environment_is_not_installed_again():
    """Run by `make test`, so the install has just happened: nothing may be re-installed."""
    assert "pip" not in dry_run("test")
    assert "-m pytest" in dry_run("test")


def test_lab_binds_localhost_with_token_auth_and_opens_start_here():
    command = dry_run("lab")
    assert "--ServerApp.ip=127.0.0.1" in command
    assert "token=''" not in command and 'token=""' not in command and "--ServerApp.token" not in command
    assert command.rstrip().endswith("notebooks/00-start-here.ipynb")


def test_changed_requirements_trigger_a_reinstall():
    result = subprocess.run(["make", "--no-print-directory", "-n", "-W", "requirements.txt", "test"], cwd=paths.ROOT, capture_output=True, text=True)
    assert "install -r requirements.txt" in result.stdout and "--no-deps -e ." in result.stdout


def test_readme_quickstart_is_what_ci_runs():
    readme = (paths.ROOT / "README.md").read_text()
    assert "make lab" in readme and "make test" in readme
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text()


def test_help_lists_every_target():
    listed = subprocess.run(["make", "--no-print-directory", "help"], cwd=paths.ROOT, capture_output=True, text=True).stdout
    for target in ["lab", "test", "notebooks"]:
        assert f"  {target} " in listed
