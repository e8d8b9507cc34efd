"""Context-free line rules: which rule labels a line, and the cheap prefilters in front of them."""

from __future__ import annotations

import pytest

from newsparse.blocks import Block, Label
from newsparse.chrome import classify_block, compiled, could_be_meta, fold_case, is_tail_marker
from newsparse.fields.metaline import read_meta_line
from newsparse.options import ALL_LANGUAGES

LANGS = ("en", "zh")


def label_of(text: str) -> tuple[Label, str]:
    block = classify_block(Block(0, text), LANGS)
    return block.label, block.rule


@pytest.mark.parametrize(
    "line",
    [
        "发布时间：2024-02-28 10:30 来源：芜湖市 作者：",
        "Time: February 28, 2024 Author: News source: Wuhu City",
        "2021-01-20 04:29",
        "By Pan Zheng",
        "Apr 042013",
    ],
)
def test_meta_lines_pass_the_prefilter(line: str) -> None:
    assert read_meta_line(line).is_meta
    assert could_be_meta(Block(0, line), compiled(LANGS))


@pytest.mark.parametrize(
    "line",
    [
        "The committee met in the spring and agreed on a plan for the coming years.",
        "他强调，要坚持以人民为中心的发展思想，推动各项工作落实落细。",
        "Share this article",
    ],
)
def test_prose_without_label_or_year_skips_the_meta_reading(line: str) -> None:
    assert not could_be_meta(Block(0, line), compiled(LANGS))


def test_line_wider_than_any_meta_line_skips_the_meta_reading() -> None:
    line = "Date: 2024-02-28 " + "and a long sentence of prose " * 10
    assert not could_be_meta(Block(0, line), compiled(LANGS))


def test_fold_case_keeps_escapes_and_lowers_letters() -> None:
    pattern = fold_case(r"ICP\s*[备備]\s*\d+")
    assert pattern.search("京ICP备12345678号".lower())
    assert not pattern.search("ICP is a protocol".lower())


def test_footer_marker_matches_in_any_case() -> None:
    assert label_of("COPYRIGHT © 2024 Example News. ALL RIGHTS RESERVED.") == (Label.FOOTER, "footer marker")


def test_chinese_footer_with_icp_number() -> None:
    assert label_of("主办单位：南陵县人民检察院 皖ICP备05001234号")[0] is Label.FOOTER


def test_font_size_widget_is_chrome() -> None:
    assert label_of("【字号：大 中 小】") == (Label.CHROME, "chrome phrase")


def test_row_of_short_menu_items_is_chrome() -> None:
    assert label_of("World | Business | Sport | Culture | Travel") == (Label.CHROME, "menu row")


def test_sentence_with_bars_is_not_a_menu() -> None:
    assert label_of("Prices rose 3% | the bank said, and will rise again.")[0] is Label.UNKNOWN


@pytest.mark.parametrize("line", ["12 Kommentare", "Schreibe einen Kommentar", "Comments (4)", "Noticias relacionadas"])
def test_comment_and_related_headings_open_the_tail(line: str) -> None:
    assert is_tail_marker(line, LANGS)


@pytest.mark.parametrize(
    "line", ["你可能還想看", "其他人也在看", "相关资讯营养成分粥好吃的维生素", "相關新聞", "热门评论", "猜你喜歡"]
)
def test_chinese_related_and_comment_headings_open_the_tail(line: str) -> None:
    assert is_tail_marker(line, LANGS)


