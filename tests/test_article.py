"""helpers.article: loading the article and extracting its figures."""

import dataclasses
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import article, paths
from helpers.article import extract_figures, load_article, sentences, words_to_number
from tests.support import sha256_of

# The figures of seeds/article.txt, in reading order: (text, kind, value, paragraph).
# Paragraph 0 is the headline; paragraph 10 is the photo caption, which holds no figure.
ARTICLE_FIGURES = [
    ("800", "number", 800, 0),
    ("800", "number", 800, 1),
    ("7,000", "number", 7000, 2),
    ("November 6", "date", 6, 3),
    ("40-year", "number", 40, 5),
    ("300,000", "number", 300000, 5),
    ("2000s", "year", 2000, 5),
    ("a million", "number", 1000000, 5),
    ("2,200", "number", 2200, 11),
    ("1,145", "number", 1145, 11),
    ("115", "number", 115, 11),
    ("580", "number", 580, 11),
    ("360", "number", 360, 11),
]


def figures(text):
    """(text, kind, value) of each figure, after checking every row's offsets and sentence."""
    frame = extract_figures(text)
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.text in row.sentence and row.sentence in text
        assert row.kind in article.FIGURE_KINDS
    return [(row.text, row.kind, row.value) for row in frame.itertuples()]


# --------------------------------------------------------------------------- the real article


def test_the_article_gives_exactly_its_figures():
    frame = extract_figures(load_article().text)
    assert list(frame.columns) == ["value", "text", "kind", "sentence", "paragraph", "start", "end"]
    assert list(frame[["text", "kind", "value", "paragraph"]].itertuples(index=False, name=None)) == ARTICLE_FIGURES


def test_the_article_figures_are_ints_and_point_into_the_text():
    text = load_article().text
    frame = extract_figures(text)
    assert all(type(value) is int for value in frame["value"])
    assert [text[start:end] for start, end in zip(frame["start"], frame["end"])] == list(frame["text"])
    assert list(frame["start"]) == sorted(frame["start"])


def test_the_article_figures_stand_in_their_whole_sentence():
    frame = extract_figures(load_article().text).set_index("text")
    assert frame.loc["1,145", "sentence"] == (
        "There are 2,200 national guard troops now serving on the border;\xa01,145 soldiers in Texas, "
        "115 in New Mexico, 580 in Arizona and the remaining 360 in California."
    )
    assert frame.loc["40-year", "sentence"] == "Border crossings this spring were at a 40-year low."
    assert frame.loc["a million", "sentence"].startswith("Around 300,000 people have crossed this year")
    assert frame["sentence"].iloc[0] == "Pentagon sends 800 troops to US-Mexico border as migrant caravan advances"


def test_the_ones_and_all_or_part_are_not_figures():
    assert figures("border patrol officers will still be the ones physically stopping illegal migration.") == []
    assert figures("It is not yet clear if all or part of the new deployment will be federally-activated.") == []


# --------------------------------------------------------------------------- load_article


def test_load_article_reads_the_course_article():
    story = load_article()
    assert story.title == "Pentagon sends 800 troops to US-Mexico border as migrant caravan advances"
    assert story.text == paths.ARTICLE.read_bytes().decode("utf-8")
    assert len(story.paragraphs) == 15
    assert story.paragraphs[0].startswith("The US military is to be deployed")
    assert story.paragraphs[9] == "The migrant caravan, pictured passing through Huixtla, southern Mexico, on Wednesday"
    assert story.paragraphs[-1].endswith("some of the caravan.")
    assert all(p == p.strip() and p for p in story.paragraphs)
    assert "of\xa07,000" in story.paragraphs[1]
    assert "15 paragraphs" in repr(story)


def test_load_article_never_changes_the_file():
    before = (sha256_of(paths.ARTICLE), paths.ARTICLE.stat().st_mtime_ns)
    load_article()
    load_article(paths.ARTICLE)
    assert (sha256_of(paths.ARTICLE), paths.ARTICLE.stat().st_mtime_ns) == before


def test_article_is_frozen():
    story = load_article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        story.title = "Another headline"


