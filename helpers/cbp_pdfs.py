"""Read US Border Patrol statistics tables out of CBP's own PDFs, and check them.

    from helpers import cbp_pdfs
    profile = cbp_pdfs.read_sector_profile("datasets/sources/u.s._border_patrol_fiscal_year_2018_sector_profile.pdf",
                                           on_mismatch="record")
    cbp_pdfs.mismatches(profile)     # where CBP's own figures do not add up (page, row, column, printed, computed)

Each reader takes the path of one CBP PDF and returns a tidy DataFrame (one row per sector or
total row and per year or month; sector codes and names from ``helpers.facts``):

========================================  ==========================================================
``read_sector_profile(pdf)``              Sector Profile, pages 1-3 (FY2018 and FY2019 editions)
``read_profile_seizures(pdf)``            Sector Profile, page 4 (apprehensions and seizures by region)
``read_sector_apprehensions(pdf)``        southwest border apprehensions by fiscal year and sector
``read_nationwide_apprehensions(pdf)``    nationwide apprehensions by fiscal year, FY1925 onward
``read_monthly_apprehensions(pdf)``       apprehensions by fiscal year, month and sector (one page a year)
``read_staffing(pdf)``                    Border Patrol agents by fiscal year and sector
``read_deaths(pdf)``                      southwest border deaths by fiscal year and sector
========================================  ==========================================================

How the tables are read (no fixed positions): pdfplumber gives every word with its position; words
are grouped into lines; a line that ends in figures is a row of the table; the words before the
figures are the row's label, and label pieces that CBP wraps onto the line above or below
("Big Bend" / "(formerly Marfa)") are joined to the nearest row whose label is incomplete. The
columns are the figures' positions, named by the header words above them; a reader refuses a
table whose header or row labels are not the ones it knows. Figures are cleaned as a reporter
would: "1,145" -> 1145, "N/A" (and CBP's "-") -> <NA>, footnote marks dropped from labels and figures
("Total**", "17,026**" -> 17026; marks are *, †, ‡, §, ¶ and superscript digits such as "¹", never a plain
digit: "17,0261" is refused, not guessed), "Rio Grande Valley (formerly McAllen)" -> sector
``rio_grande_valley``. Rows are matched by their labels, never by position: a page may list its rows in
another order or word a total differently ("Southwest Border Sectors Total", "Southwest Border Total").

What the PDF itself states is checked: parts add up to the printed totals along a row (months to
the yearly total, juveniles + adults to the total, ...), sectors add up to their region's total and
regions to the nationwide total, and the pages of one PDF agree with each other. A mismatch raises
:class:`MismatchError`, naming the file, page, row, column and both numbers. Weights (pounds, ounces)
are rounded to whole units, so a weight that misses by no more than 1 per figure added up (3 for
three regions; 1 for the same figure printed on another page) is rounding: it is recorded (its
check ends "(rounding: ...)") but never raises. Counts of people, arrests and agents must add up
exactly. Pass
``on_mismatch="record"`` to get the table anyway, with every mismatch listed in
``df.attrs["mismatches"]`` (plain records; ``cbp_pdfs.mismatches(df)`` gives them as a DataFrame:
page, row, column, printed, computed, check). Never
"correct" a figure: CBP's inconsistencies are part of the record.

Damaged input (a file that is not a PDF, a truncated PDF, a page with no text such as a scan, or a
PDF of another table) raises :class:`CbpPdfError` with a message saying which and what to do.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers import facts

__all__ = [
    "CbpPdfError",
    "MismatchError",
    "read_sector_profile",
    "read_profile_seizures",
    "read_sector_apprehensions",
    "read_nationwide_apprehensions",
    "read_monthly_apprehensions",
    "read_staffing",
    "read_deaths",
    "MISMATCH_COLUMNS",
    "mismatches",
]

#: The columns of ``df.attrs["mismatches"]``.
MISMATCH_COLUMNS = ("page", "row", "column", "printed", "computed", "check")
ON_MISMATCH = ("raise", "record")


class CbpPdfError(ValueError):
    """The file is not a readable CBP statistics PDF of the expected table (the message says why)."""


class MismatchError(CbpPdfError):
    """The PDF's own figures do not add up; ``.mismatches`` lists every one found."""

    def __init__(self, message: str, mismatches: pd.DataFrame):
        super().__init__(message)
        self.mismatches = mismatches


# --------------------------------------------------------------------------- words and lines

#: Footnote marks, alone or glued to a word ("**", "Total**", "17,026†", "17,026¹"). A plain digit is never a
#: mark: "17,0261" could be 17,026 with note 1 or a misprint, so it is not read as a figure.
_MARKS = "*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹"
_MARK = re.compile(f"[{_MARKS}]+")
#: A figure as CBP prints it: 1,145 / 2377 / $131,976 / N/A / - (no figure), with any footnote marks.
_VALUE = re.compile(rf"[{_MARKS}]*(?:\$?\d{{1,3}}(?:,\d{{3}})+|\$?\d+|N/A|-)[{_MARKS}]*")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def is_value(self) -> bool:
        return _VALUE.fullmatch(self.text) is not None

    @property
    def mark(self) -> str:
        """The footnote marks printed on the word ('17,026**' -> '**'; '' when none)."""
        return "".join(_MARK.findall(self.text))


def _number(text: str) -> int | None:
    """'1,145' -> 1145; 'N/A' and '-' -> None (no figure published); '$6,665,864' -> 6665864; '17,026**' -> 17026."""
    text = text.strip(_MARKS)
    if text in ("N/A", "-"):
        return None
    return int(text.lstrip("$").replace(",", ""))


def _lines(words: Iterable[Word], tolerance: float = 2.0) -> list[list[Word]]:
    """Words grouped into lines by their vertical centre, top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.y):
        if lines and abs(statistics.fmean(w.y for w in lines[-1]) - word.y) <= tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _text(words: Iterable[Word]) -> str:
    return " ".join(w.text for w in words)


# --------------------------------------------------------------------------- opening a PDF


@dataclass
class _Pdf:
    """One opened PDF: its name for messages and every page's words."""

    name: str
    pages: list[list[Word]]
    texts: list[str]

    def page(self, number: int) -> list[Word]:
        if number > len(self.pages):
            raise CbpPdfError(
                f"{self.name} has {len(self.pages)} page(s); this table needs page {number}: is it the complete file?"
            )
        return self.pages[number - 1]


