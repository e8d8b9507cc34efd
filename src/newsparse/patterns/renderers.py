"""Artefacts that text renderers other than w3m leave in a dump (DATA ONLY; used by text_render.py).

lynx and elinks number every link (``[12]Genève``) and append the numbered URLs under
``References`` / ``Visible links`` / ``Hidden links``; lynx, elinks and links2 write image and
form placeholders (``[IMG]``, ``[logo.png]``, ``____________``, ``(BUTTON)``, ``[ Submit ]``);
html2text writes Markdown. The dataset's own w3m dumps have none of these in these forms.
"""

from __future__ import annotations

#: a heading that opens the trailing link list of lynx / elinks dumps
LINK_LIST_HEADING = r"^\s*(?:References|Visible links:?|Hidden links:?)\s*$"
#: one line of that list: "  12. https://example.org/x" (any scheme, lynx writes file:// for relative links);
#: elinks may give the link's title, "  12. Feedback", with the URL on the next line, unescaped
#: ("mailto:?subject=Morgen Abend: …"); lynx lists an image map's links under "[USEMAP]"
LINK_LIST_ENTRY = r"^\s*(?:\d+\.\s+\S.*|[a-z][a-z0-9+.-]*:(?:\S.*)?|\[USEMAP\])$"
#: the list must hold URLs
LINK_LIST_URL = r"^\s*(?:\d+\.\s+)?[a-z][a-z0-9+.-]*:\S"
#: the number a lynx / elinks dump puts before every link (and form field)
LINK_NUMBER = r"\[\d{1,5}\]"
#: a line listing the document's <link> elements (lynx "#[1]RSS feed", elinks "Link: [1]RSS (alternate)")
LINK_TAG_LINE = r"^[ \t]*(?:#|Link:[ \t]*)\[\d{1,5}\].*$"
#: the frame marker of lynx / elinks ("IFRAME: [17]https://..."), followed by the frame's URL;
#: a URL too long for the marker's line goes on the next one (an ad frame's, with its query)
FRAME_LINE = r"^[ \t]*(?i:i?frame):(?:[ \t]*\n[ \t]*\[\d{1,5}\](?:[a-z][a-z0-9+.-]*:)?//\S.*|.*)$"

#: image placeholders: lynx / elinks "[IMG]", "[INLINE]", or the image's file name when it has no alt text;
#: the name may carry a resizer's query ("[d310b9.jpg&amp;thumbnail=140y88&amp;quality=80]", spaces
#: where a wrap cut it), or be the resizer's own URL ("[?url=http%3A%2F%2F…jpg&amp;thumbnail=…]")
IMAGE_PLACEHOLDER = (
    r"\[(?:IMG|INLINE|IMAGE|image|img|svg%3E|"
    r"[^\[\]\s/]{1,80}\.(?:png|jpe?g|gif|svg|webp|bmp|ico|avif)(?:\?[^\[\]\s]{0,80}|&amp;[^\[\]\n]{1,160})?|"
    r"\?url=https?%3A[^\[\]\n]{1,400})\]"
)
#: form widgets: text fields drawn as underscores (lynx, links2; elinks in brackets), lynx's
#: "(BUTTON)" and elinks' "[BUTTON Input]", links2's "[ Submit ]" buttons, checked boxes "[X]" (w3m's
#: empty "[ ]" box and "[      ]" field are left alone: the text path was tuned with them)
#: (every entry starts with a literal character, "__{4,}" rather than "_{5,}": sre then skips to
#: the next "[", "_" or "(" in a C loop instead of trying every entry at every position)
FORM_WIDGETS: tuple[str, ...] = (
    r"\[_{5,}\]?",
    r"__{4,}\]?",
    r"\(BUTTON\)",
    r"\[BUTTON[^\[\]]{0,30}\]",
    r"\[ [^\[\]\s\d](?:[^\[\]\n\d]{0,38}[^\[\]\s\d])? \]",  # a button's label has no digits (a date may be spaced so)
    r"\[[xX\u00a0]\]",
)
#: lynx / elinks / w3m mark inserted / deleted text on one line ("[INS: ... :INS]"): keep the text
EDIT_MARKS = r"\[(INS|DEL): ?([^\n]*?) ?:\1\]"
#: ... or, around a block (an ad slot: AdSense's empty ``<ins>``), each mark alone on its line
#: ("[INS:", then ":INS]"): the marks go, the lines stay (blank) to keep paragraphs apart
EDIT_MARK_LINE = r"^[ \t]*(?:\[(?:INS|DEL):|:(?:INS|DEL)\])[ \t]*$"

