"""Headline helpers: kickers (column tags before the headline) and site suffixes."""

from __future__ import annotations

import re

#: 【kicker】headline, [kicker] headline — the tag must be followed by a headline
_KICKER = re.compile(r"^\s*[【\[［〔]\s*([^】\]］〕]{2,80}?)\s*[】\]］〕]\s*(\S.{1,})$")


def split_kicker(text: str) -> tuple[str | None, str]:
    """Split a bracketed column tag off a headline.

    >>> split_kicker("[Implement the spirit] Nanling Procurator: Return to zero")
    ('Implement the spirit', 'Nanling Procurator: Return to zero')
    >>> split_kicker("【学习贯彻】南陵县检察院召开会议")
    ('学习贯彻', '南陵县检察院召开会议')
    >>> split_kicker("No kicker here")
    (None, 'No kicker here')
    """
    match = _KICKER.match(text)
    if not match:
        return None, text.strip()
    return match.group(1).strip(), match.group(2).strip()


_SITE_SUFFIX = re.compile(r"\s*(?:[|｜_–—]|\s-\s|--)\s*[^|｜_–—]{1,40}$")


def strip_site_suffix(title: str) -> str:
    """Drop a site name appended to a ``<title>``.

    >>> strip_site_suffix("Berne interdit le chlorothalonil | Tribune de Genève")
    'Berne interdit le chlorothalonil'
    >>> strip_site_suffix("南陵县检察院召开会议_新闻中心_芜湖检察网")
    '南陵县检察院召开会议'
    """
    previous = None
    while previous != title:
        previous = title
        shorter = _SITE_SUFFIX.sub("", title)
        if len(shorter) >= max(8, len(title) // 3):
            title = shorter
    return title.strip()
