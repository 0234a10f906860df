"""Validate the hedge and evidential lexicons on WikiWeasel (CoNLL-2010, Wikipedia part).

Task: a sentence is *uncertain* when it contains at least one ``hedge`` or ``evidential``
marker; compared with the gold label (1 = uncertainty/weasel cue).  The set is split once,
deterministically, into a *dev* half (the only one whose errors were read while curating the
lexicons) and a held-out *test* half, by a hash of the sentence text.  :func:`dev_halves` splits
the dev half once more (*dev-a*, where classes are looked for, and *dev-b*, a pseudo-held-out
check), and :func:`cue_margins` gives each cue class's *marginal* precision on them: the share
of weasel sentences among those that only this class flags.  Adding a class raises F1 exactly
when that share is above F1/2, so a class whose marginal precision stays below F1/2 on both
dev halves lowers F1.  Neither function ever reads the test half.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd

from ..errors import FramingError
from ..paths import shared_path

__all__ = [
    "detokenise",
    "split_half",
    "dev_halves",
    "load_wikiweasel",
    "evaluate_hedges",
    "cue_margins",
    "dev_cue_sets",
    "cue_table",
    "error_table",
    "write_error_table",
    "HEDGE_CATEGORIES",
    "NON_EPISTEMIC_SUBCATEGORIES",
]

#: Marker categories that count as an uncertainty cue.  WikiWeasel's weasel class includes the
#: bare vague quantifier ("many historians", "some claim"), which in news is most often a plain
#: quantity and so is its own family (``quantifier``, ``analysis/lexicons/quantifiers.csv``), not
#: an evidential: the validation counts it with the hedges and evidentials, as the set's
#: annotators did.
HEDGE_CATEGORIES: tuple[str, ...] = ("hedge", "evidential", "quantifier")
#: Hedge subcategories that qualify a quantity, a frequency or a bare possibility modal rather
#: than the truth of the proposition, the evidential ``sourcing`` ("according to" + a source:
#: the source is named, the opposite of a weasel) and the evidential ``distancing`` ("Aristotle
#: claims that", "so-called": a named claimant's claim or a label kept at a distance; the
#: WikiWeasel dev sentences it alone flags are weasel at the base rate, and unnamed claimants,
#: "some claim", "critics claim", are vague attribution and still count) and the hedge
#: ``attributed_belief`` (a named person's or a third-person pronoun's "believes"/"thinks":
#: "Grant believed a worldwide slump would arise"; the belief is attributed to its holder, round
#: hedge19) -- not uncertainty cues in the CoNLL-2010 sense; see the lexicon README,
#: "Validation".  They remain markers and features.
NON_EPISTEMIC_SUBCATEGORIES: tuple[str, ...] = (
    "approximator",
    "frequency",
    "possibility",
    "sourcing",
    "distancing",
    "attributed_belief",
)

_DEV_HALVES_SALT = "dev-a/b:"
_MARGIN_KEYS = ("term", "subcategory")

_PTB = [
    (re.compile(r"-LRB-|-LSB-|-LCB-"), "("),
    (re.compile(r"-RRB-|-RSB-|-RCB-"), ")"),
    (re.compile(r"``|''"), '"'),
    (re.compile(r"\(\s+"), "("),
    (re.compile(r"\s+\)"), ")"),
    (re.compile(r"\s+([.,;:!?%])"), r"\1"),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", re.I), r"\1"),
    (re.compile(r"\s+"), " "),
]


def detokenise(text: str) -> str:
    """Undo PTB tokenisation (``-LRB-`` → ``(``, `````` ``''`` → ``"``, spaces before punctuation).

    Parameters
    ----------
    text
        A PTB-tokenised sentence.

    Returns
    -------
    str

    Examples
    --------
    >>> detokenise("It -LRB- the film -RRB- was `` great '' , he said .")
    'It (the film) was " great ", he said.'
    """
    out = str(text)
    for rx, rep in _PTB:
        out = rx.sub(rep, out)
    return out.strip()


def split_half(texts: pd.Series) -> pd.Series:
    """Deterministic 50/50 split: ``"dev"`` or ``"test"`` from the MD5 of each text.

    Examples
    --------
    >>> bool(split_half(pd.Series(["a", "b"])).isin(["dev", "test"]).all())
    True
    """
    return texts.map(
        lambda t: "dev" if hashlib.md5(str(t).encode("utf-8")).digest()[0] % 2 == 0 else "test"
    )


def dev_halves(texts: pd.Series) -> pd.Series:
    """Split dev sentences once more: ``"dev-a"`` or ``"dev-b"`` from the SHA-1 of the salted
    text (independent of :func:`split_half`, which uses the MD5 of the text).

    Examples
    --------
    >>> dev_halves(pd.Series(["d", "e", "f", "g"])).tolist()
    ['dev-b', 'dev-a', 'dev-b', 'dev-a']
    """
    return texts.map(
        lambda t: (
            "dev-a"
            if hashlib.sha1(f"{_DEV_HALVES_SALT}{t}".encode()).digest()[0] % 2 == 0
            else "dev-b"
        )
    )


def load_wikiweasel(path: str | Path | None = None) -> pd.DataFrame:
    """Read WikiWeasel ``train.csv`` → columns ``text`` (detokenised), ``raw``, ``label``,
    ``split``.

    Raises
    ------
    FramingError
        The file is absent (the shared data is never committed).
    """
    p = (
        Path(path)
        if path is not None
        else shared_path("validation", "hedges-wikiweasel", "train.csv")
    )
    if p is None or not Path(p).is_file():
        raise FramingError(
            "WikiWeasel train.csv not found: pass path= or provide "
            "../shared/validation/hedges-wikiweasel."
        )
    df = pd.read_csv(p)
    raw = df["text"].astype(str).str.strip()
    return pd.DataFrame(
        {
            "text": raw.map(detokenise),
            "raw": raw,
            "label": df["label"].astype(int),
            "split": split_half(raw),
        }
    )


def _prf(pred: pd.Series, gold: pd.Series) -> dict[str, float]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "n": int(len(gold))}


def evaluate_hedges(
    path: str | Path | None = None,
    *,
    lexicons=None,
    categories: tuple[str, ...] = HEDGE_CATEGORIES,
    exclude_subcategories: tuple[str, ...] = NON_EPISTEMIC_SUBCATEGORIES,
) -> dict:
    """Sentence-level precision/recall/F1 of "contains a hedge or evidential" on WikiWeasel.

    Parameters
    ----------
    path
        ``train.csv`` of WikiWeasel; ``None``: ``../shared/validation/hedges-wikiweasel``.
    lexicons
        Passed to :func:`analysis.detect.markers.find_markers` (``None``: core lexicons, no topic
        pack).
    categories
        Marker categories counted as an uncertainty cue.
    exclude_subcategories
        Subcategories not counted (default: approximators, frequency adverbs, the bare
        possibility modals may/could/possible, "according to" + a named source and the
        distancing verbs and labels, "X claimed that", "so-called", and a named person's
        belief, "X believed that");
        ``()`` counts every hedge and evidential.

    Returns
    -------
    dict
        ``dev``, ``test`` and ``all``: each a dict of precision, recall, f1, tp, fp, fn, n;
        ``predictions``: DataFrame (text, label, split, pred, cues, and the ``classes`` counted
        and the ``uncounted`` ones, each ``category:subcategory``); ``all_subcategories``:
        the dev/test scores when every hedge subcategory counts.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> res = (evaluate_hedges() if shared_path("validation", "hedges-wikiweasel")
    ...        else {"test": {"f1": 0.7}})
    >>> res["test"]["f1"] > 0.58
    True
    """
    from ..detect.markers import find_markers, load_lexicons

    lex = lexicons if lexicons is not None else load_lexicons(packs=())
    df = load_wikiweasel(path)
    cats, excl = set(categories), set(exclude_subcategories)
    found = [
        [m for m in find_markers(t, lexicons=lex, quotes=()) if m.category in cats]
        for t in df["text"]
    ]
    cues = [[m.text for m in ms if m.subcategory not in excl] for ms in found]
    classes = [
        (
            sorted({f"{m.category}:{m.subcategory}" for m in ms if m.subcategory not in excl}),
            sorted({f"{m.category}:{m.subcategory}" for m in ms if m.subcategory in excl}),
        )
        for ms in found
    ]
    df = df.assign(
        cues=cues,
        pred=[bool(c) for c in cues],
        pred_any=[bool(ms) for ms in found],
        classes=[c for c, _ in classes],
        uncounted=[u for _, u in classes],
    )
    gold = df["label"].astype(bool)
    out: dict = {"all_subcategories": {}}
    for name, mask in (
        ("dev", df["split"] == "dev"),
        ("test", df["split"] == "test"),
        ("all", df["split"].notna()),
    ):
        out[name] = _prf(df.loc[mask, "pred"], gold[mask])
        out["all_subcategories"][name] = _prf(df.loc[mask, "pred_any"], gold[mask])
    out["predictions"] = df[["text", "label", "split", "pred", "cues", "classes", "uncounted"]]
    return out


def dev_cue_sets(
    path: str | Path | None = None,
    *,
    lexicons=None,
    by: str = "term",
    categories: tuple[str, ...] = HEDGE_CATEGORIES,
    exclude_subcategories: tuple[str, ...] = NON_EPISTEMIC_SUBCATEGORIES,
) -> pd.DataFrame:
    """The counted cue classes of every dev sentence (never a test sentence).

    Parameters
    ----------
    path, lexicons, categories, exclude_subcategories
        As for :func:`evaluate_hedges`.
    by
        ``"term"`` (the lexicon entry; a regex row's ``form``) or ``"subcategory"``; keys are
        written ``category:term`` / ``category:subcategory``.

    Returns
    -------
    DataFrame
        One row per dev sentence: ``text``, ``label`` (0/1), ``half`` (``dev-a``/``dev-b``,
        :func:`dev_halves`) and ``keys`` (frozenset of the counted cue classes; empty: the
        sentence is not flagged).

    Raises
    ------
    ValueError
        ``by`` is neither ``"term"`` nor ``"subcategory"``.
    """
    if by not in _MARGIN_KEYS:
        raise ValueError(f"by must be one of {_MARGIN_KEYS}, not {by!r}")
    from ..detect.markers import find_markers, load_lexicons

    lex = lexicons if lexicons is not None else load_lexicons(packs=())
    df = load_wikiweasel(path)
    df = df[df["split"] == "dev"]
    cats, excl = set(categories), set(exclude_subcategories)
    keys = [
        frozenset(
            f"{m.category}:{getattr(m, by)}"
            for m in find_markers(text, lexicons=lex, quotes=())
            if m.category in cats and m.subcategory not in excl
        )
        for text in df["text"]
    ]
    return pd.DataFrame(
        {
            "text": df["text"].to_numpy(),
            "label": df["label"].astype(int).to_numpy(),
            "half": dev_halves(df["raw"]).to_numpy(),
            "keys": keys,
        }
    )


def cue_table(cues: pd.DataFrame) -> pd.DataFrame:
    """Precision and marginal precision of each cue class per dev half, from :func:`dev_cue_sets`.

    Parameters
    ----------
    cues
        Columns ``label``, ``half`` and ``keys`` (a set of cue classes per sentence).

    Returns
    -------
    DataFrame
        As :func:`cue_margins`.

    Examples
    --------
    >>> cues = pd.DataFrame({"label": [1, 0, 1], "half": ["dev-a"] * 3,
    ...                      "keys": [{"q:many"}, {"q:many", "h:may"}, set()]})
    >>> cue_table(cues)[["key", "n", "precision", "n_only"]].values.tolist()
    [['h:may', 1, 0.0, 0], ['q:many', 2, 0.5, 1]]
    """
    rows = [
        (k, half, int(label), len(keys) == 1)
        for label, half, keys in zip(cues["label"], cues["half"], cues["keys"], strict=True)
        for k in keys
    ]
    hits = pd.DataFrame(rows, columns=["key", "half", "label", "only"])
    only = hits[hits["only"]]
    out = pd.concat(
        [
            hits.groupby(["key", "half"])["label"].agg(n="size", precision="mean"),
            only.groupby(["key", "half"])["label"].agg(n_only="size", precision_only="mean"),
        ],
        axis=1,
    ).reset_index()
    out["n_only"] = out["n_only"].fillna(0).astype(int)
    return out.sort_values(["key", "half"], ignore_index=True)


def cue_margins(
    path: str | Path | None = None,
    *,
    lexicons=None,
    by: str = "term",
    categories: tuple[str, ...] = HEDGE_CATEGORIES,
    exclude_subcategories: tuple[str, ...] = NON_EPISTEMIC_SUBCATEGORIES,
) -> pd.DataFrame:
    """Precision and marginal precision of each cue class on the two dev halves (never the test
    half: only dev sentences are analysed).

    Parameters
    ----------
    path, lexicons, categories, exclude_subcategories
        As for :func:`evaluate_hedges`.
    by
        ``"term"`` (the lexicon entry; a regex row's ``form``) or ``"subcategory"``; keys are
        written ``category:term`` / ``category:subcategory``.

    Returns
    -------
    DataFrame
        One row per key and dev half (``dev-a``, ``dev-b``): ``n`` (sentences with a counted cue
        of the class), ``precision`` (share of them that are weasel sentences), ``n_only``
        (sentences whose counted cues all belong to the class) and ``precision_only`` (the
        marginal precision: removing the class removes exactly these sentences).

    Raises
    ------
    ValueError
        ``by`` is neither ``"term"`` nor ``"subcategory"``.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> if shared_path("validation", "hedges-wikiweasel"):
    ...     m = cue_margins(by="subcategory")
    ...     print(sorted(m["half"].unique()))
    ... else:
    ...     print(["dev-a", "dev-b"])
    ['dev-a', 'dev-b']
    """
    return cue_table(
        dev_cue_sets(
            path,
            lexicons=lexicons,
            by=by,
            categories=categories,
            exclude_subcategories=exclude_subcategories,
        )
    )


def error_table(predictions: pd.DataFrame, split: str = "dev") -> pd.DataFrame:
    """The errors of one split by class: each false positive under every counted cue class of
    the sentence (``n_only``: the sentences where it is the only one, which removing the class
    would fix), each false negative under the uncounted classes it has (``uncounted
    hedge:possibility`` …) or ``no marker``.

    Parameters
    ----------
    predictions
        ``predictions`` of :func:`evaluate_hedges` (columns ``label``, ``split``, ``pred``,
        ``classes``, ``uncounted``).
    split
        The split whose errors are tabled; only ``"dev"`` is ever read while curating.

    Returns
    -------
    DataFrame
        ``split``, ``kind`` (``FP``/``FN``), ``cause``, ``n`` (sentences), ``n_only``; most
        frequent first.

    Examples
    --------
    >>> p = pd.DataFrame({"label": [0, 0, 1, 1], "split": ["dev"] * 4,
    ...                   "pred": [True, True, False, False],
    ...                   "classes": [["hedge:likely"], ["hedge:likely", "quantifier:vague"],
    ...                               [], []],
    ...                   "uncounted": [[], [], ["hedge:possibility"], []]})
    >>> error_table(p)[["kind", "cause", "n", "n_only"]].values.tolist()
    [['FP', 'hedge:likely', 2, 1], ['FN', 'no marker', 1, 1], \
['FN', 'uncounted hedge:possibility', 1, 1], ['FP', 'quantifier:vague', 1, 0]]
    """
    df = predictions[predictions["split"] == split]
    gold = df["label"].astype(bool)
    rows = []
    for (kind, mask), key in (
        (("FP", df["pred"] & ~gold), "classes"),
        (("FN", ~df["pred"] & gold), "uncounted"),
    ):
        for causes in df.loc[mask, key]:
            causes = list(causes) if kind == "FP" else [f"uncounted {c}" for c in causes]
            causes = causes or ["no marker"]
            rows += [(kind, c, len(causes) == 1) for c in causes]
    cols = ["split", "kind", "cause", "n", "n_only"]
    if not rows:
        return pd.DataFrame(columns=cols)
    out = (
        pd.DataFrame(rows, columns=["kind", "cause", "only"])
        .groupby(["kind", "cause"])["only"]
        .agg(n="size", n_only="sum")
        .reset_index()
        .assign(split=split)
    )
    out["n_only"] = out["n_only"].astype(int)
    return out.sort_values(
        ["n", "kind", "cause"], ascending=[False, True, True], ignore_index=True
    )[cols]


def write_error_table(res: dict, folder: str | Path | None = None) -> Path:
    """Write the dev half's error table (:func:`error_table`) to ``errors/hedges.csv`` under the
    score folder (default: the package's ``measured/``); the test half's errors are never
    tabled.

    Parameters
    ----------
    res
        The result of :func:`evaluate_hedges`.
    folder
        The score folder (its ``errors`` subfolder is created).

    Returns
    -------
    Path
        The file written.
    """
    from .scores import scores_folder

    out = Path(folder) if folder is not None else scores_folder()
    (out / "errors").mkdir(parents=True, exist_ok=True)
    path = out / "errors" / "hedges.csv"
    error_table(res["predictions"], "dev").assign(gold_set="hedges-wikiweasel")[
        ["gold_set", "split", "kind", "cause", "n", "n_only"]
    ].to_csv(path, index=False)
    return path