def test_load_article_accepts_a_path_and_reads_windows_line_endings_as_published(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("Headline\r\n\r\nFirst para,\r\nstill first.\r\n\r\n  Second\xa0para.  \r\n".encode())
    story = load_article(str(path))
    assert story.title == "Headline"
    assert story.paragraphs == ["First para,\nstill first.", "Second\xa0para."]
    assert story.text == path.read_bytes().decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize(
    "resave",
    [
        lambda data: data.replace(b"\n", b"\r\n"),  # Windows line endings (Git's core.autocrlf, Notepad)
        lambda data: b"\xef\xbb\xbf" + data,  # a UTF-8 byte-order mark (Excel, older Notepad)
        lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"),  # both
        lambda data: data.replace(b"\n", b"\r"),  # old Mac line endings
    ],
    ids=["crlf", "bom", "bom-and-crlf", "cr"],
)
def test_a_resaved_article_reads_to_the_same_text_figures_and_offsets(resave, tmp_path):
    published = load_article()
    path = tmp_path / "article.txt"
    path.write_bytes(resave(paths.ARTICLE.read_bytes()))
    resaved = load_article(path)
    assert resaved == published
    assert extract_figures(resaved.text).equals(extract_figures(published.text))
    # the annotations (keyed by text and offset) still line up with every figure
    from helpers import data

    notes = data.load_figure_annotations()
    figures = extract_figures(resaved.text)
    joined = figures.merge(notes, on=["text", "start"], how="inner")
    assert len(joined) == len(notes) == len(figures.merge(notes, on=["text", "start"]))


def test_a_headline_followed_directly_by_text_is_still_the_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\n\nHeadline\nFirst paragraph.\n\nSecond paragraph.", encoding="utf-8")
    story = load_article(path)
    assert (story.title, story.paragraphs) == ("Headline", ["First paragraph.", "Second paragraph."])


def test_a_missing_file_names_the_path_given(tmp_path):
    missing = tmp_path / "nowhere" / "article.txt"
    with pytest.raises(FileNotFoundError) as caught:
        load_article(missing)
    assert str(missing) in str(caught.value)
    assert "not found" in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_a_missing_course_article_says_how_to_restore_it(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "ARTICLE", tmp_path / "seeds" / "article.txt")
    with pytest.raises(
        FileNotFoundError, match=r"git -c core\.autocrlf=false checkout -- seeds/article\.txt"
    ) as caught:
        load_article()
    assert str(tmp_path) not in str(caught.value)


@pytest.mark.parametrize(
    "content", [b"", b"   \n\n\t \r\n", "\xa0\n \u2003\n".encode()], ids=["empty", "whitespace", "unicode-spaces"]
)
def test_an_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="is empty") as caught:
        load_article(path)
    assert str(tmp_path) not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("Headline\n\nText".encode("utf-16"), "byte 0 (0xff)"),
        ("Caf\xe9 headline\n\nThe caf\xe9 opened.".encode("latin-1"), "byte 3 (0xe9)"),
    ],
    ids=["utf-16", "latin-1"],
)
def test_a_file_that_is_not_utf8_is_refused(tmp_path, content, where):
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    with pytest.raises(ValueError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "story.txt is not UTF-8 text" in message
    assert where in message
    assert "re-save it as UTF-8" in message
    assert str(tmp_path) not in message


def test_a_headline_without_paragraphs_is_refused(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Only a headline\n\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="headline but no paragraphs"):
        load_article(path)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ValueError, match="is a folder"):
        load_article(tmp_path)


# --------------------------------------------------------------------------- sentences


def test_sentences_keep_abbreviations_and_quotes_together():
    text = (
        "Troops arrive Oct. 24\n\nMr. Smith met Dr. Jones and U.S. troops on Oct. 24 at St. Mary's. "
        'They left at 5 p.m. on Nov. 3! Was it "all set?" Nobody knew.'
    )
    assert sentences(text) == [
        "Troops arrive Oct. 24",
        "Mr. Smith met Dr. Jones and U.S. troops on Oct. 24 at St. Mary's.",
        "They left at 5 p.m. on Nov. 3!",
        'Was it "all set?"',
        "Nobody knew.",
    ]


def test_the_headline_and_a_caption_are_sentences_of_their_own():
    story = load_article()
    found = sentences(story.text)
    assert found[0] == story.title
    assert "The migrant caravan, pictured passing through Huixtla, southern Mexico, on Wednesday" in found
    assert 'Mr Trump on Wednesday evening told a rally in Wisconsin that the\xa0military was "all set."' in found
    assert "Border crossings this spring were at a 40-year low." in found
    assert len(found) == 18


