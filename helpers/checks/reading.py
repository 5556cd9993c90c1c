"""Self-checks for notebook 01 (reading the article as data)."""

from __future__ import annotations

import re

import pandas as pd

from helpers.article import extract_figures, load_article, sentences
from helpers.checks import feedback, kit
from helpers.checks.feedback import Feedback, hint, is_table, right, unanswered
from helpers.checks.kit import Fact, _mentions, clause_of, expect_file, expect_list, expect_table, listing, show
from helpers.data import load_figure_annotations

__all__ = [
    "check_article_sentences",
    "check_ledger",
    "check_digit_pattern",
    "check_notes",
    "check_joined",
    "check_annotated_ledger",
    "check_attribution_pattern",
    "check_troop_figures",
    "check_attributed_figures",
    "check_ledger_file",
    "check_ledger_finding",
]

#: The digit pattern the lesson builds: thousands groups first, then plain runs of digits.
DIGIT_NUMBERS = r"\d{1,3}(?:,\d{3})+|\d+"


def _article_text() -> str:
    return load_article().text


def check_article_sentences(article_sentences: object) -> Feedback:
    """Typed cell: ``article_sentences = sentences(article.text)``, a list of strings."""
    article = load_article()
    expected = sentences(article.text)
    text = article.text
    return expect_list(
        article_sentences,
        expected,
        name="article_sentences",
        what="the sentences of the article's text",
        item=str,
        mistakes={
            "`article_sentences` holds the paragraphs, not the sentences. Give the whole text, `article.text`, "
            "to `sentences(...)`.": article.paragraphs,
            "`article_sentences` holds only the headline's sentence. Split the whole text, `article.text`.": sentences(
                article.title
            ),
            "It looks as if you split the text at each full stop yourself. A full stop does not always end a "
            'sentence ("Mr Trump", "Oct. 24"): use `sentences(article.text)`, which knows the exceptions.': (
                lambda answer: answer in (text.split("."), text.split(". "), text.split(".\n"))
            ),
        },
        success=f"`article_sentences` is a list of the article's {len(expected)} sentences.",
    )


def check_ledger(ledger: object) -> Feedback:
    """Typed cell: ``ledger = extract_figures(article.text)``, one row per figure with all its columns."""
    if callable(ledger) and not is_table(ledger):
        return hint("`ledger` is a function. Call `extract_figures(article.text)` and store the table it gives back.")
    article = load_article()
    expected = extract_figures(article.text)
    return expect_table(
        ledger,
        expected,
        name="ledger",
        what="every figure of the article's text",
        mistakes={
            "`ledger` holds only the headline's figures. Give the whole text, `article.text`, "
            "to `extract_figures`.": extract_figures(article.title),
            "`ledger` keeps only some columns. Later cells need all of them (`sentence`, `end`...): store the "
            "whole table in `ledger`, and pick the columns to show on their own line.": (
                lambda answer: (
                    0 < len(answer.columns) < len(expected.columns) and set(answer.columns) < set(expected.columns)
                )
            ),
            "`ledger` misses the headline's figure, or its positions do not point into `article.text`: "
            "extract from `article.text` itself, which holds the headline and the paragraphs.": (
                lambda answer: (
                    len(answer) == len(expected) - 1
                    or (len(answer) == len(expected) and list(answer["start"]) != list(expected["start"]))
                )
            ),
        },
        success=f"`ledger` has the article's {len(expected)} figures, with the columns {', '.join(expected.columns)}.",
    )


def _missed_numbers(missing: list[str]) -> str:
    """The numbers a pattern missed, each once, in reading order: "800 (twice), 6 and 40"."""
    unique = list(dict.fromkeys(missing))
    times = {1: "", 2: " (twice)"}
    return listing(
        [f"{m}{times.get(missing.count(m), f' ({missing.count(m)} times)')}" for m in unique], limit=len(unique)
    ).replace("`", "")


