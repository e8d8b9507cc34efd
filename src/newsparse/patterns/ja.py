"""Japanese: meta-line labels and the lines Japanese news sites and blogs set around a story
(the picture's zoom button). The tail headings ("前の記事", "関連記事") are in ``common.py``."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="ja",
    field_labels={
        FieldName.PUBLISHED: (
            r"発表時間",
            r"発表日(?:時)?",
            r"公開日(?:時)?",
            r"配信日(?:時)?",
            r"投稿日(?:時)?",
            r"掲載日",
        ),
        FieldName.UPDATED: (r"更新日(?:時)?", r"最終更新日?"),
        FieldName.AUTHOR: (r"著者", r"執筆者", r"筆者"),
        FieldName.SOURCE: (r"出所", r"出典", r"配信元"),
        # a blog post's theme, category and tags ("テーマ：" with the theme on the next line)
        FieldName.IGNORE: (r"テーマ", r"カテゴリー?", r"タグ"),
    },
    chrome_lines=(
        # the picture's zoom button, with the gallery's count ("写真拡大 (全2枚)")
        r"写真(?:を)?拡大(?:\s*[\(（]\s*全\s*\d+\s*枚\s*[\)）])?",
    ),
)
