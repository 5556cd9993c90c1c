"""Read the article and find every figure in it: the course's figure extractor.

    from helpers import article
    story = article.load_article()                  # title, paragraphs, text
    figures = article.extract_figures(story.text)   # one row per figure, in reading order

A *figure* is any number a reader could check: a count ("800 troops", "a million"),
a percentage, a sum of money, a year or a decade, or a date ("November 6"). Each row says
where the figure stands (sentence, paragraph, character offsets) so a fact-checker can go
straight back to the source. ``FIGURE_PATTERN`` is the regular expression that finds them;
print ``FIGURE_PATTERN.pattern`` to read it, piece by piece.

Nothing here ever writes a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pandas as pd

from helpers import paths

__all__ = [
    "Article",
    "COLUMNS",
    "FIGURE_KINDS",
    "FIGURE_PATTERN",
    "extract_figures",
    "load_article",
    "sentences",
    "words_to_number",
]

#: The kinds of figure ``extract_figures`` tells apart.
FIGURE_KINDS = ("number", "percent", "money", "year", "date")

#: The columns of the table ``extract_figures`` returns, in order.
COLUMNS = ("value", "text", "kind", "sentence", "paragraph", "start", "end")


# --------------------------------------------------------------------------- loading the article


@dataclass(frozen=True)
class Article:
    """The article as the course reads it: headline, paragraphs, and the untouched text."""

    title: str
    paragraphs: list[str] = field(repr=False)
    text: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Article({self.title!r}, {len(self.paragraphs)} paragraphs, {len(self.text):,} characters)"


def load_article(path: Path | str | None = None) -> Article:
    """Read the article (``seeds/article.txt`` unless ``path`` is given) and split it up.

    The headline is the first non-empty line; paragraphs are separated by blank lines.
    ``text`` is the article's text as published: a copy re-saved with Windows line endings
    (CRLF, as Git on Windows or an editor may write it) or with a UTF-8 byte-order mark reads
    to exactly the same text, so every figure has the same character offsets as in the
    published file (``datasets/figure_annotations.csv`` is keyed by them). Nothing else is
    changed. Every problem is reported with what to do about it.
    """
    given = path
    path = Path(path) if given is not None else paths.ARTICLE
    shown = paths.relative(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if given is not None:
            raise FileNotFoundError(
                f"{given} not found. Check the folder and the spelling, or call load_article() "
                "with no path to read the course's article."
            ) from None
        raise FileNotFoundError(
            f"{shown} not found: the course's article is missing. Restore it with "
            "`git -c core.autocrlf=false checkout -- seeds/article.txt` in a terminal, in the course folder, "
            "or download the course again."
        ) from None
    except IsADirectoryError:
        raise ValueError(f"{shown} is a folder, not a text file: pass the path of the article's .txt file.") from None

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise ValueError(
            f"{shown} is not UTF-8 text: byte {error.start} (0x{bad:02x}) is not valid UTF-8. "
            "It was probably saved in another encoding (UTF-16, Latin-1, Windows-1252): "
            "open it in a text editor and re-save it as UTF-8."
        ) from None

    text = as_published(text)
    spans = _paragraph_spans(text)
    if not spans:
        raise ValueError(
            f"{shown} is empty (nothing but whitespace): it should hold a headline, a blank line, then the paragraphs."
        )
    if len(spans) == 1:
        raise ValueError(
            f"{shown} has a headline but no paragraphs: put the article's paragraphs "
            "after it, separated by blank lines."
        )
    title, *paragraphs = (text[start:end] for start, end in spans)
    return Article(title=title, paragraphs=paragraphs, text=text)


def as_published(text: str) -> str:
    """The text without a byte-order mark and with every line ending a plain newline (\\n).

    An editor or Git on Windows may re-save the article that way; without this, every offset
    after the first line would shift by one character per line and the figures would no
    longer line up with their annotations.
    """
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``text[start:end]`` past whitespace at both ends (non-breaking spaces and a BOM too)."""
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Where the headline and each paragraph are, as stripped ``(start, end)`` offsets.

    The first is the headline: the first non-empty line, even when no blank line follows it.
    The rest are the blocks of non-blank lines after it. Offsets, not strings, so that a
    figure found in the text can be placed in its paragraph.
    """
    spans: list[list[int]] = []
    position, in_block = 0, False
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        if not line.strip().lstrip("\ufeff"):  # a blank line ends the block
            in_block = False
        elif in_block:
            spans[-1][1] = position
        else:
            spans.append([start, position])
            in_block = len(spans) > 1  # the headline is one line: what follows starts paragraph 1
    return [_strip_span(text, start, end) for start, end in spans]


# --------------------------------------------------------------------------- sentences

#: Words that end in a full stop without ending the sentence: titles, months, "St." and "vs."
#: Initials such as "U.S.", "J." or "p.m." never end a sentence either.
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "rev",
        "st",
        "mt",
        "ft",
        "gen",
        "gov",
        "sen",
        "rep",
        "col",
        "lt",
        "sgt",
        "capt",
        "jr",
        "sr",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)

_SENTENCE_END = re.compile(r"""[.!?]+ ["'’”)\]]* (?=\s)""", re.VERBOSE)  # "set." or "all set."" before a space
_WORD_BEFORE_STOP = re.compile(r"(?<![\w'’])([A-Za-z][A-Za-z.]*)\Z")  # "Oct", "U.S" but not the s of "Mary's"
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_NEXT_CHARACTER = re.compile(r"\s*(\S)")


