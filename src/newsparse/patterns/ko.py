"""Korean: the header labels of Korean news sites (입력 = published, 수정 = updated, written
without a colon before their date-time) and the portals' auto-summary box around a story.
The reporter's role word (기자) follows the name ("홍길동 기자")."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="ko",
    field_labels={
        FieldName.PUBLISHED: (r"입력", r"등록", r"기사\s*입력", r"게재", r"발행(?:일)?", r"작성일"),
        FieldName.UPDATED: (r"수정", r"최종\s*수정", r"업데이트", r"기사\s*수정"),
        FieldName.AUTHOR: (r"기자", r"작성자"),
        FieldName.SOURCE: (r"출처",),
    },
    # "입력 2024.05.20 14:33 수정 2024.05.21 09:00": believed only when a date follows them
    bare_labels={
        FieldName.PUBLISHED: (r"입력", r"등록", r"기사\s*입력", r"게재", r"작성일"),
        FieldName.UPDATED: (r"수정", r"최종\s*수정", r"업데이트", r"기사\s*수정"),
    },
    chrome_lines=(
        # a portal's auto-summary box: its heading, its note ("summarised automatically from the
        # headline and key sentences"), its advice to read the full story
        r"자동\s*요약",
        r"자동\s*요약\s+.{0,40}자동\s*요약(?:한|된)\s*결과입니다\.?",
        r".{0,40}본문\s*보기를\s*권장합니다\.?",
        r"요약\s*(?:보기|닫기)",
        # a relative age stamp ("3시간 전": 3 hours ago)
        r"\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전",
    ),
    am_markers=(r"오전",),
    pm_markers=(r"오후",),
    person_roles=(r"기자",),
    # "김수아 인턴 기자", "홍길동 선임기자": a name of two to four syllables, then the role
    trailing_role_bylines=(r"(?P<name>[가-힣]{2,4})\s?(?:(?:인턴|수습|선임|객원|전문|취재)\s?)?기자(?![가-힣])",),
)
