"""The committed datasets themselves: rebuilt from the reference, checksummed, documented, and
the facts the course teaches from them.

The rebuild tests read the reference material inside the course (``datasets/sources/reference``),
so they run on every clone and skip nothing.
"""

from __future__ import annotations

import hashlib
import re
import shutil

import pandas as pd
import pytest

from helpers import cbp_pdfs, data, facts, paths
from tools import build_datasets

REFERENCE = build_datasets.REFERENCE
BUILT = tuple(build_datasets.BUILDERS)
CHECKSUMS = paths.DATASETS / "checksums.sha256"


def test_the_reference_material_is_inside_the_course():
    assert REFERENCE.is_dir() and (REFERENCE / "SOURCES.md").is_file()
    assert REFERENCE.resolve().is_relative_to(paths.ROOT.resolve())


# --------------------------------------------------------------------------- built from the reference


def test_rebuilding_from_the_reference_reproduces_the_committed_bytes(tmp_path):
    build_datasets.build(REFERENCE, tmp_path)
    for name in BUILT:
        assert (tmp_path / name).read_bytes() == (paths.DATASETS / name).read_bytes(), (
            f"datasets/{name} differs from a fresh build: run `python -m tools.build_datasets` and commit the result"
        )
    built = set((tmp_path / "checksums.sha256").read_text().splitlines())
    assert built <= set(CHECKSUMS.read_text().splitlines())
    assert any(line.endswith(".pdf") for line in built), "the source PDFs are listed in the checksums"


def test_the_builder_is_deterministic_and_keeps_other_files_in_the_checksums(tmp_path):
    (tmp_path / "figure_annotations.csv").write_text("note\nadded by someone else\n", encoding="utf-8")
    first = build_datasets.build(REFERENCE, tmp_path)
    assert all(first.values())
    snapshot = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    second = build_datasets.build(REFERENCE, tmp_path)
    assert not any(second.values()), "a second build must change nothing"
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == snapshot
    listed = [line.split("  ")[1] for line in (tmp_path / "checksums.sha256").read_text().splitlines()]
    sources = [
        f"sources/{p.relative_to(build_datasets.SOURCES).as_posix()}"
        for p in build_datasets.source_files(build_datasets.SOURCES)
    ]
    assert any(name.startswith("sources/reference/") for name in sources)
    assert listed == sorted([*BUILT, "figure_annotations.csv", *sources])


def copy_of_reference(tmp_path):
    reference = tmp_path / "reference"
    (reference / "cbp-source-pdfs").mkdir(parents=True)
    for source in [*REFERENCE.glob("*.csv"), *REFERENCE.glob("cbp-source-pdfs/*.txt")]:
        shutil.copyfile(source, reference / source.relative_to(REFERENCE))  # contents only, writable
    return reference


def test_the_builder_refuses_a_reference_that_differs_from_the_pdfs(tmp_path):
    reference = copy_of_reference(tmp_path)
    sectors = reference / "swb_apprehensions_by_sector_fy1960_2019.csv"
    sectors.write_bytes(sectors.read_bytes().replace(b"1999,14952,", b"1999,14953,"))
    out = tmp_path / "out"
    with pytest.raises(build_datasets.BuildError, match="the reference differs from CBP's PDF"):
        build_datasets.build(reference, out)
    assert not out.exists(), "a failing check must write nothing"