@pytest.mark.parametrize(
    "line",
    [
        "Lea también: Impiden ingreso a Nicaragua a reportero estadounidense",
        "Lesen Sie auch: So wird der Fusionsreaktor noch besser",
        "Veja também: Governo anuncia novo pacote",
        "Related: Stocks fall as oil prices climb",
        "4 Min Read",
        "PUEDES VER: ¿Qué es la Sunedu?",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.",
        "Rezept drucken",
        "This site is protected by reCAPTCHA and the Google Privacy Policy apply.",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
        "a social media platform, which only provides information storage services.",
        "以上内容（包括图片及视频）为创作者平台“快传号”用户上传并发布，本平台仅提供信息存储服务。",
    ],
)
def test_read_also_links_between_paragraphs_are_chrome(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.CHROME


@pytest.mark.parametrize(
    "line", ["Die meistgelesenen Artikel", "Auch lesen:", "Das Thema könnte dich auch interessieren:"]
)
def test_german_related_headings_open_the_tail(line: str) -> None:
    assert is_tail_marker(line, ALL_LANGUAGES)


def test_sentence_starting_with_a_widget_word_is_not_chrome() -> None:
    line = "Teilen Sie uns Ihre Meinung zu den neuen Regeln mit."
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.UNKNOWN


def test_read_also_heading_alone_still_opens_the_tail() -> None:
    assert classify_block(Block(0, "Lesen Sie auch:"), ALL_LANGUAGES).label is Label.UNKNOWN
    assert is_tail_marker("Lesen Sie auch:", ALL_LANGUAGES)


def test_sentence_with_read_is_not_chrome() -> None:
    line = "Lea el informe completo antes de votar, dijo la diputada."
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.UNKNOWN


@pytest.mark.parametrize(
    "line",
    [
        "The stakes are high for all candidates ahead of Tuesday's debate in South Carolina, co-hosted by CBS News.",
        "Egal ob Strom, Heizen oder Lebensmittel: Das tägliche Leben wird immer teurer.",
    ],
)
def test_footer_words_inside_a_sentence_are_no_footer(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.UNKNOWN


@pytest.mark.parametrize(
    "line",
    [
        "Powered by Wikidot.com",
        "Help | Terms | Powered by WordPress",
        "Tel: 0553-123456",
        "Submit Indiatimes® Powered by",
    ],
)
def test_footer_credits_and_contacts_are_footers(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.FOOTER


def test_german_liability_notice_is_a_footer() -> None:
    line = "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links."
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.FOOTER


@pytest.mark.parametrize("line", ["举报缩小字体放大字体收藏微博微信分享 3,930", "腾讯QQ QQ空间", "评论 12 点赞 30"])
def test_glued_row_of_chinese_widgets_is_chrome(line: str) -> None:
    assert label_of(line)[0] is Label.CHROME


def test_sentence_about_comments_is_not_a_widget_row() -> None:
    assert label_of("收藏这篇文章的人很多，评论也很热闹。")[0] is Label.UNKNOWN


def test_no_reprint_notice_is_a_footer() -> None:
    assert label_of("39健康网(www.39.net)专稿，未经书面授权请勿转载。")[0] is Label.FOOTER


def test_sentence_starting_with_a_tail_word_is_not_a_tail_heading() -> None:
    assert not is_tail_marker("Comments from the minister were not available on Monday.", LANGS)


def test_cookie_consent_sentence_is_chrome() -> None:
    line = "NPR and our service providers and vendors use cookies and similar technologies to collect information."
    assert label_of(line) == (Label.CHROME, "chrome phrase")


def test_sentence_about_baking_cookies_is_not_chrome() -> None:
    assert label_of("She baked two trays of cookies for the school fair on Saturday.")[0] is Label.UNKNOWN


def test_line_ending_in_a_photo_credit_is_a_caption() -> None:
    line = "In Gottesdiensten gilt FFP2-Maskenpflicht. Foto: ccnull/Marco Verch/cc by sa 2.0"
    assert label_of(line) == (Label.CHROME, "photo caption")


def test_sentence_mentioning_a_photo_is_not_a_caption() -> None:
    line = "The photo was taken in 2019 by a tourist and shows the whole valley before the flood came."
    assert label_of(line)[0] is Label.UNKNOWN


@pytest.mark.parametrize(
    "line",
    [
        "View this post on Instagram",
        "View this profile on Facebook",
    ],
)
def test_embedded_social_post_buttons_are_chrome(line: str) -> None:
    """An embedded social post leaves its button in the dump: no text of the story."""
    assert label_of(line)[0] is Label.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "A post shared by the mayor on Friday drew thousands of angry replies within an hour, officials said.",
        "The club, which has more than two thousand members, posts its results (@exampleclub) every week.",
        # an embedded post's credit says who is quoted: it stays with the quote
        "A post shared by Jane Runner (@jane.runs)",
        "— Sam Writer (@samwrites) May 11, 2024",
    ],
)
def test_sentences_about_social_posts_are_no_chrome(line: str) -> None:
    assert label_of(line)[0] is not Label.CHROME


def test_japanese_blog_theme_line_is_a_meta_line() -> None:
    """A Japanese blog's "テーマ：" line (the theme on the next line) is a meta line."""
    assert classify_block(Block(0, "テーマ："), ALL_LANGUAGES).label is Label.META
    assert classify_block(Block(0, "テーマパークに行ってきました。"), ALL_LANGUAGES).label is not Label.META


def test_indonesian_syndication_note_and_read_next_heading_are_chrome() -> None:
    """Under an Indonesian story: the note saying where it was first published, and the
    heading of the "read next" box."""
    note = "Artikel ini telah tayang di TribunPadang.com dengan judul BMKG Sebut Sudah Keluarkan Peringatan Dini"
    for line in (note, "Baca Selanjutnya:"):
        assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.CHROME
    sentence = "Artikel ini menjelaskan mengapa banjir lahar dingin terjadi setelah hujan deras di lereng gunung."
    assert classify_block(Block(0, sentence), ALL_LANGUAGES).label is not Label.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Enlarge this image",
        "Listen to Science Hour on Spotify, Apple Podcasts and Google Podcasts.",
        "Listen on Apple Podcasts",
        "Listen to every episode of Science Hour sponsor-free by signing up for Science Hour+.",
    ],
)
def test_picture_zoom_button_and_podcast_promo_are_chrome(line: str) -> None:
    assert label_of(line)[0] is Label.CHROME