def _sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of every sentence; a sentence never crosses a paragraph.

    A sentence ends at ``.``, ``!`` or ``?`` (and any closing quote or bracket) followed by a
    space, unless the full stop closes an abbreviation ("Mr.", "Oct.", "U.S.") or the next word
    starts with a small letter. The headline is always a sentence of its own.
    """
    found = []
    for number, (start, end) in enumerate(_paragraph_spans(text)):
        sentence_start = start
        for stop in _SENTENCE_END.finditer(text, start, end):
            if _is_abbreviation(text, sentence_start, stop) or _next_is_lowercase(text, stop.end(), end):
                continue
            found.append((*_strip_span(text, sentence_start, stop.end()), number))
            sentence_start = stop.end()
        found.append((*_strip_span(text, sentence_start, end), number))
    return [(start, end, number) for start, end, number in found if start < end]


def _is_abbreviation(text: str, sentence_start: int, stop: re.Match) -> bool:
    """True when the full stop at ``stop`` belongs to an abbreviation such as "Oct." or "U.S."."""
    if not stop.group().startswith("."):
        return False
    word = _WORD_BEFORE_STOP.search(text, sentence_start, stop.start())
    return bool(word) and (word[1].lower() in ABBREVIATIONS or bool(_INITIALS.fullmatch(word[1])))


def _next_is_lowercase(text: str, position: int, end: int) -> bool:
    """True when the next word starts with a small letter: "e.g. this" goes on, it is not a new sentence."""
    following = _NEXT_CHARACTER.match(text, position, end)
    return bool(following) and following[1].islower()


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, stripped; see ``_sentence_spans`` for the rules.

    The headline (first line) is a sentence of its own, as is a caption without a full stop.
    """
    return [text[start:end] for start, end, _ in _sentence_spans(text)]


# --------------------------------------------------------------------------- the figure pattern
# FIGURE_PATTERN reads top to bottom: where a figure may start, then a date, a decade or an
# amount, then where it must end. The pieces it uses more than once are named first.