#: box-drawing characters (elinks and links2 tables), but not "━", w3m's horizontal rule
BOX_DRAWING = "\u2500\u2502-\u257f"
#: an ASCII table border or rule: "+-----+----+", "|------|", "-------------"
ASCII_BORDER_LINE = r"^[ \t]*[+|]?(?:[-=]{3,}[+|]?)+[ \t]*$"

#: list bullets of lynx / inscriptis at deeper levels ("+", "o") -> w3m's "•"; only on indented lines
NESTED_BULLET = r"^( {4,})[+o◦▪](?= \S)"
#: their first-level bullet "*"; a dump with at least this many and more of them than w3m's "•" uses that style
STAR_BULLET = r"^ {2,}\* \S"
MIN_STAR_BULLETS = 3

# --- Markdown (html2text and similar) ---------------------------------------------------------------

#: a link's target and title: html2text breaks long URLs after a hyphen and wraps titles, escapes
#: parentheses ("javascript:void\(0\)"); a target never spans a blank line
_MD_TARGET = r"(?:[^()\n]|\n(?![ \t]*\n)|\([^()\n]*\))*"
#: ![alt](src "title"): an image; dropped like the renderers' image placeholders
MD_IMAGE = r"!\[[^\[\]]*\]\(" + _MD_TARGET + r"\)"
#: [text](url "title"): a link; kept as its text
MD_LINK = r"\[([^\[\]]*)\]\(" + _MD_TARGET + r"\)"
#: a Markdown link target as html2text writes it (a script's ``a[i](e)`` is not one)
MD_URL = r"\]\((?:[a-z][a-z0-9+.-]*:|/|#|\.\.?/|www\.)"
#: this many such links or images make a dump Markdown (w3m dumps quote one or two in code samples)
MIN_MARKDOWN_LINKS = 3
#: **strong**, __strong__, *em*, _em_
#: (html2text wraps lines inside them, so they may span two lines of one paragraph)
MD_EMPHASIS: tuple[str, ...] = (
    r"\*\*(\S(?:(?:[^*\n]|\n(?![ \t]*\n))*?\S)?)\*\*",
    r"(?<!\w)__(\S(?:(?:[^_\n]|\n(?![ \t]*\n))*?\S)?)__(?!\w)",
    r"(?<![\w*])\*(\S(?:(?:[^*\n]|\n(?![ \t]*\n))*?\S)?)\*(?![\w*])",
    r"(?<!\w)_(\S(?:(?:[^_\n]|\n(?![ \t]*\n))*?\S)?)_(?!\w)",
)
#: an ATX heading "## Title ##"
MD_HEADING = r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$"
#: a line of only emphasis marks (an empty icon element: "__", "****"), a rule ("* * *", "---") or
#: heading marks whose text is on the next line
MD_EMPTY_LINE = r"^[ \t]*(?:[*_][ \t]*)+$|^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*#{1,6}[ \t]*$"
#: a table's header separator "---|---" / "|:--|--:|"
MD_TABLE_RULE = r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
#: a quoted line "> text"
MD_QUOTE = r"^[ \t]*>[ \t]?"
#: backslash escapes html2text writes before Markdown characters
MD_ESCAPE = r"\\([\\`*_{}\[\]()#+\-.!>])"
