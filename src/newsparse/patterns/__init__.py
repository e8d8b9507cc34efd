"""Pattern tables: data only, keyed by language.

Each language module (``en.py``, ``zh.py``) builds one :class:`Lexicon`. Code never
hard-codes a phrase: it asks :func:`merged` for the union of the tables and compiles
alternations through :func:`alt`, which refuses an empty group (an empty alternation
would match everything).

To add a language: write ``patterns/<xx>.py`` with a ``LEXICON``, register it in
``LEXICONS`` below, and add a fixture page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from enum import Enum
from functools import cache

try:
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _parser  # type: ignore[no-redef]


class FieldName(str, Enum):
    """Meta-line labels a lexicon knows; ``IGNORE`` labels are recognised and dropped."""

    PUBLISHED = "published"
    UPDATED = "updated"
    AUTHOR = "author"
    SOURCE = "source"
    EDITOR = "editor"
    COUNTER = "counter"  # views, clicks, comments
    NOT_DATE = "not_date"  # archived / edited / valid-until stamps: never a publication date
    WRITTEN = "written"  # a document's drafting/issue date (成文日期): published only if no label says so
    IGNORE = "ignore"  # index numbers, categories, tags: meta, but no field of ours


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the parser knows. All strings are regex fragments.

    Every table but ``language`` may be left empty: a small lexicon (month names and a few
    labels) is enough to read the dates and meta lines of a new language.
    """

    language: str
    #: labels that introduce a breadcrumb ("Current location", "当前位置")
    breadcrumb_labels: tuple[str, ...] = ()
    #: crumbs that name the home page; kept in the breadcrumb, used to recognise one
    home_crumbs: tuple[str, ...] = ()
    #: last crumbs that are placeholders for "this article"
    crumb_placeholders: tuple[str, ...] = ()
    #: meta-line labels, by field (a label is followed by a colon, or by nothing for CJK)
    field_labels: dict[FieldName, tuple[str, ...]] = field(default_factory=dict)
    #: labels that need no colon (bylines such as "By", "文/", "记者")
    bare_labels: dict[FieldName, tuple[str, ...]] = field(default_factory=dict)
    #: whole-line chrome: menus, widgets, login bars, share/print, counters
    chrome_lines: tuple[str, ...] = ()
    #: widgets that also appear *inside* a meta line (cut out before reading fields)
    inline_widgets: tuple[str, ...] = ()
    #: footer markers: a line holding one is footer chrome (copyright, ICP ...)
    footer_markers: tuple[str, ...] = ()
    #: lines that open the trailing zone (related links, previous/next, comments)
    tail_markers: tuple[str, ...] = ()
    #: of those, the headings of a recommendation feed, which sits under the article and never
    #: inside it as a related box may ("你可能还想看", "大家都在看")
    feed_headings: tuple[str, ...] = ()
    #: a section heading's own widgets on a line of their own (an encyclopaedia's "播报" /
    #: "编辑" under every heading): part of the article's layout, neither text nor chrome
    section_widgets: tuple[str, ...] = ()
    #: the heading of a table of contents, a whole line ("目录"): on a page with no prose
    #: (a journal issue's contents), the list under it is the page's text
    contents_headings: tuple[str, ...] = ()
    #: credit lines after the body ("(完)", "(责编：…)")
    end_marks: tuple[str, ...] = ()
    #: values that are no value at all ("admin", "未知", "佚名")
    placeholder_values: tuple[str, ...] = ()
    #: the site speaking of itself as source ("本站", "本网")
    self_references: tuple[str, ...] = ()
    #: words that mark a date as "not the publication date" when they precede it
    not_pub_date_context: tuple[str, ...] = ()
    #: month names -> month number (lower case)
    months: dict[str, int] = field(default_factory=dict)
    #: role words that precede a name in a credit ("Reporter", "记者")
    person_roles: tuple[str, ...] = ()
    #: bylines whose role word follows the name ("홍길동 기자"): regexes with a group ``name``
    trailing_role_bylines: tuple[str, ...] = ()
    #: weekday names, which may sit between a date and its time ("2024年5月22日週三上午8:21")
    weekdays: tuple[str, ...] = ()
    #: words between a date and its time ("at", "um", "à")
    time_connectors: tuple[str, ...] = ()
    #: words between day, month and year ("27 de marzo de 2020", "the 5th of May")
    date_fillers: tuple[str, ...] = ()
    #: markers of morning / afternoon times, written before or after the time ("下午2:05", "2:05 pm")
    am_markers: tuple[str, ...] = ()
    pm_markers: tuple[str, ...] = ()
    #: what follows an outlet's name when it speaks as a platform account ("经济日报官方账号")
    account_suffixes: tuple[str, ...] = ()
    #: how the name of a news outlet ends ("法新社", "中国新闻网", "香港電台-財經"): an outlet, not a person
    outlet_endings: tuple[str, ...] = ()
    #: a site's column or section named alone on a line ("国内新闻", "工作动态"): no outlet, no source
    column_names: tuple[str, ...] = ()