def _open(pdf: str | Path, table: str, title: re.Pattern[str]) -> _Pdf:
    """Open ``pdf`` and insist that it is a readable PDF of ``table`` (its first page's title matches)."""
    import pdfplumber  # imported here: reading the course's CSVs never needs it

    path = Path(pdf)
    name = path.name
    if not path.is_file():
        raise FileNotFoundError(f"No file at {path}: check the name and folder")
    with path.open("rb") as handle:
        start = handle.read(1024)
    if b"%PDF-" not in start:
        shown = start[:20].decode("latin-1").encode("unicode_escape").decode()
        raise CbpPdfError(
            f"{name} is not a PDF (a PDF starts with '%PDF-'; this file starts with '{shown}'): "
            f"expected CBP's {table} PDF"
        )
    try:
        with pdfplumber.open(path) as document:
            pages, texts = [], []
            for page in document.pages:
                words = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in page.extract_words()]
                pages.append(words)
                texts.append(_text(words))
    except Exception as error:  # pdfminer raises many kinds (PSEOF, PDFSyntaxError, ...) for a damaged file
        raise CbpPdfError(
            f"{name} cannot be read as a PDF ({type(error).__name__}: {error}); the file may be "
            f"truncated or damaged: download it again"
        ) from error
    if not pages:
        raise CbpPdfError(f"{name} has no pages: the file may be truncated; download it again")
    for number, words in enumerate(pages, start=1):
        if not words:
            raise CbpPdfError(
                f"{name}, page {number} holds no text, only an image (a scan?): pdfplumber reads the text "
                f"of a PDF and cannot read figures from a picture; expected CBP's {table} PDF"
            )
    if not title.search(texts[0]):
        raise CbpPdfError(
            f"{name} is not CBP's {table} table: its first page begins "
            f"{texts[0][:120]!r}; expected a title matching {title.pattern!r}"
        )
    return _Pdf(name, pages, texts)


# --------------------------------------------------------------------------- rows, labels and columns


@dataclass
class _Row:
    label: str
    values: list[Word]
    y: float
    pieces: list[tuple[float, float, str]] = field(default_factory=list)  # (y, x, text) of label words

    def joined_label(self) -> str:
        return " ".join(text for _, _, text in sorted(self.pieces))


def _clean_label(text: str) -> str:
    """'Big Bend (formerly Marfa)' -> 'big bend'; 'Southwest Border Sectors Total**' -> 'southwest border sectors total'."""
    text = _MARK.sub(" ", text)
    text = re.sub(r"\(formerly[^)]*\)?", " ", text)
    return " ".join(text.lower().split())


_TOTAL_WORDS = {
    "coastal": "coastal_border_total",
    "northern": "northern_border_total",
    "southwest": "southwest_border_total",
    "southern": "southwest_border_total",
    "nationwide": "nationwide_total",
    "national": "nationwide_total",
    "monthly": "nationwide_total",
}
_SECTOR_LABELS = {name.lower(): code for code, name in facts.SECTOR_NAMES.items()}


def _resolve(label: str) -> str | None:
    """A row label as CBP prints it -> a sector code or total code (None when it is neither)."""
    text = _clean_label(label)
    if text in _SECTOR_LABELS:
        return _SECTOR_LABELS[text]
    core = " ".join(word for word in text.split() if word not in ("border", "sectors", "sector", "total", "totals"))
    if core in _TOTAL_WORDS and core != text:  # "coastal border", "monthly total", ...
        return _TOTAL_WORDS[core]
    if text in ("southern", "national", "coastal", "northern"):  # the staffing chart's short labels
        return _TOTAL_WORDS[text]
    return None


def _rows(
    words: list[Word],
    pdf: _Pdf,
    page: int,
    *,
    min_values: int,
    below: float = 0.0,
    labelled: Callable[[str], bool] = lambda label: _resolve(label) is not None,
) -> tuple[list[_Row], list[list[Word]]]:
    """The table rows of a page (lines with at least ``min_values`` figures) and the header lines above them.

    Label words on lines without figures are joined to the nearest row (above or below) whose own label
    is incomplete, i.e. not accepted by ``labelled``.
    """
    lines = list(_lines(w for w in words if w.y > below))
    rows: list[_Row] = []
    loose: list[list[Word]] = []
    first = None
    for index, line in enumerate(lines):
        kept = [w for w in line if not _MARK.fullmatch(w.text)]
        values_at = next((i for i, w in enumerate(kept) if w.is_value), len(kept))
        values = kept[values_at:]
        if len(values) >= min_values and all(w.is_value for w in values):
            if first is None:
                first = index
            label_words = kept[:values_at]
            row = _Row(
                _text(label_words),
                values,
                statistics.fmean(w.y for w in values),
                [(w.y, w.x0, w.text) for w in label_words],
            )
            rows.append(row)
        elif first is not None:
            loose.append(line)
    if first is None:
        raise CbpPdfError(f"{pdf.name}, page {page}: no table rows found (lines with {min_values} or more figures)")
    header = _header_lines(lines[:first])
    # join wrapped label pieces to the nearest row that needs them
    for line in loose:
        if line[0].y > rows[-1].y + 2 * _pitch(rows) or _MARK.match(line[0].text):
            continue  # a footnote under the table
        candidates = sorted(rows, key=lambda r: abs(r.y - line[0].y))[:2]
        for row in candidates:
            if abs(row.y - line[0].y) > 1.6 * _pitch(rows):
                continue
            if not labelled(row.joined_label()):
                row.pieces.extend((w.y, w.x0, w.text) for w in line)
                break
    for row in rows:
        row.label = row.joined_label()
    return rows, header


def _pitch(rows: list[_Row]) -> float:
    gaps = [b.y - a.y for a, b in itertools.pairwise(rows) if b.y > a.y]
    return statistics.median(gaps) if gaps else 10.0


#: A line of a page's title (never part of a table's column headers).
_TITLE_LINE = re.compile(
    r"Border Patrol|Fiscal Years? \d{4}|By Fiscal Year|FY \d{4}|Oct\. 1st|^Southwest Border Sectors$"
)


