"""The built-in blocks.

Each block's phrasings are Jinja macros in ``templates/blocks/<name>.j2``, named
``<group>_<n>``; the variant id is ``<name>.<group>.<n>``. A block's ``group`` function
picks the group that fits the situation and recipient (a phone call is thanked
differently from an email; a receptionist gets a lighter note), and the composer picks a
variant within it. ``TAGS`` marks the variants that a tone profile prefers or avoids.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import attrs

from rejection_kit.composition._block import BlockContext
from rejection_kit.composition._facts import Facts, first_name
from rejection_kit.language import conventions
from rejection_kit.model import Offer

GroupFn = Callable[[BlockContext], str | None]

# Tags read by tone profiles (see ``tags``): "warm" is preferred by the warm profile,
# "casual" avoided by the formal one. "short" marks a minimal phrasing kept for small
# channels (a text message, a LinkedIn note with long names): it comes last unless the
# shortest is wanted. Untagged variants suit every profile.
_SHORT = frozenset({"short"})
TAGS: Mapping[str, frozenset[str]] = {
    "gratitude.welcome.5": _SHORT,
    "gratitude.referral.5": _SHORT,
    "gratitude.call.6": _SHORT,
    "gratitude.news.6": _SHORT,
    "gratitude.interview.6": _SHORT,
    "gratitude.in_person.4": _SHORT,
    "gratitude.ats.4": _SHORT,
    "gratitude.consideration.5": _SHORT,
    "gratitude.internal.5": _SHORT,
    "gratitude.colleague.4": _SHORT,
    "connect_invite.met.5": _SHORT,
    "connect_invite.process.4": _SHORT,
    "gratitude.call.3": frozenset({"warm"}),
    "gratitude.interview.2": frozenset({"warm"}),
    "gratitude.interview.5": frozenset({"warm"}),
    "highlight.topic.1": frozenset({"warm"}),
    "highlight.topic.4": frozenset({"warm"}),
    "highlight.light.1": frozenset({"casual"}),
    "highlight.light.3": frozenset({"casual"}),
    "keep_door_open.backup.1": frozenset({"warm"}),
    "keep_door_open.backup.4": frozenset({"warm"}),
    "well_wishes.light.2": frozenset({"casual"}),
    # An act as the object of a verb ("I haven't forgotten …"): French and Portuguese
    # cannot put an infinitive there ("n'oublie pas m'avoir trouvé …").
    "highlight.kindness.3": frozenset({"noun_act"}),
    # The reader's view of a topic ("the way you think about …", "what you said about
    # …"): wrong for a topic that tells what they did ("how you built the checks").
    "highlight.topic.3": frozenset({"their_view"}),
    "highlight.topic.6": frozenset({"their_view"}),
    # An idea said once per message (see ``IDEAS``): looking forward to working together.
    **dict.fromkeys(
        [
            "acknowledgement.hired.1",
            "acknowledgement.hired.4",
            "highlight.colleague.1",
            "well_wishes.colleague.1",
            "well_wishes.colleague.3",
        ],
        frozenset({"ahead"}),
    ),
    # "my interviews", "our conversations": wrong after a single phone screen.
    **dict.fromkeys(
        [
            "radar.checkin.2",
            "radar.checkin.3",
            "radar.checkin.4",
            "radar.checkin.5",
            "connect_invite.met.1",
            "connect_invite.met.4",
            "connect_invite.met.5",
            "check_in.hello_met.2",
            "check_in.hello_met.3",
            "check_in.skill.2",
        ],
        frozenset({"several_meetings"}),
    ),
}

TAGS = MappingProxyType(dict(TAGS))  # read-only: ``tags`` remembers what it read

#: Tags that name an idea rather than a style: a message says each once. The native reads
#: of stop 43 found an internal candidate's note looking forward to working together in
#: two blocks of five lines ("Ich freue mich … auf die weitere Zusammenarbeit" then "Ich
#: freue mich auf unsere nächsten gemeinsamen Projekte"), in four languages.
IDEAS = frozenset({"ahead"})


@functools.lru_cache(maxsize=8192)
def tags(variant: str) -> frozenset[str]:
    """The tags of a variant; a frame's tags hold for it with every filler."""
    found = TAGS.get(variant)
    if found is None and "-" in variant:
        found = TAGS.get(variant.partition("-")[0])
    return found or frozenset()