#: A day of the month, 1 to 31, and the ending of an ordinal day (3rd, 24th).
DAY = r"(?: 3[01] | [12]\d | 0?[1-9] )"
ORDINAL = r"(?: st | nd | rd | th )"
#: A number with thousands separators: a comma and exactly three digits, so "1,145" is one number
#: and the "115" of "Texas, 115" is a number of its own.
THOUSANDS = r"\d{1,3} (?: ,\d{3} )+ (?!\d)"
#: Words that multiply: "1.2 million", "two thousand".
SCALE_WORD = r"(?: thousand | million | billion | trillion )"
#: Numbers below a hundred in words: "seven", "fifteen", "twenty-five".
UNITS = r"(?: zero | one | two | three | four | five | six | seven | eight | nine )"
TEENS = r"(?: ten | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen | eighteen | nineteen )"
TENS = r"(?: twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety )"
BELOW_HUNDRED = rf"(?: {TENS} (?: [-\s] {UNITS} \b )? | {TEENS} | {UNITS} ) \b"

# pattern_source() prints the pattern as written here: the formatter keeps out of it.
# fmt: off
FIGURE_PATTERN = re.compile(rf"""
    # Where a figure may start: not glued to a word or to another number (B52, COVID19, 3.7.1,
    # 24/7, 5:30), and after a hyphen only in a range (10-20) or a period (mid-1990s), not in
    # a name (F-35, COVID-19) or a minus sign (-5).
    (?<! [\w.,/:] )
    (?: (?<= \d- ) | (?<= mid- ) | (?<= pre- ) | (?<= post- ) | (?<! - ) )
    (?:
        # A date: 6 November, 24th of October / November 6, Oct. 24, October 24th.
        # Months need their capital letter. A month alone ("in April") matches too; it is dropped.
        (?: (?P<day_first> {DAY} ) {ORDINAL}? \s+ (?: of \s+ )? )?
        (?P<month> (?-i: January | February | March | April | May | June | July | August | September
                       | October | November | December | Jan | Feb | Mar | Apr | Jun | Jul | Aug
                       | Sept | Sep | Oct | Nov | Dec ) )
        (?: \.? \s+ (?P<day> {DAY} ) {ORDINAL}? )?

      | # A decade: the 1990s, the early 2000s, the '90s.
        (?P<decade> 1\d\d0 | 20\d0 ) ['’]? s
      | ['’] (?P<short_decade> \d0 ) ['’]? s

      | # An amount: a count, a percentage or a sum of money. First the money sign: $72 million, £3bn.
        (?P<currency> US\$ | \$ | £ | € )?
        (?:
            # In digits, with or without separators (1,145  300,000  800  2018), decimals (1.5)
            # and a scale: 1.2 million, $182m, 2bn, 5k.
            (?P<digits> {THOUSANDS} | \d+ )
            (?P<decimals> \.\d+ )?
            (?: \s+ (?P<scale> {SCALE_WORD} ) s? | (?P<suffix> k | m | mn | bn | tn ) )?
          |
            # In words: seven, twenty-five, three hundred and fifty, two million, a million, a dozen.
            (?P<words>
                (?: (?: half \s+ )? a (?= \s+ (?: hundred | dozen | {SCALE_WORD} ) \b )
                  | {BELOW_HUNDRED} )
                (?: \s+ hundred (?: \s+ (?: and \s+ )? {BELOW_HUNDRED} )? )?
                (?: \s+ (?: dozen | {SCALE_WORD} ) )?
            )
        )
        # Then a percent sign (12.5%, 3.7 per cent, ten percent) or a unit (40-year, two-week).
        (?: (?P<percent> \s?% | [\s-] per \s? cent ) | (?P<unit> - [a-z]+ (?: -[a-z]+ )* ) )?
    )
    # Where it must end: not glued to letters or digits that follow (40th, 5pm, 10km, 3.7.1).
    (?! \w | [.,/:]\d )
""", re.VERBOSE | re.IGNORECASE)
# fmt: on


def pattern_source() -> str:
    """FIGURE_PATTERN as written in this file, with its comments and the names of its pieces.

    Printing ``FIGURE_PATTERN.pattern`` shows the pieces (DAY, THOUSANDS, ...) already filled in,
    which is hard to read; the source is what a student should study.
    """
    import inspect

    lines = inspect.getsource(inspect.getmodule(pattern_source)).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("FIGURE_PATTERN = "))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith('""", re.VERBOSE'))
    pieces = [
        line
        for line in lines[:start]
        if re.match(r"(DAY|ORDINAL|THOUSANDS|SCALE_WORD|UNITS|TEENS|TENS|BELOW_HUNDRED) = ", line)
    ]
    return "\n".join(["# The named pieces:", *pieces, "", *lines[start : end + 1]])


