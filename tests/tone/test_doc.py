"""The pre-tokenised view: greeting, closing, body, sentences and quotes."""

from __future__ import annotations

from rejection_kit.channels import sms_segments
from rejection_kit.language import conventions, supported_locales
from rejection_kit.tone import Doc

LETTER = (
    "Subject: Thank you\n\nDear Ms. Raman,\n\nThank you for the update. I enjoyed it! "
    "See the \u201cnotes\u201d.\n\nBest regards,\nMaya Chen"
)


def test_structure() -> None:
    """Subject, greeting, name, closing and body are found."""
    doc = Doc(LETTER)
    assert doc.subject is not None
    assert LETTER[slice(*doc.subject)] == "Subject: Thank you"
    assert doc.salutation is not None
    assert LETTER[slice(*doc.salutation)] == "Dear Ms. Raman,"
    assert doc.salutation_name is not None
    assert LETTER[slice(*doc.salutation_name)] == "Ms. Raman"
    assert doc.signoff is not None
    assert LETTER[slice(*doc.signoff)].startswith("Best regards,")
    assert doc.body_text().strip().startswith("Thank you")
    assert doc.words == 11


def test_sentences_and_abbreviations() -> None:
    """Sentences end at marks and line breaks, not after "Ms."."""
    doc = Doc(LETTER)
    sentences = [LETTER[s:e] for s, e in doc.sentences]
    assert "Dear Ms. Raman," in sentences
    assert "Thank you for the update." in sentences
    assert doc.sentence_at(len(LETTER) + 5) == doc.sentences[-1]
    assert Doc("").sentence_at(0) == (0, 0)


def test_quotes_keep_apostrophes() -> None:
    """Quoted spans are found; apostrophes inside words do not open quotes."""
    text = "I don't mind. You said 'we can't go on' and \"that's all\"."
    doc = Doc(text)
    quoted = [text[s:e] for s, e in doc.quotes]
    assert quoted == ["'we can't go on'", '"that\'s all"']
    assert doc.in_quote(text.index("go on"), text.index("go on") + 5)
    assert not doc.in_quote(text.index("mind"), text.index("mind") + 4)


def test_inline_greeting() -> None:
    """A greeting at the start of a line of text is recognised."""
    doc = Doc("Hi, I understand the decision and thank you.")
    assert doc.salutation == (0, 3)
    assert doc.salutation_name is None


def test_sms_segments() -> None:
    """GSM-7 and UCS-2 segment counts follow the carriers' rules."""
    assert sms_segments("") == 0
    assert sms_segments("a" * 160) == 1
    assert sms_segments("a" * 161) == 2
    assert sms_segments("{" * 80) == 1
    assert sms_segments("{" * 81) == 2
    assert sms_segments("\u00e7" * 70) == 1
    assert sms_segments("\u00e7" * 71) == 2


def test_word_count_is_the_number_of_words_however_apostrophes_fall() -> None:
    """The body's word count (ASCII, counted without a match per word) equals the number
    of words the word pattern finds, for apostrophes inside, around and between words."""
    import itertools
    import re

    word = re.compile(r"\w+(?:'\w+)*")
    pieces = ["a", "bc", "'", "''", " ", "-", "I'm", "o'", "'s", "d'x'y", "_", "9"]
    for combination in itertools.product(pieces, repeat=4):
        body = "".join(combination)
        assert Doc(body).words == len(word.findall(body)), body


def test_a_subject_line_is_found_in_every_shipped_language() -> None:
    """ "Betreff:", "Objet :" (a no-break space before the colon), "Asunto:": a draft
    pasted from a mail program in its own language keeps its subject out of the body."""
    shipped = {conventions(locale).subject_label for locale in supported_locales()}
    assert len(shipped) == len(supported_locales())  # every language labels its own
    for label in sorted(shipped | {"Objet :", "betreff:"}):
        text = f"{label} Danke\n\nHallo Lena,\n\ndanke für das Gespräch.\n\nViele Grüße\nMaya"
        doc = Doc(text)
        assert doc.subject is not None, label
        assert text[slice(*doc.subject)] == f"{label} Danke"
    assert Doc("Objectif : merci\n\nBonjour,\n\nMerci.").subject is None
