"""A catalogue of bad inputs: each fails with the documented error and its field path."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

import rejection_kit as rk

Data = dict[str, Any]
_BASE: Data = {
    "candidate": {"name": "Maya Chen", "email": "maya@example.com"},
    "company": {"name": "Northwind"},
    "position": {"title": "Data Analyst"},
    "contacts": [
        {"name": "Priya Raman", "role": "hiring_manager"},
        {"name": "Sam Ortiz", "role": "recruiter"},
    ],
    "interviews": [{"date": "2026-11-10", "kind": "onsite", "with": ["Priya Raman"]}],
    "rejection": {"date": "2026-11-24", "via": "phone", "by": "Sam Ortiz"},
    "offers": [{"kind": "resource", "for": "Priya Raman", "title": "a checklist"}],
}


def _set(path: str, value: Any) -> Callable[[Data], Any]:
    """A change that sets ``path`` (dotted, with [i] indices) to ``value``."""

    def change(data: Data) -> Any:
        keys = path.replace("[", ".").replace("]", "").split(".")
        target: Any = data
        for key in keys[:-1]:
            target = target[int(key)] if key.isdigit() else target[key]
        last = keys[-1]
        if value is _DELETE:
            del target[last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value
        return data

    return change


_DELETE = object()


def _invited_to(role: Any) -> Callable[[Data], Any]:
    """An invitation to apply again for ``role``: the attack is the role, not the flag."""
    return lambda data: _set("rejection.reapply_role", role)(
        _set("rejection.reapply_invited", True)(data)
    )


_MANY = [{"name": f"Person {i}"} for i in range(51)]

# (case id, change, field path named in the error)
MODEL_CASES: list[tuple[str, Callable[[Data], Any], str]] = [
    ("list-instead-of-mapping", lambda d: [d], ""),
    ("string-instead-of-mapping", lambda d: "Maya Chen", ""),
    ("missing-candidate", _set("candidate", _DELETE), "candidate"),
    ("missing-candidate-name", _set("candidate.name", _DELETE), "candidate.name"),
    ("empty-name", _set("candidate.name", ""), "candidate.name"),
    ("whitespace-name", _set("candidate.name", "   "), "candidate.name"),
    ("padded-name", _set("candidate.name", " Maya "), "candidate.name"),
    ("int-name", _set("candidate.name", 42), "candidate.name"),
    ("null-name", _set("candidate.name", None), "candidate.name"),
    ("ten-megabyte-name", _set("candidate.name", "M" * 10_000_000), "candidate.name"),
    ("nul-in-name", _set("candidate.name", "Maya\x00Chen"), "candidate.name"),
    ("newline-in-name", _set("candidate.name", "Maya\nChen"), "candidate.name"),
    ("bidi-override-in-name", _set("candidate.name", "Maya \u202enehC"), "candidate.name"),
    ("bidi-isolate-in-company", _set("company.name", "North\u2066wind"), "company.name"),
    ("bad-email", _set("candidate.email", "maya(at)example.com"), "candidate.email"),
    (
        "header-injection-email",
        _set("candidate.email", "m@x.com\r\nBcc: v@x.com"),
        "candidate.email",
    ),
    ("javascript-url", _set("candidate.linkedin", "javascript:alert(1)"), "candidate.linkedin"),
    ("jinja-expression-in-company", _set("company.name", "{{ 7*7 }}"), "company.name"),
    # A brace in a name read as a leftover placeholder: the Spanish plan failed whole.
    ("token-in-contact-name", _set("contacts[0].name", "Priya {de} Raman"), "contacts[0].name"),
    ("brace-in-candidate-name", _set("candidate.name", "Maya {first_name}"), "candidate.name"),
    (
        "jinja-loop-in-title",
        _set("position.title", "{% for x in range(10**9) %}x{% endfor %}"),
        "position.title",
    ),
    (
        "jinja-comment-in-topic",
        _set("contacts[0].topics", ["{# hidden #}"]),
        "contacts[0].topics[0]",
    ),
    ("missing-title", _set("position.title", _DELETE), "position.title"),
    ("list-title", _set("position.title", ["Analyst"]), "position.title"),
    ("contacts-mapping", _set("contacts", {"name": "Priya"}), "contacts"),
    ("contact-string", _set("contacts[0]", "Priya Raman"), "contacts[0]"),
    ("unknown-role", _set("contacts[0].role", "boss"), "contacts[0].role"),
    ("unknown-gender", _set("contacts[0].gender", "other"), "contacts[0].gender"),
    ("unknown-address", _set("contacts[0].address", "casual"), "contacts[0].address"),
    ("topics-string", _set("contacts[0].topics", "dbt"), "contacts[0].topics"),
    ("empty-topic", _set("contacts[0].topics", [""]), "contacts[0].topics[0]"),
    (
        "header-injection-contact-name",
        _set("contacts[0].name", "Priya\r\nBcc: x@example.com"),
        "contacts[0].name",
    ),
    ("duplicate-contacts", _set("contacts[1].name", "Priya Raman"), "contacts[1].name"),
    ("too-many-contacts", _set("contacts", _MANY), "contacts"),
    ("date-wrong-format", _set("interviews[0].date", "10/11/2026"), "interviews[0].date"),
    ("date-impossible", _set("interviews[0].date", "2026-02-30"), "interviews[0].date"),
    ("date-as-number", _set("rejection.date", 20261124), "rejection.date"),
    ("interview-after-rejection", _set("interviews[0].date", "2026-12-01"), "interviews[0].date"),
    ("unknown-interview-kind", _set("interviews[0].kind", "lunch"), "interviews[0].kind"),
    ("unknown-interviewer", _set("interviews[0].with", ["Nobody"]), "interviews[0].with[0]"),
    ("with-string", _set("interviews[0].with", "Priya Raman"), "interviews[0].with"),
    ("unknown-via", _set("rejection.via", "pigeon"), "rejection.via"),
    ("unknown-stage", _set("rejection.stage", "offer"), "rejection.stage"),
    ("unknown-by", _set("rejection.by", "Nobody"), "rejection.by"),
    ("finalist-string", _set("rejection.finalist", "yes"), "rejection.finalist"),
    (
        "header-injection-subject",
        _set("rejection.subject", "Hi\r\nBcc: x@example.com"),
        "rejection.subject",
    ),
    ("bad-message-id", _set("rejection.message_id", "not-an-id"), "rejection.message_id"),
    (
        "header-injection-reapply-role",
        _invited_to("Engineer\r\nBcc: x@example.com"),
        "rejection.reapply_role",
    ),
    (
        "jinja-in-reapply-role",
        _invited_to("{% for x in range(10**9) %}x{% endfor %}"),
        "rejection.reapply_role",
    ),
    ("huge-reapply-role", _invited_to("E" * 10_000_000), "rejection.reapply_role"),
    ("list-reapply-role", _invited_to(["Engineer"]), "rejection.reapply_role"),
    ("encoded-word-reapply-role", _invited_to("=?utf-8?b?QmNjOg==?="), "rejection.reapply_role"),
    (
        "reapply-role-uninvited",
        _set("rejection.reapply_role", "Engineer"),
        "rejection.reapply_role",
    ),
    ("unknown-offer-kind", _set("offers[0].kind", "money"), "offers[0].kind"),
    ("unknown-offer-recipient", _set("offers[0].for", "Nobody"), "offers[0].for"),
    ("resource-without-title", _set("offers[0].title", _DELETE), "offers[0].title"),
    ("introduction-without-person", _set("offers[0].kind", "introduction"), "offers[0].person"),
    ("ftp-url", _set("offers[0].url", "ftp://example.com/x"), "offers[0].url"),
    ("unknown-top-level-key", _set("extra", 1), "extra"),
    ("unknown-nested-key", _set("contacts[0].nickname", "P"), "contacts[0].nickname"),
]


@pytest.mark.parametrize(("case", "change", "path"), MODEL_CASES, ids=[c[0] for c in MODEL_CASES])
def test_bad_situation_is_refused_with_its_path(
    case: str, change: Callable[[Data], Any], path: str
) -> None:
    """Each bad input raises ValidationError naming the field, and nothing is built."""
    data = change(copy.deepcopy(_BASE))
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(data)
    assert path in info.value.paths, info.value
    assert len(str(info.value)) < 2000  # a 10 MB value is not echoed back
    # Every problem has a stable code a bot can act on, and its location as a list.
    data = info.value.to_dict()
    assert data["code"] == "validation"
    assert all(e["code"] != "invalid" for e in data["errors"]), data["errors"]
    found = next(
        e
        for e in data["errors"]
        if ".".join(map(str, e["loc"])) == path.replace("[", ".").replace("]", "")
    )
    assert found["msg"]


CALL_CASES: list[tuple[str, dict[str, Any], type[rk.RejectionKitError], str]] = [
    ("unknown-locale", {"locale": "xx"}, rk.UnknownLocaleError, "locale"),
    ("locale-not-a-string", {"locale": 5}, rk.UnknownLocaleError, "locale"),
    ("unknown-channel", {"channel": "fax"}, rk.UnknownChannelError, "channel"),
    ("unknown-recipe", {"recipe": "apology_tour"}, rk.UnknownRecipeError, "recipe"),
    ("unknown-tone", {"tone": "angry"}, rk.UnknownToneError, "tone"),
    ("unknown-recipient", {"to": "Nobody"}, rk.UnknownContactError, "to"),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "error", "field"), CALL_CASES, ids=[c[0] for c in CALL_CASES]
)
def test_bad_arguments_are_refused(
    case: str, kwargs: dict[str, Any], error: type[rk.RejectionKitError], field: str
) -> None:
    """Each bad argument raises its documented error naming the argument."""
    situation = rk.Situation.from_dict(copy.deepcopy(_BASE))
    with pytest.raises(error) as info:
        rk.compose(situation, **kwargs)
    assert str(info.value).startswith(f"{field}:")
    assert info.value.to_dict()["code"] == f"unknown_{error.kind.replace(' ', '_')}"
    assert info.value.to_dict()["errors"][0]["loc"] == [field]


def test_catalogue_has_at_least_forty_cases() -> None:
    """The catalogue covers at least forty bad inputs."""
    assert len(MODEL_CASES) + len(CALL_CASES) >= 40


_LITERAL = "R&D <Labs> [EU] \"Quotes\" & 'Ticks' %(name)s {0} $HOME"


@pytest.mark.parametrize("channel", ["email", "linkedin_note", "linkedin_message", "sms", "card"])
def test_markup_in_values_renders_literally(channel: str) -> None:
    """HTML, format strings and shell syntax in a value appear as text in every channel."""
    data = copy.deepcopy(_BASE)
    data["company"]["name"] = _LITERAL
    situation = rk.Situation.from_dict(data)
    recipe = "linkedin_connect" if channel == "linkedin_note" else "thank_you"
    messages = list(rk.every_variant(situation, recipe=recipe, channel=channel, to="Priya Raman"))
    showing = [m for m in messages if "Labs" in m.text]
    assert showing
    for message in showing:
        assert _LITERAL in message.text
        assert "R&amp;D &lt;Labs&gt;" in message.html
        assert "<Labs>" not in message.html
        assert r"R&D \<Labs\> \[EU\]" in message.markdown
