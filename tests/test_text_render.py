"""Dumps of other text renderers (lynx, elinks, links2, html2text, inscriptis): their artefacts are removed
before line blocks, and the same news page gives the same Article whatever rendered it. No external
renderer is called: the dumps are composed in each renderer's style."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

import newsparse
from newsparse.text_render import (
    clean_rendering,
    drop_link_numbers,
    drop_placeholders,
    drop_table_borders,
    markdown_to_text,
    unify_bullets,
)

TITLE = "Harbour bridge to close for three weeks of repairs"
PARAGRAPHS = (
    "The harbour bridge will close to all traffic from Monday for three weeks while engineers replace "
    "the worn expansion joints, the city's transport department said on Tuesday.",
    "Buses will be diverted over the river crossing further north, adding about fifteen minutes to "
    "journeys into the centre during the morning rush hour, officials said.",
    "The repairs were planned last year after inspectors found cracks in two of the joints, but the "
    "work was postponed twice because of the delivery of the steel parts.",
    "Cyclists and pedestrians will be able to use a temporary footbridge that opens on Saturday, and "
    "ferries will run every ten minutes instead of every twenty until the bridge reopens.",
)


def wrapped(paragraph: str, indent: str = "   ", width: int = 80) -> str:
    """A paragraph as lynx, elinks and links2 write it: wrapped at 80 columns inside a left margin."""
    return textwrap.fill(paragraph, width - 1, initial_indent=indent, subsequent_indent=indent)


def linked(paragraph: str, mark: str) -> str:
    """The paragraph with "river crossing" as a link, written the renderer's way ("{}" = the link text)."""
    return paragraph.replace("river crossing", mark.format("river crossing"))


LYNX = f"""   #[1]Daily Courier RSS feed

   [2]Daily Courier [3][IMG]
     * [4]Home
     * [5]News
          + [6]Local
          + [7]World
     * [8]Sport
     * [9]Opinion

   ____________________ (BUTTON) Search

   [10]Home > [11]News > [12]Local

{TITLE}

   By [13]Anna Berg | 12 March 2024

{wrapped(PARAGRAPHS[0])}

{wrapped(linked(PARAGRAPHS[1], "[20]{}"))}

   [14][bridge.jpg]

{wrapped(PARAGRAPHS[2])}

{wrapped(PARAGRAPHS[3])}

Related

     * [15]Ferry timetable changes for the spring
     * [16]New cycle lanes planned along the river

   [17]Contact [18]Privacy policy [19]Terms of use
   © 2024 Daily Courier

References

   1. https://courier.example/rss
   2. https://courier.example/
   3. https://courier.example/
   4. https://courier.example/
   5. https://courier.example/news
   6. https://courier.example/news/local
   7. https://courier.example/news/world
   8. https://courier.example/sport
   9. https://courier.example/opinion
  10. https://courier.example/
  11. https://courier.example/news
  12. https://courier.example/news/local
  13. https://courier.example/authors/anna-berg
  14. https://courier.example/img/bridge.jpg
  15. https://courier.example/ferry
  16. https://courier.example/cycle
  17. https://courier.example/contact
  18. https://courier.example/privacy
  19. https://courier.example/terms
  20. https://courier.example/crossing
"""

ELINKS = f"""   Link: [1]Daily Courier RSS feed (alternate)
   [2]Daily Courier [3][IMG]

     • [4]Home
     • [5]News
     • [6]Sport
     • [7]Opinion

   [8][_____________________] [ Search ]

   [9]Home > [10]News > [11]Local

                                  {TITLE}

   By [12]Anna Berg | 12 March 2024

{wrapped(PARAGRAPHS[0])}

{wrapped(linked(PARAGRAPHS[1], "[18]{}"))}

{wrapped(PARAGRAPHS[2])}

{wrapped(PARAGRAPHS[3])}

   Related

     • [13]Ferry timetable changes for the spring
     • [14]New cycle lanes planned along the river

   [15]Contact [16]Privacy policy [17]Terms of use
   © 2024 Daily Courier

References

   Visible links
   1. https://courier.example/rss
   2. https://courier.example/
   3. https://courier.example/
   4. https://courier.example/
   5. https://courier.example/news
   6. https://courier.example/sport
   7. https://courier.example/opinion
   8. https://courier.example/search
   9. https://courier.example/
  10. https://courier.example/news
  11. https://courier.example/news/local
  12. https://courier.example/authors/anna-berg
  13. https://courier.example/ferry
  14. https://courier.example/cycle
  15. https://courier.example/contact
  16. https://courier.example/privacy
  17. https://courier.example/terms
  18. https://courier.example/crossing
"""

