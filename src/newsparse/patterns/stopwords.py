"""The commonest words of Latin-script languages, for the language guess (data only)."""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at", "from", "are", "this", "be", "have", "has", "an", "not", "but"]
    ),
    "de": frozenset(
        ["der", "die", "und", "das", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei"]
    ),
    "fr": frozenset(
        ["le", "la", "les", "de", "des", "et", "du", "un", "une", "est", "en", "que", "pour", "dans", "qui", "sur", "au", "pas", "par", "ce", "avec", "il", "sont", "plus", "ne", "se", "aux"]
    ),
    "es": frozenset(["el", "la", "de", "que", "y", "en", "los", "del", "las", "un", "por", "con", "una", "para", "es", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "se"]),
    "it": frozenset(["il", "di", "che", "la", "e", "per", "un", "una", "del", "della", "non", "con", "sono", "le", "al", "dei", "si", "è", "da", "nel", "gli", "ha"]),
    "pt": frozenset(["de", "que", "o", "a", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao"]),
    "nl": frozenset(["de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er", "die", "ook", "als", "bij"]),
    "pl": frozenset(["i", "w", "na", "z", "się", "do", "nie", "że", "to", "jest", "o", "jak", "po", "a", "od", "za", "przez", "dla", "są", "jego"]),
    "tr": frozenset(["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "en", "gibi", "ama", "olan", "kadar", "sonra"]),
    "id": frozenset(["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke", "karena", "adalah"]),
}