def _compiled(answer: object, *, name: str, what: str, a_list: str, unreadable: str) -> re.Pattern | Feedback:
    """A pattern cell's opening: the answer compiled, or the hint when it is not yet a pattern Python can read.

    A compiled pattern counts as its text; a list gets ``a_list``; other kinds get the kit's opening; a plain
    string with a backspace where ``\\b`` was meant, and a pattern that does not compile (``unreadable``: what to
    check), get their own hints."""
    if isinstance(answer, re.Pattern):
        answer = answer.pattern
    if isinstance(answer, list | tuple):
        return hint(a_list)
    opening = kit.expect_kind(answer, "text", name=name, what=what)
    if opening:
        return opening
    if "\b" in answer:
        return hint(
            "Your pattern holds a backspace character, not a word boundary: in a plain string Python reads "
            '`\\b` first. Write the pattern as a raw string, with an r before the quote: r"\\b(?:...)\\b".'
        )
    try:
        return re.compile(answer)
    except re.error as error:
        return hint(f"Python cannot read that pattern ({error}). {unreadable}")


def check_digit_pattern(pattern: object) -> Feedback:
    """Exercise: a pattern that finds every number written in digits, keeping "1,145" whole."""
    compiled = _compiled(
        pattern,
        name="my_pattern",
        what='a pattern such as r"\\d+"',
        a_list="`my_pattern` is a list: what `re.findall` found, perhaps. Store the pattern itself, as a raw string "
        '(r"..."); the check runs `re.findall` with it.',
        unreadable='Check the brackets and backslashes; write it as a raw string, r"...".',
    )
    if isinstance(compiled, Feedback):
        return compiled
    pattern = compiled.pattern
    if compiled.groups:
        example = compiled.findall("1,145")
        if compiled.groups == 1:
            what = (
                "When a pattern has a group, `re.findall` returns what the group matched, not the whole number: "
                f"for the text \"1,145\" it gives {example!r}, where you want ['1,145']."
            )
        else:
            what = (
                "When a pattern has more than one group, `re.findall` returns a tuple for each match, with what each "
                f'group matched, not the whole number: for the text "1,145" it gives {example!r}, where you want '
                "['1,145']."
            )
        groups = "a capturing group" if compiled.groups == 1 else f"{compiled.groups} capturing groups"
        return hint(
            f"Your pattern has {groups} `( )`. {what} Keep the brackets but make them non-capturing: put `?:` right "
            "after each opening bracket."
        )
    text = _article_text()
    found = compiled.findall(text)
    expected = re.findall(DIGIT_NUMBERS, text)
    return kit.expect_list(
        found,
        expected,
        name="re.findall(my_pattern, article.text)",
        what="every number of the article written in digits",
        mistakes=_digit_mistakes(pattern, compiled, found, expected),
        success=f"Your pattern finds all {len(expected)} numbers written in digits, and keeps 1,145 and 2,200 whole.",
    )


