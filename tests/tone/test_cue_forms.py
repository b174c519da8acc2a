"""A cue entry written in an inflected form matches that form as written.

The text's words are matched by lemma ("meine" is read as "mein"), so an entry an author
wrote as "meine einschätzung" could never match before: about 1,700 entries of the
shipped packs were dead this way (most in Portuguese, Dutch, Italian and German).
"""

from __future__ import annotations

from rejection_kit.tone._cues import Cues, lemma_table
from rejection_kit.tone._doc import Doc


def _spans(cues: Cues, text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in cues.matches(Doc(text), language)]


def test_an_inflected_entry_matches_as_written_and_no_other_form() -> None:
    assert lemma_table("de")["meine"] == "mein"  # the text's "meine" is read as "mein"
    cues = Cues.build([["meine einschätzung"], ["falsch"]])
    assert _spans(cues, "Ich halte meine Einschätzung für falsch.", "de") == [
        "meine Einschätzung für falsch"
    ]
    assert _spans(cues, "Ich halte meiner Einschätzung nach nichts für falsch.", "de") == []


def test_a_lemma_entry_still_matches_every_form() -> None:
    cues = Cues.build([["mein einschätzung"], ["falsch"]])
    assert _spans(cues, "Nach meiner Einschätzung ist das falsch.", "de") == [
        "meiner Einschätzung ist das falsch"
    ]


def test_an_inflected_veto_vetoes_as_written() -> None:
    """ "nam" (took) in an ``unless`` group vetoes "nam", not every form of "nemen"."""
    assert lemma_table("nl")["nam"] == "nemen"
    cues = Cues.build([["afspraak"], ["plannen"]], unless=[["nam"]])
    assert _spans(cues, "Ik nam de tijd om een afspraak te plannen.", "nl") == []
    assert _spans(cues, "Kunnen we een afspraak plannen om dit door te nemen?", "nl")


def test_a_phrase_entry_never_straddles_punctuation() -> None:
    """ "pouco claro" (unclear) is not in "um pouco, claro, mas …" (a little, of course):
    the library's own Portuguese acknowledgement read as a criticism of the process."""
    cues = Cues.build([["processo", "decisão"], ["pouco claro"]])
    assert _spans(cues, "Fiquei um pouco, claro, mas compreendo a decisão.", "pt") == []
    assert _spans(cues, "O processo foi pouco claro.", "pt") == ["processo foi pouco claro"]
    three = Cues.build([["sem pé nem cabeça"], ["processo"]])
    assert _spans(three, "O processo, sem pé nem cabeça, acabou.", "pt")
    assert not _spans(three, "O processo: sem pé; nem cabeça.", "pt")