def test_a_lowercase_word_does_not_start_a_sentence():
    assert sentences("Prices rose, e.g. in Texas. Then fell.") == ["Prices rose, e.g. in Texas.", "Then fell."]
    assert sentences("") == []


# --------------------------------------------------------------------------- each form of figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts with thousands separators and decimals
        ("There are 2,200 national guard troops on the border.", [("2,200", "number", 2200)]),
        (
            "They sent 1,145 soldiers in Texas, 115 in New Mexico and 580 in Arizona.",
            [("1,145", "number", 1145), ("115", "number", 115), ("580", "number", 580)],
        ),
        ("The average stay rose to 1.5 days.", [("1.5", "number", 1.5)]),
        ("Apprehensions reached 1,145.5 a day.", [("1,145.5", "number", 1145.5)]),
        ("Some 300000 people crossed.", [("300000", "number", 300000)]),
        # percentages
        ("Unemployment fell to 3.7 per cent in September.", [("3.7 per cent", "percent", 3.7)]),
        ("Turnout rose 12.5% in Arizona.", [("12.5%", "percent", 12.5)]),
        (
            "Arrests fell 20 percent and then a further ten per cent.",
            [("20 percent", "percent", 20), ("ten per cent", "percent", 10)],
        ),
        ("A 10-percent rise.", [("10-percent", "percent", 10)]),
        ("Support fell by 3 percentage points.", [("3", "number", 3)]),
        # scale words and suffixes
        ("Some 1.2 million people voted.", [("1.2 million", "number", 1200000)]),
        ("Over a million crossed the border annually.", [("a million", "number", 1000000)]),
        ("Nearly half a million were held.", [("half a million", "number", 500000)]),
        ("Officials counted two thousand tents.", [("two thousand", "number", 2000)]),
        (
            "The fund holds 2bn and 3 trillion.",
            [("2bn", "number", 2000000000), ("3 trillion", "number", 3000000000000)],
        ),
        ("Britain has 2m voters abroad and 5k volunteers.", [("2m", "number", 2000000), ("5k", "number", 5000)]),
        # money
        ("The wall will cost $18bn over 10 years", [("$18bn", "money", 18000000000), ("10", "number", 10)]),
        ("Congress set aside $72 million and $5 for each.", [("$72 million", "money", 72000000), ("$5", "money", 5)]),
        (
            "It cost £3bn, €2.5m and $182m.",
            [("£3bn", "money", 3000000000), ("€2.5m", "money", 2500000), ("$182m", "money", 182000000)],
        ),
        ("Aid reached US$1.5bn.", [("US$1.5bn", "money", 1500000000)]),
        # spelled-out numbers
        ("Three soldiers were hurt and nine were not.", [("Three", "number", 3), ("nine", "number", 9)]),
        (
            "Twenty-five migrants and forty five children.",
            [("Twenty-five", "number", 25), ("forty five", "number", 45)],
        ),
        ("A dozen agents and two dozen trucks.", [("A dozen", "number", 12), ("two dozen", "number", 24)]),
        (
            "A hundred troops marched three hundred and fifty miles.",
            [("A hundred", "number", 100), ("three hundred and fifty", "number", 350)],
        ),
        ("Two million people and zero arrests.", [("Two million", "number", 2000000), ("zero", "number", 0)]),
        ("One officer and eleven agents.", [("One", "number", 1), ("eleven", "number", 11)]),
        ("Only one of them stayed.", [("one", "number", 1)]),
        # hyphenated compounds keep their unit
        ("Border crossings were at a 40-year low.", [("40-year", "number", 40)]),
        (
            "They began a two-week trip, a 10-day halt and a five-mile march.",
            [("two-week", "number", 2), ("10-day", "number", 10), ("five-mile", "number", 5)],
        ),
        ("A 15-year-old was detained.", [("15-year-old", "number", 15)]),
        ("A 2000-mile border.", [("2000-mile", "number", 2000)]),
        # years and decades
        ("Crossings peaked in 2000 and fell after 1971.", [("2000", "year", 2000), ("1971", "year", 1971)]),
        (
            "Crime fell in the 1990s, the '90s and the ’80s.",
            [("1990s", "year", 1990), ("'90s", "year", 1990), ("’80s", "year", 1980)],
        ),
        ("Well down from the early 2000s and the mid-1990s.", [("2000s", "year", 2000), ("1990s", "year", 1990)]),
        ("In 2018 officials said so, back to pre-2016 levels.", [("2018", "year", 2018), ("2016", "year", 2016)]),
        ("They sent 2000 troops and made 1500 arrests.", [("2000", "number", 2000), ("1500", "number", 1500)]),
        ("They sent 2,000 more.", [("2,000", "number", 2000)]),
        # dates
        ("Voters go to the polls on November 6.", [("November 6", "date", 6)]),
        ("The caravan left on Oct. 24 and arrived Sept 30.", [("Oct. 24", "date", 24), ("Sept 30", "date", 30)]),
        ("It was Oct. 24, 2018.", [("Oct. 24", "date", 24), ("2018", "year", 2018)]),
        (
            "Polls close on 6 November and the count ends on the 24th of October.",
            [("6 November", "date", 6), ("24th of October", "date", 24)],
        ),
        ("By October 24th or March 3rd.", [("October 24th", "date", 24), ("March 3rd", "date", 3)]),
        ("In November 2018 and on 6 Nov. the count ended.", [("2018", "year", 2018), ("6 Nov", "date", 6)]),
        ("In March 15,000 people crossed.", [("15,000", "number", 15000)]),
        ("Prices may 5 times.", [("5", "number", 5)]),  # "may" is a month only with its capital
        # ranges give both ends
        (
            "Between 10-20 people and 2016–2018.",
            [("10", "number", 10), ("20", "number", 20), ("2016", "year", 2016), ("2018", "year", 2018)],
        ),
        # non-breaking spaces count as spaces
        (
            "A caravan of\xa07,000 costing $72\xa0million, with 1.2\xa0million watching.",
            [("7,000", "number", 7000), ("$72\xa0million", "money", 72000000), ("1.2\xa0million", "number", 1200000)],
        ),
        # URLs hide their numbers, not the ones around them
        ("See https://www.cbp.gov/newsroom/stats/fy2018 for 2018 data.", [("2018", "year", 2018)]),
    ],
)
def test_each_form_of_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He marked the 40th anniversary on the 1st, the 2nd and the 21st.",
        "It was the first and second time in the twenty-first century.",
        "Two-thirds of voters and one-third of agents.",
        "COVID19, COVID-19, B52, B-52, G7, F-35 and I-10.",
        "See https://example.com/2018/10/25/page-3 or www.site.com/x1 or cbp.gov/data/2019.",
        "Someone often set the tone for the Oneida network.",
        "No one knew which one. The one who left. They helped one another.",
        "the ones physically stopping illegal migration",
        "It was deployed in April and helps with manual labour.",
        "Thousands of migrants, hundreds of troops and dozens of trucks.",
        "At 5:30 or 5pm, 24/7, in version 3.7.1, a 10km walk at -5 degrees.",
    ],
)
def test_things_that_are_not_figures(text):
    assert figures(text) == []


