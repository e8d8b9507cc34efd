"""Where the body is on pages in other scripts and layouts: Arabic-script and Indic stops,
Indonesian and Turkish tail headings, a bio after the tail heading, a feed of teasers."""

from __future__ import annotations

import newsparse
from newsparse.blocks import Block
from newsparse.chrome import is_tail_marker
from newsparse.layout import is_results_line, is_teaser_feed
from newsparse.options import ALL_LANGUAGES
from newsparse.prose import reads_as_prose

MENU = ["Home", "News", "Sport", "", "World | Business | Culture | Travel", ""]


def body(*lines: str) -> str:
    return newsparse.parse("\n".join(lines), kind="text").text


URDU = [
    "ڈبلن میں کھیلے گئے دوسرے ٹی ٹوئنٹی میچ میں پاکستان نے آئرلینڈ کو سات وکٹوں سے شکست دے کر سیریز برابر کر دی۔",
    "",
    "بارش کی وجہ سے میچ تقریباً چالیس منٹ تاخیر سے شروع ہوا، اور ٹاس بھی مقررہ وقت کے بجائے دیر سے ہوا۔",
    "",
    "آئرلینڈ کے بلے بازوں نے اننگز کا آغاز تیز انداز میں کیا، مگر درمیانی اوورز میں ان کی وکٹیں جلد گر گئیں۔",
]


def test_urdu_and_hindi_sentences_read_as_prose() -> None:
    """Urdu ends a sentence with ``۔`` and separates clauses with ``،``; Hindi ends one with
    the danda ``।``: no Latin stop, and still prose."""
    assert reads_as_prose(URDU[0])
    assert reads_as_prose("भारत ने दूसरे मैच में आयरलैंड को सात विकेट से हराया और श्रृंखला बराबर की।")
    assert not reads_as_prose("پاکستان بمقابلہ انگلینڈ")


def test_urdu_article_is_the_body() -> None:
    text = body(*MENU, "پاکستان دوسرے ٹی ٹونٹی میں کامیاب", "", *URDU, "", "Privacy Policy | Contact Us")
    assert URDU[0] in text and URDU[4] in text
    assert "Privacy Policy" not in text


def test_indonesian_and_turkish_tail_headings() -> None:
    assert is_tail_marker("Baca Juga", ALL_LANGUAGES)
    assert is_tail_marker("Berita Terkait", ALL_LANGUAGES)
    assert is_tail_marker("Editör Hakkında", ALL_LANGUAGES)
    assert is_tail_marker("İlgili Haberler", ALL_LANGUAGES)
    assert is_tail_marker("اس وقت سب سے زیادہ پڑھی جانے والی خبریں :", ALL_LANGUAGES)
    assert is_tail_marker("متعلقہ مضامین :", ALL_LANGUAGES)
    # a related link inside the text is no zone heading
    assert not is_tail_marker("Baca juga: Presiden Tinjau Pasar di Muna", ALL_LANGUAGES)


def test_indonesian_story_meta_lines_and_next_page_title_are_no_text() -> None:
    """An Indonesian story: the meta lines under the headline ("Penulis: …", "Diterbitkan:
    13 Mei 2024 …") are read, not kept as text, and the next page's title under the story
    ("Selanjutnya: …") is chrome; the byline names the author."""
    story = [
        "Liputan6.com, Jakarta Kabar bahagia datang dari aktor Korea Selatan yang mengumumkan akan segera menikah "
        "di akhir tahun ini.",
        "Melalui akun Instagram miliknya, aktor kelahiran tahun 1976 itu membagikan unggahan berisi pengakuan telah "
        "menemukan teman hidup.",
        "Agensi sang aktor mengonfirmasi kabar tersebut dan menyatakan pernikahan akan digelar secara tertutup "
        "bersama keluarga.",
    ]
    page = ["Beranda", "Berita", "", "Aktor Korea Umumkan Pernikahan", "", "Penulis: Dinda Rahmawati"]
    page += ["Diterbitkan: 13 Mei 2024, 13:00 WIB", "", *[x for p in story for x in (p, "")]]
    page += ["Selanjutnya: Menikah Akhir Tahun Ini"]
    article = newsparse.parse("\n".join(page), kind="text")
    assert article.text == "\n\n".join(story)
    assert article.authors == ["Dinda Rahmawati"]


