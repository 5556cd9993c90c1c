"""The committed datasets themselves: rebuilt from the reference, checksummed, documented, and
the facts the course teaches from them.

The rebuild tests need the reference material beside the course folder (``../shared/reference``,
as in CI) and are skipped, with the reason, where it is absent.
"""

from __future__ import annotations

import hashlib
import re
import shutil

import pytest

from helpers import data, paths
from tools import build_datasets

REFERENCE = build_datasets.REFERENCE
BUILT = tuple(build_datasets.BUILDERS)
CHECKSUMS = paths.DATASETS / "checksums.sha256"

needs_reference = pytest.mark.skipif(
    not REFERENCE.is_dir(),
    reason="the reference material (shared/reference, beside the course folder) is not here, "
           "so the datasets cannot be rebuilt and compared; CI places it there",
)


# --------------------------------------------------------------------------- built from the reference

@needs_reference
def test_rebuilding_from_the_reference_reproduces_the_committed_bytes(tmp_path):
    build_datasets.build(REFERENCE, tmp_path)
    for name in BUILT:
        assert (tmp_path / name).read_bytes() == (paths.DATASETS / name).read_bytes(), (
            f"datasets/{name} differs from a fresh build: run `python -m tools.build_datasets` and commit the result")
    built = set((tmp_path / "checksums.sha256").read_text().splitlines())
    assert built <= set(CHECKSUMS.read_text().splitlines())


@needs_reference
def test_the_builder_is_deterministic_and_keeps_other_files_in_the_checksums(tmp_path):
    (tmp_path / "figure_annotations.csv").write_text("note\nadded by someone else\n", encoding="utf-8")
    first = build_datasets.build(REFERENCE, tmp_path)
    assert all(first.values())
    snapshot = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    second = build_datasets.build(REFERENCE, tmp_path)
    assert not any(second.values()), "a second build must change nothing"
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == snapshot
    listed = [line.split("  ")[1] for line in (tmp_path / "checksums.sha256").read_text().splitlines()]
    assert listed == sorted([*BUILT, "figure_annotations.csv"])


@needs_reference
def test_the_builder_refuses_a_reference_whose_sectors_do_not_add_up(tmp_path):
    reference = tmp_path / "reference"
    (reference / "cbp-source-pdfs").mkdir(parents=True)
    for source in [*REFERENCE.glob("*.csv"), *REFERENCE.glob("cbp-source-pdfs/*.txt")]:
        shutil.copyfile(source, reference / source.relative_to(REFERENCE))  # contents only, writable
    sectors = reference / "swb_apprehensions_by_sector_fy1960_2019.csv"
    sectors.write_bytes(sectors.read_bytes().replace(b"1999,14952,", b"1999,14953,"))
    out = tmp_path / "out"
    with pytest.raises(build_datasets.BuildError, match="FY1999: the nine sectors add to 1537001, not 1537000"):
        build_datasets.build(reference, out)
    assert not out.exists(), "a failing check must write nothing"