def _digit_mistakes(pattern: str, compiled: re.Pattern, found: list[str], expected: list[str]) -> dict[str, object]:
    """What a digit pattern that finds the wrong numbers does wrong, each with its hint (``kit`` mistakes)."""
    if found == expected:
        return {}
    mistakes: dict[str, object] = {}
    cut = [
        e for e in dict.fromkeys(expected) if e not in found and compiled.fullmatch(e) and len(compiled.findall(e)) > 1
    ]
    if cut:
        whole = cut[0]
        pieces = ", ".join(compiled.findall(whole))
        if re.search(r"\)\*", pattern):
            fix = (
                "Here the first alternative ends in `*` (zero or more comma groups), so it also fits a number with no "
                "comma and stops after three digits. Make it need at least one comma group with `+`, and a plain run "
                "of digits is left to the other alternative."
            )
        else:
            fix = "Put the longer alternative, the one with the comma groups, first."
        mistakes[
            f"Your pattern has the right pieces: it can match {whole} whole, yet `re.findall` cuts it into {pieces}. "
            "The order of the alternatives matters: at each place in the text Python tries the alternatives of `|` "
            f"from left to right and keeps the first one that fits, even when a later one would take more. {fix}"
        ] = lambda answer: True
    mistakes[
        "You counted 1,145 as two numbers, 1 and 145. Allow a comma followed by exactly three digits: `(?:,\\d{3})+`."
    ] = lambda answer: "145" in answer and "1" in answer
    mistakes[
        'Some matches include a comma that is not a thousands separator (as in "Texas, 115"). A thousands comma is '
        "always followed by exactly three digits."
    ] = lambda answer: any(f.endswith(",") or f.startswith(",") or ", " in f for f in answer)
    mistakes["Some matches contain letters or spaces. Use `\\d` for digits and keep words out of this pattern."] = (
        lambda answer: any(re.search(r"\D", f.replace(",", "")) for f in answer)
    )
    missing = list(expected)
    for f in found:
        if f in missing:
            missing.remove(f)
    if missing:
        plain = [m for m in missing if "," not in m]
        reasons = []
        if found and all("," in f for f in found) and len(plain) == len(missing):
            reasons.append(
                "It finds only numbers with a thousands comma. Add a second alternative for a plain run of digits, "
                "`|\\d+`, after the thousands one."
            )
        else:
            if any(len(m) <= 2 for m in plain):
                reasons.append("Does it allow numbers of one or two digits?")
            if any(len(m) > 3 for m in plain):
                long = next(m for m in plain if len(m) > 3)
                reasons.append(
                    f"A number of more than three digits with no comma (such as {long}) needs its own alternative, "
                    "a plain run of digits: `|\\d+`."
                )
            if len(plain) < len(missing):
                reasons.append("Does it allow a comma followed by exactly three digits: `(?:,\\d{3})+`?")
        s = "" if len(missing) == 1 else "s"
        mistakes[
            f"Your pattern misses {len(missing)} number{s} of the article: {_missed_numbers(missing)}. "
            + " ".join(reasons)
        ] = lambda answer: True
    mistakes[
        f"Your pattern finds {len(found)} matches where the article has {len(expected)} numbers in digits. Print "
        "`re.findall(my_pattern, article.text)` and compare."
    ] = lambda answer: True
    return mistakes


def _annotated_ledger():
    return extract_figures(_article_text()).merge(load_figure_annotations(), on=["text", "start"], how="left")


def check_troop_figures(count: object) -> Feedback:
    """Exercise: how many figures in the ledger count troops?"""
    if is_table(count):
        return hint(
            "That is a table or a column, not a number. Count its rows with `len(...)` or add up a True/False column with `.sum()`."
        )
    if isinstance(count, str):
        return feedback.not_a_number(count)
    ledger = _annotated_ledger()
    troops = ledger[ledger["counts"] == "troops"]
    value = kit._number(count)
    how = "Too few" if value is not None and value < len(troops) else "Too many"
    return kit.expect_number(
        count,
        len(troops),
        name="n_troop_figures",
        what='the number of figures whose `counts` is "troops"',
        mistakes={
            f"`n_troop_figures` should be a whole number (a count of figures), but it is {kit.show(count)}.": (
                lambda answer: float(answer) != int(answer)
            ),
            'You counted every figure. Keep only the rows whose `counts` column is "troops".': len(ledger),
            'You counted distinct texts, but "800" appears twice (headline and first paragraph). Count rows, not '
            "unique values.": troops["text"].nunique(),
            "You used the `kind` column: it says how a figure is written (a number, a year, a date). What a figure "
            "counts is in the `counts` column.": int((ledger["kind"] == "number").sum()),
            'Your count is 0: no figure matched. Check the spelling and the capitals of "troops": the comparison '
            'is exact, so `== "troop"` or `== "Troops"` matches nothing. Print `annotated["counts"].value_counts()` '
            "to see the values as they are written.": 0,
            f'{how}: {kit.show(count)} is not the number of figures whose `counts` is "troops". Compare the `counts` '
            'column of `annotated` with "troops" (`annotated["counts"] == "troops"`), then count the Trues with '
            "`.sum()` (or the rows it keeps with `len(...)`).": lambda answer: True,
        },
        success=f"{len(troops)} of the {len(ledger)} figures count troops: the active-duty 800 (twice) and the "
        "National Guard total with its four states.",
    )