LINKS2 = f"""   Daily Courier
     * Home
     * News
     * Sport
     * Opinion
   _____________________ [ Search ]
   Home > News > Local

   {TITLE}

   By Anna Berg | 12 March 2024

{wrapped(PARAGRAPHS[0])}

{wrapped(PARAGRAPHS[1])}

   +----------------------------------------------------+
   | Photo: the bridge seen from the north bank          |
   +----------------------------------------------------+

{wrapped(PARAGRAPHS[2])}

{wrapped(PARAGRAPHS[3])}

   Related
     * Ferry timetable changes for the spring
     * New cycle lanes planned along the river

   Contact Privacy policy Terms of use
   © 2024 Daily Courier
"""

HTML2TEXT = f"""[ ![Daily Courier](/img/logo.png) ](/)

  * [Home](/)
  * [News](/news "News")
  * [Sport](/sport)
  * [Opinion](/opinion)

[Home](/) > [News](/news) > [Local](/news/local)

# {TITLE}

By [Anna Berg](/authors/anna-berg) | 12 March 2024

{wrapped(PARAGRAPHS[0].replace("the city's", "**the city's**"), "", 79)}

{wrapped(linked(PARAGRAPHS[1], "[{}](/crossing)"), "", 79)}

![The bridge seen from the north bank](/img/bridge.jpg)

{wrapped(PARAGRAPHS[2].replace("two of the joints", "_two of the joints_"), "", 79)}

{wrapped(PARAGRAPHS[3], "", 79)}

## Related

  * [Ferry timetable changes for the spring](/ferry)
  * [New cycle lanes planned along the river](/cycle)

[Contact](/contact) [Privacy policy](/privacy) [Terms of use](/terms)
© 2024 Daily Courier
"""

INSCRIPTIS = f"""  Daily Courier
    * Home
    * News
          + Local
          + World
    * Sport
    * Opinion
  Home > News > Local

  {TITLE}

  By Anna Berg | 12 March 2024

  {PARAGRAPHS[0]}

  {PARAGRAPHS[1]}

  {PARAGRAPHS[2]}

  {PARAGRAPHS[3]}

  Related
    * Ferry timetable changes for the spring
    * New cycle lanes planned along the river

  Contact   Privacy policy   Terms of use
  © 2024 Daily Courier
"""

DUMPS = {"lynx": LYNX, "elinks": ELINKS, "links2": LINKS2, "html2text": HTML2TEXT, "inscriptis": INSCRIPTIS}
CHROME = ("Privacy policy", "Ferry timetable", "Opinion", "Search", "https://", "[IMG]", "](", "**", "____")


@pytest.mark.parametrize("renderer", sorted(DUMPS))
def test_news_page_from_each_renderer_gives_the_article(renderer: str) -> None:
    article = newsparse.parse(DUMPS[renderer], kind="text")
    assert article.title == TITLE
    assert article.published is not None and article.published.date() == dt.date(2024, 3, 12)
    text = " ".join(article.text.split())
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    for chrome in CHROME:
        assert chrome not in text


def test_lynx_link_numbers_and_reference_list_are_removed() -> None:
    cleaned = drop_link_numbers(LYNX)
    assert "References" not in cleaned and "https://courier.example" not in cleaned
    assert "By Anna Berg | 12 March 2024" in cleaned
    assert "RSS feed" not in cleaned  # the <link> line of the document head


def test_link_list_with_unescaped_urls_and_an_image_map_is_still_read() -> None:
    """elinks prints a share link's URL unescaped (spaces in it); lynx lists an image map's
    links under "[USEMAP]": the list is still the trailing link list, and the numbers go."""
    text = (
        "   [1]Home [2]World\n\n   The harbour bridge closes on Monday [3]for repairs.\n\n"
        "References\n\n   1. https://courier.example/\n   2. https://courier.example/world\n"
        "   3. Share by e-mail\n\tmailto:?subject=Bridge closes: three weeks of repairs&body=https://c.example/b\n"
        "\n[USEMAP]\nfile://localhost/tmp/page.html#icons\n   1. https://social.example/courier\n"
    )
    cleaned = drop_link_numbers(text)
    assert "[3]" not in cleaned and "mailto:" not in cleaned and "USEMAP" not in cleaned
    assert "The harbour bridge closes on Monday for repairs." in cleaned


def test_link_numbers_stay_without_the_list_that_explains_them() -> None:
    # a footnote marker in a w3m dump: no trailing numbered URL list, so nothing is touched
    text = "The study found a rise of 4 per cent [1] in two years.\n\nFootnotes\n\n1. Annual report, p. 12\n"
    assert drop_link_numbers(text) == text


def test_inline_link_numbers_without_their_list_are_removed() -> None:
    # elinks -no-references: every link keeps its number, glued to its text, and no list follows
    menu = "".join(f"     \u2022 [{i}]{name}\n" for i, name in enumerate(["Home", "Politik", "Sport", "Kultur"], 2))
    text = (
        f"   [1]Zum Inhalt springen\n\n{menu}\n"
        "   Sie sind hier: [6]Startseite > [7]Presse > [8]Pressemitteilungen\n\n"
        "   Das Land stellt 12 Millionen Euro bereit, teilte das [9]Ministerium mit.\n"
    )
    cleaned = drop_link_numbers(text)
    assert "[" not in cleaned
    assert "Sie sind hier: Startseite > Presse > Pressemitteilungen" in cleaned
    # citation marks run in order too, but follow a word with a space or a stop: they stay
    wiki = " ".join(f"Sentence number {i} of the article cites a source.[{i}]" for i in range(1, 12))
    assert drop_link_numbers(wiki) == wiki