def _header_lines(lines: list[list[Word]]) -> list[list[Word]]:
    """The lines just above the first row, up to the title or the first wide gap."""
    kept: list[list[Word]] = []
    for line in reversed(lines):
        if _TITLE_LINE.search(_text(line)):
            break
        if kept:
            gap = kept[-1][0].top - max(w.bottom for w in line)
            if gap > 12:
                break
        kept.append(line)
    return list(reversed(kept))


def _header_cells(header: list[list[Word]], gap: float = 4.5) -> list[list[Word]]:
    """Group header words into cells: words close together on a line form a phrase, and phrases
    stacked on top of each other (overlapping left to right) form one cell ("Agent" over "Staffing*")."""
    phrases: list[list[Word]] = []
    for line in header:
        for word in line:
            if phrases and phrases[-1][-1] in line and word.x0 - phrases[-1][-1].x1 <= gap:
                phrases[-1].append(word)
            else:
                phrases.append([word])
    cells: list[list[list[Word]]] = []
    for phrase in phrases:
        x0, x1 = phrase[0].x0, phrase[-1].x1
        touching = [cell for cell in cells if any(p[0].x0 < x1 and x0 < p[-1].x1 for p in cell)]
        merged = [phrase]
        for cell in touching:
            cells.remove(cell)
            merged = cell + merged
        cells.append(merged)
    return [[word for phrase in sorted(cell, key=lambda p: p[0].top) for word in phrase] for cell in cells]


def _column_headers(rows: list[_Row], header: list[list[Word]], count: int, *, label_column: bool = True) -> list[str]:
    """The header text above each of the ``count`` figure columns (located by the rows' figures).

    Each header cell goes to the column whose figures it overlaps most (or lies nearest to): CBP
    centres some headers and right-aligns the figures under them.
    """
    full = [row for row in rows if len(row.values) == count]
    spans = [(min(r.values[j].x0 for r in full), max(r.values[j].x1 for r in full)) for j in range(count)]
    columns: list[list[Word]] = [[] for _ in range(count)]
    for cell in _header_cells(header):
        x0, x1 = min(w.x0 for w in cell), max(w.x1 for w in cell)
        if label_column and x1 < spans[0][0] - 2 and count > 1 and not any(a < x1 and x0 < b for a, b in spans):
            nearest = min(range(count), key=lambda j: max(spans[j][0] - x1, x0 - spans[j][1], 0))
            if nearest == 0 and x1 < spans[0][0] - 25:
                continue  # the label column's header ("SECTOR")
        overlap = [min(x1, b) - max(x0, a) for a, b in spans]
        best = max(range(count), key=lambda j: overlap[j])
        if overlap[best] <= 0:
            best = min(range(count), key=lambda j: max(spans[j][0] - x1, x0 - spans[j][1], 0))
        columns[best].extend(cell)
    return [_text(words) for words in columns]


def _normal(text: str) -> str:
    return " ".join(_MARK.sub(" ", text).lower().split())


def _match_columns(pdf: _Pdf, page: int, headers: list[str], wanted: Sequence[tuple[str, str]]) -> list[str]:
    """Name each column from its header text: ``wanted`` is (column name, regex on the lower-case header)."""
    names = []
    for text in headers:
        found = [name for name, pattern in wanted if re.search(pattern, _normal(text))]
        if len(found) != 1:
            raise CbpPdfError(
                f"{pdf.name}, page {page}: a column is headed {text!r}, which this reader does not know "
                f"(expected columns: {', '.join(name for name, _ in wanted)}); has CBP changed the table?"
            )
        names.append(found[0])
    missing = [name for name, _ in wanted if name not in names]
    if missing or len(set(names)) != len(names):
        raise CbpPdfError(
            f"{pdf.name}, page {page}: expected the columns {[n for n, _ in wanted]}, found headers {headers}"
        )
    return names


# --------------------------------------------------------------------------- checks


def mismatches(frame: pd.DataFrame) -> pd.DataFrame:
    """The mismatches a reader recorded (``on_mismatch="record"``) as a table: page, row, column,
    printed, computed, check. Empty when the PDF's figures all add up."""
    records = frame.attrs.get("mismatches")
    if records is None:
        raise ValueError("this table has no record of mismatches: read it with a helpers.cbp_pdfs reader")
    table = pd.DataFrame(list(records), columns=list(MISMATCH_COLUMNS))
    return table.astype({"page": "int64", "printed": "int64", "computed": "int64"})


_WEIGHT = re.compile(r"pounds|ounces", re.I)


def _rounding(name: str, parts: int) -> int:
    """How far a printed figure may miss ``parts`` figures added up from rounding alone: CBP rounds
    weights (a column or measure in pounds or ounces) to whole units, 1 per figure; counts never."""
    return parts if _WEIGHT.search(name) else 0