def check_notes(notes: object) -> Feedback:
    """Typed cell: ``notes = data.load_figure_annotations()``, the whole notes table."""
    if callable(notes) and not is_table(notes):
        return hint("`notes` is the function itself. Call it, with brackets: `data.load_figure_annotations()`.")
    expected = load_figure_annotations()
    return expect_table(
        notes,
        expected,
        name="notes",
        what="the notes of datasets/figure_annotations.csv",
        mistakes={
            "`notes` holds only the first rows: `.head(3)` shows them, but the merge needs every note. Store "
            "the whole table in `notes`, then show `notes.head(3)` on its own line.": (
                lambda answer: len(answer) < len(expected) and set(expected.columns) <= set(answer.columns)
            ),
        },
        success=f"`notes` holds all {len(expected)} notes, one per figure, keyed by `text` and `start`.",
    )


def _joined():
    joined = extract_figures(_article_text()).merge(
        load_figure_annotations(), on=["text", "start"], how="left", validate="one_to_one", indicator=True
    )
    return joined.assign(_merge=joined["_merge"].astype(str))


def _doubled(answer) -> bool:
    return any(str(c).endswith(("_x", "_y")) for c in answer.columns)


def check_joined(joined: object) -> Feedback:
    """Typed cell: the ledger merged (left) with the notes on text and start, with the `_merge` indicator."""
    expected = _joined()
    if is_table(joined) and hasattr(joined, "columns") and "_merge" in joined.columns:
        joined = joined.assign(_merge=joined["_merge"].astype(str))
    return expect_table(
        joined,
        expected,
        name="joined",
        what="the ledger with each figure's note",
        ordered=False,
        mistakes={
            "`joined` has columns ending in `_x` and `_y`: both tables had a column of that name that was not "
            'a key. Join on both key columns, `on=["text", "start"]`, and merge the plain `ledger` (store the '
            "result under the new name `joined`, never back in `ledger`).": _doubled,
            "`joined` has no `_merge` column: add `indicator=True` to the merge; the next cell counts it.": (
                lambda answer: "_merge" not in answer.columns and {"counts", "text", "start"} <= set(answer.columns)
            ),
        },
        success=f"`joined` has the {len(expected)} figures of the ledger, each with its note and a `_merge` column.",
    )


def check_annotated_ledger(table: object) -> Feedback:
    """Typed cell: the ledger merged with datasets/figure_annotations.csv on text and start."""
    if table is None:
        return hint(
            "`annotated` is nothing (None). `drop(..., inplace=True)` changes `joined` itself and gives back "
            'nothing: leave out `inplace=True`, and store what `joined.drop(columns=["_merge"])` gives back.'
        )
    expected = _annotated_ledger()
    columns = [str(c) for c in table.columns] if isinstance(table, pd.DataFrame) else []
    doubled = [c for c in columns if c.endswith(("_x", "_y"))]
    missing = [c for c in ("counts", "attributed_to", "about") if c not in columns]
    judged = kit.expect_table(
        table,
        expected,
        name="annotated",
        what="the ledger with each figure's note, the result of `merge`",
        ordered=False,
        mistakes={
            "`annotated` still has the `_merge` column. It was only there to check the join; left in, it would go "
            "into the saved ledger as a column that says nothing about the figures. Drop it by name, with "
            '`columns=`: `joined.drop(columns=["_merge"])`, and store the result in `annotated`.': (
                lambda answer: "_merge" in columns
            ),
            f"Your table has columns {', '.join(doubled[:4])}: pandas adds `_x` and `_y` when both tables have a "
            "column of the same name. That happens when the table you merge already has the notes (a merge run "
            "twice into the same variable). Merge the plain `ledger` from `extract_figures` with `notes`, and store "
            "the result under a new name.": lambda answer: bool(doubled),
            f"Your table has no {', '.join(f'`{c}`' for c in missing)} column: the notes are not joined yet. "
            "Use `merge` with the notes table.": lambda answer: bool(missing),
            f'Your table has {len(table) if columns else 0} rows, the ledger only {len(expected)}. "800" appears '
            "twice in the article: joined on `text` alone, each 800 finds both notes. Join on the text **and** the "
            "position, `start`.": lambda answer: len(answer) > len(expected),
            f"Your table has {len(table) if columns else 0} rows, the ledger {len(expected)}: some figures lost "
            'their row. Keep every figure of the ledger (`how="left"`) and join on both `text` and `start`.': (
                lambda answer: len(answer) < len(expected)
            ),
            "Some figures have no note (`counts` is empty). Join on both `text` and `start`, and check `_merge`.": (
                lambda answer: bool(answer["counts"].isna().any())
            ),
            "The notes landed on the wrong figures. Join on the key columns `text` and `start`, not on the row "
            "number.": lambda answer: not _notes_in_place(answer, expected),
        },
        success=f"All {len(expected)} figures have their own note, and no figure gained or lost a row.",
    )
    return judged