#: a regex fragment that never matches: stands in for a table that no chosen lexicon fills
NEVER = r"(?!)"


def alt(tokens: Iterable[str]) -> str:
    """Join regex fragments into a non-capturing alternation, longest first.

    >>> alt(["a", "abc"])
    '(?:abc|a)'
    """
    items = sorted({t for t in tokens if t}, key=len, reverse=True)
    if not items:
        raise ValueError("empty alternation: it would match everything")
    return "(?:" + "|".join(items) + ")"


def alt_words(words: Iterable[str]) -> str:
    """An alternation of literal words, case-insensitive, factored by first letter:
    ``alt(re.escape(w) for w in words)`` with the same matches (same preference order among
    words sharing a first letter, and words with different first letters never compete).

    sre has no fast skip for case-insensitive literals: in a flat alternation of 300 month
    names it sets up every name at every word start; factored, it tests ~30 first letters.

    >>> alt_words(["May", "March", "June", "Jan"])
    '(?:M(?:arch|ay)|J(?:une|an))'
    >>> bool(re.fullmatch(alt_words(["may", "march"]), "MARCH", re.IGNORECASE))
    True
    """
    # longest first, as alt() orders them (ties in a fixed order: equal-length literals
    # that both match are the same text)
    items = sorted({w for w in words if w}, key=lambda w: (-len(re.escape(w)), w))
    if not items:
        raise ValueError("empty alternation: it would match everything")
    groups: dict[str, list[str]] = {}
    for word in items:
        groups.setdefault(word[0].lower(), []).append(word)
    firsts = list(groups)
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in firsts for b in firsts if a != b):
        return alt(re.escape(w) for w in items)  # letters that match each other: keep one flat list
    parts = []
    for group in groups.values():
        rests = "|".join(re.escape(w[1:]) for w in group)
        parts.append(re.escape(group[0][0]) + "(?:" + rests + ")")
    return "(?:" + "|".join(parts) + ")"


def factored(fragments: Iterable[str]) -> str:
    r"""An alternation of regex fragments for a *does it match* test, branches grouped by
    their first literal character (two levels deep): ``(?:c(?:opyright|ookies)|…)``.

    sre tries the branches of a flat alternation one by one at every position it visits;
    grouped, it tests each first character once. The same texts match, but which branch
    wins where several match may differ (branches that start otherwise come last): use it
    only where the match itself is not read. Fragments are compiled without IGNORECASE.

    >>> factored(["copyright", "cookies", "credits", r"\d+ views", "©"])
    '(?:c(?:o(?:pyright|okies)|redits)|©|\\d+ views)'
    """
    return _factored(sorted({t for t in fragments if t}, key=lambda t: (-len(t), t)), 2)


def _factored(items: list[str], depth: int) -> str:
    if not items:
        raise ValueError("empty alternation: it would match everything")
    groups: dict[str, tuple[str, list[str]]] = {}
    others: list[str] = []
    for fragment in items:
        head = _literal_head(fragment) if depth else None
        if head is None:
            others.append(fragment)
        else:
            source, char = head
            groups.setdefault(char, (source, []))[1].append(fragment[len(source) :])
    parts = []
    for source, rests in groups.values():
        if len(rests) == 1:
            parts.append(source + rests[0])
        elif "" in rests:  # a one-character fragment: the group's rests include nothing
            parts.append(source + "(?:" + "|".join(rests) + ")")
        else:
            parts.append(source + _factored(rests, depth - 1))
    return "(?:" + "|".join(parts + others) + ")"


_SPECIAL = frozenset(".^$*+?{}[]|()\\")