@dataclass
class _Checks:
    pdf: _Pdf
    on_mismatch: str
    found: list[dict] = field(default_factory=list)
    errors: list[int] = field(default_factory=list)  # the positions in ``found`` that raise (not rounding)

    def __post_init__(self):
        if self.on_mismatch not in ON_MISMATCH:
            raise ValueError(f"on_mismatch must be one of {ON_MISMATCH}, got {self.on_mismatch!r}")

    def equal(self, page: int, row: str, column: str, printed, computed, check: str, *, rounding: int = 0) -> None:
        """``printed`` must equal ``computed``; a difference of at most ``rounding`` is recorded as rounding."""
        if pd.isna(printed) or pd.isna(computed):
            return
        off = abs(int(printed) - int(computed))
        if off > rounding:
            self.record(page, row, column, printed, computed, check)
        elif off:
            self.record(page, row, column, printed, computed, f"{check} (rounding: within {rounding})", error=False)

    def at_most(self, page: int, row: str, column: str, printed, computed, check: str) -> None:
        if not (pd.isna(printed) or pd.isna(computed)) and int(computed) > int(printed):
            self.record(page, row, column, printed, computed, check)

    def record(self, page: int, row: str, column: str, printed, computed, check: str, *, error: bool = True) -> None:
        """List a mismatch; unless it is not an ``error`` (rounding), it raises when the table is finished."""
        self.found.append(
            {
                "page": page,
                "row": row,
                "column": column,
                "printed": int(printed),
                "computed": int(computed),
                "check": check,
            }
        )
        if error:
            self.errors.append(len(self.found) - 1)

    def finish(self, frame: pd.DataFrame) -> pd.DataFrame:
        mismatches = pd.DataFrame(self.found, columns=list(MISMATCH_COLUMNS))
        mismatches = mismatches.astype({"page": "int64", "printed": "int64", "computed": "int64"})
        if self.errors and self.on_mismatch == "raise":
            first = mismatches.iloc[self.errors[0]]
            more = f" (and {len(mismatches) - 1} more)" if len(mismatches) > 1 else ""
            raise MismatchError(
                f"{self.pdf.name}, page {first['page']}, row {first['row']!r}, column {first['column']!r}: "
                f"the PDF prints {first['printed']:,} but {first['check']} gives {first['computed']:,}{more}. "
                f'CBP\'s own figures do not add up; pass on_mismatch="record" to read the table anyway and list '
                f'every mismatch in df.attrs["mismatches"]',
                mismatches,
            )
        # a list of plain records, not a DataFrame: pandas compares attrs on merge/concat, and two
        # DataFrames cannot be compared with == (it would break a student's pd.concat)
        frame.attrs["mismatches"] = mismatches.to_dict("records")
        frame.attrs["source"] = self.pdf.name
        return frame


def _region_checks(
    checks: _Checks,
    page: int,
    table: pd.DataFrame,
    columns: Iterable[str],
    *,
    skip: Callable[[str, str], bool] = lambda total, column: False,
    at_most: Callable[[str, str], bool] = lambda total, column: False,
    prefix: str = "",
) -> None:
    """Sectors add to their region's total row; the region totals add to the nationwide total.

    ``table`` is indexed by row code (sector or total code). ``skip(total, column)`` leaves a check out
    (the PDF says that total is not a sum); ``at_most`` checks parts <= total instead (the PDF says the
    total includes something not listed).
    """
    groups = {
        facts.TOTALS[i]: [c for c in facts.REGION_SECTORS[region] if c in table.index]
        for i, region in enumerate(facts.REGIONS)
    }
    groups["nationwide_total"] = [t for t in facts.TOTALS[:3] if t in table.index]
    for total, parts in groups.items():
        if total not in table.index or not parts:
            continue
        what = "the regions' totals added" if total == "nationwide_total" else "the sectors above it added"
        for column in columns:
            if skip(total, column):
                continue
            values = table.loc[parts, column]
            if values.isna().all():
                continue
            computed = values.sum()
            if at_most(total, column):
                checks.at_most(
                    page, prefix + _row_name(total), column, table.at[total, column], computed, what + " (at most)"
                )
            else:
                rounding = _rounding(column, values.notna().sum())
                checks.equal(
                    page, prefix + _row_name(total), column, table.at[total, column], computed, what, rounding=rounding
                )


def _row_name(code: str) -> str:
    return facts.SECTOR_NAMES.get(code) or facts.TOTAL_NAMES[code]


def _labelled_rows(pdf: _Pdf, page: int, rows: list[_Row]) -> list[str]:
    codes = []
    for row in rows:
        code = _resolve(row.label)
        if code is None:
            raise CbpPdfError(
                f"{pdf.name}, page {page}: a row is labelled {row.label!r}, which is not a Border Patrol "
                "sector or total this reader knows; has CBP changed the table?"
            )
        if code in codes:
            raise CbpPdfError(f"{pdf.name}, page {page}: the row {_row_name(code)!r} appears twice")
        codes.append(code)
    return codes


def _region(code: str) -> str:
    return facts.SECTOR_REGION.get(code) or facts.TOTAL_REGION[code]


def _row_type(code: str) -> str:
    if code in facts.SECTOR_REGION:
        return "sector"
    return "nationwide total" if code == "nationwide_total" else "region total"


def _fiscal_year(pdf: _Pdf, page: int, pattern: str) -> int:
    match = re.search(pattern, pdf.texts[page - 1])
    if not match:
        raise CbpPdfError(f"{pdf.name}, page {page}: no fiscal year in the title (expected {pattern!r})")
    return int(match[1])


def _ints(words: Sequence[Word]) -> list[int | None]:
    return [_number(w.text) for w in words]


def _sector_frame(codes: list[str], **extra) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "sector": codes,
            "sector_name": [_row_name(code) for code in codes],
            "region": [_region(code) for code in codes],
            "row_type": [_row_type(code) for code in codes],
        }
    )
    for name, values in extra.items():
        frame[name] = values
    return frame