def _notes_in_place(table: pd.DataFrame, expected: pd.DataFrame) -> bool:
    """Whether each figure of ``table`` (found by its position, ``start``) has its own note, in any row order."""
    columns = ["text", "counts", "attributed_to", "about"]

    def rows(t: pd.DataFrame) -> pd.DataFrame:
        return t.assign(start=t["start"].astype(float)).sort_values("start")[columns].astype(str).reset_index(drop=True)

    return rows(table).equals(rows(expected))


#: The attribution verbs the lesson lists, as the whole words a pattern must find.
ATTRIBUTION_VERBS = ("reported", "said", "says", "told", "tweeted", "according to")
#: Longer words that hold a verb: a pattern with word boundaries finds none of them.
LONGER_WORDS = ("unsaid", "retold", "retweeted", "misreported", "reportedly")


def check_attribution_pattern(attribution: object) -> Feedback:
    """Typed cell: a pattern that finds each attribution verb as a whole word, and nothing inside longer words."""
    compiled = _compiled(
        attribution,
        name="attribution",
        what='a pattern written r"..."',
        a_list="`attribution` is a list. Write the verbs in one pattern, as text: each verb between `|`, in one group "
        'with a word boundary at each end, r"\\b(?:...|...)\\b".',
        unreadable="Check the brackets `(?: )` and the `|` between verbs.",
    )
    if isinstance(compiled, Feedback):
        return compiled
    with_verb = {f"It was {verb} on Thursday.": verb for verb in ATTRIBUTION_VERBS}
    longer = {f"It went {word}.": word for word in LONGER_WORDS}
    missed = [verb for sentence, verb in with_verb.items() if not compiled.search(sentence)]
    inside = [word for sentence, word in longer.items() if compiled.search(sentence)]
    cases = [
        *(((sentence,), True) for sentence in with_verb),
        *(((sentence,), False) for sentence in longer),
        (("It was a sunny day in Tijuana.",), False),
    ]
    return kit.expect_function(
        lambda sentence: bool(compiled.search(sentence)),
        cases,
        name="attribution",
        what="a pattern of the attribution verbs as whole words",
        mistakes={
            f"Your pattern does not find {', '.join(repr(m) for m in missed)} in a sentence. List every verb "
            "of the text above, separated by `|`, inside one group `(?: )`.": (
                lambda arguments, result: arguments[0] in with_verb and not result
            ),
            f"Your pattern also finds a verb inside longer words ({', '.join(repr(w) for w in inside)}): "
            "a word boundary `\\b` at each end belongs to every verb. Put the verbs in one group and the "
            "boundaries around it: `\\b(?:...|...)\\b`.": lambda arguments, result: arguments[0] in longer and result,
            "Your pattern finds something in a sentence with no attribution verb. Keep only the verbs, between `|`.": (
                lambda arguments, result: result
            ),
        },
        success=f"`attribution` finds each verb as a whole word, and not inside longer words such as "
        f"{LONGER_WORDS[0]!r}.",
    )


def _attributed_figures():
    ledger = _annotated_ledger()
    pattern = r"\b(?:" + "|".join(ATTRIBUTION_VERBS) + r")\b"
    return ledger[ledger["sentence"].str.contains(pattern)]