def _literal_head(fragment: str) -> tuple[str, str] | None:
    """(source, character) of the literal that starts every match of ``fragment``, if its
    source starts with one that no quantifier follows and it has no top-level ``|``."""
    if fragment[:1] == "\\" and len(fragment) > 1 and not fragment[1].isalnum():
        source = fragment[:2]
    elif fragment[:1] and fragment[0] not in _SPECIAL:
        source = fragment[0]
    else:
        return None
    if fragment[len(source) : len(source) + 1] in ("*", "+", "?", "{") or _has_top_level_bar(fragment):
        return None
    return source, source[-1]


def _has_top_level_bar(fragment: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if fragment[i + 1 : i + 2] == "^":
                i += 1
            if fragment[i + 1 : i + 2] == "]":
                i += 1  # a ']' first in a class is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def floating(fragments: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    r"""Split a table into fragments that start with something definite and *floating*
    ones (``.*二维码.*``, ``(?:\S+\s+){0,8}use\s+cookies``), each with a literal every
    match of it holds ("" if none). A floating fragment is tried at every split of the
    line; guarded by its literal (``"cookies" in text``), most lines skip it.

    >>> floating(["share\\s+this", "[【]?font", ".*qr\\s+code.*", r"(?:\S+\s+){0,8}uses\s+cookies\b.*"])
    (['share\\s+this', '[【]?font'], [('.*qr\\s+code.*', 'code'), ('(?:\\S+\\s+){0,8}uses\\s+cookies\\b.*', 'cookies')])
    """
    plain, guarded = [], []
    for fragment in dict.fromkeys(fragments):
        items = list(_parser.parse(fragment))
        if items and items[0][0] in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and _wide_repeat(items[0][1]):
            guarded.append((fragment, _longest_literal(items)))
        else:
            plain.append(fragment)
    return plain, guarded


def _wide_repeat(repeat: tuple[int, int, object]) -> bool:
    """A repeat (more than once) of something that matches most characters: ``.``, ``\\S``, ``[^…]``."""
    _, high, body = repeat
    return high > 1 and _matches_most(body)


_MOST = ("ANY", "NEGATE", "CATEGORY_NOT_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD")


def _matches_most(node: object) -> bool:
    if isinstance(node, (list, tuple, _parser.SubPattern)):
        return any(_matches_most(x) for x in node)
    return str(node) in _MOST


def _longest_literal(items: list[tuple[object, object]]) -> str:
    """The longest run of literals at the top level of a parsed pattern: every match holds it."""
    best, run = "", ""
    for op, av in items:
        run = run + chr(av) if op == _parser.LITERAL else ""  # type: ignore[call-overload]
        best = max(best, run, key=len)
    return best


@dataclass(frozen=True)
class AnyOf:
    """Does any of many regex fragments occur in a text? One alternation, split so that sre
    scans fast: sre skips ahead to a possible first character only when *every* branch
    starts with a literal, so one branch such as ``[a-z]\\s*-\\d{8}`` made it try the whole
    table at every letter. Branches that start otherwise are searched on their own, and
    only when the text holds a literal of each set that every match of theirs holds
    (:func:`needed_literals`).

    >>> footer = AnyOf.of(["copyright", "all rights reserved", r"[a-z]\\s*-\\d{8}", r"(?:tel|fax)\\s*[:：]\\s*\\d+"])
    >>> footer.search("tel a-01234567"), footer.search("(c) copyright"), footer.search("a-b")
    (True, True, False)
    >>> footer.search("tel：0551"), footer.others[1][0]
    (True, (('fax', 'tel'), (':', '：')))
    """

    literal_first: re.Pattern[str] | None
    others: tuple[tuple[tuple[tuple[str, ...], ...], re.Pattern[str]], ...]
    #: a literal of some branch of ``others`` must occur for any of them to match (None: no such gate)
    others_gate: re.Pattern[str] | None = None

    @classmethod
    def of(cls, fragments: Iterable[str], flags: int = 0) -> AnyOf:
        heads, others = [], []
        for fragment in dict.fromkeys(fragments):
            if _starts_with_literal(fragment, flags):
                heads.append(fragment)
            else:
                others.append((needed_literals(fragment, flags), re.compile(fragment, flags)))
        gate = None
        if others and all(needed for needed, _ in others):  # one scan for the strongest literal of each
            gate = re.compile(factored(re.escape(lit) for needed, _ in others for lit in needed[0]))
        if not heads:
            return cls(None, tuple(others), gate)
        # a plain search: which branch matched is never read (see factored)
        table = factored(heads) if not flags & re.IGNORECASE else alt(heads)
        return cls(re.compile(table, flags), tuple(others), gate)

    def search(self, text: str) -> bool:
        if self.literal_first is not None and self.literal_first.search(text):
            return True
        if self.others_gate is not None and not self.others_gate.search(text):
            return False
        for needed, pattern in self.others:  # a loop: nested generators cost more than the tests
            if not all_present(needed, text):
                continue
            if pattern.search(text):
                return True
        return False


def all_present(needed: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Does ``text`` hold a literal of each set (see :func:`needed_literals`)?"""
    for literals in needed:
        for literal in literals:
            if literal in text:
                break
        else:
            return False
    return True


def _starts_with_literal(fragment: str, flags: int) -> bool:
    """Does every match of ``fragment`` start with one literal character (case-sensitive)?"""
    items = list(_parser.parse(fragment, flags))
    return bool(items) and items[0][0] == _parser.LITERAL and not flags & re.IGNORECASE


def _class_chars(items: list[tuple[object, object]], literal: object) -> str:
    """The characters of a class made of at most four literals (``[:：]``), else ""."""
    if len(items) > MAX_NEEDED_CHARS or any(op != literal for op, _ in items):
        return ""
    return "".join(chr(av) for _, av in items)  # type: ignore[call-overload]


#: a class of more characters than this is no cheap precondition (each is one ``in`` test)
MAX_NEEDED_CHARS = 4


def compile_alt(tokens: Iterable[str], *, template: str = "{}", flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile ``template`` with ``{}`` replaced by the alternation of ``tokens``."""
    return re.compile(template.replace("{}", alt(tokens)), flags)


#: the tables that map a field to its labels (merged per field, not as one tuple)
_LABEL_MAPS = ("field_labels", "bare_labels")


def _load() -> dict[str, Lexicon]:
    from . import ca, cs, da, de, en, es, fi, fr, hi, hu, indonesian, it, ja, ko, nl, no, pl, pt, ru, sv, tr, zh

    modules = (en, zh, de, fr, es, it, pt, nl, pl, ru, ca, sv, da, no, fi, cs, hu, tr, indonesian, ja, ko, hi)
    return {m.LEXICON.language: m.LEXICON for m in modules}


LEXICONS: dict[str, Lexicon] = _load()
#: every registered language: the default, since dumps mix languages and meta lines stay untranslated
ALL_LANGUAGES: tuple[str, ...] = tuple(LEXICONS)


@cache
def merged(languages: tuple[str, ...] = ALL_LANGUAGES) -> Lexicon:
    """One lexicon holding the union of the given languages' tables.

    Dumps mix languages (English pages of Chinese sites, untranslated meta lines), so the
    classifier reads every table at once; the union is built once and cached. A table that
    none of the languages fills holds :data:`NEVER`, so that patterns built from it match nothing.
    """
    lexes = [LEXICONS[code] for code in languages]

    def union(name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for lx in lexes for t in getattr(lx, name))) or (NEVER,)

    def union_map(name: str) -> dict[FieldName, tuple[str, ...]]:
        out: dict[FieldName, tuple[str, ...]] = {}
        for lx in lexes:
            for key, vals in getattr(lx, name).items():
                out[key] = tuple(dict.fromkeys(out.get(key, ()) + tuple(vals)))
        return out

    months: dict[str, int] = {}
    for lx in lexes:
        months.update(lx.months)
    tables: dict[str, object] = {"language": "+".join(languages), "months": months}
    for f in fields(Lexicon):
        if f.name not in tables:
            tables[f.name] = union_map(f.name) if f.name in _LABEL_MAPS else union(f.name)
    return Lexicon(**tables)  # type: ignore[arg-type]


# -- what every match of a fragment must hold: cheap pre-filters derived from the tables --

#: a literal set is a useful precondition only if it has at most this many members
MAX_NEEDED_LITERALS = 24
#: characters whose lowering depends on their neighbours (Greek sigma): a literal holding one
#: could be found in a slice's lowering and not in the whole line's
_CONTEXT_LOWERING = frozenset("σςΣ")


def needed_literals(fragment: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    r"""Sets of literals such that every match of ``fragment`` holds one literal of each set,
    strongest first (a run of literals, the branches of a group, a small class of literals at
    the top level of the pattern); () if none is certain. Case-sensitive: () for an
    ``IGNORECASE`` pattern. A line that lacks every literal of one set cannot match.

    >>> needed_literals(r"(?:presented|sponsored)\s+by\b")
    (('presented', 'sponsored'), ('by',))
    >>> needed_literals(r"[a-z]\s*\d?-\d{8}"), needed_literals(r"\d+ views"), needed_literals(r"\w+")
    ((('-',),), ((' views',),), ())
    """
    try:
        parsed = _parser.parse(fragment, flags)
    except (re.error, TypeError, ValueError):
        return ()
    if flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE:
        return ()
    options = [o for o in _needed_options(parsed) if not any(ch in _CONTEXT_LOWERING for lit in o for ch in lit)]
    return _strongest(options)


#: at most this many literal sets are tested before a pattern runs
MAX_NEEDED_SETS = 3
#: the non-ASCII letters that ``re.IGNORECASE`` lets match an ASCII letter (see the re docs)
_FOLDS_TO_ASCII = frozenset("İıſ\u212a")  # the last is the Kelvin sign, which folds to "k"


def ascii_needed_literals(fragment: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    r""":func:`needed_literals` of a pattern compiled with ``flags`` (``re.IGNORECASE`` too),
    for ASCII text only: lower-case literals that ``text.lower()`` holds one of each set of,
    if ``text`` is ASCII and matches. A literal with a non-ASCII character cannot occur in
    ASCII text and is left out of its set (an empty set: no ASCII text matches).

    >>> ascii_needed_literals(r"(?:Print|打印)\s+(?:this|it)", re.IGNORECASE)
    (('print',), ('it', 'this'))
    >>> ascii_needed_literals(r"打印", re.IGNORECASE)
    ((),)
    """
    return _read_literal_sets(fragment, flags, _for_ascii)


def caseless_needed_literals(fragment: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    r""":func:`ascii_needed_literals` for text of any script: lower-case literals that
    ``text.lower()`` holds one of each set of, if ``text`` matches (``re.IGNORECASE`` too) and
    holds none of :data:`FOLD_SPOILERS`. Only sets whose literals are made of ASCII and caseless
    characters (ideographs, CJK punctuation: :func:`_caseless`) are kept: a cased non-ASCII
    letter may match other letters.

    >>> caseless_needed_literals(r"(?:Print|打印)\s+(?:this|it)", re.IGNORECASE)
    (('print', '打印'), ('it', 'this'))
    >>> caseless_needed_literals(r"Größe", re.IGNORECASE)
    ()
    """
    return _read_literal_sets(fragment, flags, _for_caseless)


def _read_literal_sets(fragment: str, flags: int, only: _LiteralFilter) -> tuple[tuple[str, ...], ...]:
    """The strongest literal sets of ``fragment`` as ``only`` reads them; the pattern is parsed
    without ``re.IGNORECASE``, which ``only`` accounts for (it lowers the literals)."""
    try:
        parsed = _parser.parse(fragment, flags & ~re.IGNORECASE)
    except (re.error, TypeError, ValueError):
        return ()
    return _strongest(_needed_options(parsed, only))


def _strongest(options: list[frozenset[str]]) -> tuple[tuple[str, ...], ...]:
    """At most :data:`MAX_NEEDED_SETS` literal sets, the strongest first, each sorted."""
    return tuple(tuple(sorted(o)) for o in sorted(options, key=_literal_set_strength, reverse=True))[:MAX_NEEDED_SETS]


#: text characters that ``re.IGNORECASE`` matches to an ASCII letter although their ``lower()``
#: is no ASCII letter (``İ`` lowers to two characters): a line holding one skips the
#: :func:`caseless_needed_literals` test
FOLD_SPOILERS = frozenset("İıſ")


def _caseless(ch: str) -> bool:
    """A non-ASCII character that ``re.IGNORECASE`` matches to itself alone (an ideograph, "：",
    "【"): it has no case, and no other character lowers to it (checked over all of Unicode in
    the tests)."""
    return ch.lower() == ch == ch.upper() and not ch.islower() and not ch.isupper()


def _for_caseless(literals: frozenset[str]) -> frozenset[str] | None:
    """The lowered literals of a set; None if one holds a cased non-ASCII character."""
    if all(ch.isascii() or _caseless(ch) for lit in literals for ch in lit):
        return frozenset(lit.lower() for lit in literals)
    return None


def may_match(needed: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Can a pattern whose :func:`caseless_needed_literals` are ``needed`` match a text whose
    lowering is ``lowered``? False only if it holds no spoiler and lacks a set's every literal."""
    return may_match_any((needed,), lowered)


def may_match_any(needed_each: tuple[tuple[tuple[str, ...], ...], ...], lowered: str) -> bool:
    """:func:`may_match` for an alternation, given the needed literals of each of its fragments:
    a match of the alternation is a match of one fragment."""
    for ch in FOLD_SPOILERS:
        if ch in lowered:
            return True
    return any(all_present(needed, lowered) for needed in needed_each)


#: how :func:`ascii_needed_literals` and :func:`caseless_needed_literals` read a literal set
#: (lowered; None: no use)
_LiteralFilter = Callable[[frozenset[str]], "frozenset[str] | None"]


def _needed_options(items: object, only: _LiteralFilter | None = None) -> list[frozenset[str]]:
    """Every literal set found at the top level of a parsed sequence (see :func:`needed_literals`);
    with ``only``, each set as it reads it (:func:`_for_ascii`, :func:`_for_caseless`)."""
    options: list[frozenset[str] | None] = []
    run = ""
    for op, av in items:  # type: ignore[attr-defined]
        if op == _parser.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset((run,)))
            run = ""
        options.append(_needed_item(op, av, only))
    if run:
        options.append(frozenset((run,)))
    if only is not None:
        options = [only(o) for o in options if o is not None]
    return [o for o in options if o is not None and "" not in o and len(o) <= MAX_NEEDED_LITERALS]


def _for_ascii(literals: frozenset[str]) -> frozenset[str] | None:
    """The lowered ASCII literals of a set; None if one may match ASCII by case folding ("ſ")."""
    if any(ch in _FOLDS_TO_ASCII for lit in literals for ch in lit):
        return None
    return frozenset(lit.lower() for lit in literals if lit.isascii())


def _needed(items: object, only: _LiteralFilter | None = None) -> frozenset[str] | None:
    """The strongest literal set of a parsed sequence, or None."""
    options = _needed_options(items, only)
    return max(options, key=_literal_set_strength) if options else None


def _needed_item(op: object, av: object, only: _LiteralFilter | None = None) -> frozenset[str] | None:
    if op == _parser.SUBPATTERN:
        _, add_flags, del_flags, sub = av  # type: ignore[misc]
        return None if add_flags or del_flags else _needed(sub, only)
    if op == _parser.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _needed(branch, only)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, _, body = av  # type: ignore[misc]
        return _needed(body, only) if low >= 1 else None
    if op == _parser.IN:
        chars = _class_chars(av, _parser.LITERAL)  # type: ignore[arg-type]
        return frozenset(chars) if chars else None
    return None


def _literal_set_strength(literals: frozenset[str]) -> tuple[int, int]:
    """Rarer first: the shortest member's length (a non-ASCII character counts two), then fewer
    members; an empty set (nothing can match) first of all."""
    if not literals:
        return 1 << 30, 0
    return min(sum(1 if ch.isascii() else 2 for ch in lit) for lit in literals), -len(literals)


def first_chars(fragment: str, flags: int = 0) -> frozenset[str] | None:
    r"""The characters a match of ``fragment`` can start with, or None if that is not a small
    known set (a category such as ``\w``, a negated class, a fragment that may match nothing).
    :data:`DIGIT` in the set stands for every decimal digit.

    >>> sorted(first_chars(r"(?:log\s*in|sign\s*up)|[【\[]?打印"))
    ['[', 'l', 's', '【', '打']
    >>> sorted(first_chars(r"\d* ?views")), first_chars(r"\w+ views"), first_chars(r"(?:ab)?")
    ([' ', '\\d', 'v'], None, None)
    """
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(fragment, flags)
    except (re.error, TypeError, ValueError):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    chars, nullable = _first(parsed)
    return None if chars is None or nullable else frozenset(chars)


#: stands for "any character ``\\d`` matches" (``str.isdecimal``) in a set of :func:`first_chars`
DIGIT = "\\d"
#: what ``\s`` matches in a str pattern
_SPACES = frozenset(chr(cp) for cp in range(0x3000 + 1) if chr(cp).isspace())


def _first(items: object) -> tuple[set[str] | None, bool]:
    """(first characters, may match the empty string) of a parsed sequence."""
    out: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op == _parser.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op == _parser.AT:
        return set(), True  # an anchor or \b only narrows where a match starts
    if op == _parser.SUBPATTERN:
        _, add_flags, del_flags, sub = av  # type: ignore[misc]
        return (None, False) if add_flags or del_flags else _first(sub)
    if op == _parser.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:  # type: ignore[index]
            chars, empty = _first(branch)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, _, body = av  # type: ignore[misc]
        chars, empty = _first(body)
        return chars, low == 0 or empty
    if op == _parser.IN:
        return _class_set(av), False  # type: ignore[arg-type]
    return None, False


def _class_set(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters of a class of literals, small ranges and ``\\s``; None otherwise."""
    out: set[str] = set()
    for op, av in items:
        if op == _parser.LITERAL:
            out.add(chr(av))  # type: ignore[call-overload]
        elif op == _parser.RANGE and av[1] - av[0] < 128:  # type: ignore[index,operator]
            out.update(chr(cp) for cp in range(av[0], av[1] + 1))  # type: ignore[index]
        elif op == _parser.CATEGORY and str(av) == "CATEGORY_SPACE":
            out |= _SPACES
        elif op == _parser.CATEGORY and str(av) == "CATEGORY_DIGIT":
            out.add(DIGIT)
        else:
            return None
    return out


class LineStart:
    r"""Does a line start with one of many fragments after at most three non-word characters
    (``^\W{0,3}(?:f1|f2|…)``)? sre tries every branch of such a table at each of those
    positions. Here a fragment that can only start with a word character (:func:`first_chars`)
    must start at the line's first word character, so only the few fragments that can start
    with that character are tried, there; the fragments that can start with a non-word
    character (``[【\[]?…``) or with anything are tried as before, in a table of their own.
    A yes/no test: which fragment matched is not read.

    >>> menu = LineStart([r"log\s*in\W{0,3}$", r"share\b.*", r"\d+ comments?", r"\[?print\]?$"])
    >>> menu.match("login"), menu.match("• share this"), menu.match("3 comments"), menu.match("[print]")
    (True, True, True, True)
    >>> menu.match("logo"), menu.match("• • • • share"), menu.match("")
    (False, False, False)
    """

    def __init__(self, fragments: Iterable[str]) -> None:
        items = list(dict.fromkeys(f for f in fragments if f))
        self.whole = re.compile(r"^\W{0,3}" + alt(items))
        #: fragments by the word characters they may start with (DIGIT: any decimal digit)
        self.by_first: dict[str, list[str]] = {}
        #: fragments that may start with a non-word character, or with anything
        self.others: list[str] = []
        for fragment in items:
            chars = first_chars(fragment)
            if chars is None or any(not _is_word(ch) for ch in chars if ch != DIGIT):
                self.others.append(fragment)
            for ch in chars or ():
                if ch == DIGIT or _is_word(ch):
                    self.by_first.setdefault(ch, []).append(fragment)
        anywhere = [f for f in self.others if first_chars(f) is None]
        self._others = re.compile(r"^\W{0,3}" + alt(self.others)) if self.others else None
        #: per first character, compiled on first use (at most one per character of the table)
        self._compiled: dict[str, re.Pattern[str] | None] = {}
        self._anywhere = anywhere
        self._elsewhere = re.compile(alt(anywhere)) if anywhere else None

    def match(self, text: str) -> bool:
        if not text:
            return self.whole.match(text) is not None
        at = _LEADING_NON_WORD.match(text).end()  # type: ignore[union-attr]
        if at and self._others is not None and self._others.match(text):
            return True
        if at > LEADING_NON_WORD or at == len(text):
            return False  # a fragment of by_first starts with a word character within the first four
        first = text[at]
        key = first if first in self.by_first else DIGIT if first.isdecimal() else ""
        if key:
            pattern = self._compiled.get(key)
            if pattern is None:
                items = self.by_first.get(first, []) + (self.by_first.get(DIGIT, []) if first.isdecimal() else [])
                pattern = self._compiled[key] = re.compile(alt(items + self._anywhere))
        else:
            pattern = self._elsewhere
        return pattern is not None and pattern.match(text, at) is not None


#: the ``\W{0,3}`` a line-start table allows before its fragment
LEADING_NON_WORD = 3
_LEADING_NON_WORD = re.compile(r"\W{0," + str(LEADING_NON_WORD + 1) + "}")


def _is_word(ch: str) -> bool:
    """Does ``\\w`` match ``ch`` (str patterns)?"""
    return ch.isalnum() or ch == "_"
