"""Hindi: month names, the header labels of Hindi news sites, and their relative age stamp
("4 दिन पहले": 4 days ago), which names no date a field can read."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="hi",
    field_labels={
        FieldName.PUBLISHED: (r"प्रकाशित", r"प्रकाशित\s+तिथि", r"पब्लिश(?:्ड)?"),
        FieldName.UPDATED: (r"अपडेट(?:ेड)?", r"अद्यतन"),
        FieldName.AUTHOR: (r"लेखक", r"संवाददाता", r"रिपोर्टर"),
        FieldName.EDITOR: (r"संपादक", r"एडिटर"),
        FieldName.SOURCE: (r"स्रोत",),
    },
    months={
        "जनवरी": 1,
        "फरवरी": 2,
        "फ़रवरी": 2,
        "मार्च": 3,
        "अप्रैल": 4,
        "मई": 5,
        "जून": 6,
        "जुलाई": 7,
        "अगस्त": 8,
        "सितंबर": 9,
        "सितम्बर": 9,
        "अक्टूबर": 10,
        "अक्तूबर": 10,
        "नवंबर": 11,
        "नवम्बर": 11,
        "दिसंबर": 12,
        "दिसम्बर": 12,
    },
    chrome_lines=(
        # a relative age stamp, alone or glued to the dateline's city ("मुंबई12 दिन पहले")
        r"[\u0900-\u097f]{0,20}\s{0,3}\d+\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|हफ़्ते|सप्ताह|महीने|महीना|साल|वर्ष)\s+पहले",
    ),
)