def check_attributed_figures(attributed_figures: object) -> Feedback:
    """Typed cell: the rows of ``annotated`` whose sentence contains the attribution pattern."""
    expected = _attributed_figures()
    everything = _annotated_ledger()
    return expect_table(
        attributed_figures,
        expected,
        name="attributed_figures",
        what="the figures whose sentence holds an attribution verb",
        columns=["text", "counts", "sentence"],
        ordered=False,
        mistakes={
            '`attributed_figures` is empty: no sentence matched. Did you write `str.contains("attribution")`, '
            "with quotes? That looks for the word *attribution* itself, which no sentence holds. Give the pattern "
            "stored in the variable, without quotes: `str.contains(attribution)`.": (lambda answer: len(answer) == 0),
            "`attributed_figures` is a column of True/False, one for each figure: that is the condition. Put it "
            "inside the brackets of the table to keep the rows where it is True: "
            '`annotated[annotated["sentence"].str.contains(attribution)]`.': (
                lambda answer: len(answer.columns) == 1 and str(answer.dtypes.iloc[0]) == "bool"
            ),
            "`attributed_figures` keeps every figure of the ledger: the condition does not choose any rows yet. "
            'Keep only the rows where `annotated["sentence"].str.contains(attribution)` is True.': (
                lambda answer: len(answer) == len(everything)
            ),
        },
        success=f"`attributed_figures` holds the {len(expected)} figure{'s' if len(expected) != 1 else ''} whose "
        "sentence attributes it to someone.",
    )


def check_ledger_file(ledger_file: object) -> Feedback:
    """Typed cell: ``annotated`` saved as output/figures_ledger.csv, without the row numbers or `_merge`."""
    import pandas as pd

    from helpers import paths

    expected = _annotated_ledger()

    def content(path) -> str | None:
        if path.name != "figures_ledger.csv":
            return f"The file is called `{path.name}`; later lessons look for `figures_ledger.csv`. Use that name."
        try:
            saved = pd.read_csv(path)
        except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as error:
            return f"pandas cannot read `{path.name}` back as a table ({error}). Write it with `annotated.to_csv(...)`."
        if "_merge" in saved.columns:
            return (
                f"`{path.name}` has a `_merge` column: you saved the table before the indicator was dropped. "
                "Save `annotated`, the table without `_merge`."
            )
        if any(str(c).startswith("Unnamed") for c in saved.columns):
            return (
                f"`{path.name}` has a nameless first column: pandas' row numbers. Pass `index=False` to `to_csv`, "
                "so the file holds only the ledger's own columns."
            )
        found = expect_table(saved, expected, name=path.name, what="the annotated ledger")
        if not found.ok:
            return f"Read back, {found.message} Save `annotated` (the whole table) with `to_csv`."
        return None

    return expect_file(
        ledger_file,
        name="ledger_file",
        folder=paths.output_dir(),
        suffix=".csv",
        content=content,
        success=f"`figures_ledger.csv` is in the output folder, with the {len(expected)} figures of the annotated "
        "ledger, their notes, no `_merge` column and no row numbers.",
    )


#: Ordinal words, so that "the fifth paragraph" names paragraph 5 as well as "paragraph 5" does.
ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth"
).split()

#: Words that name each value of a column, so that a count is right only with what it counts.
SUBJECT_WORDS = {
    ("counts", "troops"): ("troops", "troop", "soldiers", "soldier", "National Guard"),
    ("counts", "date"): ("dates", "date"),
    ("counts", "people crossing"): ("people crossing", "crossings", "crossing", "crossed", "crossers"),
    ("counts", "migrants"): ("migrants", "migrant", "caravan"),
    ("counts", "duration"): ("durations", "duration"),
    ("kind", "number"): ("are numbers", "plain numbers", "kind number", "kind 'number'", 'kind "number"'),
    ("kind", "date"): ("dates", "date"),
    ("kind", "year"): ("years", "year", "decades", "decade"),
    ("attributed_to", "the article itself"): (
        "the article itself",
        "itself",
        "unattributed",
        "not attributed",
        "no source",
        "without a source",
        "unsourced",
        "own",
    ),
    ("attributed_to", "unnamed reports"): (
        "unnamed reports",
        "unnamed",
        "attributed",
        "attributes",
        "a source",
        "sourced",
        "reports",
        "reported",
    ),
}