def test_editor_bio_after_the_tail_heading_stays_out() -> None:
    """A short story, the editor's name, "About the editor" and one long paragraph of bio
    that alone outweighs the heading's cost: the body ends above the heading."""
    article = [
        "Süper Lig'de sezonun şampiyonu son hafta oynanacak karşılaşmaların ardından belli olacak.",
        "",
        "Ligde ilk sırada yer alan takım, son hafta deplasmanda zorlu bir rakiple karşı karşıya gelecek ve bir puanla "
        "ayrılsa dahi şampiyonluğunu ilan edecek.",
        "",
        "Küme düşme ihtimali bulunan ev sahibi ekip ise ligde tutunmak için bu maçtan en az bir puanla ayrılmak zorunda.",
    ]
    bio = (
        "Sezer Yavuz, 1994 yılında İstanbul'da doğdu. İlköğretim ve lise eğitimini İstanbul'da tamamladıktan sonra "
        "üniversitede gazetecilik okudu ve mezun olduktan sonra çeşitli spor sitelerinde muhabir olarak çalıştı. "
        "Futbol, basketbol ve voleybol üzerine haberler yazan Yavuz, 2019 yılından bu yana editör olarak görev "
        "yapıyor ve yaz aylarında da yerel turnuvaları izliyor, gençlik takımları hakkında uzun dosyalar hazırlıyor."
    )
    text = body(*MENU, "Şampiyonluk son haftaya kaldı", "", *article, "", "Sezer Yavuz", "", "Editör Hakkında", "", bio)
    assert article[0] in text and article[4] in text
    assert "İstanbul'da doğdu" not in text


def test_teaser_feed_below_a_related_heading_is_not_the_body() -> None:
    """A short story, "Baca Juga", then a feed in which each teaser headline is followed by
    its photo caption: the captions are prose and together outweigh the story, but the feed
    alternates headline and caption line after line, as no article does."""
    article = [
        "Liputan6.com, Jakarta Kabar bahagia datang dari aktor Korea Selatan yang mengumumkan akan segera menikah "
        "di akhir tahun ini.",
        "",
        "Melalui akun Instagram miliknya, aktor kelahiran tahun 1976 itu membagikan unggahan berisi pengakuan telah "
        "menemukan teman hidup.",
        "",
        "Agensi sang aktor mengonfirmasi kabar tersebut dan menyatakan pernikahan akan digelar secara tertutup bersama "
        "keluarga.",
    ]
    feed = []
    for n in range(6):
        feed += [
            f"Pemain Persib Bandung Cetak Gol Ke-{n} di Laga Lanjutan BRI Liga 1",
            "",
            f"Selebrasi pemain Persib Bandung setelah mencetak gol ke-{n} ke gawang tim tamu pada laga lanjutan pekan "
            "ketiga di Stadion Gelora Bandung Lautan Api, Sabtu malam, di hadapan ribuan suporter. (Bola.com/Abdul Aziz)",
            "",
        ]
    text = body(*MENU, "Aktor Korea Umumkan Pernikahan", "", *article, "", "Baca Juga", "", *feed)
    assert article[0] in text and article[4] in text
    assert "Stadion Gelora" not in text


def test_teaser_feed_alternates_headline_and_snippet() -> None:
    assert is_teaser_feed([-20, 150, -20, 0, 136, -20, 89, -20, 150, -20])
    assert not is_teaser_feed([-20, 150, 180, 0, 136, -20, 89, 120, 150, 60])
    assert not is_teaser_feed([-20, 150, -20, 120])


