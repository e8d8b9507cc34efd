"""The narrowed mojibake scan must agree with ftfy's own badness test."""

from __future__ import annotations

import random

import pytest
from ftfy.badness import is_bad

from newsparse.repair import fix_mojibake, looks_bad

SAMPLES = [
    "cafÃ© au lait",
    "Ã  la carte",
    "â€œquotedâ€\x9d text",
    "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
    "вЂ\x9cquoteвЂ\x9d",
    "Straße und Café — “Zitat” … ’",
    "Привет, мир — «цитата»",
    "来源：新华社（北京）“报道”",
    "",
]


@pytest.mark.parametrize("line", SAMPLES)
def test_looks_bad_agrees_with_ftfy(line: str) -> None:
    assert looks_bad(line) == is_bad(line)


def test_looks_bad_agrees_on_random_suspect_text() -> None:
    rng = random.Random(7)
    alphabet = "abc ÃÂé€œ“”’–—Гвђ·°²ØÙà√≈‚Äâó×ΒΓβāЁяα│¦¶¢«»"
    for _ in range(5000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert looks_bad(line) == is_bad(line), line


def test_clean_accented_text_is_left_alone() -> None:
    text = "Élodie a écrit « Ça va ? » — c’est noté.\nZürich, 3. März 2024"
    assert fix_mojibake(text) == text


def test_zero_width_joiners_that_build_words_are_kept() -> None:
    from newsparse.repair import normalise_whitespace

    assert normalise_whitespace("هاشمی\u200cنسب") == "هاشمی\u200cنسب"  # two Persian words, not one
    assert normalise_whitespace("a\u200bb\ufeffc") == "abc"