def test_the_builder_refuses_a_source_pdf_that_is_damaged_or_missing(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(build_datasets.SOURCES, sources)
    (sources / build_datasets.PDF_DEATHS[0]).write_bytes(b"not a pdf")
    with pytest.raises(build_datasets.BuildError, match="is not a PDF"):
        build_datasets.build(REFERENCE, tmp_path / "out", sources)
    (sources / build_datasets.PDF_DEATHS[0]).unlink()
    with pytest.raises(build_datasets.BuildError, match="is missing from"):
        build_datasets.build(REFERENCE, tmp_path / "out", sources)
    assert not (tmp_path / "out").exists()


def test_the_builder_validates_its_output_with_the_loaders_schema():
    good = (paths.DATASETS / "swb_deaths_by_sector_fy1998_2019.csv").read_bytes()
    assert build_datasets.validated("swb_deaths_by_sector_fy1998_2019.csv", good) == good
    with pytest.raises(
        build_datasets.BuildError,
        match="fiscal year 2018: the nine sectors add to 284 but southwest_border_total says 283",
    ):
        build_datasets.validated("swb_deaths_by_sector_fy1998_2019.csv", good.replace(b"2018,10,", b"2018,11,"))


def test_the_command_line_reports_each_file(tmp_path, capsys):
    assert build_datasets.main(["--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert all(name in printed for name in [*BUILT, "checksums.sha256"])
    assert build_datasets.main(["--reference", str(tmp_path / "absent"), "--out", str(tmp_path)]) == 1
    assert "nothing written: no reference material" in capsys.readouterr().err


# --------------------------------------------------------------------------- the files as committed


def test_checksums_list_every_csv_and_source_sorted_in_sha256sum_format():
    lines = CHECKSUMS.read_text(encoding="utf-8").splitlines()
    assert all(re.fullmatch(r"[0-9a-f]{64}  (\S+\.csv|sources/\S+\.(pdf|csv|md|txt))", line) for line in lines), lines
    names = [line.split("  ")[1] for line in lines]
    assert names == sorted(names)
    files = [*paths.DATASETS.glob("*.csv"), *build_datasets.source_files(paths.DATASETS / "sources")]
    assert names == sorted(path.relative_to(paths.DATASETS).as_posix() for path in files)
    assert "sources/reference/SOURCES.md" in names, "the research log is part of the course's checked inputs"
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
    for heading in ("## Checksums", "## Licence", "## Sources: CBP's PDFs"):
        assert heading in readme
    for pdf in (paths.DATASETS / "sources").glob("*.pdf"):
        assert f"`{pdf.name}`" in readme, f"datasets/README.md does not describe sources/{pdf.name}"


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
    assert monthly["nationwide_apprehensions"].equals(
        yearly.loc[2000:2019, "nationwide"].rename("nationwide_apprehensions")
    )


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
    assert differences.loc[2009].tolist() == [
        -11,
        -15,
    ]  # not rounding: SOURCES.md's "FY2009-2019 within ±5" is off by a year
    assert crosscheck.loc[2000, "diff_nationwide_ohss_minus_cbp"] == -86128
    monthly = data.load_monthly().query("fiscal_year >= 2010")
    assert (monthly["ohss_swb_encounters_rounded10"] - monthly["swb_apprehensions"]).abs().max() <= 5


def test_sectors_add_up_to_the_published_totals_which_match_the_annual_file(yearly):
    sectors = data.load_sectors().set_index("fiscal_year")
    assert sectors.index.tolist() == list(range(1960, 2020))
    assert sectors[list(data.SECTORS)].sum(axis=1).equals(sectors["southwest_border_total"])
    assert sectors["southwest_border_total"].equals(
        yearly.loc[1960:2019, "southwest_border"].rename("southwest_border_total")
    )


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
    assert figures.loc[figures["topic"] == "national_guard_pledge", "state"].tolist() == [
        "Texas",
        "Arizona",
        "New Mexico",
        "California",
    ]


def test_the_builder_and_the_loaders_share_one_home_for_facts():
    assert build_datasets.MONTHS is facts.MONTHS and data.MONTHS is facts.MONTHS
    assert build_datasets.SECTORS is facts.SECTORS is data.SECTORS
    assert build_datasets.FISCAL_MONTHS[0] == "October" and build_datasets.STATES is facts.STATES


# --------------------------------------------------------------------------- the datasets from the PDFs


def test_the_pdf_datasets_rebuild_from_the_sources_alone(tmp_path):
    """Profiles, staffing and deaths need no reference material: only datasets/sources."""
    inputs = build_datasets.Inputs(tmp_path / "no-reference", build_datasets.SOURCES)
    for name, builder in (
        ("sector_profiles_fy2018_2019.csv", build_datasets.build_profiles),
        ("agent_staffing_by_sector_fy1992_2019.csv", build_datasets.build_staffing),
        ("swb_deaths_by_sector_fy1998_2019.csv", build_datasets.build_deaths),
    ):
        assert build_datasets.csv_bytes(builder(inputs)) == (paths.DATASETS / name).read_bytes(), name


def test_16608_southwest_border_agents_on_30_september_2018_in_the_profile_and_the_staffing_table():
    profile = data.load_sector_profiles().set_index(["fiscal_year", "sector"])
    staffing = data.load_staffing().set_index(["fiscal_year", "sector"])["agents"]
    assert profile.loc[(2018, "southwest_border_total"), "agents"] == staffing[2018, "southwest_border_total"] == 16608
    assert profile.loc[(2018, "nationwide_total"), "agents"] == staffing[2018, "nationwide_total"] == 19555
    assert staffing[1992, "southwest_border_total"] == 3555
    # every sector's agents agree between the two PDFs, except CBP's coastal sectors in FY2018:
    # the profile has Miami 111, New Orleans 63, Ramey 38 (total 212), the staffing table 125, 65, 58 (248)
    for year in (2018, 2019):
        sectors = profile.loc[year]
        differ = sectors["agents"] != staffing.loc[year].reindex(sectors.index)
        expected = ["miami", "new_orleans", "ramey", "coastal_border_total"] if year == 2018 else []
        assert differ[differ].index.tolist() == expected, year
    assert staffing[2018, "coastal_border_total"] - profile.loc[(2018, "coastal_border_total"), "agents"] == 36


def test_profile_apprehensions_and_deaths_agree_with_the_other_tables():
    profile = data.load_sector_profiles()
    sectors = data.load_sectors().set_index("fiscal_year")
    deaths = data.load_deaths().set_index("fiscal_year")
    for year in (2018, 2019):
        rows = profile[(profile["fiscal_year"] == year) & (profile["region"] == "southwest")].set_index("sector")
        assert (rows["apprehensions"] == sectors.loc[year, rows.index]).all()
        assert (rows["deaths"] == deaths.loc[year, rows.index]).all()


def test_the_profile_dataset_keeps_cbps_inconsistencies():
    profile = data.load_sector_profiles().set_index(["fiscal_year", "sector"])
    havre, houlton = profile.loc[(2018, "havre")], profile.loc[(2018, "houlton")]
    assert (havre["female"] + havre["male"], havre["total_by_gender"]) == (47, 52)
    assert (houlton["female"] + houlton["male"], houlton["total_by_gender"]) == (52, 47)
    swb = profile.loc[2018]
    swb = swb[(swb["region"] == "southwest") & (swb["row_type"] == "sector")]
    assert ((swb["total_juveniles"] + swb["total_adults"]) != swb["total_by_age"]).all()
    assert profile.loc[(2018, "havre"), "deaths"] is pd.NA  # N/A: not tracked outside the southwest border in FY2018


def test_staffing_regions_add_up_except_where_cbp_says_they_include_more():
    staffing = data.load_staffing()
    by_year = staffing.pivot(index="fiscal_year", columns="sector", values="agents")
    for region, total in zip(facts.REGIONS, facts.TOTALS):
        added = by_year[list(facts.REGION_SECTORS[region])].sum(axis=1)
        if region == "southwest":  # includes the Special Operations Group from FY2010
            assert (added.loc[:2009] == by_year.loc[:2009, total]).all() and (
                added.loc[2010:] < by_year.loc[2010:, total]
            ).all()
        else:
            assert (added == by_year[total]).all(), region
    assert (by_year[list(facts.TOTALS[:3])].sum(axis=1) <= by_year["nationwide_total"]).all()


def test_the_readme_states_the_special_operations_gap_as_the_data_has_it():
    """datasets/README.md gives the range by which the southwest total exceeds its nine sectors: the data's range."""
    by_year = data.load_staffing().pivot(index="fiscal_year", columns="sector", values="agents")
    gap = (by_year["southwest_border_total"] - by_year[list(facts.REGION_SECTORS["southwest"])].sum(axis=1)).loc[2010:]
    readme = (paths.DATASETS / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"exceeds the nine sectors by (\d+) to (\d+) agents from FY2010", readme)
    assert stated, "datasets/README.md no longer states the gap"
    assert (int(stated[1]), int(stated[2])) == (int(gap.min()), int(gap.max()))
    assert f"{int(gap.max())} in FY{int(gap.idxmax())}" in readme


def test_source_pdfs_are_checked_against_the_checksums():
    path = data.source_pdf(build_datasets.PDF_DEATHS[0])
    assert path.is_file() and cbp_pdfs.read_deaths(path)["fiscal_year"].max() == 2019