#: "paragraph 5" names a paragraph, not a figure: its number is blanked out before the figures are read.
PARAGRAPH_NUMBER = re.compile(r"\b(paragraph\s+)(\d+)\b", re.I)
#: A number that counts figures: "7 of the article's 13 figures", "12 figures", "4 troop figures".
COUNTED = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:figures?|numbers?|rows?|entries)\b"
    r"|\s+of\s+(?:the\s+|its\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?(?:figures?|numbers?|rows?|entries)\b"
    r"|\s+of\s+(?:the\s+)?\d",
    re.I,
)
#: The whole a part is counted out of: "of the article's 13", "of all 13", "out of 13".
OUT_OF = re.compile(r"\b(?:of|in)\s+(?:the\s+|its\s+|all\s+|all\s+the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
#: Words that say a number counts all the figures (the subject of `len(annotated)`).
FIGURE_WORDS = ("figures", "figure", "numbers", "ledger", "rows", "article")
TOTAL = "the number of figures in the ledger, `len(annotated)`"


def _code_count(column: str, key: object) -> str:
    return f'(annotated["{column}"] == {key!r}).sum()'.replace("'", '"')


def _words_for(column: str, key: object) -> tuple[str, ...]:
    if column == "paragraph":
        n = int(key)
        words = [f"paragraph {n}"] + ([f"{ORDINALS[n]} paragraph"] if 0 < n < len(ORDINALS) else [])
        return tuple(words + (["headline", "title"] if n == 0 else []))
    words = SUBJECT_WORDS.get((column, key))
    if words:
        return words
    key = str(key)
    return (key, key.rstrip("s") if key.endswith("s") else key + "s")


def ledger_facts() -> list[Fact]:
    """What a finding about the figures ledger can state: counts of its rows, and each figure's value.

    Each count of a part of the ledger has a subject (``about``): the words a sentence must use to
    say what it counts ("troops", "paragraph 5", "unattributed"). The total and the figures' own values
    have none."""
    ledger = _annotated_ledger()
    facts = [
        Fact(TOTAL, len(ledger)),
        Fact(
            'the number of paragraphs with a figure, `annotated["paragraph"].nunique()`',
            ledger["paragraph"].nunique(),
            (("paragraphs",),),
        ),
        Fact(
            "the number of paragraphs, headline excluded, `len(article.paragraphs)`",
            len(load_article().paragraphs),
            (("paragraphs",),),
        ),
    ]
    for column in ("counts", "kind", "attributed_to"):
        for key, n in ledger[column].value_counts().items():
            facts.append(
                Fact(
                    f"the number of figures whose `{column}` is {key!r}, `{_code_count(column, key)}`",
                    int(n),
                    (_words_for(column, key),),
                )
            )
    for n in range(len(load_article().paragraphs) + 1):
        where = "the headline (paragraph 0)" if n == 0 else f"paragraph {n}"
        facts.append(
            Fact(
                f"the number of figures in {where}, `{_code_count('paragraph', n)}`",
                int((ledger["paragraph"] == n).sum()),
                (_words_for("paragraph", n),),
            )
        )
    for text, value in dict(zip(ledger["text"], ledger["value"])).items():
        facts.append(Fact(f"the figure {text!r} itself", float(value)))
    return facts


def ledger_evidence() -> dict[str, float]:
    """The facts of :func:`ledger_facts` as label -> value."""
    return {fact.label: fact.value for fact in ledger_facts()}


def _named(sentence: str, fact: Fact) -> bool:
    return bool(fact.about) and all(_mentions(sentence, group) for group in fact.about)


def _mention_length(sentence: str, fact: Fact) -> int:
    """How specifically a sentence names a fact's subject: the length of the longest of its words it uses."""
    return max((len(w) for group in fact.about for w in group if _mentions(sentence, (w,))), default=0)


def _parts(label: str) -> tuple[str, str]:
    """A fact's label split into what it is and the code that computes it."""
    what, _, code = label.partition(", `")
    return what, code.rstrip("`")


def _judge_finding(sentence: str, facts: list[Fact]) -> Feedback:
    """Every number of ``sentence`` must be one of ``facts``: a count with the subject the sentence names.

    A number that counts figures ("7 of the article's 13 figures", "6 figures") is a count, never a
    figure's own value. Among the counts, one whose subject the sentence names is preferred; when the
    sentence names a part of the ledger ("troops", "paragraph 5") and its number is not that part's
    count, the hint says which count to compute.
    """
    from helpers.checks.feedback import _unit

    readable = PARAGRAPH_NUMBER.sub(lambda m: m[1] + "#" * len(m[2]), sentence)
    figures = extract_figures(readable)
    figures = figures[~figures["kind"].isin(["year", "date"])]
    if figures.empty:
        return hint("Your sentence has no number yet: a finding states its number (a count, or one of the figures).")
    counts = [f for f in facts if not f.label.startswith("the figure ")]
    named_parts = sorted((f for f in counts if _named(sentence, f)), key=lambda f: -_mention_length(sentence, f))
    all_with_subject = True
    for text, value, start, end in zip(figures["text"], figures["value"], figures["start"], figures["end"]):
        value, start, end = float(value), int(start), int(end)
        tolerance = _unit(text, value) / 2
        counted = bool(COUNTED.match(readable, end))
        out_of = bool(OUT_OF.search(readable[:start]))
        pool = counts if counted else facts
        matching = [f for f in pool if abs(f.value - value) <= tolerance + 1e-9]
        if any(_named(sentence, f) for f in matching):
            continue
        clause = clause_of(readable, start)
        others = [
            s
            for s, e in zip(figures["start"], figures["end"])
            if int(s) != start and clause_of(readable, int(s)) == clause
        ]
        parts_here = [f for f in named_parts if _named(clause, f)]
        total = next((f for f in matching if f.label == TOTAL), None)
        if total is not None and (out_of or not counted or others or not parts_here):
            all_with_subject = all_with_subject and _mentions(sentence, FIGURE_WORDS)
            continue
        if any(f.label.startswith("the figure ") for f in matching) and not counted:
            all_with_subject = False  # a figure's own value: right, but no subject to name
            continue
        part = (parts_here or named_parts or [None])[0]
        if part is not None:
            what, code = _parts(part.label)
            also = ""
            if len(matching) and matching[0].about:
                other, _ = _parts(matching[0].label)
                also = f" ({text!r} is {other}: if that is what you mean, say so.)"
            return hint(
                f"I can't find {text!r} as {what}. Your sentence names that part of the ledger, so its number "
                f"must be that count: compute it with `{code}`, print it, and copy it from the output.{also}"
            )
        if matching:
            fact = matching[0]
            missing = next(group for group in fact.about if not _mentions(sentence, group))
            lead = f"{text!r} is not the number of all the figures (`len(annotated)`). " if counted else ""
            return hint(
                f"{lead}{text!r} is {_parts(fact.label)[0]}, but your sentence does not say so: it needs "
                f"{' or '.join(repr(w) for w in missing[:3])}. A count is only right with what it counts."
            )
        nearest = min(pool, key=lambda f: abs(f.value - value))
        return hint(
            f"I can't find {text!r} in the figures ledger. The nearest number there is {show(nearest.value)}: "
            f"{nearest.label}. A number in your finding is either a count of the ledger's rows (all of them, "
            "or those with a value in a column, such as `counts` or `kind`) or the value of one figure. "
            "Print it with code (`len`, `value_counts()`, a comparison and `.sum()`), and copy it from the "
            "output."
        )
    found = ", ".join(repr(t) for t in figures["text"])
    subject = ", each with the subject your sentence names" if all_with_subject else ""
    return right(
        f"Every number in your sentence ({found}) matches the figures ledger{subject}. Now compare your wording "
        "with the example answer: does it say what is counted?"
    )


def check_ledger_finding(sentence: object) -> Feedback:
    """Your turn: one sentence about the figures ledger, with a number computed from it."""
    if not isinstance(sentence, str) and not unanswered(sentence) and feedback.as_number(sentence) is not None:
        return hint(
            f"`finding` is a number, {show(sentence)}, not a sentence. Write a sentence that says what your number "
            f'counts, with the number in it, between quotes: `finding = "... {show(sentence)} ..."`.'
        )
    if isinstance(sentence, str) and feedback.as_number(sentence, from_text=True) is not None:
        return hint(
            f"`finding` is only a number, {sentence.strip()!r}, not a sentence. Write a whole sentence that says what "
            "your number counts, with the number in it."
        )
    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return kit.expect_finding(sentence, [])  # the kit's answers for no sentence yet, or not text
    return _judge_finding(sentence, ledger_facts())