def test_ingredient_table_above_the_steps_joins_the_recipe() -> None:
    """A recipe: the ingredient table in two columns (amount and unit, ingredient), the
    nutrition facts, then the steps. The rows read as no prose, yet they are the recipe."""
    from newsparse.layout import is_ingredient_row

    page = [
        *MENU,
        "Mandarinen-Schmand-Kuchen",
        "",
        "Zutaten",
        "",
        "Für den Mürbeteig:",
        "125 g                Mehl",
        "65 g                 Zucker",
        "65 g                 Margarine oder Butter",
        "1                    Ei(er)",
        "Für die Füllung:",
        "500 ml               Milch",
        "2 Pck.               Vanillepuddingpulver",
        "3 Becher             Schmand, je ca. 200 g",
        "",
        "Nährwerte pro Portion",
        "",
        "kcal",
        "",
        "4512",
        "",
        "Zubereitung",
        "",
        "Als erstes den Pudding kochen und zum Abkühlen zur Seite stellen, damit sich keine Haut bildet.",
        "",
        "Für den Boden die Zutaten zusammenkneten und den Teig in die gefettete Springform drücken.",
        "",
        "Den Schmand mit dem abgekühlten Pudding verrühren, auf dem Boden verteilen und etwa 80 Minuten backen.",
    ]
    text = body(*page)
    assert "Margarine oder Butter" in text and "Für den Mürbeteig:" in text
    assert "etwa 80 Minuten backen" in text
    assert "Sport" not in text
    assert is_ingredient_row("2 Dose/n           Mandarine(n), je ca. 300 g")
    assert not is_ingredient_row("2024 was a good year for the harvest.")
    assert not is_ingredient_row("2. LG Staufeneck   WÜ")


def _gallery(caption: str) -> list[str]:
    """A picture in a gallery widget as text browsers render it: the caption, the counter,
    the button, the share bar and the caption again."""
    return [caption, "+8", "View gallery", caption, "", "•", "•", "• [https://www.example.]",
            "Copy link to paste in your message", "•", "", caption, ""]  # fmt: skip


def test_article_goes_on_across_a_gallery_widget_cloned_for_every_picture() -> None:
    """Two galleries cut a comment piece in three parts with a dozen lines of no prose each;
    every line of a gallery repeats on the page. The body is all three parts, each caption
    said once."""
    parts = [
        "The song contest is normally a homage to glitter, glamour and high camp, but this year it was about politics.",
        "A crowd gathered outside the venue, chanted slogans and demanded that one country be expelled from the show.",
        "The singer, who is twenty, was confined to her hotel under police protection until she went on stage.",
        "Echoing the mood in the hall, the professional judges awarded her a paltry fifty-two points in the final.",
        "Then something remarkable happened: in the public vote she was the overwhelming choice of the viewers.",
        "It would be gratifying if certain politicians took note of what ordinary people think about the matter.",
    ]
    first = "The singer representing her country poses at the start of the final of the song contest in the arena"
    second = "The singer performs on stage during the final of the song contest"
    page = [*MENU, "Comment", "", parts[0], "", parts[1], "", *_gallery(first), *_gallery(second)]
    page += [parts[2], "", parts[3], "", *_gallery("The singer reacts as the votes of the judges are announced")]
    page += [parts[4], "", parts[5], "", "Share or comment on this article", "", "Privacy policy | Terms"]
    text = body(*page)
    assert all(p in text for p in parts)
    assert text.count(first) <= 1
    assert "View gallery" not in text


def test_article_goes_on_past_a_subheading_after_a_gallery_widget() -> None:
    """A leader column of two pieces, each cut by galleries: once the body crossed the
    gallery that ends the first piece, the second piece's subheading is a short gap like
    any other, and the second piece is body too."""
    first = [
        "The prime minister's warning that the coming years will be among the most dangerous for the country since "
        "the end of the war could not be clearer, and he deserves credit for saying so plainly in his speech.",
        "Rapid advances in technology, mass migration and muscle-flexing by authoritarian states will test the "
        "resolve of the country and its allies, and there is no time to lose in preparing for what is coming.",
        "In that case, should he not aim to spend a larger share of the national income on defence by the end of "
        "the decade, rather than the smaller sum he pledged? The armed forces have been hollowed out for years.",
    ]
    closing = "He insists that he has bold ideas, which is more than can be said for the leader of the opposition."
    second = [
        "We knew that poor health was a drag anchor on the economy. A study out today shows how heavy it is.",
        "Up to a fifth of workers may be on sick leave because of conditions that could be prevented, it finds.",
        "Better education and support from family doctors could all help, but action is needed now.",
    ]
    page = [*MENU, "Comment", "", "The warning", "", *[x for p in first for x in (p, "")]]
    page += [*_gallery("The prime minister speaks to reporters outside his residence"), closing, ""]
    page += ["A heavy burden", "", second[0], "", second[1], "", *_gallery("A nurse takes a patient's blood pressure")]
    page += [second[2], "", "Share or comment on this article", "", "Privacy policy | Terms"]
    text = body(*page)
    assert all(p in text for p in [*first, closing, *second])
    assert "View gallery" not in text