def test_a_sentence_about_listening_is_no_podcast_promo() -> None:
    line = "Listen to the experts on this, she said, because the storm is expected to last the whole weekend."
    assert label_of(line)[0] is not Label.CHROME


def test_inline_also_link_is_chrome_but_a_sentence_after_also_is_not() -> None:
    """An "Also: <headline>" line between paragraphs links another story; a German sentence may
    open with "Also:" ("so:") and has a full stop."""
    assert label_of("Also: Windows 11: Do these six things right away after you finish setup")[0] is Label.CHROME
    sentence = "Also: Nichts gegen eine sorgfältige Überprüfung all dieser Bereiche; aber bitte ohne Eile."
    assert label_of(sentence)[0] is not Label.CHROME


@pytest.mark.parametrize(
    ("line", "lang", "crumbs"),
    [
        ("Startseite > Nachrichten > Inland", "de", ["Startseite", "Nachrichten", "Inland"]),
        ("Sie sind hier: Startseite » Politik » Ausland", "de", ["Startseite", "Politik", "Ausland"]),
        ("Vous êtes ici : Accueil > International > Moyen-Orient", "fr", ["Accueil", "International", "Moyen-Orient"]),
        ("Inicio > Deportes > Fútbol", "es", ["Inicio", "Deportes", "Fútbol"]),
        ("Вы здесь: Главная » Новости", "ru", ["Главная", "Новости"]),
        ("Strona główna > Wiadomości > Kraj", "pl", ["Strona główna", "Wiadomości", "Kraj"]),
    ],
)
def test_breadcrumbs_in_european_languages(line: str, lang: str, crumbs: list[str]) -> None:
    from newsparse.chrome import split_crumbs

    block = classify_block(Block(0, line), (lang, "en"))
    assert block.label is Label.BREADCRUMB
    assert split_crumbs(line, (lang, "en")) == crumbs


