"""A received rejection read field by field, and the situation made from it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs

from rejection_kit._errors import ArgumentError, Problem, ValidationError, shown
from rejection_kit.intake._extract import Found, extract
from rejection_kit.intake._mime import read_mail
from rejection_kit.language._detect import shipped_locale
from rejection_kit.model import Candidate, Situation

#: The fields a reading may hold, in the order ``to_dict`` lists them.
FIELDS: tuple[str, ...] = (
    "company", "agency", "position", "date", "stage", "internal", "finalist", "feedback",
    "reapply_invited", "reapply_after_months", "sender.name", "sender.email", "sender.title",
    "sender.role", "sender.automated", "reply_to", "can_reply",
)  # fmt: skip


@attrs.frozen(kw_only=True)
class Reading:
    """What a received rejection e-mail says, field by field, with how sure each is.

    ``fields`` maps a field name (see :data:`FIELDS`) to what was :class:`Found`; a fact
    the newest message does not state is absent, never guessed. ``uncertain`` lists the
    fields read from a single weak cue: show them to the user to confirm.
    """

    fields: Mapping[str, Found]
    language: str | None = None
    subject: str | None = None
    message_id: str | None = None
    references: tuple[str, ...] = ()

    def get(self, field: str) -> Any:
        """The value of ``field``, or None when the e-mail does not state it."""
        found = self.fields.get(field)
        return found.value if found else None

    @property
    def locale(self) -> str | None:
        """The locale to reply in: the e-mail's language as a shipped locale ("pt" is
        ``"pt_BR"``), or None when the language is unknown. Pass it to ``compose``:
        a reply is in English unless told otherwise."""
        if self.language is None:
            return None
        return shipped_locale(self.language)

    @property
    def uncertain(self) -> tuple[str, ...]:
        """The fields to confirm: read from one weak cue."""
        return tuple(f for f in FIELDS if f in self.fields and self.fields[f].confidence == "low")

    @property
    def can_reply(self) -> bool:
        """Whether someone can be answered: the sender, a Reply-To, or an address in the text."""
        return bool(self.get("can_reply"))

    @property
    def reply_to(self) -> str | None:
        """Where a thank-you should go, or None (a no-reply e-mail that names no one)."""
        value = self.get("reply_to")
        return str(value) if value else None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data: each field's value, confidence and source."""
        fields = {}
        for name in FIELDS:
            if name in self.fields:
                found = self.fields[name]
                value = found.value
                value = value.isoformat() if isinstance(value, date) else value
                value = list(value) if isinstance(value, tuple) else value
                fields[name] = {
                    "value": value, "confidence": found.confidence, "source": found.source
                }  # fmt: skip
        return {
            "language": self.language,
            "subject": self.subject,
            "message_id": self.message_id,
            "references": list(self.references),
            "fields": fields,
            "uncertain": list(self.uncertain),
        }

    def situation_data(self, candidate: Mapping[str, Any]) -> dict[str, Any]:
        """The situation as plain data (``Situation.from_dict`` input), for a form to edit."""
        person = self.get("sender.name")
        sender_email = self.get("sender.email")
        contacts = []
        if person:
            contact: dict[str, Any] = {"name": person, "role": self.get("sender.role")}
            if self.reply_to and self.reply_to == sender_email:
                contact["email"] = self.reply_to
            if self.get("sender.title"):
                contact["title"] = self.get("sender.title")
            contacts.append(contact)
        rejection: dict[str, Any] = {
            "via": "ats" if self.get("sender.automated") and not person else "email",
            "stage": "internal" if self.get("internal") else self.get("stage") or "application",
            "finalist": bool(self.get("finalist")),
            "reapply_invited": bool(self.get("reapply_invited")),
        }
        if person:
            rejection["by"] = person
        if (day := self.get("date")) is not None:
            rejection["date"] = day.isoformat()
        if feedback := self.get("feedback"):
            rejection["feedback"] = " ".join(feedback)
        if months := self.get("reapply_after_months"):
            rejection["reapply_after_months"] = months
        if self.subject:
            rejection["subject"] = self.subject
        if self.message_id:
            rejection["message_id"] = self.message_id
        if self.references:
            rejection["references"] = list(self.references)
        data: dict[str, Any] = {
            "candidate": dict(candidate),
            "company": {"name": self.get("company")} if self.get("company") else {},
            "position": {"title": self.get("position")} if self.get("position") else {},
            "contacts": contacts,
            "rejection": rejection,
        }
        return data

    def to_situation(
        self, candidate: object, *, overrides: Mapping[str, Any] | None = None
    ) -> Situation:
        """The situation this e-mail describes, with ``overrides`` merged over it.

        Raises:
            ValidationError: naming each required field the e-mail does not state
                (``company.name``, ``position.title``) and how to give it, or any
                problem of the merged data.
        """
        data = _merge(self.situation_data(_candidate(candidate)), overrides or {}, "overrides")
        missing = [
            Problem(path, f"the e-mail does not say; give it as overrides={hint}")
            for path, section, key, hint in (
                ("company.name", "company", "name", "{'company': {'name': …}}"),
                ("position.title", "position", "title", "{'position': {'title': …}}"),
            )
            if not (data.get(section) or {}).get(key)
        ]
        if missing:
            raise ValidationError(missing, what="situation from the e-mail")
        return Situation.from_dict(data)


def _candidate(candidate: object) -> Mapping[str, Any]:
    if isinstance(candidate, Candidate):
        return {k: v for k, v in attrs.asdict(candidate).items() if v is not None}
    if isinstance(candidate, str):
        return {"name": candidate}
    if isinstance(candidate, Mapping):
        return candidate
    raise ArgumentError(
        "candidate", f"must be a name, a mapping or a Candidate, got {shown(candidate)}"
    )


def _merge(base: dict[str, Any], overrides: Mapping[str, Any], path: str) -> dict[str, Any]:
    if not isinstance(overrides, Mapping):
        raise ArgumentError(path, f"must be a mapping, got {shown(overrides)}")
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value, f"{path}.{key}")
        else:
            merged[key] = value
    return merged


def read_rejection(email: object) -> Reading:
    """Read a received rejection e-mail, field by field.

    ``email`` is the raw bytes of an ``.eml`` file, its text, an
    ``email.message.Message``, or text pasted from a mail client. Only the newest
    message counts: quoted history, signatures' legal lines and footers never fill a
    field, and a fact the e-mail does not state is left out rather than guessed.

    Raises:
        ArgumentError: when ``email`` is of another type or larger than 5 MB.
    """
    mail = read_mail(email)
    facts = extract(mail)
    return Reading(
        fields=facts.found,
        language=facts.language,
        subject=mail.subject,
        message_id=mail.message_id,
        references=mail.references,
    )
