"""No header injection: every value that becomes a header is checked as the wire carries it."""

from __future__ import annotations

import copy
import email
import email.policy
from typing import Any

import attrs
import pytest

import rejection_kit as rk

_ENCODED = "=?utf-8?q?Your_application=0D=0ABcc:_victim@evil.example=0D=0A=0D=0ASmuggled_body?="
_DATA: dict[str, Any] = {
    "candidate": {"name": "Maya Chen", "email": "maya@example.com"},
    "company": {"name": "Northwind"},
    "position": {"title": "Data Analyst"},
    "contacts": [{"name": "Sam Ortiz", "role": "recruiter", "email": "sam@northwind.example"}],
    "rejection": {
        "via": "email",
        "by": "Sam Ortiz",
        "subject": "Your application",
        "message_id": "<a1@northwind.example>",
    },
}


def _data(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(_DATA)
    *head, last = path.split(".")
    target: Any = data
    for key in head:
        target = target[int(key)] if key.isdigit() else target[key]
    target[int(last) if last.isdigit() else last] = value
    return data


def _message() -> rk.Message:
    return rk.compose(rk.Situation.from_dict(_DATA), recipe="thank_you", to="Sam Ortiz")


@pytest.mark.parametrize(
    "path",
    ["rejection.subject", "candidate.name", "contacts.0.name", "position.title", "company.name"],
)
def test_encoded_words_are_refused_in_the_model(path: str) -> None:
    """An RFC 2047 word that would decode to CR/LF on the wire never enters a situation."""
    with pytest.raises(rk.ValidationError, match="encoded word") as info:
        rk.Situation.from_dict(_data(path, _ENCODED))
    assert info.value.paths[0].replace("[0]", ".0") == path


@pytest.mark.parametrize(
    "char", ["\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\u2028", "\u2029", "\x85", "\r"]
)
@pytest.mark.parametrize("field", ["subject", "sender", "recipient"])
def test_hand_built_messages_refuse_separators(field: str, char: str) -> None:
    """NUL, VT, FF, FS-RS, the Unicode separators and NEL are refused in any header value."""
    with pytest.raises(rk.ValidationError) as info:
        attrs.evolve(_message(), **{field: f"Sam{char}Bcc: x@evil.example"})
    assert info.value.paths == (field,)


def test_hand_built_messages_refuse_encoded_words() -> None:
    """A subject set by hand to an encoded line break is refused before any e-mail exists."""
    with pytest.raises(rk.ValidationError, match="encoded word"):
        attrs.evolve(_message(), subject=_ENCODED)


@pytest.mark.parametrize(
    "address",
    [
        "sam@northwind.example, v@evil.example",
        "Maya <evil@evil.example>",
        "sam@northwind.example\r\nBcc: v@evil.example",
        "sam@@northwind.example",
        "sam",
    ],
)
@pytest.mark.parametrize("field", ["recipient_email", "sender_email"])
def test_addresses_are_one_bare_address(field: str, address: str) -> None:
    """An address list, a display name or a malformed address is refused, not rewritten."""
    with pytest.raises(rk.ValidationError) as info:
        attrs.evolve(_message(), **{field: address})
    assert info.value.paths == (field,)
    with pytest.raises(rk.ValidationError):
        rk.Situation.from_dict(_data("contacts.0.email", address))


@pytest.mark.parametrize("name", ["Maya <evil@evil.example>", "sam@evil.example"])
def test_names_cannot_pass_for_addresses(name: str) -> None:
    """A person's name with angle brackets or an @ is refused in the model and in a message."""
    with pytest.raises(rk.ValidationError, match="not an address"):
        rk.Situation.from_dict(_data("candidate.name", name))
    with pytest.raises(rk.ValidationError):
        attrs.evolve(_message(), sender=name)


def test_the_wire_carries_exactly_what_was_set() -> None:
    """The e-mail parses back with exactly the headers set, names intact, body unchanged."""
    message = _message()
    parsed = email.message_from_bytes(
        message.to_email_message().as_bytes(), policy=email.policy.default
    )
    assert sorted(parsed.keys()) == sorted(
        [
            "To",
            "From",
            "Subject",
            "In-Reply-To",
            "References",
            "Message-ID",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )
    assert parsed["Subject"] == "Re: Your application"
    assert parsed.get_content().rstrip("\n") == message.text


def test_a_value_slipped_past_the_checks_is_caught_on_the_wire() -> None:
    """Even a Message mutated behind attrs' back cannot send a smuggled header."""
    message = _message()
    object.__setattr__(message, "subject", _ENCODED)
    with pytest.raises(rk.ValidationError, match="e-mail header"):
        message.to_email_message()


def test_internationalised_addresses_are_sent_as_utf8() -> None:
    """José@exämple.com is a valid address; the e-mail carries it in UTF-8 (SMTPUTF8)."""
    message = attrs.evolve(_message(), recipient_email="josé@exämple.com")
    raw = message.to_email_message().as_bytes()
    assert "josé@exämple.com".encode() in raw
