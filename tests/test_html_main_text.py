"""HTML path, main text: chrome around and inside the article container (mh-dev causes)."""

from __future__ import annotations

import newsparse

PROSE = (
    "<p>The council approved the harbour plan on Monday after a debate that lasted most of the afternoon.</p>"
    "<p>Work on the barrier starts next spring, and the first gates should close before the autumn storms.</p>"
)


def test_cookie_consent_dialog_is_not_body() -> None:
    notice = "<p>This Cookie Notice explains how we and our partners use cookies and similar technologies.</p>" * 12
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><div><h1>Harbour plan approved</h1>"
        f'{PROSE}</div><div id="consent"><div role="alertdialog" aria-modal="true"><h2>Cookie Notice</h2>{notice}'
        "</div></div></body></html>"
    )
    explanation = newsparse.explain(html)
    assert "council approved the harbour plan" in explanation.article.text
    assert "Cookie" not in explanation.article.text


def test_share_marker_above_the_body_does_not_end_it() -> None:
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
        '<p class="byline">By Ann Lee, a reporter who covers the coast, its towns, its harbours and their people.</p>'
        f"<h2>Share this story</h2>{PROSE}</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "Work on the barrier starts next spring" in text
    assert "Share this story" not in text