@attrs.frozen(kw_only=True)
class TemplateBlock:
    """A block whose variants are macros of one template, chosen by group."""

    name: str
    paragraph: str
    group: GroupFn = attrs.field(eq=False)
    optional: bool = False
    template: str = ""

    @property
    def template_name(self) -> str:
        """The template holding this block's macros."""
        return self.template or f"blocks/{self.name}.j2"

    def variants(self, ctx: BlockContext) -> Sequence[str]:
        """The variant ids of the group that fits ``ctx``."""
        group = self.group(ctx)
        if group is None:
            return ()
        return _variant_ids(self.name, group, ctx.templates.signatures(self.template_name))

    def render(self, variant: str, ctx: BlockContext) -> str:
        """Render one variant with the message's facts (a frame with its filler)."""
        _, group, number = variant.rsplit(".", 2)
        frame, _, filler = number.partition("-")
        if not filler:
            return ctx.templates.render(self.template_name, f"{group}_{frame}", c=ctx.facts)
        x = ctx.templates.render(self.template_name, f"{group}__{filler}", c=ctx.facts)
        return ctx.templates.render(self.template_name, f"{group}_{frame}", c=ctx.facts, x=x)


@functools.lru_cache(maxsize=1024)
def _variant_ids(
    block: str, group: str, signatures: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[str, ...]:
    """The variants of a group: ``<block>.<group>.<n>`` for each macro ``<group>_<n>``, and
    ``<block>.<group>.<n>-<m>`` for each frame ``<group>_<n>(c, x)`` with each filler
    ``<group>__<m>(c)``: clause-level variation, so that notes to many people stay apart."""
    prefix, fillers_prefix = f"{group}_", f"{group}__"
    fillers = [
        name[len(fillers_prefix) :]
        for name, _ in signatures
        if name.startswith(fillers_prefix) and name[len(fillers_prefix) :].isdigit()
    ]
    out: list[str] = []
    for name, args in signatures:
        number = name[len(prefix) :]
        if not (name.startswith(prefix) and number.isdigit()):
            continue
        if "x" in args:
            out += [f"{block}.{group}.{number}-{m}" for m in fillers]
        else:
            out.append(f"{block}.{group}.{number}")
    return tuple(out)


@attrs.frozen(kw_only=True)
class OfferBlock(TemplateBlock):
    """Offers the ``nth`` resource or introduction meant for the recipient.

    Its phrasings are macros ``<group>_<n>(c, o)`` that get the offer as ``o``.
    """

    nth: int = 0

    def _offer(self, ctx: BlockContext) -> Offer | None:
        offers = ctx.facts.offers
        return offers[self.nth] if self.nth < len(offers) else None

    def variants(self, ctx: BlockContext) -> Sequence[str]:
        """The variants for the ``nth`` offer's kind; none when there is no such offer."""
        offer = self._offer(ctx)
        if offer is None:
            return ()
        group = _offer_group(offer)
        return _variant_ids(self.name, group, ctx.templates.signatures(self.template_name))

    def render(self, variant: str, ctx: BlockContext) -> str:
        """Render the offer."""
        _, group, number = variant.rsplit(".", 2)
        macro = f"{group}_{number}"
        return ctx.templates.render(self.template_name, macro, c=ctx.facts, o=self._offer(ctx))


# -- groups: which phrasing family fits (the content plan of _facts.py, per block) ----


def _light(ctx: BlockContext) -> bool:
    return ctx.facts.recipient_role == "receptionist"


def _front_desk(ctx: BlockContext) -> bool:
    return ctx.facts.recipient_role in ("receptionist", "coordinator")


def _gratitude(ctx: BlockContext) -> str:
    f = ctx.facts
    if _front_desk(ctx) and not f.messenger:
        return "kindness" if f.kindness else "welcome"
    if f.recipient_role == "referrer":
        return "referral"
    if f.messenger and f.recipient_role == "agency_recruiter":
        return "agency"  # the agency's news is the client's decision, not theirs
    if f.messenger:
        return {"phone": "call", "in_person": "in_person", "ats": "ats"}.get(f.via, "news")
    if f.recipient_role == "colleague":
        return "colleague"
    if f.internal and f.recipient is not None:
        return "internal"
    if f.interviewed:
        return "interview"
    if f.via == "ats" and not f.later_stage:
        return "ats"
    return "consideration"


def _acknowledgement(ctx: BlockContext) -> str | None:
    f = ctx.facts
    if _light(ctx) or f.recipient_role in ("referrer", "colleague"):
        return None
    if _front_desk(ctx) and not f.messenger:
        return None  # thanked for the welcome; they did not bring the news
    if f.feedback and f.messenger:  # "your feedback" only to whoever gave it
        return "point" if f.feedback_point else "feedback"
    if f.internal:
        if f.recipient_role not in ("hiring_manager", "executive") and f.recipient:
            return None
        return "hired" if f.hired and f.hired_internal else "internal"
    if f.recipient_role == "agency_recruiter":
        return "agency" if f.messenger or f.later_stage else None
    if f.recipient_role in ("recruiter", "coordinator", "hr"):
        return "process" if f.later_stage and f.via != "none" else None
    if not f.decider or f.via == "none":
        return None  # interviewers did not decide: no "I respect your decision"
    if f.finalist or f.stage == "final":
        return "finalist"
    if f.later_stage:
        return "decision"
    return "application"


def _highlight(ctx: BlockContext) -> str | None:
    f = ctx.facts
    if _light(ctx):
        return "light" if f.topic else None
    if f.recipient_role in ("agency_recruiter", "referrer", "coordinator"):
        return None
    if f.topic:
        return "topic"
    if f.kindness:
        return "kindness"
    if f.internal:
        return "colleague" if f.interviewed else None
    if f.interviewed:
        return "meeting"
    if f.recipient_role in ("recruiter", "hr"):
        return None
    return "company" if f.later_stage and f.via != "ats" else None


def _offer_group(offer: Offer) -> str:
    if offer.kind == "introduction":
        return "introduced" if offer.promised else "introduction"
    if offer.promised:
        return "given" if offer.url else "promised"
    return "link" if offer.url else "send"


def _no_group(ctx: BlockContext) -> str | None:
    return None  # an OfferBlock picks its group from its offer


#: Recipes sent weeks or months after the news.
_WEEKS_LATER = frozenset({"stay_on_radar", "check_in"})


def _door(ctx: BlockContext) -> str | None:
    f = ctx.facts
    if _light(ctx) or f.recipient_role in ("referrer", "colleague"):
        return None
    if f.internal:
        return "internal"
    if f.reapply and ctx.recipe not in _WEEKS_LATER:
        # "Thank you for encouraging me to reapply: in about six months" is an answer to
        # the news; weeks later it reacts to old news and counts from the wrong date.
        return "reapply"
    if f.via == "none":
        return "future"  # after silence: interest in future roles, nothing more
    if f.recipient_role == "agency_recruiter":
        return "agency"
    if f.recipient_role in ("recruiter", "coordinator", "hr"):
        return "recruiter"
    if f.plan and f.later_stage and f.via != "none":
        return "plan"
    return "backup" if f.backup else "future"


def _wishes(ctx: BlockContext) -> str:
    f = ctx.facts
    if _light(ctx):
        return "light"
    if f.recipient_role == "referrer":
        return "referrer"
    if f.recipient_role == "colleague" or (f.internal and f.recipient is not None):
        return "colleague"  # an internal candidate writes to colleagues, not outsiders
    if f.recipient_role == "agency_recruiter":
        return "agency"
    if f.recipient_role in ("recruiter", "coordinator", "hr"):
        return "process"
    if f.hired and f.decider and not f.internal:
        return "hire"
    return "team" if f.team else "company"


def _referrer(ctx: BlockContext) -> str | None:
    return "update" if ctx.facts.recipient_role == "referrer" else None


def _feedback_request(ctx: BlockContext) -> str | None:
    f = ctx.facts
    if f.feedback or not f.later_stage or _light(ctx):
        return None
    if f.recipient_role == "colleague" or f.internal:
        return "colleague"  # a colleague, one's own manager too, can simply be asked
    if f.recipient_role == "agency_recruiter":
        return "agency"  # the agency can only pass on what the client said
    return "hedged"


def _met_in_interviews(f: Facts) -> bool:
    """Whether the candidate met the recipient in interviews: "my interviews", "our
    conversations" are untrue after a single phone screen."""
    return f.interviewed and f.stage != "phone_screen"


def _radar(ctx: BlockContext) -> str:
    f = ctx.facts
    return "checkin" if f.later_stage and f.stage != "phone_screen" else "applied"


def _check_in(ctx: BlockContext) -> str:
    f = ctx.facts
    update = f.update
    if update is None:
        if f.recipient is None:
            return "hello_team"
        if f.recipient_role == "agency_recruiter":
            return "hello_agency"
        return "hello_met" if _met_in_interviews(f) and not f.internal else "hello"
    if update.kind == "article":
        return "article_link" if update.url else "article"
    return update.kind


def _reapply(ctx: BlockContext) -> str:
    f = ctx.facts
    if f.recipient is None:
        return "team"
    if f.interviewed:
        # Whoever gave the news gave the invitation with it: thank them for it.
        return "invited" if f.messenger else "met"
    return "process"


def _reapply_role(ctx: BlockContext) -> str | None:
    # The opening recalls the role the candidate lost; a new vacancy is named after it.
    return "other" if ctx.facts.new_role else None


def _reapply_news(ctx: BlockContext) -> str | None:
    # An article is no news of the candidate's; without an update, nothing is claimed.
    update = ctx.facts.update
    return "news" if update is not None and update.kind != "article" else None


def _reapply_close(ctx: BlockContext) -> str:
    # Whoever interviewed the candidate is thanked for their time: the invitation to
    # apply again may have come from the recruiter.
    f = ctx.facts
    if f.recipient is None:
        return "team"
    return "met" if f.interviewed else "person"


def _connect(ctx: BlockContext) -> str:
    f = ctx.facts
    if f.recipient_role == "agency_recruiter":
        return "agency"
    if f.recipient_role == "referrer":
        return "referrer"
    return "met" if _met_in_interviews(f) else "process"


@attrs.frozen
class _Always:
    """A group function that always picks one group (a value, so recipes pickle)."""

    group: str

    def __call__(self, ctx: BlockContext) -> str:
        return self.group


def _always(group: str) -> GroupFn:
    return _Always(group)


def _known(ctx: BlockContext) -> bool:
    """Whether a formal letter goes to someone who knows the candidate well: their own
    manager (an internal candidate) or the person who referred them. "Madame," or "Sehr
    geehrte Frau Kessler," is what a stranger writes; they get "Liebe Frau Kessler,"."""
    recipient = ctx.recipient
    if recipient is None or recipient.address is not None or ctx.address != "formal":
        return False  # an address the user chose is kept as they chose it
    if recipient.salutation_honorific is not None:
        return False  # "Sehr geehrte Frau Dr. Kessler," stays: the title is the form
    f = ctx.facts
    return f.recipient_role == "referrer" or (
        f.internal and f.recipient_role in ("hiring_manager", "executive")
    )


def _salutation(ctx: BlockContext) -> str:
    recipient = ctx.recipient
    if recipient is None:
        return "team"
    if ctx.address == "informal":
        return "informal"
    name = recipient.parsed_name
    gender = recipient.salutation_gender
    honorific = recipient.salutation_honorific
    # "Ms."/"Herr" needs a family name to stand before; without one (a single word, or a
    # name whose order is unsure) the full name is used, and no gender is guessed.
    base = gender if name.family is not None and gender else "fullname"
    if _known(ctx):
        return "known" if base == "fullname" else f"known_{base}"
    return f"{base}_{honorific}" if honorific else base


def _informal_name(ctx: BlockContext) -> str:
    """The name after "Hi": the given name, unless another contact shares it."""
    assert ctx.recipient is not None
    return first_name(ctx.situation, ctx.recipient.parsed_name, besides=ctx.recipient.name)


@attrs.frozen(kw_only=True)
class Greeting(TemplateBlock):
    """The salutation, following the locale's letter conventions."""

    name: str = "greeting"
    paragraph: str = "greeting"
    group: GroupFn = attrs.field(default=_salutation, eq=False)
    template: str = "letter.j2"

    def render(self, variant: str, ctx: BlockContext) -> str:
        """Render the salutation with the recipient's names, titles taken off."""
        recipient = ctx.recipient
        _, group, number = variant.rsplit(".", 2)
        if recipient is None:
            given = family = full = ""
        else:
            name = recipient.parsed_name
            given, full = _informal_name(ctx), name.full
            family = conventions(ctx.locale).formal(name)
        return ctx.templates.render(
            self.template_name,
            f"{group}_{number}",
            c=ctx.facts,
            given=given,
            family=family,
            full=full,
        )


#: The most people a note thanks by name; a larger panel is thanked as a panel.
MAX_NAMED = 4


def _pass_thanks(ctx: BlockContext) -> str | None:
    f = ctx.facts
    # An internal candidate thanks colleagues in person (or in their own note), not
    # through their manager.
    if f.recipient_role != "hiring_manager" or not f.others or f.internal:
        return None
    # Past four names a list reads like a roll call: thank the panel instead.
    return "panel" if len(f.others) > MAX_NAMED else "others"


def _closing(ctx: BlockContext) -> str:
    if _light(ctx):
        return "light"
    recipient = ctx.recipient
    if (
        ctx.closing == "warm"
        and ctx.address != "informal"
        and (
            recipient is None
            or recipient.salutation_honorific is not None
            or (conventions(ctx.locale).kind_closing_when_formal and not _known(ctx))
        )
    ):
        # After "Sehr geehrte Damen und Herren" or "Dear Professor Lorenz", a warm closing
        # ("Herzliche Grüße", "Um cordial abraço") is too familiar: the kind one fits.
        return "kind"
    return ctx.closing


Gratitude: TemplateBlock = TemplateBlock(name="gratitude", paragraph="opening", group=_gratitude)
ReferrerUpdate: TemplateBlock = TemplateBlock(
    name="referrer", paragraph="opening", group=_referrer
)
Acknowledgement: TemplateBlock = TemplateBlock(
    name="acknowledgement", paragraph="opening", group=_acknowledgement, optional=True
)
Highlight: TemplateBlock = TemplateBlock(name="highlight", paragraph="highlight", group=_highlight)
ResourceOffers: tuple[OfferBlock, ...] = tuple(
    OfferBlock(
        name="resource_offer" if n == 0 else f"resource_offer_{n + 1}",
        template="blocks/resource_offer.j2",
        paragraph="offer",
        group=_no_group,
        nth=n,
    )
    for n in range(3)
)
PassThanks: TemplateBlock = TemplateBlock(
    name="pass_thanks", paragraph="highlight", group=_pass_thanks, optional=True
)
KeepDoorOpen: TemplateBlock = TemplateBlock(name="keep_door_open", paragraph="door", group=_door)
FeedbackRequest: TemplateBlock = TemplateBlock(
    name="feedback_request", paragraph="door", group=_feedback_request
)
WellWishes: TemplateBlock = TemplateBlock(
    name="well_wishes", paragraph="wishes", group=_wishes, optional=True
)
ConnectInvite: TemplateBlock = TemplateBlock(
    name="connect_invite", paragraph="body", group=_connect
)
RadarCheckIn: TemplateBlock = TemplateBlock(name="radar", paragraph="opening", group=_radar)
CheckIn: TemplateBlock = TemplateBlock(name="check_in", paragraph="opening", group=_check_in)
Reapplication: TemplateBlock = TemplateBlock(name="reapply", paragraph="opening", group=_reapply)
ReapplyRole: TemplateBlock = TemplateBlock(
    name="reapply_role", paragraph="opening", group=_reapply_role, optional=True
)
ReapplyNews: TemplateBlock = TemplateBlock(
    name="reapply_news", paragraph="opening", group=_reapply_news, optional=True
)
ReapplyClose: TemplateBlock = TemplateBlock(
    name="reapply_close", paragraph="door", group=_reapply_close
)
GhostedClosure: TemplateBlock = TemplateBlock(
    name="ghosted", paragraph="opening", group=_always("closure")
)
Closing: TemplateBlock = TemplateBlock(
    name="closing", paragraph="closing", group=_closing, template="letter.j2"
)
Signature: TemplateBlock = TemplateBlock(
    name="signature", paragraph="signature", group=_always("name"), template="letter.j2"
)