def test_a_figure_knows_its_sentence_and_paragraph():
    text = "Troops sent\n\nThe Pentagon sent 800. Mr. Mattis signed.\n\nIn 2018, 1,145 were in Texas. Two left."
    frame = extract_figures(text)
    assert list(frame[["text", "paragraph", "sentence"]].itertuples(index=False, name=None)) == [
        ("800", 1, "The Pentagon sent 800."),
        ("2018", 2, "In 2018, 1,145 were in Texas."),
        ("1,145", 2, "In 2018, 1,145 were in Texas."),
        ("Two", 2, "Two left."),
    ]
    assert list(frame["start"]) == [text.index("800"), text.index("2018"), text.index("1,145"), text.index("Two")]


def test_a_single_line_is_the_headline():
    frame = extract_figures("The wall will cost $18bn over 10 years")
    assert list(frame["paragraph"]) == [0, 0]
    assert list(frame["sentence"]) == ["The wall will cost $18bn over 10 years"] * 2


def test_no_figures_still_gives_the_columns():
    for text in ("", "No figures here.", "\n\n"):
        frame = extract_figures(text)
        assert frame.empty
        assert list(frame.columns) == list(article.COLUMNS)
        assert str(frame["start"].dtype) == "int64"
        assert frame["value"].dtype == object