#: Web addresses: figures inside them (".../2018/10/25/page-3") are not figures of the story.
URL_PATTERN = re.compile(r"(?:https?://|www\.)\S+ | [\w-]+(?:\.[\w-]+)+/\S*", re.VERBOSE | re.IGNORECASE)


# --------------------------------------------------------------------------- reading a match

_SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
} | {word: 10 * tens for tens, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SUFFIXES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}

#: A four-digit number followed by one of these is a count, not a year: "2000 troops".
COUNTED_NOUNS = frozenset(
    """
    people persons troops soldiers migrants immigrants refugees families children adults men women
    officers agents guards members personnel workers residents voters votes arrests apprehensions
    crossings deportations detentions cases deaths miles kilometres kilometers km feet metres meters
    yards acres dollars pounds euros pesos jobs homes houses beds tents vehicles trucks cars buses
""".split()
)

#: After a hyphen these make a fraction or an ordinal ("two-thirds", "twenty-first"), not a unit.
FRACTIONS_AND_ORDINALS = frozenset(
    """
    half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh
    sevenths eighth eighths ninth ninths tenth tenths first second
""".split()
)

#: "one" is a pronoun, not a count, after these words ("no one", "the one who") or before "another".
PRONOUN_ONE_AFTER = frozenset({"no", "the", "any", "every", "each", "this", "that", "which"})

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+\Z")


def words_to_number(phrase: str) -> int:
    """The value of a spelled-out number: "twenty-five" -> 25, "three hundred and fifty" -> 350,
    "two million" -> 2000000, "a dozen" -> 12, "half a million" -> 500000.

    Small numbers add up, "hundred" and "dozen" multiply what came before, and a scale word
    (thousand, million, ...) closes a group, as when reading a cheque aloud.
    """
    words = re.findall(r"[^\W\d_]+", phrase.lower())
    if not words:
        raise ValueError(f"no number words in {phrase!r}")
    total, group, halve = 0, 0, False
    for word in words:
        if word == "half":
            halve = True
        elif word in ("a", "an"):
            group = 1
        elif word == "and":
            continue
        elif word in _SMALL_NUMBERS:
            group += _SMALL_NUMBERS[word]
        elif word == "hundred":
            group = (group or 1) * 100
        elif word == "dozen":
            group = (group or 1) * 12
        elif word in _SCALES:
            total, group = total + (group or 1) * _SCALES[word], 0
        else:
            raise ValueError(f"{word!r} in {phrase!r} is not a number word")
    value = total + group
    return value // 2 if halve else value


def _plain(number: Decimal) -> int | float:
    """An int for a whole number (1145, not 1145.0), a float otherwise (12.5)."""
    return int(number) if number == number.to_integral_value() else float(number)


def _amount(match: re.Match) -> int | float:
    """The amount an AMOUNT match stands for, scale included: "$1.2 million" -> 1200000."""
    if match["words"]:
        return words_to_number(match["words"])
    number = Decimal(match["digits"].replace(",", "") + (match["decimals"] or ""))
    if match["scale"]:
        number *= _SCALES[match["scale"].lower().rstrip("s")]
    elif match["suffix"]:
        number *= _SUFFIXES[match["suffix"].lower()]
    return _plain(number)


def _is_year(match: re.Match, text: str) -> bool:
    """A bare four-digit number from 1000 to 2099 is a year ("in 2018", "since 1971"),
    unless a counted noun follows it ("2000 troops"). Counts of a thousand or more are written
    with a comma in news copy ("2,000"), so those are never years."""
    digits = match["digits"]
    if len(digits) != 4 or not digits.isdigit() or not 1000 <= int(digits) <= 2099:
        return False
    if any(match[name] for name in ("decimals", "scale", "suffix", "currency", "percent", "unit")):
        return False
    following = _NEXT_WORD.match(text, match.end())
    return not (following and following[1].lower() in COUNTED_NOUNS)


