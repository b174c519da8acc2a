"""Composition: what each recipe says, to whom, following the situation."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest

import rejection_kit as rk
from rejection_kit._composer import sentences


def _body_sentences(message: rk.Message) -> set[str]:
    return set().union(
        *(
            sentences(p.text)
            for p in message.parts
            if p.paragraph not in {"greeting", "closing", "signature"}
        )
    )


def test_full_response_to_the_hiring_manager(sample: rk.Situation) -> None:
    """The full response thanks, names a topic, offers help, keeps the door open, signs off."""
    msg = rk.compose(sample, recipe="full_response", to="Priya Raman")
    text = msg.text
    assert text.startswith("Dear Ms. Raman,\n\n")
    assert re.search(r"\b(thank you|grateful|appreciate)", text, re.IGNORECASE)
    assert "moving the dashboards to dbt" in text or "the dbt migration" in text
    assert "the migration checklist I used at Contoso" in text
    assert "Luis Gomez" in text
    assert {p.block for p in msg.parts} >= {
        "gratitude",
        "highlight",
        "resource_offer",
        "resource_offer_2",
        "keep_door_open",
        "well_wishes",
    }
    door = next(p.text for p in msg.parts if p.block == "keep_door_open")
    # The backup idea, said softly: another opening, or a change of plans for this one.
    assert re.search(r"opens? up|comes up|change", door)
    assert text.endswith("\nMaya Chen")
    assert 80 <= msg.word_count <= 200
    assert msg.subject == "Thank you — Senior Data Analyst interview"


@pytest.mark.parametrize("seed", range(8))
def test_full_response_keeps_its_shape_for_every_seed(sample: rk.Situation, seed: int) -> None:
    """Every seed gives a full response within 80 to 200 words with the backup idea."""
    msg = rk.compose(sample, recipe="full_response", to="Priya Raman", seed=seed)
    assert 80 <= msg.word_count <= 200
    assert "Luis Gomez" in msg.text


def test_offers_go_only_to_their_recipient(sample: rk.Situation) -> None:
    """Priya's checklist is not offered to Daniel, and Daniel's talk is not offered to Priya."""
    daniel = rk.compose(sample, recipe="full_response", to="Daniel Okafor").text
    priya = rk.compose(sample, recipe="full_response", to="Priya Raman").text
    assert "metric trees" in daniel
    assert "checklist" not in daniel
    assert "metric trees" not in priya


def test_thank_you_batch_is_one_note_per_contact_with_no_shared_sentence(
    sample: rk.Situation,
) -> None:
    """compose_all writes to everyone, and no two notes share a sentence."""
    notes = rk.compose_all(sample, recipe="thank_you")
    assert [n.recipient for n in notes] == [c.name for c in sample.contacts]
    for i, a in enumerate(notes):
        for b in notes[i + 1 :]:
            assert not _body_sentences(a) & _body_sentences(b), (a.recipient, b.recipient)


@pytest.mark.parametrize("seed", range(10))
def test_batches_stay_distinct_for_many_seeds(sample: rk.Situation, seed: int) -> None:
    """Distinctness holds whatever the seed."""
    notes = rk.compose_all(sample, recipe="thank_you", seed=seed)
    seen: set[str] = set()
    for note in notes:
        mine = _body_sentences(note)
        assert not mine & seen
        seen |= mine


def test_receptionist_gets_a_lighter_note(sample: rk.Situation) -> None:
    """The front desk note thanks for the welcome, skips the decision and is informal."""
    joe = rk.compose(sample, recipe="thank_you", to="Joe")
    manager = rk.compose(sample, recipe="thank_you", to="Priya Raman")
    assert joe.text.startswith("Hi Joe,")
    assert "acknowledgement" not in {p.block for p in joe.parts}
    assert "espresso machine" in joe.text
    assert joe.parts[1].variant.startswith("gratitude.welcome.")
    assert "All the best," in joe.text
    assert joe.word_count < manager.word_count


def test_messenger_is_thanked_for_the_call_and_the_feedback(sample: rk.Situation) -> None:
    """The recruiter who phoned gets thanks for the call and for the feedback, uncontested."""
    sam = rk.compose(sample, recipe="thank_you", to="Sam Ortiz")
    ids = sam.variant_ids
    assert any(v.startswith("gratitude.call.") for v in ids)
    assert any(v.startswith("acknowledgement.feedback.") for v in ids)
    assert "dbt experience" not in sam.text  # never argues with the feedback itself
    lena = rk.compose(sample, recipe="thank_you", to="Lena Park")
    assert not any(v.startswith("acknowledgement.feedback.") for v in lena.variant_ids)


def test_no_contacts_writes_to_the_hiring_team(minimal_data: dict[str, Any]) -> None:
    """Without contacts there is one message, to the hiring team, in the application form."""
    situation = rk.Situation.from_dict(minimal_data)
    notes = rk.compose_all(situation, recipe="thank_you")
    assert len(notes) == 1
    assert notes[0].text.startswith("Dear Northwind Analytics Hiring Team,")
    assert notes[0].subject == "Thank you — Data Analyst application"
    assert any(v.startswith("acknowledgement.application.") for v in notes[0].variant_ids)


def _with(data: dict[str, Any], **rejection: Any) -> rk.Situation:
    return rk.Situation.from_dict(data | {"rejection": data["rejection"] | rejection})


def test_reapply_invitation_changes_the_door_line(sample_data: dict[str, Any]) -> None:
    """When invited to reapply, the note takes up the invitation."""
    msg = rk.compose(_with(sample_data, reapply_invited=True), recipe="keep_door_open")
    assert any(v.startswith("keep_door_open.reapply.") for v in msg.variant_ids)


def test_internal_candidate_congratulates_and_asks_about_growth(
    sample_data: dict[str, Any],
) -> None:
    """An internal hire is congratulated and the note asks about a development path."""
    situation = _with(sample_data, stage="internal", finalist=False, feedback=None)
    ids = rk.compose(situation, recipe="full_response").variant_ids
    assert any(v.startswith("acknowledgement.internal.") for v in ids)
    assert any(v.startswith("keep_door_open.internal.") for v in ids)


def test_referrer_gets_an_update(sample_data: dict[str, Any]) -> None:
    """A referrer is thanked for the referral and told the outcome."""
    sample_data["contacts"].append({"name": "Ana Souza", "role": "referrer"})
    msg = rk.compose(rk.Situation.from_dict(sample_data), recipe="thank_you", to="Ana Souza")
    blocks = [p.block for p in msg.parts]
    assert "referrer" in blocks
    assert msg.parts[1].variant.startswith("gratitude.referral.")


def test_ghosted_closure_assumes_another_candidate_and_asks_nothing(
    sample_data: dict[str, Any],
) -> None:
    """The ghosted note closes the loop politely with no request."""
    situation = _with(sample_data, via="none", by=None, feedback=None)
    msg = rk.compose(situation, recipe="ghosted_closure", to="Sam Ortiz")
    assert any(v.startswith("ghosted.closure.") for v in msg.variant_ids)
    assert any(v.startswith("keep_door_open.future.") for v in msg.variant_ids)
    assert "?" not in msg.text


def test_feedback_request_is_hedged_and_refused_when_feedback_was_given(
    sample_data: dict[str, Any], sample: rk.Situation
) -> None:
    """The request is polite; asking again after feedback was given is an error."""
    situation = _with(sample_data, feedback=None)
    msg = rk.compose(situation, recipe="feedback_request", to="Sam Ortiz")
    part = next(p for p in msg.parts if p.block == "feedback_request")
    assert re.search(r"understand", part.text)
    with pytest.raises(rk.CompositionError, match="feedback_request"):
        rk.compose(sample, recipe="feedback_request", to="Sam Ortiz")


def test_be_a_resource_needs_an_offer(sample: rk.Situation) -> None:
    """Offering help to someone with no offer is a clear error."""
    assert [m.recipient for m in rk.compose_all(sample, recipe="be_a_resource")] == [
        "Priya Raman",
        "Daniel Okafor",
    ]
    with pytest.raises(rk.CompositionError, match="offered something to; Lena Park is"):
        rk.compose(sample, recipe="be_a_resource", to="Lena Park")


def test_linkedin_note_is_short_and_says_how_we_met(sample: rk.Situation) -> None:
    """The connection note has no subject, fits 200 characters and names the company."""
    msg = rk.compose(sample, recipe="linkedin_connect", to="Lena Park")
    assert msg.channel == "linkedin_note"
    assert msg.subject is None
    assert len(msg.text) <= 200
    assert "Northwind Analytics" in msg.text
    assert msg.text.startswith("Hi Lena,\n")


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"recipe": "nope"}, rk.UnknownRecipeError, "recipe"),
        ({"locale": "xx"}, rk.UnknownLocaleError, "locale"),
        ({"channel": "fax"}, rk.UnknownChannelError, "channel"),
        ({"tone": "angry"}, rk.UnknownToneError, "tone"),
        ({"to": "Nobody"}, rk.UnknownContactError, "to"),
    ],
)
def test_unknown_names_raise_errors_listing_the_choices(
    sample: rk.Situation, kwargs: dict[str, Any], error: type[rk.UnknownNameError], field: str
) -> None:
    """Every unknown name is an error that names the field and the valid choices."""
    with pytest.raises(error) as info:
        rk.compose(sample, **kwargs)
    assert info.value.field == field
    assert info.value.choices
    assert "expected one of" in str(info.value)


def test_unknown_locale_lists_supported_locales(sample: rk.Situation) -> None:
    """locale='xx' names the supported locales."""
    with pytest.raises(rk.UnknownLocaleError, match="en"):
        rk.compose(sample, locale="xx")


def test_regional_locale_resolves(sample: rk.Situation) -> None:
    """en_US and en-GB are served by the English catalog."""
    assert rk.compose(sample, locale="en_US").locale == "en"
    assert rk.compose(sample, locale="en-GB").text == rk.compose(sample, locale="en").text


def test_situation_must_be_a_model() -> None:
    """Passing raw dicts gets a pointer to Situation.from_dict."""
    with pytest.raises(TypeError, match="from_dict"):
        rk.compose({"candidate": {}})  # type: ignore[arg-type]


def test_gender_neutral_salutation_uses_the_full_name(sample: rk.Situation) -> None:
    """Without a gender the salutation never guesses: it uses the full name."""
    assert rk.compose(sample, recipe="thank_you", to="Lena Park").text.startswith(
        "Dear Lena Park,"
    )
    assert rk.compose(sample, recipe="thank_you", to="Daniel Okafor").text.startswith(
        "Dear Mr. Okafor,"
    )


def test_informal_address_uses_the_first_name(sample_data: dict[str, Any]) -> None:
    """address='informal' greets by first name."""
    sample_data["contacts"][0]["address"] = "informal"
    msg = rk.compose(rk.Situation.from_dict(sample_data), recipe="thank_you")
    assert msg.text.startswith("Hi Priya,")


def test_extra_rules_steer_the_choice_of_phrasings(sample: rk.Situation) -> None:
    """A forbidden phrase is avoided by choosing another phrasing, and recorded nowhere."""
    from rejection_kit.tone import forbid

    default = rk.compose(sample, recipe="thank_you", to="Lena Park")
    first_sentence = default.parts[1].text.split(" ")[:4]
    banned = r"\b" + r"\s+".join(first_sentence)
    steered = rk.compose(
        sample, recipe="thank_you", to="Lena Park", rules=[forbid(banned, id="house.no_phrase")]
    )
    assert not re.search(banned, steered.text)
    assert steered.parts[1].variant != default.parts[1].variant
    assert rk.check(steered.text, rules=[forbid(banned, id="house.no_phrase")]).ok


def test_a_word_limit_drops_blocks_in_order(sample: rk.Situation) -> None:
    """max_words is met by shorter phrasings and dropping the least important blocks."""
    from rejection_kit.tone import max_words

    full = rk.compose(sample, recipe="full_response", to="Priya Raman")
    short = rk.compose(sample, recipe="full_response", to="Priya Raman", rules=[max_words(90)])
    assert short.word_count <= 90 < full.word_count
    kept = {p.block for p in short.parts}
    assert {"greeting", "gratitude", "keep_door_open", "signature"} <= kept
    assert "well_wishes" not in kept  # the first to go


def test_impossible_rules_raise_naming_the_rule(sample: rk.Situation) -> None:
    """When no phrasing can satisfy a rule, ConstraintError names it."""
    from rejection_kit.tone import forbid

    with pytest.raises(rk.ConstraintError, match=r"house\.no_name") as info:
        rk.compose(
            sample,
            recipe="thank_you",
            to="Lena Park",
            rules=[forbid(r"Maya Chen", id="house.no_name")],
        )
    assert info.value.rule_ids == ("house.no_name",)


def test_not_applicable_names_the_recipient_and_why(sample: rk.Situation) -> None:
    """A recipe that does not suit a recipient says whom it is for and who this is."""
    with pytest.raises(rk.CompositionError) as info:
        rk.compose(sample, recipe="be_a_resource", to="Lena Park")
    assert str(info.value) == (
        "be_a_resource is written to the people you offered something to; Lena Park is "
        "the interviewer (recipe 'be_a_resource')"
    )
    assert info.value.recipe == "be_a_resource"


def test_a_required_block_that_does_not_apply_names_it(sample: rk.Situation) -> None:
    """A custom recipe whose required block has nothing to say names the block."""
    recipe = rk.recipes.thank_you.without("gratitude") + rk.blocks.ResourceOffers[0]
    recipe = attrs.evolve(recipe, required=frozenset({"resource_offer"}))
    with pytest.raises(rk.CompositionError) as info:
        rk.compose(sample, recipe=recipe, to="Lena Park")
    assert info.value.block == "resource_offer"
    assert "nothing to write to Lena Park (interviewer)" in str(info.value)
