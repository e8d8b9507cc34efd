"""Indonesian: lines news sites put under a story (a "read next" box, the syndication note).
Registered under the code "id" (a module cannot be called ``id``)."""

from __future__ import annotations

from . import Lexicon

LEXICON = Lexicon(
    language="id",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"anda\s+(?:berada\s+)?di(?:\s+sini)?",),
    home_crumbs=(r"beranda",),
    chrome_lines=(
        # the "read next" box's heading
        r"baca\s+selanjutnya",
        # the syndication note under a story ("This article was published on X with the title ...")
        r"artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+di\b.*",
    ),
)