def test_placeholders_and_widgets_are_removed_but_text_in_brackets_stays() -> None:
    line = "[IMG] [logo.png] ____________________ (BUTTON) Search [ Submit ] [X] [INS:new:INS] [Editor's note]"
    assert " ".join(drop_placeholders(line).split()) == "Search new [Editor's note]"
    # w3m's empty input field and unchecked box are left to the text path, as before
    assert drop_placeholders("Search [                    ] [ ]") == "Search [                    ] [ ]"


def test_an_empty_ad_slot_marked_on_lines_of_its_own_goes() -> None:
    """An ad slot (an empty ``<ins>``) between two paragraphs: each mark alone on its line.
    The marks go, the paragraphs stay apart; the text of a marked block stays."""
    text = "The first paragraph ends here.\n\n[INS:\n:INS]\n\nThe second paragraph.\n  [INS:\nInserted note.\n:INS]\n"
    cleaned = drop_placeholders(text)
    assert "INS" not in cleaned
    assert [p for p in cleaned.split("\n") if p.strip()] == [
        "The first paragraph ends here.",
        "The second paragraph.",
        "Inserted note.",
    ]
    assert "ends here.\n\n" in cleaned


def test_table_borders_are_removed_but_w3m_rules_stay() -> None:
    table = "┌─────┬─────┐\n│Price│€ 10 │\n└─────┴─────┘\n+-----+-----+\n━━━━━━━━━━"
    assert [line.strip() for line in drop_table_borders(table).split("\n")] == ["", "Price € 10", "", "", "━━━━━━━━━━"]


def test_nested_bullets_become_w3m_bullets_only_in_star_style_dumps() -> None:
    assert "          • Local" in unify_bullets(INSCRIPTIS)
    w3m = "• Home\n• News\n• Sport\n    + Local\n  * one\n"
    assert unify_bullets(w3m) == w3m


def test_markdown_becomes_text() -> None:
    text = markdown_to_text(HTML2TEXT)
    assert TITLE in text.split("\n")
    assert "By Anna Berg | 12 March 2024" in text
    flat = " ".join(text.split())
    assert "the city's transport" in flat and "two of the joints" in flat and "**" not in flat
    assert "![" not in text and "](" not in text and "/img/" not in text


def test_script_with_brackets_is_not_markdown() -> None:
    script = "a[0](e);b[1](f);c[2](g);d[3](h)\n\nx[i](y)"
    assert markdown_to_text(script) == script


def test_w3m_dump_passes_unchanged() -> None:
    w3m = f"Home News Sport\n\n{TITLE}\n\nBy Anna Berg | 12 March 2024\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    assert clean_rendering(w3m) == (w3m, ())


def test_frame_url_on_the_line_under_the_frame_marker_is_removed() -> None:
    """An ad frame's URL too long for the "IFRAME:" line goes on the next one, with its link
    number: it is the frame's address, not text."""
    ad = "//ads.example.net/s?wid=300&hei=250&di=u1234567&s1=98765&ltu=https%3A%2F%2Fcourier.example%2Fa%2F1"
    text = (
        f"{wrapped(PARAGRAPHS[0])}\n\n   IFRAME:\n   [7]{ad}\n\n{wrapped(PARAGRAPHS[1])}\n\n"
        "References\n\n   7. https://ads.example.net/s?wid=300\n"
    )
    cleaned = drop_link_numbers(text)
    assert "IFRAME" not in cleaned and "ads.example.net" not in cleaned
    assert wrapped(PARAGRAPHS[0]) in cleaned and wrapped(PARAGRAPHS[1]) in cleaned


def test_resized_image_names_and_resizer_urls_are_placeholders() -> None:
    """A portal serves its pictures through a resizer: lynx prints the file name with the
    resizer's query (cut by the wrap, so with a space in it) or the resizer's whole URL."""
    line = (
        "     * [a1b2c3d4j00sdgh46001rd000xc00gom.jpg&amp;thumbnail=140y88&amp ;quality=80&amp;type=jpg] "
        "[?url=http%3A%2F%2Fimg.example.net%2F2024%2F0513%2Fd1ef0e65j00s.jpg&amp;thumbnail=660x2147483647] "
        "村民在新建的停车场停车 [see note 2] [report.pdf]"
    )
    cleaned = " ".join(drop_placeholders(line).split())
    assert cleaned == "* 村民在新建的停车场停车 [see note 2] [report.pdf]"