def test_teaser_cards_with_a_cloned_label_are_no_gallery() -> None:
    """Teaser cards after the story (title, likes, a section name the page repeats,
    headline, snippet): more than one line of each card is its own, so they are no cloned
    widget and the snippets stay out."""
    story = [
        "In the discussion about fur it must not go unmentioned that not every fur comes from a farm in the north.",
        "Red foxes are hunted in the country to keep their populations stable, and their pelts are simply thrown away.",
        "More and more people do not want to wear real fur, and a list of fur-free brands helps them when they shop.",
    ]
    page = [*MENU, "Fur-free shopping", "", *[line for s in story for line in (s, "")]]
    for n in range(3):
        page += [f"Petition number {n} handed in", f"{60 + n} Likes", "Wildlife", "", f"Headline of teaser {n}", ""]
        page += [f"The snippet of teaser {n} tells what the story is about in a sentence of some length here.", ""]
    page += ["Author", "", "Jane Doe"]
    text = body(*page)
    assert story[0] in text and story[2] in text
    assert "snippet of teaser 1" not in text


def test_lead_above_a_box_of_topic_chips_joins_the_body() -> None:
    """The lead, then "In this article:" and a box of topic chips, each name between two
    bullets alone on their lines, then the rest of the story: the bullets are no lines of
    text, so the lead is within reach."""
    lead = "On Saturday evening the twenty-first edition of the pairs cup was held on the track in the old town."
    story = [
        "The organisers had invited two riders from abroad, and given their rivals any lost point would be a surprise.",
        "The guests rode superbly and did not disappoint: every heat with them in it ended with a double win for them.",
        "Second place went to the hosts, and the podium was completed by the pair that had won the cup a year before.",
    ]
    chips: list[str] = []
    for name in ("Mateusz Dul", "Adrian Gala", "Richard Geyer", "Mirko Wolter", "Mario Niedermeier"):
        chips += ["●", name, "●", ""]
    page = [*MENU, "Riders from abroad dominate the pairs cup", "", lead, "", "In this article:", "", *chips]
    page += [line for s in story for line in (s, "")]
    text = body(*page)
    assert lead in text and story[2] in text


def test_first_paragraphs_above_an_inline_related_box_join_the_body() -> None:
    """Two paragraphs, a "Related" box of teaser headlines set inside the article, then
    the rest of the article: the first paragraphs join the body, the box stays out."""
    first = [
        "The Renegades have hired the title-winning coach as their new high performance manager for next season.",
        "He coached his old club to a second title earlier this year, having led them to the final the season before.",
    ]
    rest = [
        "The state association had advertised for the two newly created roles that are aligned with its own programs.",
        "He will move to the city to take up the full-time role later in the year, the club said in a statement today.",
        "The two appointments will bring greater alignment between the two clubs and the state's high performance unit.",
    ]
    box = ["Related", "", "• Story Image", "", "New coach appointed at the northern club", "", "• Story Image", ""]
    box += ["Injured batter's future decided after scans", ""]
    page = [*MENU, "Coach joins Renegades", "", "Alex Malcolm", "13-May-2024", ""]
    page += [line for s in first for line in (s, "")] + box + [line for s in rest for line in (s, "")]
    text = body(*page)
    assert first[0] in text and rest[2] in text
    assert "New coach appointed" not in text and "Story Image" not in text


