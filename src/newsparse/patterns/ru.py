"""Russian: month names (nominative and genitive) and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="ru",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"вы\s+здесь", r"вы\s+находитесь(?:\s+здесь)?"),
    home_crumbs=(r"главная(?:\s+страница)?",),
    field_labels={
        FieldName.PUBLISHED: (r"опубликовано", r"дата\s+публикации", r"дата"),
        FieldName.UPDATED: (r"обновлено", r"дата\s+обновления"),
        FieldName.AUTHOR: (r"автор",),
        FieldName.SOURCE: (r"источник",),
        FieldName.EDITOR: (r"редактор",),
    },
    months={
        "января": 1,
        "январь": 1,
        "янв": 1,
        "февраля": 2,
        "февраль": 2,
        "фев": 2,
        "марта": 3,
        "март": 3,
        "мар": 3,
        "апреля": 4,
        "апрель": 4,
        "апр": 4,
        "мая": 5,
        "май": 5,
        "июня": 6,
        "июнь": 6,
        "июн": 6,
        "июля": 7,
        "июль": 7,
        "июл": 7,
        "августа": 8,
        "август": 8,
        "авг": 8,
        "сентября": 9,
        "сентябрь": 9,
        "сент": 9,
        "сен": 9,
        "октября": 10,
        "октябрь": 10,
        "окт": 10,
        "ноября": 11,
        "ноябрь": 11,
        "ноя": 11,
        "декабря": 12,
        "декабрь": 12,
        "дек": 12,
    },
    weekdays=(r"понедельник", r"вторник", r"среда", r"четверг", r"пятница", r"суббота", r"воскресенье"),
    time_connectors=(r"в",),
)