@needs_reference
def test_the_command_line_reports_each_file(tmp_path, capsys):
    assert build_datasets.main(["--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert all(name in printed for name in [*BUILT, "checksums.sha256"])
    assert build_datasets.main(["--reference", str(tmp_path / "absent"), "--out", str(tmp_path)]) == 1
    assert "nothing written: no reference material" in capsys.readouterr().err


# --------------------------------------------------------------------------- the files as committed

def test_checksums_list_every_csv_sorted_in_sha256sum_format():
    lines = CHECKSUMS.read_text(encoding="utf-8").splitlines()
    assert all(re.fullmatch(r"[0-9a-f]{64}  \S+\.csv", line) for line in lines), lines
    names = [line.split("  ")[1] for line in lines]
    assert names == sorted(names)
    assert names == sorted(path.name for path in paths.DATASETS.glob("*.csv"))
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((paths.DATASETS / name).read_bytes()).hexdigest() == digest, name
    assert data.verify_published() == names


@pytest.mark.parametrize("name", BUILT)
def test_files_are_utf8_with_unix_line_endings_and_no_index_column(name):
    raw = (paths.DATASETS / name).read_bytes()
    raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw and raw.endswith(b"\n")
    header = raw.split(b"\n", 1)[0].decode().split(",")
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", column) for column in header), header
    assert header == data.SCHEMAS[name].names


def test_the_readme_documents_every_file_and_column():
    readme = (paths.DATASETS / "README.md").read_text(encoding="utf-8")
    for name, schema in data.SCHEMAS.items():
        assert f"\n## `{name}`\n" in readme, f"datasets/README.md has no section for {name}"
        section = readme.split(f"\n## `{name}`\n", 1)[1].split("\n## ", 1)[0]
        for column in schema.names:
            assert f"`{column}`" in section, f"{name}: column {column} is not documented"
    for heading in ("## Checksums", "## Licence"):
        assert heading in readme


# --------------------------------------------------------------------------- facts the course teaches

@pytest.fixture(scope="module")
def yearly():
    return data.load_apprehensions().set_index("fiscal_year")


def test_fy2017_is_the_lowest_since_fy1971(yearly):
    apprehensions = yearly[yearly["measure"] == "apprehensions"]
    for column, fy2017 in (("southwest_border", 303916), ("nationwide", 310531)):
        values = apprehensions[column]
        assert values[2017] == fy2017
        assert (values.loc[1972:2016] > fy2017).all()
        assert values[1971] < fy2017  # FY1971: 263,991 SWB, 302,517 nationwide


def test_over_a_million_in_fy2000_2001_and_2004_2006_only(yearly):
    for column in ("southwest_border", "nationwide"):
        over = yearly.loc[2000:2009, column] > 1_000_000
        assert over[over].index.tolist() == [2000, 2001, 2004, 2005, 2006], column


def test_the_nationwide_record_is_fy1986_not_fy2000(yearly):
    assert yearly["nationwide"].idxmax() == 1986 and yearly.loc[1986, "nationwide"] == 1692544
    assert yearly.loc[2000, "nationwide"] == 1676438


def test_monthly_figures_add_up_to_the_annual_totals(yearly):
    monthly = data.load_monthly().groupby("fiscal_year")[["swb_apprehensions", "nationwide_apprehensions"]].sum()
    assert monthly.index.tolist() == list(range(2000, 2020))
    assert monthly["swb_apprehensions"].equals(yearly.loc[2000:2019, "southwest_border"].rename("swb_apprehensions"))
    assert monthly["nationwide_apprehensions"].equals(yearly.loc[2000:2019, "nationwide"].rename("nationwide_apprehensions"))


def test_spring_2018_was_about_three_times_spring_2017_and_jan_sep_2018_near_300000():
    monthly = data.load_monthly().set_index(["calendar_year", "month"])["swb_apprehensions"]
    spring = ["March", "April", "May"]
    assert [monthly[2018, month] for month in spring] == [37390, 38243, 40339]
    assert [monthly[2017, month] for month in spring] == [12195, 11127, 14519]
    assert 2.5 < sum(monthly[2018, m] for m in spring) / sum(monthly[2017, m] for m in spring) < 3.5
    assert monthly.loc[2018].loc[list(data.MONTHS[:9])].sum() == 313011


def test_ohss_rounded_figures_agree_within_5_from_fy2010_but_not_in_fy2000():
    crosscheck = data.load_crosscheck().set_index("fiscal_year")
    differences = crosscheck[["diff_nationwide_ohss_minus_cbp", "diff_swb_ohss_minus_cbp"]]
    assert differences.loc[2010:2024].abs().max().max() <= 5
    assert differences.loc[2009].tolist() == [-11, -15]  # not rounding: SOURCES.md's "FY2009-2019 within ±5" is off by a year
    assert crosscheck.loc[2000, "diff_nationwide_ohss_minus_cbp"] == -86128
    monthly = data.load_monthly().query("fiscal_year >= 2010")
    assert (monthly["ohss_swb_encounters_rounded10"] - monthly["swb_apprehensions"]).abs().max() <= 5


def test_sectors_add_up_to_the_published_totals_which_match_the_annual_file(yearly):
    sectors = data.load_sectors().set_index("fiscal_year")
    assert sectors.index.tolist() == list(range(1960, 2020))
    assert sectors[list(data.SECTORS)].sum(axis=1).equals(sectors["southwest_border_total"])
    assert sectors["southwest_border_total"].equals(yearly.loc[1960:2019, "southwest_border"].rename("southwest_border_total"))


def test_barrier_states_do_not_add_to_cbps_published_total():
    miles = data.load_barrier_miles()
    states = miles[miles["row_type"] == "state"]
    total = miles[miles["row_type"] == "published total"].iloc[0]
    assert total["state"] == "Southwest Border" and len(states) == 4
    assert (states["vehicle_primary_miles"].sum(), total["vehicle_primary_miles"]) == (281, 280)
    assert (states["total_primary_miles"].sum(), total["total_primary_miles"]) == (655, 654)
    assert states["pedestrian_primary_miles"].sum() == total["pedestrian_primary_miles"] == 374


def test_chosen_state_lengths_add_to_1944_not_the_published_1954():
    lengths = data.load_border_length()
    chosen = lengths[lengths["chosen"]]
    assert chosen.loc[chosen["row_type"] == "state", "length_miles"].sum() == 1944
    assert chosen.loc[chosen["row_type"] == "published total", "length_miles"].tolist() == [1954]
    assert chosen["choice_reason"].notna().all() and lengths.loc[~lengths["chosen"], "choice_reason"].isna().all()


def test_national_guard_figures_disagree_with_the_article():
    figures = data.load_deployments()
    late_october = figures[figures["topic"].str.contains("national_guard_total")].set_index("source_name")["figure"]
    assert sorted(late_october.tolist()) == [2092, 2100, 2200]
    assert figures.loc[figures["topic"] == "national_guard_pledge", "state"].tolist() == ["Texas", "Arizona", "New Mexico", "California"]