def test_meta_line_in_a_fact_sheet_below_the_paragraphs_is_no_header() -> None:
    """An animal profile: four paragraphs, a fact sheet whose last row reads like a meta
    line, then a long care guide. The paragraphs above the fact sheet stay in the body."""
    intro = [
        "The colourful angelfish is a very popular dwarf species that reaches only four inches in the aquarium.",
        "It is an attractive fish whose colours vary with the place where it was collected in the wild, as do its bars.",
        "This is a hardy fish that is generally resistant to disease and relatively peaceful towards its tank mates.",
        "It does best when algae grow in the tank, with lots of rockwork and many cracks and crevices to hide in.",
    ]
    sheet = ["• Aquarist Experience Level: Beginner", "• Minimum Tank Size: 55 gal (208 L)", "• Diet Type: Omnivore"]
    guide = [
        f"Care note {n}: the fish should be fed several times a day with a varied diet of algae, "
        "meaty foods and flakes, and the water should be kept clean with regular partial changes "
        "so that it stays healthy and colourful for many years in a well-kept reef or fish-only tank."
        for n in range(8)
    ]
    page = [*MENU, "Coral Beauty Angelfish", "", *[line for s in intro for line in (s, "")], *sheet, ""]
    page += [line for s in guide for line in (s, "")]
    text = body(*page)
    assert intro[0] in text and guide[7] in text


def test_long_unpunctuated_urdu_line_is_running_text() -> None:
    """A columnist who writes with spaces alone: a line of a hundred words and no stop is
    prose; a short unpunctuated line or a menu glued with separators is not."""
    from newsparse.prose import is_unpunctuated_running_text

    clause = "دریائے راوی پر ڈیم کی تعمیر سے بھارت کی جانب سے آنے والا پانی بند ہو چکا ہے اس کو لے کر بحث جاری ہے "
    line = clause * 6
    assert is_unpunctuated_running_text(line)
    assert reads_as_prose(line)
    assert not is_unpunctuated_running_text(clause)
    assert not is_unpunctuated_running_text(" | ".join(["مرکزی صفحہ", "کھیل", "کاروبار", "دنیا"] * 20))
    assert not is_unpunctuated_running_text("the council met " * 40)  # Latin script: the stopword test decides


def test_python_prompt_lines_are_code() -> None:
    """An interactive session (``>>>`` and ``...`` prompts) is a listing, whose lines cost
    the tutorial nothing; an ellipsis opening a sentence is no prompt."""
    from newsparse.prose import looks_like_code

    assert looks_like_code(">>> foo()")
    assert looks_like_code("...    return bar")
    assert looks_like_code("...")
    assert not looks_like_code("... and then he left the room without a word.")


def test_caption_glued_to_its_alt_text_is_said_once() -> None:
    """A figure flattened as alt text and caption in one line (``Caption.Caption``) inside
    the article is said once; a name said twice on purpose is too short to count."""
    from newsparse.layout import said_once

    caption = "A leaked image of the new headphones in black."
    paragraphs = [
        "The company is teasing, both in emails and on social media, that its most requested product is coming soon.",
        "It had been expected to launch the headphones in June, but the phrasing suggests an earlier date this month.",
        "A launch this week could help the company with some of the ire surrounding the roll-out of its new app.",
    ]
    page = [*MENU, "Headphones coming soon", "", paragraphs[0], "", paragraphs[1], "", caption + caption, ""]
    text = body(*page, paragraphs[2])
    assert paragraphs[0] in text and paragraphs[2] in text
    assert caption + caption not in text and caption in text
    assert said_once(caption + caption) == caption
    assert said_once("Bora Bora") is None


SLIDES = [
    "They are called the golden years for a reason. Getting older has its perks: you are good at using what you know,"
    " and your experience helps you solve problems and make decisions better than younger people do.",
    "Turns out you might not be a grumpy old man or woman after all. You will probably get more agreeable as you age,"
    " and researchers say it has to do with becoming more aware of the feelings of the people around you.",
    "You are more in tune with other people's emotions in your forties than at any other time in your life. That"
    " insight can help you deal with conflicts at work and at home, and it makes you a better friend as well.",
    "As you age, medications, illness and allergies can all change your sense of smell and taste. Scientists say the"
    " number of taste buds goes down too, so the food you loved as a child may suddenly taste rather different.",
    "There is a good chance you will become the morning person you always wanted to be in your sixties. Our sleeping"
    " patterns change with age, and many older people find that they wake up early and feel rested when they do.",
]