def _is_pronoun_one(match: re.Match, text: str) -> bool:
    """True for "one" used as a pronoun: "no one", "the one who", "one another"."""
    if match.group().lower() != "one":
        return False
    before = _PREVIOUS_WORD.search(text[max(0, match.start() - 20) : match.start()])
    after = _NEXT_WORD.match(text, match.end())
    return bool(before and before[1].lower() in PRONOUN_ONE_AFTER) or bool(after and after[1].lower() == "another")


def _read(match: re.Match, text: str) -> tuple[int | float, str] | None:
    """``(value, kind)`` of a FIGURE_PATTERN match, or None when it is not a figure after all."""
    if match["month"]:  # a month alone ("in April") is not a figure
        day = match["day_first"] or match["day"]
        return (int(day), "date") if day else None
    if match["decade"]:
        return int(match["decade"]), "year"
    if match["short_decade"]:  # '00s and '10s are this century, '20s to '90s the last
        decade = int(match["short_decade"])
        return (2000 if decade < 20 else 1900) + decade, "year"
    if match["unit"] and match["unit"].split("-")[1].lower() in FRACTIONS_AND_ORDINALS:
        return None
    if _is_pronoun_one(match, text):
        return None
    value = _amount(match)
    if match["percent"]:
        return value, "percent"
    if match["currency"]:
        return value, "money"
    if match["digits"] and _is_year(match, text):
        return value, "year"
    return value, "number"


# --------------------------------------------------------------------------- extracting figures


def extract_figures(text: str) -> pd.DataFrame:
    """Every figure in ``text``, one row each, in reading order.

    Columns (``COLUMNS``): ``value`` (an int when whole, else a float; money in units of its
    currency, percentages as the number before the sign, dates as the day), ``text`` (exactly as
    written), ``kind`` (one of ``FIGURE_KINDS``), ``sentence``, ``paragraph`` (0 is the headline)
    and ``start``/``end``, so that ``text[start:end]`` is the figure.

    Choices a reader should know about:

    * Not figures: numbers inside words or names ("B52", "COVID-19", "G7", "F-35"), inside web
      addresses, times and fractions ("5:30", "24/7"), ordinals outside dates ("40th", "first"),
      spelled fractions ("two-thirds"), vague amounts ("thousands of"), a month alone ("in April"),
      a minus sign ("-5" gives nothing), and "one" as a pronoun ("no one", "the one(s)",
      "any/every/each/this/that/which one", "one another"); elsewhere "one" counts ("one of them").
    * Spelled-out numbers are read up to one scale word ("three hundred and fifty", "two million",
      "half a million", "a dozen"); "may 5" is not a date: months need their capital letter.
    * A four-digit number from 1000 to 2099 without a comma is a year, unless a counted noun
      (``COUNTED_NOUNS``) follows it. "Oct. 24, 2018" gives two rows: the date and the year.
    * A hyphenated compound keeps its unit ("40-year" is the number 40); a range gives both ends
      ("10-20"); "m" after a number means million, as in British copy ("2m people", "$182m").
    """
    urls = [url.span() for url in URL_PATTERN.finditer(text)]
    rows = []
    for sentence_start, sentence_end, paragraph in _sentence_spans(text):
        for match in FIGURE_PATTERN.finditer(text, sentence_start, sentence_end):
            if any(start < match.end() and match.start() < end for start, end in urls):
                continue
            figure = _read(match, text)
            if figure is None:
                continue
            value, kind = figure
            rows.append((value, match.group(), kind, text[sentence_start:sentence_end], paragraph, *match.span()))
    columns = list(zip(*rows)) or [()] * len(COLUMNS)
    dtypes = (object, "str", "str", "str", "int64", "int64", "int64")
    return pd.DataFrame(
        {name: pd.Series(list(values), dtype=dtype) for name, values, dtype in zip(COLUMNS, columns, dtypes)}
    )