def _counts(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    for column in columns:
        frame[column] = pd.array(frame[column], dtype="Int64")
    return frame


# --------------------------------------------------------------------------- the sector profile

_PROFILE_TITLE = re.compile(r"Sector Profile - Fiscal Year (\d{4})")
PROFILE_PAGE_1 = (
    ("agents", r"staffing"),
    ("apprehensions", r"^apprehensions$"),
    ("other_than_mexican_apprehensions", r"other than mexican"),
    ("marijuana_pounds", r"marijuana"),
    ("cocaine_pounds", r"cocaine"),
    ("accepted_prosecutions", r"prosecutions"),
    ("assaults", r"assaults"),
    ("rescues", r"rescues"),
    ("deaths", r"deaths"),
)
PROFILE_PAGE_2 = (
    ("accompanied_juveniles", r"^accompanied"),
    ("unaccompanied_juveniles", r"unaccompanied"),
    ("total_juveniles", r"total juveniles"),
    ("total_adults", r"total adults"),
    ("total_by_age", r"total apprehensions"),
)
PROFILE_PAGE_3 = (("female", r"female"), ("male", r"^male$"), ("total_by_gender", r"total apprehensions"))


def _profile_page(pdf: _Pdf, page: int, wanted, title: str) -> pd.DataFrame:
    if not re.search(title, pdf.texts[page - 1]):
        raise CbpPdfError(
            f"{pdf.name}, page {page}: expected the page titled {title!r}; found {pdf.texts[page - 1][:100]!r}"
        )
    rows, header = _rows(pdf.page(page), pdf, page, min_values=len(wanted))
    names = _match_columns(pdf, page, _column_headers(rows, header, len(wanted)), wanted)
    codes = _labelled_rows(pdf, page, rows)
    table = pd.DataFrame([_ints(row.values) for row in rows], columns=names, index=codes)
    for row, code in zip(rows, codes):
        if len(row.values) != len(wanted):
            raise CbpPdfError(
                f"{pdf.name}, page {page}, row {_row_name(code)!r}: {len(row.values)} figures, "
                f"expected {len(wanted)} ({', '.join(names)})"
            )
    return _counts(table, names)


def read_sector_profile(pdf: str | Path, *, on_mismatch: str = "raise") -> pd.DataFrame:
    """CBP's Sector Profile for one fiscal year (pages 1-3), one row per sector and per total row.

    Columns: fiscal_year, sector (code, e.g. ``rio_grande_valley``; totals ``coastal_border_total`` ...
    ``nationwide_total``), sector_name, region (coastal, northern, southwest; nationwide for the
    nationwide total), row_type (sector, region total, nationwide total); page 1: agents (on board
    on 30 September), apprehensions, other_than_mexican_apprehensions, marijuana_pounds,
    cocaine_pounds, accepted_prosecutions, assaults, rescues, deaths (<NA> where CBP prints N/A:
    not tracked outside the southwest border in FY2018); page 2: accompanied_juveniles,
    unaccompanied_juveniles, total_juveniles, total_adults, total_by_age (page 2's "Total
    Apprehensions"); page 3: female, male, total_by_gender (page 3's "Total Apprehensions").

    Checks: along each row, accompanied + unaccompanied = total juveniles, juveniles + adults =
    total_by_age, female + male = total_by_gender; pages 2 and 3's totals equal page 1's
    apprehensions; every column's sectors add to the region total and the regions to the
    nationwide total. Agents are the exception the PDF itself states: the southwest total
    includes the Special Operations Group and the nationwide total every agent in CBP, so those
    two are checked as "at most". Marijuana and cocaine pounds may miss by rounding (1 lb per figure
    added): recorded, never raised. Pages 2 and 3 are matched to page 1 row by row label, in any
    order. ``on_mismatch="record"`` lists mismatches in ``df.attrs["mismatches"]``.
    """
    document = _open(pdf, "Sector Profile", _PROFILE_TITLE)
    checks = _Checks(document, on_mismatch)
    year = _fiscal_year(document, 1, _PROFILE_TITLE.pattern)
    page1 = _profile_page(document, 1, PROFILE_PAGE_1, r"Sector Profile")
    page2 = _profile_page(document, 2, PROFILE_PAGE_2, r"Juvenile .*and Adult Apprehensions")
    page3 = _profile_page(document, 3, PROFILE_PAGE_3, r"Apprehensions by Gender")
    for page, table in ((2, page2), (3, page3)):
        if set(table.index) != set(page1.index):  # matched by label: a page may order its rows differently
            raise CbpPdfError(
                f"{document.name}, page {page}: the rows {list(table.index)} are not page 1's {list(page1.index)}"
            )
        if _fiscal_year(document, page, r"Fiscal Year (\d{4})") != year:
            raise CbpPdfError(f"{document.name}, page {page} is for another fiscal year than page 1 (FY{year})")
    page2, page3 = page2.loc[page1.index], page3.loc[page1.index]
    for code in page1.index:
        name = _row_name(code)
        row2, row3 = page2.loc[code], page3.loc[code]
        checks.equal(
            2,
            name,
            "total_juveniles",
            row2["total_juveniles"],
            row2["accompanied_juveniles"] + row2["unaccompanied_juveniles"],
            "accompanied + unaccompanied juveniles",
        )
        checks.equal(
            2,
            name,
            "total_by_age",
            row2["total_by_age"],
            row2["total_juveniles"] + row2["total_adults"],
            "total juveniles + total adults",
        )
        checks.equal(
            2, name, "total_by_age", row2["total_by_age"], page1.at[code, "apprehensions"], "page 1's apprehensions"
        )
        checks.equal(
            3, name, "total_by_gender", row3["total_by_gender"], row3["female"] + row3["male"], "female + male"
        )
        checks.equal(
            3,
            name,
            "total_by_gender",
            row3["total_by_gender"],
            page1.at[code, "apprehensions"],
            "page 1's apprehensions",
        )

    def agents_at_most(total, column):
        return column == "agents" and total in ("southwest_border_total", "nationwide_total")

    _region_checks(checks, 1, page1, page1.columns, at_most=agents_at_most)
    _region_checks(checks, 2, page2, page2.columns)
    _region_checks(checks, 3, page3, page3.columns)
    codes = list(page1.index)
    frame = _sector_frame(codes)
    frame.insert(0, "fiscal_year", year)
    for table in (page1, page2, page3):
        for column in table.columns:
            frame[column] = table[column].array
    return checks.finish(frame)


PROFILE_REGIONS = (
    ("coastal", r"coastal"),
    ("northern", r"northern"),
    ("southwest", r"southwest"),
    ("nationwide", r"nationwide"),
)


def read_profile_seizures(pdf: str | Path, *, on_mismatch: str = "raise") -> pd.DataFrame:
    """Page 4 of a Sector Profile: apprehensions and seizures by region, one row per measure and region.

    Columns: fiscal_year, measure (as CBP prints it, footnote marks dropped, e.g. "Marijuana (pounds)",
    "Currency (value)" in dollars), region (coastal, northern, southwest, nationwide), value.
    Checks: the three regions add to the nationwide total; the measures page 1 also prints
    (apprehensions, other than Mexican apprehensions, marijuana and cocaine pounds) equal page 1's region totals.
    Regions are columns matched by their headers, in any order. Weights (pounds, ounces) may miss by rounding,
    1 per figure added (3 for the regions, 1 against page 1): recorded, never raised.
    """
    document = _open(pdf, "Sector Profile", _PROFILE_TITLE)
    checks = _Checks(document, on_mismatch)
    year = _fiscal_year(document, 1, _PROFILE_TITLE.pattern)
    if not re.search(r"Apprehensions / Seizure Statistics", document.texts[3] if len(document.texts) > 3 else ""):
        raise CbpPdfError(f"{document.name}: page 4 is not the 'Apprehensions / Seizure Statistics' page")
    rows, header = _rows(document.page(4), document, 4, min_values=4, labelled=lambda label: bool(label))
    regions = _match_columns(document, 4, _column_headers(rows, header, 4), PROFILE_REGIONS)
    page1 = _profile_page(document, 1, PROFILE_PAGE_1, r"Sector Profile")
    on_page_1 = {
        "apprehensions": "apprehensions",
        "other than mexican apprehensions": "other_than_mexican_apprehensions",
        "marijuana (pounds)": "marijuana_pounds",
        "cocaine (pounds)": "cocaine_pounds",
    }
    records = []
    for row in rows:
        measure = " ".join(_MARK.sub(" ", row.label).split())
        values = dict(zip(regions, _ints(row.values), strict=True))
        checks.equal(
            4,
            measure,
            "nationwide",
            values["nationwide"],
            values["coastal"] + values["northern"] + values["southwest"],
            "the three regions added",
            rounding=_rounding(measure, 3),
        )
        if measure.lower() in on_page_1:
            column = on_page_1[measure.lower()]
            for region, total in zip((*facts.REGIONS, "nationwide"), facts.TOTALS):
                checks.equal(
                    4,
                    measure,
                    region,
                    values[region],
                    page1.at[total, column],
                    f"page 1's {_row_name(total)}",
                    rounding=_rounding(measure, 1),
                )
        records += [
            {"fiscal_year": year, "measure": measure, "region": region, "value": value}
            for region, value in values.items()
        ]
    frame = _counts(pd.DataFrame(records), ["value"])
    return checks.finish(frame)


# --------------------------------------------------------------------------- tables by fiscal year and southwest sector

_SECTOR_COLUMNS = tuple((code, rf"^{facts.SECTOR_NAMES[code].lower()}( \(formerly|$)") for code in facts.SECTORS)


def _swb_by_year(pdf: str | Path, table: str, title: re.Pattern[str], value: str, on_mismatch: str) -> pd.DataFrame:
    document = _open(pdf, table, title)
    checks = _Checks(document, on_mismatch)
    wanted = (("fiscal_year", r"fiscal year"), *_SECTOR_COLUMNS, ("southwest_border_total", r"southwest border total"))
    rows, header = _rows(document.page(1), document, 1, min_values=len(wanted), labelled=lambda label: True)
    names = _match_columns(document, 1, _column_headers(rows, header, len(wanted)), wanted)
    records = []
    for row in rows:
        if len(row.values) != len(wanted) or row.label:
            raise CbpPdfError(
                f"{document.name}, page 1: the row {(row.label + ' ' + _text(row.values)).strip()!r} does not "
                f"hold a fiscal year and {len(wanted) - 1} figures"
            )
        values = dict(zip(names, _ints(row.values)))
        year = values["fiscal_year"]
        checks.equal(
            1,
            f"FY{year}",
            "southwest_border_total",
            values["southwest_border_total"],
            sum(values[code] for code in facts.SECTORS),
            "the nine sectors added",
        )
        records.append(values)
    frame = pd.DataFrame(records).sort_values("fiscal_year", ignore_index=True)
    years = frame["fiscal_year"].tolist()
    if years != list(range(years[0], years[-1] + 1)):
        raise CbpPdfError(f"{document.name}: the fiscal years are not one per year: {years}")
    long = frame.melt(
        id_vars="fiscal_year",
        value_vars=[*facts.SECTORS, "southwest_border_total"],
        var_name="sector",
        value_name=value,
    )
    long = long.sort_values(["fiscal_year"], kind="stable", ignore_index=True)
    out = _sector_frame(long["sector"].tolist())
    out.insert(0, "fiscal_year", long["fiscal_year"].astype("int64"))
    out[value] = long[value].array
    return checks.finish(_counts(out, [value]))


def read_sector_apprehensions(pdf: str | Path, *, on_mismatch: str = "raise") -> pd.DataFrame:
    """Southwest border apprehensions by fiscal year and sector (CBP's FY1960-onward table).

    One row per fiscal year and sector, plus the printed ``southwest_border_total`` row of each year.
    Columns: fiscal_year, sector, sector_name, region, row_type, apprehensions.
    Check: each year's nine sectors add to the printed Southwest Border Total.
    """
    return _swb_by_year(
        pdf,
        "southwest border apprehensions by sector",
        re.compile(r"Total Illegal Alien Apprehensions By Fiscal Year"),
        "apprehensions",
        on_mismatch,
    )


def read_deaths(pdf: str | Path, *, on_mismatch: str = "raise") -> pd.DataFrame:
    """Southwest border deaths by fiscal year and sector (CBP's FY1998-onward table).

    Same shape as :func:`read_sector_apprehensions`, with a ``deaths`` column. CBP's note: the data
    "may be subject to change based on new discoveries of remains": editions can differ.
    Check: each year's nine sectors add to the printed Southwest Border Total.
    """
    return _swb_by_year(
        pdf,
        "southwest border deaths by sector",
        re.compile(r"Southwest Border Deaths By Fiscal Year"),
        "deaths",
        on_mismatch,
    )


# --------------------------------------------------------------------------- nationwide by fiscal year

_NATIONWIDE_TITLE = re.compile(r"Nationwide Illegal Alien Apprehensions Fiscal Years (\d{4}) - (\d{4})")


def read_nationwide_apprehensions(pdf: str | Path, *, on_mismatch: str = "raise") -> pd.DataFrame:
    """Nationwide apprehensions by fiscal year (CBP's FY1925-onward table, printed in side-by-side column pairs).

    Columns: fiscal_year, apprehensions. The table prints no totals, so the check is the one its
    title states: exactly one row for every fiscal year of the range in the title ("Fiscal Years 1925 - 2019").
    """
    document = _open(pdf, "nationwide apprehensions", _NATIONWIDE_TITLE)
    checks = _Checks(document, on_mismatch)
    first, last = (int(year) for year in _NATIONWIDE_TITLE.search(document.texts[0]).groups())
    title_line = next(line for line in _lines(document.page(1)) if _NATIONWIDE_TITLE.search(_text(line)))
    below = max(w.bottom for w in title_line)
    rows, header = _rows(document.page(1), document, 1, min_values=2, below=below, labelled=lambda label: True)
    pairs = max(len(row.values) for row in rows) // 2
    headers = _column_headers(rows, header, 2 * pairs)
    if [_normal(text) for text in headers] != ["fiscal year", "apprehensions"] * pairs:
        raise CbpPdfError(
            f"{document.name}: expected column pairs headed 'Fiscal Year', 'Apprehensions'; found {headers}"
        )
    full = [row for row in rows if len(row.values) == 2 * pairs]
    starts = [min(r.values[2 * j].x0 for r in full) for j in range(pairs)]
    records = []
    for row in rows:
        if row.label or len(row.values) % 2:
            raise CbpPdfError(
                f"{document.name}, page 1: the line {(row.label + ' ' + _text(row.values)).strip()!r} "
                "is not pairs of a fiscal year and a figure"
            )
        for year, count in zip(row.values[::2], row.values[1::2]):
            pair = sum(year.x0 >= start - 5 for start in starts) - 1
            records.append((pair, int(year.text), _number(count.text)))
    records.sort(key=lambda record: (record[0], record[1]))
    frame = pd.DataFrame([record[1:] for record in records], columns=["fiscal_year", "apprehensions"])
    years = frame["fiscal_year"].tolist()
    if years != list(range(first, last + 1)):
        missing = sorted(set(range(first, last + 1)) - set(years))
        raise CbpPdfError(
            f"{document.name}: the title says fiscal years {first}-{last}, but the table holds "
            f"{len(years)} rows (missing: {missing or 'none'}; out of order or repeated otherwise)"
        )
    return checks.finish(_counts(frame, ["apprehensions"]))


# --------------------------------------------------------------------------- monthly by sector

_MONTHLY_TITLE = re.compile(r"Total Illegal Alien Apprehensions By Month - FY (\d{4})")


def read_monthly_apprehensions(pdf: str | Path, *, on_mismatch: str = "raise") -> pd.DataFrame:
    """Apprehensions by fiscal year, month and sector (CBP's monthly PDF: one page per fiscal year).

    One row per fiscal year, row of the table and month. Columns: fiscal_year, sector (sector or
    total code: the table's "Coastal Border", "Northern Border", "Southwest Border" rows are
    ``*_border_total``; "Monthly Total" is ``nationwide_total``), sector_name, region, row_type,
    month, month_number, calendar_year (October-December fall in the year before the fiscal
    year), apprehensions (<NA> where CBP prints N/A: Livermore after it closed), yearly_total
    (the table's "Yearly Total" for that row, repeated on its 12 months).
    Checks: the months add to the yearly total, and every month's sectors to their region's row
    and the regions to the Monthly Total.
    """
    document = _open(pdf, "monthly apprehensions by sector", _MONTHLY_TITLE)
    checks = _Checks(document, on_mismatch)
    columns = [*facts.FISCAL_MONTHS, "yearly_total"]
    parts = []
    for page in range(1, len(document.pages) + 1):
        year = _fiscal_year(document, page, _MONTHLY_TITLE.pattern)
        rows, header = _rows(document.page(page), document, page, min_values=len(columns))
        headers = " ".join(_column_headers(rows, header, len(columns)))
        found = re.findall("|".join([*facts.MONTHS, r"Yearly\s+Total"]), headers)
        if [re.sub(r"\s+", " ", name) for name in found] != [*facts.FISCAL_MONTHS, "Yearly Total"]:
            raise CbpPdfError(
                f"{document.name}, page {page}: expected the columns October ... September, Yearly Total; "
                f"found {headers!r}"
            )
        codes = _labelled_rows(document, page, rows)
        table = _counts(pd.DataFrame([_ints(row.values) for row in rows], columns=columns, index=codes), columns)
        for code in codes:
            months = table.loc[code, list(facts.FISCAL_MONTHS)]
            if months.notna().any():
                checks.equal(
                    page,
                    f"FY{year} {_row_name(code)}",
                    "yearly_total",
                    table.at[code, "yearly_total"],
                    months.sum(),
                    "the twelve months added",
                )
        _region_checks(checks, page, table, columns, prefix=f"FY{year} ")
        long = (
            table.rename_axis("sector")
            .reset_index()
            .melt(
                id_vars=["sector", "yearly_total"],
                value_vars=list(facts.FISCAL_MONTHS),
                var_name="month",
                value_name="apprehensions",
            )
        )
        order = {code: i for i, code in enumerate(codes)}
        long["fiscal_year"] = year
        long = long.sort_values("sector", key=lambda s: s.map(order), kind="stable", ignore_index=True)
        parts.append(long)
    data = pd.concat(parts, ignore_index=True)
    frame = _sector_frame(data["sector"].tolist())
    frame.insert(0, "fiscal_year", data["fiscal_year"].astype("int64"))
    frame["month"] = data["month"]
    frame["month_number"] = data["month"].map({m: i for i, m in enumerate(facts.MONTHS, start=1)}).astype("int64")
    frame["calendar_year"] = frame["fiscal_year"] - (frame["month_number"] >= 10)
    frame["apprehensions"] = data["apprehensions"].array
    frame["yearly_total"] = data["yearly_total"].array
    years = frame["fiscal_year"].drop_duplicates().tolist()
    if years != list(range(years[0], years[-1] + 1)):
        raise CbpPdfError(f"{document.name}: expected one page per fiscal year, in order; found {years}")
    return checks.finish(frame)


# --------------------------------------------------------------------------- staffing

_STAFFING_TITLE = re.compile(r"Border Patrol Agent (Nationwide )?Staffing by Fiscal Year", re.I)
_FY = re.compile(r"(?:19|20)\d\d")


def _year_columns(pdf: _Pdf, page: int) -> tuple[list[tuple[int, float]], float]:
    """The fiscal years heading the columns of a wide staffing table ('FY 1992' side by side or stacked),
    with their x centres, and the bottom of the header."""
    lines = _lines(pdf.page(page))
    for index, line in enumerate(lines):
        fy = [w for w in line if w.text == "FY"]
        if len(fy) < 5:
            continue
        years = [w for w in line if _FY.fullmatch(w.text)]
        if not years and index + 1 < len(lines):  # stacked: "FY" above the year
            years = [w for w in lines[index + 1] if _FY.fullmatch(w.text)]
        if len(years) == len(fy):
            bottom = max(w.bottom for w in years)
            return [(int(w.text), w.x) for w in years], bottom
    raise CbpPdfError(f"{pdf.name}, page {page}: no row of 'FY <year>' column headers found")


def _wide_rows(pdf: _Pdf, page: int) -> tuple[list[int], list[_Row]]:
    columns, bottom = _year_columns(pdf, page)
    years = [year for year, _ in columns]
    if years != list(range(years[0], years[0] + len(years))):
        raise CbpPdfError(f"{pdf.name}, page {page}: the column headers are not consecutive fiscal years: {years}")
    words = [w for w in pdf.page(page) if w.top > bottom]
    rows, _ = _rows(words, pdf, page, min_values=len(years) // 2)
    for row in rows:
        if len(row.values) != len(years):
            raise CbpPdfError(
                f"{pdf.name}, page {page}, row {row.label!r}: {len(row.values)} figures under {len(years)} fiscal years"
            )
        placed = [min(range(len(columns)), key=lambda j: abs(columns[j][1] - w.x)) for w in row.values]
        if placed != list(range(len(columns))):
            raise CbpPdfError(
                f"{pdf.name}, page {page}, row {row.label!r}: the figures do not sit under the year headers"
            )
    return years, rows


def read_staffing(pdf: str | Path, *, on_mismatch: str = "raise") -> pd.DataFrame:
    """Border Patrol agents on board by fiscal year and sector (CBP's FY1992-onward staffing PDF).

    One row per fiscal year and sector (page 4) and per region and nationwide total (page 3).
    Columns: fiscal_year, sector, sector_name, region, row_type, agents (<NA> where CBP prints N/A
    or "-": Livermore after it closed).
    Checks, as the PDF states them: the coastal and northern sectors add to their region's total;
    the southwest sectors add to the Southwest Border total until the Special Operations Group is
    counted in it ("as of FY 2010", page 3's note), and at most to it after; the regions add to at
    most the nationwide total ("All on-board Border Patrol agents in CBP"); the chart pages (1 and
    2) print the same totals as page 3.
    """
    document = _open(pdf, "agent staffing", _STAFFING_TITLE)
    checks = _Checks(document, on_mismatch)
    # page 3: region totals, one row per fiscal year
    page = 3
    wanted = (
        ("fiscal_year", r"^fiscal year$"),
        ("coastal_border_total", r"coastal"),
        ("northern_border_total", r"northern"),
        ("southwest_border_total", r"southwest"),
        ("nationwide_total", r"nationwide"),
    )
    rows, header = _rows(document.page(page), document, page, min_values=len(wanted), labelled=lambda label: True)
    names = _match_columns(document, page, _column_headers(rows, header, len(wanted), label_column=False), wanted)
    totals = {}
    for row in rows:
        values = dict(zip(names, _ints(row.values), strict=True))
        year = values.pop("fiscal_year")
        if year in totals:
            checks.record(
                page,
                f"FY {year}",
                "fiscal_year",
                year,
                max(totals) + 1,
                "the next fiscal year (the year is printed twice)",
            )
            year = max(totals) + 1
        totals[year] = values
    years = sorted(totals)
    if years != list(range(years[0], years[-1] + 1)):
        raise CbpPdfError(f"{document.name}, page 3: the fiscal years are not one per year: {years}")
    region_totals = pd.DataFrame(totals).astype("Int64")  # index: total codes, columns: years
    # page 4: every sector
    page_years, rows = _wide_rows(document, 4)
    if page_years != years:
        raise CbpPdfError(
            f"{document.name}, page 4 covers FY{page_years[0]}-{page_years[-1]}, page 3 FY{years[0]}-{years[-1]}"
        )
    codes = _labelled_rows(document, 4, rows)
    sectors = pd.DataFrame([_ints(row.values) for row in rows], index=codes, columns=years).astype("Int64")
    table = pd.concat([sectors, region_totals])
    note = re.search(r"as of FY\s*(\d{4}),? the Special Operations Group", document.texts[2])
    sog_from = int(note[1]) if note else None
    for year in years:
        column = table[[year]].rename(columns={year: "agents"})
        _region_checks(
            checks,
            4,
            column,
            ["agents"],
            prefix=f"FY {year} ",
            at_most=lambda total, _, y=year: (
                total == "nationwide_total"
                or (total == "southwest_border_total" and sog_from is not None and y >= sog_from)
            ),
        )
    # pages 1 and 2: the charts' labels repeat the totals
    for page, need in ((1, ("nationwide_total",)), (2, facts.TOTALS)):
        if page == 1:
            chart = {}
            for line in _lines(document.page(1)):
                text = _text(line)
                match = re.fullmatch(r"FY (\d{4}) ([\d,]+)", text)
                if match:
                    chart[int(match[1])] = {"nationwide_total": _number(match[2])}
        else:
            chart_years, chart_rows = _wide_rows(document, 2)
            chart = {year: {} for year in chart_years}
            for code, row in zip(_labelled_rows(document, 2, chart_rows), chart_rows):
                for year, value in zip(chart_years, _ints(row.values)):
                    chart[year][code] = value
        if sorted(chart) != years:
            raise CbpPdfError(
                f"{document.name}, page {page}: the chart's fiscal years {sorted(chart)} are not page 3's"
            )
        for year in years:
            for code in need:
                checks.equal(
                    page,
                    f"FY {year} {_row_name(code)}",
                    "agents",
                    chart[year].get(code),
                    region_totals.at[code, year],
                    "page 3's table",
                )
    long = table.rename_axis("sector").reset_index().melt(id_vars="sector", var_name="fiscal_year", value_name="agents")
    order = {code: i for i, code in enumerate(table.index)}
    long = long.sort_values(
        ["fiscal_year", "sector"], key=lambda s: s.map(order) if s.name == "sector" else s, ignore_index=True
    )
    frame = _sector_frame(long["sector"].tolist())
    frame.insert(0, "fiscal_year", long["fiscal_year"].astype("int64"))
    frame["agents"] = long["agents"].array
    return checks.finish(_counts(frame, ["agents"]))