def test_a_template_slot_left_in_a_breadcrumb_is_no_crumb() -> None:
    from newsparse.chrome import split_crumbs

    assert split_crumbs("Sie sind hier: {0}", ("de", "en")) == []
    assert split_crumbs("Startseite > Politik > {{ title }}", ("de", "en")) == ["Startseite", "Politik"]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Zum Inhalt springen", "de"),
        ("Direkt zur Hauptnavigation", "de"),
        ("Aller au contenu principal", "fr"),
        ("Saltar al contenido", "es"),
        ("Pular para o conteúdo", "pt"),
    ],
)
def test_skip_links_are_chrome(line: str, lang: str) -> None:
    assert classify_block(Block(0, line), (lang, "en")).label is Label.CHROME


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Teilen Drucken Merken", "de"),
        ("Artikel teilen | Drucken | Nach oben", "de"),
        ("Partager Imprimer Envoyer", "fr"),
        ("Compartir | Imprimir", "es"),
        ("Condividi Stampa", "it"),
        ("Delen Printen", "nl"),
        ("• Imprimir", "pt"),
    ],
)
def test_widget_bars_in_european_languages_are_chrome(line: str, lang: str) -> None:
    assert classify_block(Block(0, line), (lang, "en")).label is Label.CHROME


def test_a_sentence_starting_with_a_widget_word_is_no_widget() -> None:
    for line, lang in (("Teilen Sie Ihre Meinung mit uns", "de"), ("Partager un repas avec ses voisins", "fr")):
        assert classify_block(Block(0, line), (lang, "en")).label is not Label.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "本网注册用户发布的原创作品，其著作权归原作者所有，本网仅提供展示平台。",
        "凡未经授权转载或以其他方式使用上述作品者，本站将保留追究其法律责任的权利。",
        "本站刊載之文章著作權歸作者所有。",
    ],
)
def test_chinese_site_copyright_notice_is_a_footer(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.FOOTER


def test_chinese_sentence_on_prosecuting_an_offence_is_no_footer() -> None:
    line = "市场监管部门表示，对哄抬价格的违法行为将依法追究法律责任，欢迎群众监督举报。"
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.UNKNOWN


@pytest.mark.parametrize(
    "line",
    [
        "人民网>>经济·科技",
        "人民网 >> 经济·科技 >> 滚动新闻",
        "Startseite → Politik → Ausland",
        "中华网 > 新闻频道 > 正文",
    ],
)
def test_a_path_of_names_joined_by_breadcrumb_marks_is_a_breadcrumb(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.BREADCRUMB


@pytest.mark.parametrize(
    "line",
    [
        'echo "hello world" >> test.txt',  # a shell line in a how-to
        "»Haltet unsere Gewässer sauber!«",  # German quotes
        "Le « dircab » de Richard Ferrand",  # French quotes
        "Weiterlesen >> Die Bahn erhöht ihre Preise zum Jahreswechsel um fast fünf Prozent, sagt der Vorstand.",
    ],
)
def test_quotes_shell_lines_and_sentences_are_no_path(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is not Label.BREADCRUMB


@pytest.mark.parametrize("line", ["小字号", "大字号 中字号 小字号", "默认字号"])
def test_font_size_links_named_by_size(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "This post contains affiliate links.",
        "We may earn a commission when you buy through links on our site.",
        "If you buy through links on our site, we may earn a commission.",
    ],
)
def test_affiliate_disclosure_is_chrome(line: str) -> None:
    assert label_of(line) == (Label.CHROME, "chrome phrase")


def test_sentence_about_earnings_is_no_disclosure() -> None:
    assert label_of("We may earn a lot of money next year, the chief executive said.")[0] is Label.UNKNOWN


def test_german_advertising_disclosure_is_chrome() -> None:
    line = "*Werbung. Dieser Beitrag enthält Werbung für ein Modelabel."
    assert classify_block(Block(0, line), ("de", "en")).label is Label.CHROME


def test_affiliate_disclosure_naming_more_than_the_post_is_chrome() -> None:
    line = (
        "This post and the photos within it may contain affiliate links. If you purchase something "
        "through the link, I may receive a small commission at no extra charge to you."
    )
    assert label_of(line)[0] is Label.CHROME


@pytest.mark.parametrize("line", ["Facebook  X", "Twitter Facebook WhatsApp Email", "facebooktwitterreddit"])
def test_a_row_of_network_names_is_a_share_bar(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is Label.CHROME


@pytest.mark.parametrize("line", ["x\tx\tx", "Facebook", "Twitter and Facebook users complained about the outage."])
def test_marks_one_name_or_a_sentence_is_no_share_bar(line: str) -> None:
    assert classify_block(Block(0, line), ALL_LANGUAGES).label is not Label.CHROME
