"""Language-independent pattern data: separators, colons, brackets, numeric date forms."""

from __future__ import annotations

#: what follows a label: ASCII or full-width colon, with the spaces dumps leave around it
COLON = r"\s*[:：]\s*"

#: breadcrumb separators seen in dumps, longest first where one contains another
CRUMB_SEPARATORS: tuple[str, ...] = (">>", "»", "›", "->", "→", ">", "--", "/", "|", "-", "_", "＞", "〉")
#: separators that mark a breadcrumb even without a label ("Home > News")
STRONG_CRUMB_SEPARATORS: tuple[str, ...] = (">>", "»", "›", "->", "→", ">", "＞")

#: bracket pairs around kickers, credits and widgets
OPEN_BRACKETS = "【[〔［(（《"
CLOSE_BRACKETS = "】]〕］)）》"

#: characters that end a sentence in any of our languages
SENTENCE_END = ".!?。！？…;；:：\"'”’」』)）"

#: numeric date forms, as regex fragments with named groups y, m, d and an optional time.
#: Order matters: the first form that matches at a position wins.
TIME = r"(?:[T\s\-]*(?P<H>2[0-3]|[01]?\d)(?:[:：时點点](?P<M>[0-5]\d)(?:[:：分](?P<S>[0-5]\d)(?:\.\d+)?)?)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?(?:\s*(?P<tz>Z|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}))?)"
NUMERIC_DATES: tuple[str, ...] = (
    # 2024-02-28, 2024/2/28, 2024.02.28, 2024年2月28日 (optionally followed by a time)
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>1[0-2]|0?[1-9])\s*(?:[-/.]|月)\s*(?P<d>3[01]|[12]\d|0?[1-9])(?:\s*日|(?!\d))",
    # 28.02.2024 (European day first)
    r"(?<!\d)(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d{2})(?!\d)",
    # 24-02-28 (two-digit year, only with a time after it: too ambiguous alone)
    r"(?<![\d-])(?P<y2>[0-3]\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?=\s+\d{1,2}:\d{2})",
    # 20240228 in ids and URLs is left to the HTML path (too ambiguous in text)
)
#: month-name forms; {MONTH} is replaced by the lexicons' month-name alternation
NAMED_DATES: tuple[str, ...] = (
    # February 28, 2024 / Feb. 28, 2024 / Jan 05,2021
    r"(?<![A-Za-z])(?P<mon>{MONTH})\.?\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*,?\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    # 28 February 2024 / 28. Februar 2024
    r"(?<!\d)(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon>{MONTH})\.?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)",
    # 2024-February-28
    r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<mon>{MONTH})-(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)",
)
#: a time written *before* the date ("10:12, October 31, 2020")
LEADING_TIME = r"(?P<lH>2[0-3]|[01]?\d):(?P<lM>[0-5]\d)\s*,?\s*$"