def slideshow(total: int) -> list[str]:
    """For every slide a caption, a counter ``k/N``, a slide title and the slide's text."""
    out: list[str] = []
    for k, text in enumerate(SLIDES[:total], 1):
        out += [f"photo of a smiling person number {k}", "", f"{k}/{total}", "", f"Slide title {k}", "", text, "", ""]
    return out


def test_slideshow_embedded_in_an_article_stays_out() -> None:
    """A health story embeds a slideshow on another subject (its title, then for every slide
    a caption, a counter ``k/5``, a slide title and the slide's text, then Previous / Next);
    the story's own prose goes on after it. The slides are not the story's text."""
    before = [
        "People born with genes that predict a shorter life may still add years to it by how they live, a study says.",
        "The researchers followed more than three hundred thousand adults for over a decade and recorded their habits.",
    ]
    after = [
        "Those with the healthiest combination of habits lived about five years longer than those with the worst one.",
        "The authors say the effect held in every genetic risk group, though it was largest among the people at risk.",
        "An expert not involved in the study said the earlier people start such a lifestyle, the better off they are.",
    ]
    slides = ["Things Nobody Tells You About Getting Older", "", *slideshow(5)]
    page = [*MENU, "Healthy habits can add years to life", "", *[x for s in before for x in (s, "")]]
    page += [*slides, "Previous", "Next", "", *[x for s in after for x in (s, "")], "Privacy policy | Terms"]
    text = body(*page)
    assert all(s in text for s in before + after)
    assert not any(s in text for s in SLIDES)
    assert "Slide title" not in text and "2/5" not in text


def test_a_slideshow_that_is_the_whole_article_stays_in() -> None:
    """A slideshow with a lead above it and nothing of the story after it is the article."""
    lead = "Getting older has its perks, and here are five of them that nobody tells you about until it happens."
    page = [*MENU, "Five things nobody tells you about getting older", "", lead, "", *slideshow(5)]
    text = body(*page, "Share", "Privacy policy | Terms")
    assert lead in text and all(s in text for s in SLIDES)


def test_author_bio_box_closing_the_story_stays_out() -> None:
    """An "About the author" heading and the writer's bio right after the story's last
    paragraph, then the footer: the bio is not the story's text."""
    story = [
        "Elephants have been raiding crops in the villages along the forest edge for three weeks, farmers said.",
        "Forest officials have set up watch towers and trained volunteers to drive the herd back with torches.",
        "The department has also promised compensation for the damaged fields within the next two months.",
    ]
    bio = "Assistant news editor. He writes on the environment, sustainability and human-animal conflict."
    page = [*MENU, "Elephants raid crops in forest villages", "", *[x for s in story for x in (s, "")]]
    page += ["ABOUT THE AUTHOR", "", bio, "", "© 2024 Example Media. All rights reserved."]
    text = body(*page)
    assert all(s in text for s in story)
    assert bio not in text and "ABOUT THE AUTHOR" not in text


PHRASES = [
    "今日は", "久しぶりに", "近所の公園まで", "子どもたちと", "お散歩してきました", "🥹✨",
    "朝から", "お弁当を作って", "レジャーシートを", "持っていきました", "風が気持ちよくて",
    "ずっと", "ここにいたいなあと", "思ってしまいました", "🥹", "帰りに", "パン屋さんに寄って",
    "新作のパンを", "買いました", "これがまた", "とっても美味しくて", "家族みんなで", "取り合いに",
    "なりました", "笑", "また来週も", "行きたいなと", "思っています", "最後まで", "読んでくださり",
    "ありがとうございました♡", "また遊びに", "来てくださいね",
]  # fmt: skip


def test_blog_written_one_phrase_per_line_is_the_body() -> None:
    """A Japanese blog post written one phrase per line: no line is long enough to read as
    prose, so the best run was an ad under it. The long run of phrase lines is the body."""
    page = [*MENU, "• ブログトップ", "• 記事一覧", "", "公園でお散歩", "", "2024-05-12 20:06:03", ""]
    page += [x for p in PHRASES for x in (p, "")]
    page += ["《クーポンで45％OFF→2,965円》【メール便】シアーシャツ レディース トップス 長袖 夏 春 ノアル", ""]
    page += ["• ランキング", "• ヘルプ", "© CyberAgent, Inc. All Rights Reserved."]
    text = body(*page)
    assert "近所の公園まで" in text and "ありがとうございました♡" in text
    assert "ランキング" not in text


