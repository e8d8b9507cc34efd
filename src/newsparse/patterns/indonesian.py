"""Indonesian: lines news sites put under a story (a "read next" box, the syndication note),
the next page of a story split over pages, and the meta line.
Registered under the code "id" (a module cannot be called ``id``)."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="id",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"anda\s+(?:berada\s+)?di(?:\s+sini)?",),
    home_crumbs=(r"beranda",),
    field_labels={
        FieldName.PUBLISHED: (r"diterbitkan", r"dipublikasikan", r"tanggal\s+terbit"),
        FieldName.UPDATED: (r"diperbarui", r"diperbaharui"),
        FieldName.AUTHOR: (r"penulis", r"pewarta", r"reporter"),
        FieldName.EDITOR: (r"editor", r"penyunting"),
        FieldName.SOURCE: (r"sumber",),
    },
    months={
        "januari": 1,
        "februari": 2,
        "maret": 3,
        "april": 4,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "agustus": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "desember": 12,
    },
    chrome_lines=(
        # the "read next" box's heading
        r"baca\s+selanjutnya",
        # the syndication note under a story ("This article was published on X with the title ...")
        r"artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+di\b.*",
        # a story split over pages: the next page's title ("Selanjutnya: <title>")
        r"selanjutnya\s*[:：]\s*\S.*",
    ),
)
