"""fields/copyright.py: a footer's copyright range bounds the publication date from below."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsparse
from newsparse.blocks import Block, Label
from newsparse.fields.copyright import copyright_floor

NOW = datetime(2024, 6, 1)


def footer(text: str) -> Block:
    return Block(9, text, Label.FOOTER, "footer marker")


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Copyright © 1997-2024 by www.people.com.cn. all rights reserved", 1997),
        ("© 2008 – 2024 Nordkurier Mediengruppe GmbH", 2008),
        ("版权所有：芜湖市人民政府 2010-2024", 2010),
        ("(c) 2003 bis 2023 Verlag", 2003),
        ("Tel. 0553-6812345 · © Stadtwerke 2019–2021", 2019),
    ],
)
def test_a_range_gives_its_first_year(line: str, year: int) -> None:
    (floor,) = copyright_floor([footer(line)], NOW)
    assert floor.value == datetime(year, 1, 1)


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 The Riverside Courier. All rights reserved.",  # one year: when the footer was rendered
        "© 1985-2024 Archive",  # before the web
        "© 2020-2031 Example",  # ends in the future
        "Öffnungszeiten 2019-2021",  # no copyright mark
    ],
)
def test_no_floor(line: str) -> None:
    assert copyright_floor([footer(line)], NOW) == []


def test_body_text_is_no_footer() -> None:
    body = Block(3, "The law (c) 2003-2023 was amended twice.", Label.PARAGRAPH)
    assert copyright_floor([body], NOW) == []


PAGE = """<html><head><title>Stadtrat beschließt neuen Radweg</title></head><body>
<article><h1>Stadtrat beschließt neuen Radweg</h1>
<p>Der Stadtrat hat am Mittwochabend beschlossen, bis zum Jahresende einen neuen Radweg entlang der
Bahnhofstraße zu bauen. Die Kosten von rund 800.000 Euro trägt zur Hälfte das Land.</p>
<p>Anwohner hatten sich seit Jahren für einen sicheren Schulweg eingesetzt und Unterschriften gesammelt.</p>
</article>
<div class="archive"><h2>Aus dem Archiv</h2><ul><li><a href="/a">Radweg-Pläne vorgestellt</a> 04.03.2012</li></ul></div>
<footer><p>{copyright}</p></footer></body></html>"""


def test_an_archive_date_older_than_the_site_is_not_the_publication_date() -> None:
    without = newsparse.parse(PAGE.format(copyright="© 2024 Stadtanzeiger"), kind="html")
    assert without.published == datetime(2012, 3, 4)  # the only date on the page, taken as a fallback
    bounded = newsparse.parse(PAGE.format(copyright="© 2015–2024 Stadtanzeiger"), kind="html")
    assert bounded.published is None