def test_short_japanese_blog_ends_with_its_closing_phrases() -> None:
    """A short Japanese blog post: a few sentences, then short lines, each a phrase or an
    exclamation closed by an emoji, which score too little to end the best run. They join
    the body up to the "• 前の記事" (previous post) link; the magazine-style credit stays out."""
    sentences = [
        "最近は年中売ってるような気がするけど、昔は夏になるとこれが食べたくて仕方がなかった。",
        "普段は嫌いな買い物についていっては、母にねだって買ってもらっていたのを覚えている。",
        "この前、買い物に子供と一緒に行った時に、売り場でこれを見つけて二人で大喜びした。",
    ]
    closing = [
        "家帰って食べたら、",
        "『なにこれ‼️旨いんだけど‼️』ですって😄",
        "バクバク食べてましたよ😄",
        "やっぱ美味しいね😆",
    ]
    page = [*MENU, "夏の味", "", *[x for p in sentences for x in (p, "")], *[x for p in closing for x in (p, "")]]
    page += [
        "『週刊ブログ』2024年5月10日号より",
        "",
        "• 前の記事",
        "",
        "気分に合わせて",
        "• 次の記事",
        "",
        "星空の中へ",
    ]
    text = body(*page)
    assert sentences[0] in text and all(p in text for p in closing)
    assert "号より" not in text and "前の記事" not in text


def test_product_cards_inside_a_phrase_blog_stay_out() -> None:
    """A blog written one phrase per line links the clothes it shows between its phrases:
    each shop card is a long line of names, tags and prices with next to no hiragana. The
    phrases are the body, the cards are not; the "前の記事" link closes the post."""
    cards = [
        "【OMNES】接触冷感レーヨンナイロンキーネック半袖プルオーバーレディースフリーサイズカジュアル無地シンプル",
        "《クーポンで45％OFF→2,965円》【メール便】シアーシャツ レディース トップス 長袖 夏 春 ノアル ゆったり",
    ]
    lines = [x for p in PHRASES[:16] for x in (p, "")] + [cards[0], ""]
    lines += [x for p in PHRASES[16:] for x in (p, "")] + [cards[1], "", "最後まで読んでくださり嬉しいです♡", ""]
    page = [*MENU, "公園でお散歩", "", "2024-05-12 20:06:03", "", *lines, "• 前の記事", "", "気分に合わせて"]
    text = body(*page)
    assert "近所の公園まで" in text and "ありがとうございました♡" in text
    assert not any(card in text for card in cards)
    assert is_tail_marker("• 前の記事", ALL_LANGUAGES) and is_tail_marker("関連記事", ALL_LANGUAGES)
    assert not is_tail_marker("前の記事を読んでくださった方、ありがとうございます。", ALL_LANGUAGES)


def test_japanese_news_meta_line_and_zoom_button_are_no_body() -> None:
    """A Japanese news page: the source and release-time line under the headline
    ("出所：… | 発表時間：…") is a meta line, the picture's zoom button ("写真拡大 (全2枚)")
    is chrome (no headline); the story's paragraphs are the body and the date is read."""
    story = [
        "中日平和友好条約締結45周年を記念する集会が10日、東京で開かれ、両国の関係者らおよそ300人が出席した。",
        "大使はあいさつの中で、条約の精神を受け継ぎ、両国の交流をさらに深めていきたいと述べた。",
        "集会では、日本の専門家や学者らが両国関係の歩みを振り返り、今後の協力の在り方について意見を交わした。",
    ]
    page = [*MENU, "条約締結45周年の記念集会", "", "出所：http://j.people.com.cn | | 発表時間：2023-08-14", ""]
    page += ["写真拡大 (全2枚)", "", *[x for p in story for x in (p, "")], "関連記事", "", "• 次の記事の見出し"]
    article = newsparse.parse("\n".join(page), kind="text")
    assert article.text == "\n\n".join(story)
    assert article.published is not None and article.published.date().isoformat() == "2023-08-14"
    assert article.title == "条約締結45周年の記念集会"