def test_values_are_python_ints_when_whole_and_floats_otherwise():
    frame = extract_figures("Some 1.2 million people, 12.5% of them, spent $3.0bn and 1.5 days.")
    assert [(value, type(value)) for value in frame["value"]] == [
        (1200000, int),
        (12.5, float),
        (3000000000, int),
        (1.5, float),
    ]
    assert isinstance(frame, pd.DataFrame)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("zero", 0),
        ("seven", 7),
        ("Nineteen", 19),
        ("twenty-five", 25),
        ("ninety nine", 99),
        ("a hundred", 100),
        ("three hundred and fifty", 350),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two million", 2000000),
        ("a thousand", 1000),
        ("half a million", 500000),
        ("two hundred thousand", 200000),
    ],
)
def test_words_to_number(phrase, value):
    assert words_to_number(phrase) == value


def test_words_to_number_refuses_other_words():
    with pytest.raises(ValueError, match="'many' in 'many thousand' is not a number word"):
        words_to_number("many thousand")


def test_the_pattern_is_exposed_and_verbose():
    assert article.FIGURE_PATTERN.flags & re.VERBOSE
    assert "(?P<digits>" in article.FIGURE_PATTERN.pattern
    assert article.FIGURE_KINDS == ("number", "percent", "money", "year", "date")


# --------------------------------------------------------------------------- properties

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n):
    """0..99 in words, AP style: "seven", "fifteen", "forty", "twenty-five"."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    tens, units = divmod(n, 10)
    return TENS[tens - 2] + (f"-{UNITS[units]}" if units else "")


FAST = settings(max_examples=60, deadline=None, derandomize=True)  # the same examples on every run: CI cannot flake


@FAST
@given(st.integers(0, 10**9))
def test_any_count_with_separators_is_one_figure(n):
    text = f"There were {n:,} arrests."
    assert figures(text) == [(f"{n:,}", "number", n)]


@FAST
@given(st.integers(0, 99), st.sampled_from(["", "Police said", "In all,"]))  # not "The": "the one" is a pronoun
def test_any_spelled_number_below_a_hundred_is_one_figure(n, before):
    words = spell(n)
    text = f"{before} {words} vehicles were seized.".strip()
    if not before:
        words = words.capitalize()
        text = text[0].upper() + text[1:]
    assert figures(text) == [(words, "number", n)]


@FAST
@given(st.decimals(min_value=0, max_value=1000, places=1, allow_nan=False, allow_infinity=False))
def test_any_percentage_keeps_its_value(share):
    text = f"Turnout was {share}% in Texas."
    [(written, kind, value)] = figures(text)
    assert (written, kind) == (f"{share}%", "percent")
    assert value == float(share) and isinstance(value, int) == (share == share.to_integral_value())


NEWS_WORDS = st.sampled_from(
    [
        "800",
        "7,000",
        "1,145",
        "1.5",
        "12.5%",
        "$72",
        "million",
        "a",
        "two",
        "one",
        "the",
        "ones",
        "-",
        "year",
        "2018",
        "2000s",
        "'90s",
        "November",
        "Oct.",
        "24",
        "6",
        "troops",
        "per",
        "cent",
        "no",
        "Mr.",
        "U.S.",
        "40th",
        "https://x.com/2018/1",
        "\xa0",
        ",",
        ".",
        "\n\n",
        "\n",
        "twenty",
        "five",
        "bn",
        "m",
        "of",
    ]
)


@FAST
@given(st.lists(NEWS_WORDS, max_size=30), st.sampled_from([" ", "", "-"]))
def test_offsets_always_slice_back_to_the_text(words, glue):
    text = glue.join(words)
    frame = extract_figures(text)
    assert [text[start:end] for start, end in zip(frame["start"], frame["end"])] == list(frame["text"])
    assert set(frame["kind"]) <= set(article.FIGURE_KINDS)
    assert list(frame["start"]) == sorted(frame["start"])


@FAST
@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text):
    frame = extract_figures(text)
    assert all(text[start:end] == written for start, end, written in zip(frame["start"], frame["end"], frame["text"]))


def test_pattern_source_is_the_pattern_as_written():
    from helpers.article import FIGURE_PATTERN, pattern_source

    source = pattern_source()
    assert source.startswith("# The named pieces:\nDAY = ")
    assert 'FIGURE_PATTERN = re.compile(rf"""' in source and source.rstrip().endswith("re.VERBOSE | re.IGNORECASE)")
    for group in FIGURE_PATTERN.groupindex:
        assert f"(?P<{group}>" in source, group