def test_ranked_headlines_are_no_phrase_blog() -> None:
    """A page of ranked headlines ("3. 3. ...") holds hiragana on every line too; it is a
    list, not a blog written one phrase per line: the article above it stays the body."""
    story = "元市長の泉氏が２０日、都知事選への出馬を表明した現職の市長について、任期の途中で職を投げ出すのはおかしいと苦言を呈した。"
    page = [*MENU, "泉氏、市長に苦言", "", "2024年5月20日 16時46分", "", story, ""]
    page += [f"{k}. {k}. 中学教諭が修学旅行の昼食で飲酒していたか" for k in range(1, 41)]
    text = body(*page)
    assert story in text and "修学旅行" not in text


def test_writer_bio_closing_the_story_stays_out() -> None:
    """No heading this time: the story's last paragraph, then "Jane Doe is a science
    reporter for ..." and the footer. A sentence naming someone's job inside the story stays."""
    story = [
        "Forecasters said the storm would reach the coast on Sunday, bringing heavy rain and strong winds with it.",
        "Maria Lopez is a fisherman's widow who has lived in the village for forty years, and she is not leaving.",
        "Officials opened three shelters in the town and asked residents of the lowest streets to move there early.",
    ]
    bio = "Jane Doe is a science reporter for Example News. She can be reached at jane.doe@example.com."
    page = [*MENU, "Storm to reach the coast on Sunday", "", *[x for s in story for x in (s, "")]]
    page += [bio, "", "© 2024 Example News. All rights reserved."]
    text = body(*page)
    assert all(s in text for s in story)
    assert bio not in text


def test_bio_by_first_name_closes_the_story_but_a_pronoun_sentence_does_not() -> None:
    """A bio may name the writer by first name alone ("Cecily is a tech reporter ..."); a
    last paragraph about "She is a correspondent ..." is the story's own sentence."""
    story = [
        "The company will hold a live demonstration of its updates on Monday, but it will not be a new search engine.",
        "Its chief executive confirmed the news in a post, adding that the team had been working hard on something new.",
    ]
    bio = "Cecily is a tech reporter at Example who covers AI, phones and emerging tech trends."
    text = body(*MENU, "A live demo on Monday", "", *[x for s in story for x in (s, "")], "Cecily Doe", "", bio)
    assert all(s in text for s in story) and bio not in text
    last = "She is a correspondent for the paper in Berlin now, and she says she has not regretted the move once."
    text = body(*MENU, "A life abroad", "", *[x for s in story for x in (s, "")], last, "", "© 2024 Example")
    assert last in text


def test_results_table_closing_a_sports_story_joins_it() -> None:
    """A speedway report ends with its results: long lines dense in numbers (team points,
    each rider's heats), no sentence among them. They are the story's, up to the related
    link after them; a date line or a short score line alone is no such table."""
    story = [
        "On Saturday evening the twenty-first edition of the pairs cup was held on the track in the old town.",
        "The guests rode superbly and did not disappoint: every heat with them in it ended with a double win.",
        "Second place went to the hosts, and the podium was completed by the pair that had won the cup a year before.",
    ]
    results = [
        "Points: I Team Alpha - 25 3. John Smith - 12+3 (2*,3,3,2*,2*) 4. Adam Brown - 13+2 (3,2*,2*,3,3)",
        "II Team Beta - 17 1. Richard Green - 11 (1,3,2,3,2) 2. Mark White - 6+3 (0,2*,1*,2*,1)",
        "III Team Gamma - 14 5. Mario Black - 13 (3,1,3,3,3) 6. Manuel Grey - 1 (0,0,0,1,-)",
    ]
    page = [*MENU, "Guests win the pairs cup", "", *[x for s in story for x in (s, "")]]
    page += [*[x for r in results for x in (r, "")], "Read also: Captain of the hosts disappointed", ""]
    page += ["Source: Example Sports", "", "Privacy | Terms"]
    text = body(*page)
    assert all(s in text for s in story) and all(r in text for r in results)
    assert "Captain of the hosts" not in text
    assert not is_results_line(Block(0, "Saturday, 25 May 2024, 6:00-7:30 p.m. (doors open at 5:30 p.m.) GMT+8"))
    assert not is_results_line(Block(0, "Final score 3-1 after a match that saw two penalties and a red card."))
