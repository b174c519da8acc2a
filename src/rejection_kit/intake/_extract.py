"""The facts of a rejection e-mail: who, which company and position, when, what was said.

Each fact comes from the newest message only (its headers, its text, its signature),
never from quoted history or a legal footer, and carries a confidence: ``high`` when two
sources agree or a strong phrase states it, ``low`` when one weak source suggests it.
What no source states stays unknown.
"""

from __future__ import annotations

import email.utils
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

import attrs

from rejection_kit.intake import _names as names
from rejection_kit.intake._cues import Cues, Phrase, cues
from rejection_kit.intake._dates import header_date
from rejection_kit.intake._mime import FORWARD as _FORWARD
from rejection_kit.intake._mime import Mail
from rejection_kit.intake._split import Body, split_body
from rejection_kit.intake._text import (
    FIRST_NAME,
    compact,
    marked_paragraphs,
    normalize,
    paragraphs,
    sentences,
)
from rejection_kit.render._threading import bare_subject

Confidence = Literal["high", "low"]

#: Words that decorate the start of a title without being part of it.
_TITLE_NOISE = re.compile(
    r"^(?:the|our|a|an|this|la|le|les|el|los|o|os|il|lo|de|het|die|der|das|des|dem|den|du"
    r"|unsere[mnr]?|notre|nuestro|nuestra|nosso|nossa|nostro|nostra|onze|vaga|vacante"
    r"|búsqueda|busca|cargo|puesto|posizione|posición|posição|ruolo|poste|functie|vacature"
    r"|stelle|position|bewerbung|ausschreibung|stellenausschreibung)\s+",
    re.IGNORECASE,
)
#: A title cannot begin with these: the capture ran into the sentence.
_NOT_A_TITLE = re.compile(
    r"^(?:aan|een|te|niet|om|to|for|with|à|pour|para|per|zu|an|and|und|et|y|e|ed|en|in|on"
    # a stage of the process, not a job: "candidatura para a etapa de entrevistas"
    r"|etapa|fase|étape|stage|round|ronda|rodada|próxima|prossima|siguiente|next|nächste"
    r"|prochaine|volgende"
    # the process, not the job: "processo de recrutamento interno para a vaga …"
    r"|recrutamento|reclutamento|recrutement|recruitment|selección|seleção|selezione"
    r"|selectie"
    # a reference number: "Stellenausschreibung Nr. 07/2026"
    r"|nr|no|n°|ref|réf|rif|kennziffer"
    # a clause about the candidate: "(la forma como) você estruturou o raciocínio"
    r"|você|vocês|vous|nous|you|we|wir|ich|jij|usted|ustedes|noi|eu|nós|ele|ela|elle"
    # a pointer back, not a name: "este puesto", "essa posição", "questa posizione"
    r"|este|esta|ese|esa|esse|essa|aquele|aquela|questo|questa|quel|quella|ce|cet|cette"
    r"|this|that|dieser|diese|dieses|deze|dit)\b",
    re.IGNORECASE,
)
#: A process's reference in place of a title: "Convocatoria interna 07/2026", "mobilité
#: interne n° 2026-0457" (a month and year, a year and a serial, "n°"); hours as in
#: "(32-40 uur)" are no reference.
_REFERENCE_NUMBER = re.compile(r"\b(?:\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d-\d{3,})\b|\bn[°º]\s?\d")
#: A requisition number after a title: "(R-0048213)", "(Job ID 4471)", "(Ref. 22/17)".
_REQUISITION = re.compile(
    r"\((?:[^()\n]{0,30}?\b)?(?:R-|REQ|Req|ID|Ref|Job|JR|Nr|N°|No|[Rr]if|RIF|[Rr]éf|RÉF"
    r"|[Cc]ódigo|[Cc]odice|[Kk]ennziffer|[Vv]acaturenummer)[^()\n]{0,30}\)"
    r"|\(\s?[A-Z]{0,4}-?\d{3,}[^()\n]{0,12}\)"
)
#: A parenthesis the capture cut open at a full stop: "Risk Analyst (rif" of "(rif. 07)".
_OPEN_PARENTHESIS = re.compile(r"(?<!\s)\s*\([^()]{0,20}$")
#: The gender note that ends a job title: "(m/w/d)", "(all genders)", "(H/F)", "(m/v/x)".
_GENDER_NOTE = re.compile(
    r"\((?:[mwdfhvxo*]\s?/\s?){1,3}[mwdfhvxo*]\)|\((?:all genders|alle geschlechter|gn)\)",
    re.IGNORECASE,
)
#: Capitalised words before a gender note, wherever it stands: "bei der Teamleitung
#: Schadenregulierung Kfz (m/w/d) für …" names the job with no phrase around it.
_GENDERED_TITLE = re.compile(
    r"(?<![\w*/-])(?:[A-ZÄÖÜÀ-Ý0-9][\w&/+*-]*[ \t]+){0,5}[A-ZÄÖÜÀ-Ý][\w&/+*-]*[ \t]?"
    r"\((?:[mwdfhvx*]\s?/\s?){1,3}[mwdfhvx*]\)[^.,;:!?\n]{0,60}"
)
#: What a title may add after its gender note: "Werkstudent (m/w/d) Controlling und …",
#: up to three capitalised words before a lower-case word or the end; not a pronoun or
#: the start of the next sentence ("… (m/w/d) Ihnen leider …").
_GENDER_TAIL = re.compile(
    r"(?<![ \t])(?:[ \t]+(?!(?:Sie|Ihnen|Ihre[mnrs]?|Ihr|Du|Dir|Dich|Dein\w*|Wir|Uns|Unser\w*|Euch"
    r"|Leider|Vielen|Nach|Bei|Für|Vous|Nous|We|You|Your)\b)[A-ZÄÖÜÀ-Ý][\w&/+*-]*){1,3}"
    r"(?=[ \t]*$|[ \t]+[a-zäöüßà-ÿ])"
)
#: Where a gendered title's job is, after a dash: " – Standort Bremen", " - Schwerpunkt
#: Leben".
_GENDER_PLACE = re.compile(
    r"(?<![ \t])[ \t]+[–—-][ \t]+(?:Standort|Schwerpunkt|Bereich|Region|Werk|Niederlassung)"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]*){1,2}(?=[ \t]*$|[ \t]+[a-zäöüß]|[,.;:)])"
)
#: A reference after a title: " - Kennziffer 2026-0117", " – Ref. 22/17", " | Job ID 4471".
_TRAILING_REFERENCE = re.compile(
    r"\s[-–|]\s(?:kennziffer|referenz(?:nummer)?|ref\.?|req\.?|requisition|job[- ]?id"
    r"|stellen-?id|código|codice|rif\.?|vacaturenummer|nr\.?)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
#: Words of a subject that are never the position.
_SUBJECT_NOISE = re.compile(
    r"\b(?:re|aw|wg|fwd?|tr|rv|update|news|your|application|applying|interview|final|next"
    r"|steps?|decision|outcome|status|feedback|thank|thanks|regarding|candidacy|bewerbung"
    r"|rückmeldung|absage|entscheidung|mandat|ihre|deine|candidature|votre|ta|retour"
    r"|réponse|candidatura|tu|su|proceso|selección|processo|seletivo|sua|la|tua|sollicitatie"
    r"|entretien|entrevista|colloquio|gesprek|gespräch|vorstellungsgespräch|referral"
    r"|empfehlung|recommandation|indicação|segnalazione|recomendación|aanbeveling"
    r"|je|uw|vacature|interne|interno|interna|mobilité|mobilidade|movilidad|mobilità"
    r"|ausschreibung|stellenausschreibung|einladung|aktualisierung|actualización|aggiornamento"
    r"|atualização|actualisation|retorno|esito|resultado|résultat|recrutamento|reclutamento"
    r"|recrutement|recruitment|posting|posição|posición|posizione|internal|uitslag"
    r"|terugkoppeling|vorstellung|internen|sollicitatieprocedure|selectieprocedure"
    r"|currículo|curriculo|curriculum|cv|lebenslauf|résumé"
    r"|resume|opportunity|opportunité|opportunità|oportunidad|oportunidade|poste|puesto"
    r"|vaga)\b",
    re.IGNORECASE,
)
#: Small words of a subject line around its noise: "Aggiornamento sulla tua candidatura".
_SUBJECT_FILLER = re.compile(
    r"\b(?:de|di|do|da|del|della|sulla|sul|zum|zur|zu|on|of|about|for|für|pour|para|per"
    r"|voor|over|ihrer|deiner|dein|a|à|al|op|bei|der|die|das|job|mise|jour|sobre|van)\b",
    re.IGNORECASE,
)
_SUBJECT_LEAD = re.compile(
    rf"^(?:(?:{_SUBJECT_NOISE.pattern}|{_SUBJECT_FILLER.pattern})\s+)+", re.IGNORECASE
)
#: A subject's own words before a company: "Vorstellung Vossberg Pharma", "Update Van Dijk
#: Medisch" (its small words, "van", may begin the name).
_NOISE_LEAD = re.compile(rf"^(?:{_SUBJECT_NOISE.pattern}\s+)+", re.IGNORECASE)
#: A capture that ran on into "… y", "… and": the conjunction is not the title's.
_TRAILING_PARTICLE = re.compile(r"\s(?:y|e|et|and|und|en|ed|o|ou|or|oder|of)$", re.IGNORECASE)
#: A title's qualifier after a comma, up to three capitalised words that end the clause:
#: "Analyst, Credit Risk", "Senior Software Engineer, Payments (Remote)".
_QUALIFIER = re.compile(
    r",[ \t]+[A-ZÀ-Ý][\w&/+-]*(?:[ \t]+[A-ZÀ-Ý][\w&/+-]*){0,2}(?:[ \t]+\([^()\n]{1,40}\))?"
    r"(?=[ \t]*(?:[.;:!?\n]|$))"
)
_CLAUSE_END = re.compile(r"[,;:!?()\n]|\.(?=\s|$)")
# Each alternative starts where a run of spaces starts, so a long run is scanned once.
_SUBJECT_SPLIT = re.compile(r"(?<!\s)\s+[–—|/-]\s+|:\s+")


@attrs.frozen
class Found:
    """One extracted fact: its value, how sure the reading is, and where it came from."""

    value: object
    confidence: Confidence
    source: str


@attrs.frozen(kw_only=True)
class Facts:
    """Everything read from one e-mail, by field."""

    found: dict[str, Found]
    body: Body
    language: str | None


def _spans(
    text: str, phrases: Iterable[Phrase], group: str, *, qualified: bool = False
) -> Iterator[str]:
    folded = " ".join(text.split()).casefold()
    for phrase in phrases:
        if phrase.literal not in folded:
            continue
        for match in phrase.pattern.finditer(text):
            value = match.group(group).strip()
            if value and (phrase.lower or value[:1].isupper() or value[:1].isdigit()):
                if qualified and (more := _QUALIFIER.match(text, match.end(group))):
                    value += more.group()  # "Analyst, Credit Risk"
                yield value


def _cut(value: str, cue: Cues) -> tuple[str, str | None]:
    """A captured title cut at a connector (" at Acme"); returns it and what followed."""
    value = value.strip(" '\"“”«»‘’-–—")
    rest = None
    padded = f" {value} "
    for connector in cue.connectors:
        at = padded.casefold().find(connector)
        if at > 0:
            rest = padded[at + len(connector) :].strip()
            value = padded[:at].strip()
            padded = f" {value} "
    return value, (rest.strip(" .,") or None) if rest else None


def _clean_title(value: str) -> str | None:
    value = _OPEN_PARENTHESIS.sub("", _REQUISITION.sub("", value)).strip()
    # "Teamleiter Controlling (m/w/d) nach langer Abwägung …": the gender note ends it,
    # with the words that still belong to the title ("Werkstudent (m/w/d) Controlling").
    if marker := _GENDER_NOTE.search(value):
        tail = _GENDER_TAIL.match(value, marker.end())
        end = tail.end() if tail else marker.end()
        # "Disponent (m/w/d) – Standort Bremen": where the job is stays in its title.
        place = _GENDER_PLACE.match(value, end)
        value = value[: place.end() if place else end]
    value = _TRAILING_REFERENCE.sub("", value)
    # "the two final candidates for the Staff Engineer": the title follows the last "the".
    value = value.rsplit(" the ", 1)[-1]
    while (bare := _TITLE_NOISE.sub("", value)) != value:
        value = bare
    value = _TRAILING_PARTICLE.sub("", value.strip(" ,;:-–—"))
    if not value or _NOT_A_TITLE.match(value) or len(value) > 100 or len(value.split()) > 12:
        return None
    if _REFERENCE_NUMBER.search(value):
        return None
    return value


#: "and" before a word in lower case: in a title written in capitals ("Key Account
#: Manager Hospitalario y seguirá con …") a new clause begins there.
_NEW_CLAUSE = re.compile(r"(?<=\w) (?:y|e|and|und|et|en|ed|or|oder|ou) (?=[a-zà-öø-ÿ])")


def _before_new_clause(title: str) -> str:
    """A title in capitals cut where "and" goes on in lower case ("Senior Buyer and wish
    you …"); "Jefe de ventas y marketing", in lower case itself, is kept whole."""
    clause = _NEW_CLAUSE.search(title)
    if clause is None:
        return title
    words = [w for w in title[: clause.start()].split() if len(w) > 3]
    return title[: clause.start()] if words and all(w[:1].isupper() for w in words) else title


#: A line break inside a sentence of hard-wrapped plain text: the line before is long
#: (mail is wrapped at 72 to 78 columns), does not end a sentence or a clause, and the
#: next line goes on with a word. "… el puesto de Analista\nde Datos." is one title.
_SOFT_BREAK = re.compile(r"(?m)(?<=[^\n]{50}[^\s.!?:;,])[ \t]*\n(?=[^\W_])")


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard wrapping undone, for reading titles."""
    return _SOFT_BREAK.sub(" ", text)


def _positions(body: str, subject: str, cue: Cues) -> tuple[Counter[str], list[str]]:
    """Titles by how strongly the e-mail states them, and what followed them (a company)."""
    counts: Counter[str] = Counter()
    after: list[str] = []
    for source, text in (("subject", subject), ("body", _unwrapped(body))):
        seen: set[str] = set()
        spans = _spans(text, cue.position, "title", qualified=True)
        gendered = (m.group() for m in _GENDERED_TITLE.finditer(text))
        for raw in itertools.chain(spans, gendered):
            cut, rest = _cut(raw, cue)
            title = _clean_title(_before_new_clause(cut))
            if title is None or compact(title) in seen:
                continue
            seen.add(compact(title))
            # The newest text, when it names the position, outweighs an older subject line.
            counts[title] += 1 if source == "subject" else 2
            if rest:
                after.append(rest)
    return counts, after


def _lost_role_text(text: str, cue: Cues) -> str:
    """The text with each suggestion of another opening cut off where it starts: "Daarom
    wijs ik je graag op de vacature Senior Adviseur …" names a job, not the one lost."""
    if not cue.other_opening.search(text):
        return text
    kept = []
    for paragraph in paragraphs(text):
        said = []
        for sentence in sentences(paragraph):
            suggestion = cue.other_opening.search(sentence)
            said.append(sentence[: suggestion.start()] if suggestion else sentence)
        kept.append(" ".join(said))
    return "\n\n".join(kept)


def _subject_titles(subject: str, cue: Cues, companies: Iterable[str]) -> Iterator[str]:
    """Segments of a subject ("Final interview - Senior AE, Public Sector") that could be
    the position: not a known company, not the usual words of a subject line."""
    known = list(companies)
    for segment in _SUBJECT_SPLIT.split(subject):
        cut, rest = _cut(segment, cue)
        if rest:
            known.append(rest)
        # "Interne Ausschreibung Teamleitung Schadenregulierung Kfz": the subject's own
        # words before a title are not part of it.
        title = _clean_title(_SUBJECT_LEAD.sub("", cut))
        if not title or not title[:1].isupper() or len(title.split()) > 8:
            continue
        if any(names.same_org(title, name) for name in known):
            continue
        if _SUBJECT_FILLER.sub("", _SUBJECT_NOISE.sub("", title)).strip(" ,.-–—:()") == "":
            continue
        yield title


def _system_sent(text: str, start: int, end: int, cue: Cues) -> bool:
    """Whether an agency phrase at ``start:end`` says who a system sent for: "sent via
    Greenhouse on behalf of …", or with the verb last, "… über SmartRecruiters im Auftrag
    von … versendet" (the rest of its line)."""
    line_end = text.find("\n", end)
    after = len(text) if line_end < 0 else line_end
    return bool(
        cue.system_sent.search(text, max(0, start - 80), start)
        or cue.system_sent.search(text, end, min(after, end + 80))
    )


def _body_organisations(text: str) -> Iterator[str]:
    """Names with a legal form in running text: "die Stadtwerke Lindenau GmbH hat"."""
    for match in names.LEGAL_FORM.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()].split()
        words: list[str] = []
        for token in reversed(before):
            if token[:1].isupper() or token in ("&", "+") or token[:1].isdigit():
                words.insert(0, token)
            else:
                break
        if words:
            yield " ".join([*words, match.group(0)])


def _greeted(name: str, text: str) -> bool:
    """Whether the first word of ``name`` is the first name the e-mail greets."""
    first = name.split()[0]
    head = "\n".join(text.lstrip().splitlines()[:1])
    return (
        bool(FIRST_NAME.match(first))
        and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", head) is not None
    )


def _shortened(name: str, text: str) -> bool:
    """Whether ``text`` names a company by the first word of its name or by its last two
    words, as a whole word: "Quillfeather" of "Quillfeather Insurance"."""
    words = name.split()
    if len(words) < 2:
        return False
    parts = [words[0]] if len(words[0]) >= 5 else []
    if len(words) >= 3:
        parts.append(" ".join(words[-2:]))
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(part.casefold())}(?!\w)", folded) for part in parts)


def _companies(
    reader: _Reader,
    after_title: Sequence[str],
    sig: tuple[Sequence[str], str | None],
    stem: str | None,
    titles: Iterable[str] = (),
) -> list[tuple[str, int]]:
    """Candidate companies with their votes, variants of one name merged."""
    mail, body, cue = reader.mail, reader.body, reader.cue
    votes: Counter[str] = Counter()
    for text in (body.text, reader.subject):
        for raw in _spans(text, cue.company, "company"):
            name = names.leading_name(_cut(raw, cue)[0])
            if name and len(name.split()) <= 6:
                votes[name] += 2
    for raw in after_title:
        name = names.leading_name(_cut(raw, cue)[0])
        if name and len(name.split()) <= 6:
            votes[name] += 2
    for name in _body_organisations(body.text):
        votes[name] += 1
    for name, weight in names.organisations(sig[0], stem, sig[1]):
        if not _department(name, cue):
            votes[name] += weight
    shared = names.is_no_reply(mail.sender_email) or names.is_shared(mail.sender_email)
    org = names.display_organisation(mail.sender_name)
    if shared and org is None and mail.sender_name:
        org = names.display_organisation(f"{mail.sender_name} Team")  # "Meridian Foods"
    person = reader.found.get("sender.name")
    if org and person and compact(org) == compact(str(person.value)):
        org = None  # the system wrote in the person's name: not a company
    if org and _signed_by(org, body.signature):
        org = None  # "Marisol Vega" on careers@, signed "Marisol": a person, not a company
    if org:
        votes[org] += 3 if shared else 1
    # A subject segment that the text also names ("Harrow & Finch - Head of Pricing"), in
    # full or by the words people shorten it to: "Quillfeather" for "Quillfeather
    # Insurance", "a Serra Azul" for "Laticínios Serra Azul". A job is no company.
    folded = compact(body.text)
    for segment in _SUBJECT_SPLIT.split(reader.subject):
        segment = _NOISE_LEAD.sub("", segment).strip()
        name = names.leading_name(_cut(segment, cue)[1] or segment)
        named = name and name == segment and not _SUBJECT_NOISE.search(name)
        if not named or cue.title_words.search(name):
            continue
        if any(compact(title) in compact(name) for title in titles):
            continue
        if _greeted(name, body.text):
            continue  # "Candidature de Lucas Perret": the candidate, greeted "Bonjour Lucas"
        if compact(name) in folded or _shortened(name, body.text):
            votes[name] += 2
    ranked = []
    for name, count in _merge(votes, stem, body.text):
        name = _without_department(name, cue)
        if name and not _recipient(name, mail) and not _NOT_A_COMPANY.fullmatch(name):
            ranked.append((_longest(name, body.text), count))
    return ranked


#: Names that are never the hiring company: the applicant-tracking system that sent the
#: mail ("Gupy"), and the candidates it speaks of ("… mit anderen Kandidaten").
_NOT_A_COMPANY = re.compile(
    rf"(?:{names.ATS_NAME.pattern})|(?:kandidat|bewerber|candidat|kandida)\w*",
    re.IGNORECASE,
)


#: A German trade compound no person's name ends in: "Kessler Antriebstechnik",
#: "Nordwerk Maschinenbau".
_TRADE_WORD = re.compile(
    r"(?<!\w)\w{3,}(?:technik|bau|werke?|logistik|handel|systeme|versicherung(?:en)?|industrie)\b",
    re.IGNORECASE,
)


def _without_department(name: str, cue: Cues) -> str:
    """ "Direzione Risorse Umane Gruppo Ventura" is Gruppo Ventura's HR: the department
    before the company's name is not part of it."""
    match = cue.department.match(name)
    if match and match.end() < len(name) and name[match.end()] == " ":
        rest = name[match.end() :].strip()
        if rest[:1].isupper():
            return rest
    return name


def _signed_by(name: str, signature: str) -> bool:
    """Whether a signature line is the first name of ``name`` alone ("Marisol" under a
    mail from "Marisol Vega"): then ``name`` is a person's."""
    first = name.split()[0]
    return bool(FIRST_NAME.match(first)) and any(
        line.strip(" ,") == first for line in signature.splitlines()
    )


def _recipient(name: str, mail: Mail) -> bool:
    """Whether ``name`` is the person the mail went to, by the words of their address:
    "Referral update – Leah Porter" to leah.porter.writes@… names the candidate, not a
    company. One word ("Porter") is too little to tell."""
    words = [w for w in re.findall(r"[^\W\d_]+", name.casefold()) if len(w) > 1]
    if not 2 <= len(words) <= 4:
        return False
    mine = {w for a in mail.to for w in re.findall(r"[^\W\d_]+", a.partition("@")[0].casefold())}
    return all(w in mine for w in words)


def _longest(name: str, text: str) -> str:
    """The fullest spelling of a name in the text: "Harrow & Finch" → "Harrow & Finch
    Insurance" where the text writes it so."""
    best = name
    start = 0
    while (at := text.find(name, start)) >= 0:
        clause = _CLAUSE_END.split(text[at : at + 120], maxsplit=1)[0]
        longer = names.leading_name(clause)
        if longer.startswith(name) and len(longer) > len(best) and len(longer.split()) <= 6:
            best = longer
        start = at + len(name)
    return best


#: A team's name before the company's: "Ihr People-Team der …", "L'équipe Talent d'…".
_TEAM_OF = re.compile(
    r"^(?:[\w'’-]+ ){0,2}?[\w'’-]*(?:team|équipe|equipo|equipe|squadra)(?: [\w-]+)?"
    r" (?:der |des |von |of |at |de |di |del |da |do |van |bij |d'|d’)",
    re.IGNORECASE,
)


def _team_of(name: str) -> str:
    """A company's name without the team that signs for it."""
    match = _TEAM_OF.match(name)
    rest = name[match.end() :].strip() if match else ""
    return rest if rest[:1].isupper() else name


def _merge(votes: Counter[str], stem: str | None, text: str = "") -> list[tuple[str, int]]:
    """Votes for one company under variants ("Acme", "Acme GmbH") added up, the longest
    spelling kept; a name matching the sender's domain gets two more. Between equal
    votes, the name ``text`` repeats more often comes first ("Maison Vautrin a décidé",
    not the "Lyon 2e" after a title)."""
    merged: list[tuple[str, int]] = []
    for name, count in votes.most_common():
        name = _team_of(name)
        if len(compact(name)) < 2 or name.count("(") != name.count(")"):
            continue  # "US)" of "Manager (Remote – US)" cut at its dash is no name
        for i, (other, total) in enumerate(merged):
            if names.same_org(name, other):
                merged[i] = (other if len(other) >= len(name) else name, total + count)
                break
        else:
            merged.append((name, count))
    ranked = [(n, c + (2 if stem and names.same_org(n, stem) else 0)) for n, c in merged]
    return sorted(ranked, key=lambda item: (-item[1], -text.count(item[0])))


def _sentences(text: str, cue: Cues) -> Iterator[str]:
    for sentence, _ in _marked_sentences(text, cue):
        yield sentence


def _marked_sentences(text: str, cue: Cues) -> Iterator[tuple[str, bool]]:
    """The sentences outside small print, each with whether it is in a list item."""
    for paragraph, listed in marked_paragraphs(text):
        if not _footer(paragraph, cue):
            for sentence in sentences(paragraph):
                yield sentence, listed


def _footer(paragraph: str, cue: Cues) -> bool:
    """Whether a paragraph is legal or list small print: three marks of it ("personal
    data", "GDPR", "confidential"), or one in a paragraph that gives no reason. "… a
    deeper knowledge of the GDPR … our Privacy & Compliance academy" is a reason."""
    marks = len(list(itertools.islice(cue.footer.finditer(paragraph), 3)))
    return marks >= 3 or (marks > 0 and not cue.feedback.search(paragraph))


#: A "Label: value" field of a details block ("Location: Chicago, IL"): two or more in one
#: paragraph make it a form, not a sentence.
_FIELD = re.compile(r"(?:^|(?<=\s))[A-ZÀ-Þ][\w()/-]*(?: [\w()/-]+){0,3}: (?=\S)")


def _form(sentence: str) -> bool:
    """Whether a "sentence" is a block of labelled fields (a job ad's details)."""
    return len(list(itertools.islice(_FIELD.finditer(sentence), 2))) >= 2


def _feedback(text: str, cue: Cues) -> list[str]:
    """Sentences that say why or what to improve, and the ones that add to them."""
    found: list[str] = []
    previous = False
    announced = False  # in the list after "… the two points that decided it:"
    marked = list(_marked_sentences(text, cue))
    invites = [_invites(s, cue) for s, _ in marked] + [False]
    for i, (s, listed) in enumerate(marked):
        announced = announced and listed
        # An invitation to apply again ("… once you have a year more of SAP") is not why,
        # nor its condition asked before it ("Heb je over een jaar meer ervaring? Dan …"),
        # nor another opening suggested ("Por otro lado, tenemos abierta una vacante …").
        invitation = (
            invites[i] or (s.endswith("?") and invites[i + 1]) or cue.other_opening.search(s)
        )
        more = previous and bool(cue.feedback_more.search(s))
        if (
            invitation
            or _form(s)
            or (
                cue.not_feedback.search(s)
                and not _reason_after_praise(s, cue)
                and not (more and _adds_a_reason(s, cue))
            )
        ):
            previous = announced = False
            continue
        if s.endswith(":"):
            # A line that announces the points is none itself; the list after it is.
            announced = bool(cue.feedback.search(s) or cue.points.search(s))
            previous = False
            continue
        said = bool(cue.feedback.search(s)) or more or announced
        if said:
            found.append(s)
        previous = said
    return found


def _department(name: str, cue: Cues) -> bool:
    """Whether a signature's organisation is only a department ("HR – Recruitment")."""
    return cue.department.fullmatch(name.strip(" -–—&/,.:|")) is not None


def _reason_after_praise(sentence: str, cue: Cues) -> bool:
    """ "The team liked X, but was looking for Y": what follows the contrast is a reason,
    whatever praise came before it."""
    turn = cue.contrast.search(sentence)
    if turn is None:
        return False
    after = sentence[turn.end() :]
    return bool(cue.feedback.search(after)) and not cue.not_feedback.search(after)


def _adds_a_reason(sentence: str, cue: Cues) -> bool:
    """A sentence that adds to a reason ("Daarnaast …", "Il a également …") and gives one
    itself, whatever kind word it holds: a word of its own ("indispensable", "avremmo
    voluto vedere"), or a turn after praise ("… sterk, maar miste …") that is not a wish.
    "También te deseamos mucho éxito" adds nothing."""
    if cue.feedback.search(sentence):
        return True
    turn = cue.contrast.search(sentence)
    return turn is not None and not cue.not_feedback.search(sentence[turn.end() :])


#: How many words before a cue a denial reaches ("won't be moving you forward to the final").
_DENIAL_REACH = 15
#: How near a denial of an interview stands ("won't be taking it forward to interview");
#: "no continuar con tu candidatura … tras la entrevista" denies the application.
_INTERVIEW_DENIAL_REACH = 6


_BRACKETED = re.compile(r"\([^()\n]{0,200}\)")


def _denied(sentence: str, match: re.Match[str], cue: Cues, reach: int = _DENIAL_REACH) -> bool:
    """Whether the clause before ``match`` denies it within a few words: "we won't be
    moving you forward to the final stage", "decidimos não seguir … para a etapa final";
    not "Although you didn't get the offer, you did well in the final round"."""
    # "… for the Senior Data Engineer (Hybrid, Manchester) role through to the final stage":
    # a bracket's comma ends no clause.
    clause = re.split(r"[,;:–—]", _BRACKETED.sub("", sentence[: match.start()]))[-1]
    words = clause.split()[-reach:]
    if cue.negation.search(" ".join(words)):
        return True
    # "… a la terna final con otros tres perfiles, y tú no estás entre ellos": the others
    # reached it; "Llegaste a la terna final junto con otros dos" is no denial.
    rest = sentence[match.end() :]
    return bool(
        cue.with_others.search(" ".join(rest[:80].split()[:5])) and cue.negation.search(rest)
    )


def _interview_denied(sentence: str, match: re.Match[str], cue: Cues) -> bool:
    """Whether a sentence names an interview to say there was none ("… decided not to invite
    you to interview", "won't be taking it forward to interview"); denying "een tweede
    gesprek" or "l'entretien final" says an earlier one was held."""
    before = " ".join(sentence[: match.start()].split()[-2:])
    after = " ".join(sentence[match.end() :].split()[:1])
    if cue.later_round.search(f"{before} {after}"):
        return False
    return bool(cue.not_interview.search(sentence)) or _denied(
        sentence, match, cue, _INTERVIEW_DENIAL_REACH
    )


def _months(sentence: str, cue: Cues) -> int | None:
    for pattern, factor in cue.months:
        match = pattern.search(sentence)
        if match and cue.duration_before.search(
            sentence[max(0, match.start() - 30) : match.start()]
        ):
            continue  # "a plan for the next year" is how long, not when
        if match:
            if "n" in match.groupdict() and match.group("n"):
                raw = match.group("n").casefold()
                number = int(raw) if raw.isdigit() else cue.numbers.get(raw, 0)
                value = number * factor
            else:
                value = factor
            if 1 <= value <= 36:
                return value
    return None


def _invites(sentence: str, cue: Cues) -> bool:
    """Whether a sentence invites the candidate to apply again."""
    return bool(cue.reapply.search(sentence)) and not cue.not_reapply.search(sentence)


def _reapply(text: str, cue: Cues) -> tuple[bool, int | None]:
    """Whether the mail invites to apply again, and after how many months: said in the
    invitation, in the question that sets its condition ("Heb je over een jaar meer
    ervaring opgedaan? Dan zien we je sollicitatie graag opnieuw tegemoet."), or in the
    sentence an invitation points back to ("… Solliciteer dan gerust nog een keer!")."""
    invited, months = False, None
    previous = ""
    for sentence in _sentences(text, cue):
        if _invites(sentence, cue):
            invited = True
            months = months or _months(sentence, cue)
            # "Over een half jaar breiden we uit. Solliciteer dan gerust …"
            if previous.endswith("?") or cue.then.search(sentence):
                months = months or _months(previous, cue)
        previous = sentence
    return invited, months


_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("coordinator", ("coordinat", "koordinat", "coördinat")),
    ("recruiter", ("recruit", "talent", "sourc", "acquisition", "recrut", "recrutamento",
                   "reclut", "selección", "seleção", "selezione", "werving")),
    ("hr", ("hr", "human resources", "people", "personal", "rh", "rrhh", "personeel",
            "ressources humaines", "recursos humanos", "risorse umane")),
    ("hiring_manager", ("manager", "director", "head", "lead", "leiter", "responsable",
                        "gerente", "responsabile", "chief", "vp", "founder", "cto", "ceo",
                        "teamlead", "diretor", "directeur", "direttore", "oprichter",
                        "geschäftsführ", "fondat", "teamleider")),
)  # fmt: skip


def _role(title: str | None, agency: bool) -> tuple[str, Confidence]:
    if agency:
        return "agency_recruiter", "high"
    if title:
        folded = title.casefold()
        for role, words in _ROLE_WORDS:
            if any(w in folded for w in words):
                return role, "high"
    return "recruiter", "low"


def _language(text: str) -> str | None:
    from rejection_kit.language._detect import identify

    return identify(text)


@attrs.define
class _Reader:
    """One e-mail being read: what is known so far, field by field."""

    mail: Mail
    cue: Cues
    body: Body
    subject: str
    found: dict[str, Found] = attrs.field(factory=dict)

    def put(self, field: str, value: object, confidence: Confidence, source: str) -> None:
        if value not in (None, "", (), []):
            self.found[field] = Found(value, confidence, source)

    def internal(self) -> bool:
        """Whether the e-mail answers an internal application."""
        return bool(self.cue.internal.search(f"{self.subject}\n{self.body.text}"))

    def stem(self) -> str | None:
        """The sender's organisation as its domain says: a system's Reply-To person's
        domain rather than the system's own ("hire.lever.co" is the tool, not the company)."""
        mail = self.mail
        if names.is_no_reply(mail.sender_email) or mail.auto_submitted:
            for _, address in mail.reply_to:
                if not names.is_no_reply(address):
                    return names.domain_stem(address)
        return names.domain_stem(mail.sender_email)

    def sender(self) -> tuple[list[str], str | None]:
        """Who wrote, and whether they can be answered; returns the signature's other
        lines and the sender's title."""
        mail, cue = self.mail, self.cue
        automated = names.is_no_reply(mail.sender_email) or mail.auto_submitted
        shared = automated or names.is_shared(mail.sender_email)
        organisations = [self.stem()]
        written = f"{self.body.text}\n{self.body.signature}"

        def organisation(name: str | None) -> bool:
            # "Halcyon Biotherapeutics <halcyon@…>", signed "… Talent Acquisition"; the
            # Reply-To's "Octave Énergie <reply+…@…>", "Octave Énergie SAS" in the footer.
            return bool(name) and names.named_as_organisation(str(name), written)

        # A no-reply system that writes in a person's name, with that person as the
        # Reply-To ("Jordan Reyes" <no-reply@hire.lever.co>, Reply-To: Jordan Reyes): the
        # name is the person's, not an organisation's.
        replying = [
            p
            for n, a in mail.reply_to
            if n and not names.is_no_reply(a) and not organisation(p := names.display_person(n))
        ]
        shown = names.display_person(mail.sender_name) if shared else None
        vouched = next((p for p in replying if p and shown and compact(p) == compact(shown)), None)
        if shared and not vouched:
            organisations += [names.display_organisation(mail.sender_name), mail.sender_name]
        sig_name, sig_title, rest = names.signature_person(
            self.body.signature, cue, [o for o in organisations if o]
        )
        if sig_name and cue.title_words.search(sig_name):
            sig_name = None  # "Analista de Datos Sr." on a line of its own is a job, not a name
        display = vouched or (None if shared else names.display_person(mail.sender_name))
        if organisation(display):
            display = None
        if organisation(sig_name):
            sig_name = None
        if not (display or sig_name):
            # The Reply-To's person, when the signature names them too.
            signed = compact(self.body.signature)
            display = next((p for p in replying if p and compact(p) in signed), None)
        name = display or sig_name
        if display and sig_name and names.same_person(display, sig_name):
            # "Colombo Marta", "DUPUIS Nathalie", "Restrepo Velez" in a header; the person
            # signs "Marta Colombo", "Nathalie Dupuis", "Restrepo Vélez"; whichever gives a
            # title gives the name ("Dott.ssa Chiara Benedetti", "Dr. Anja Köhler").
            if names.titled(sig_name) or not names.titled(display):
                display = sig_name
            name = sig_name = display
        if name:
            agree = display and sig_name and compact(display) == compact(sig_name)
            self.put("sender.name", name, "high" if agree or display else "low",
                     "header" if display else "signature")  # fmt: skip
        if mail.sender_email:
            self.put("sender.email", mail.sender_email, "high", "header")
        if sig_title and name:
            self.put("sender.title", sig_title, "high", "signature")
        says_no = bool(cue.no_reply.search(f"{self.body.text}\n{self.body.signature}"))
        reply_to = next((a.casefold() for _, a in mail.reply_to if not names.is_no_reply(a)), None)
        if reply_to is None and mail.sender_email and not automated and not says_no:
            reply_to = mail.sender_email
        if reply_to is None:
            found = names.ADDRESS.findall(self.body.signature) + names.ADDRESS.findall(
                self.body.text
            )
            reply_to = next(
                (a.casefold() for a in found
                 if not names.is_no_reply(a) and a.casefold() not in mail.to),
                None,
            )  # fmt: skip
        self.put("reply_to", reply_to, "high" if reply_to == mail.sender_email else "low",
                 "header")  # fmt: skip
        self.found["can_reply"] = Found(reply_to is not None, "high", "header")
        self.found["sender.automated"] = Found(automated, "high", "header")
        return rest, sig_title

    def organisations(self, sig_rest: Sequence[str], sig_title: str | None) -> bool:
        """The position, the hiring company and the agency; returns whether an agency wrote."""
        mail, cue, body = self.mail, self.cue, self.body
        stem = self.stem()
        counts, after = _positions(_lost_role_text(body.text, cue), self.subject, cue)
        own = [
            n
            for n, _ in sorted(names.organisations(sig_rest, stem, sig_title), key=lambda x: -x[1])
            if not _department(n, cue)
        ]
        ranked = _companies(self, after, (sig_rest, sig_title), stem, counts)
        if counts:
            title, votes = counts.most_common(1)[0]
            self.put("position", title, "high" if votes >= 2 else "low", "body")
        else:
            subject_titles = list(_subject_titles(self.subject, cue, [n for n, _ in ranked]))
            # A segment that names a job ("… Engineer") before one that may be a name.
            subject_titles.sort(key=lambda t: not cue.title_words.search(t))
            if subject_titles:
                self.put("position", subject_titles[0], "low", "subject")
        position = self.found.get("position")
        if position:
            title = str(position.value)
            ranked = [
                (n, c) for n, c in ranked
                if not names.same_org(n, title) and n.casefold() not in title.casefold()
            ]  # fmt: skip
        text = f"{body.text}\n{body.signature}"
        agency_org = next((n for n in own if cue.agency_names.search(n)), None)
        mine = agency_org or (own[0] if own else names.display_organisation(mail.sender_name))
        # A client is named in the mail, not in the writer's own signature lines.
        clients = [
            (n, c) for n, c in ranked
            if not any(o and names.same_org(n, o) for o in (mine, stem, *own))
        ]  # fmt: skip

        def said(pattern: re.Pattern[str]) -> bool:
            return any(
                not _system_sent(text, m.start(), m.end(), cue) for m in pattern.finditer(text)
            )

        # An internal vacancy is never filled through an agency: "ta mission actuelle chez
        # notre client" is the candidate's own assignment. "They have decided" is an
        # agency's only when it names a client: an in-house recruiter says it of the team.
        # A firm whose name says what it does ("… Werving & Selectie") is an agency, named
        # client or not.
        agency = not self.internal() and (
            said(cue.agency) or (bool(clients) and said(cue.agency_weak)) or agency_org is not None
        )
        if agency:
            if not clients:
                # "Re: Head of Finance – Marlowe Foods": an agency names its client in the
                # subject and nowhere else.
                clients = [(n, 1) for n in self.subject_organisations((mine, stem))]
            if clients:
                name, score = clients[0]
                self.put("company", name, "high" if score >= 2 else "low", "body")
            if mine:
                self.put("agency", mine, "low", "signature")
        elif ranked:
            company, score = ranked[0]
            self.put("company", company, "high" if score >= 3 else "low", "body")
        return agency

    def subject_organisations(self, known: Iterable[str | None]) -> Iterator[str]:
        """Segments of the subject that name an organisation: a legal form or a word no
        person's name has ("Hanseatische Kühllogistik AG", "Marlowe Foods"), not the
        position and none of ``known``."""
        position = self.found.get("position")
        title = compact(str(position.value)) if position else ""
        parts = _SUBJECT_SPLIT.split(self.subject)
        for segment in (s for part in parts for s in re.split(r",\s+", part)):
            name = names.leading_name(_NOISE_LEAD.sub("", segment).strip())
            if (
                name
                and (
                    names.LEGAL_FORM.search(name)
                    or names.NOT_A_PERSON.search(name)
                    or _TRADE_WORD.search(name)
                )
                and not self.cue.title_words.search(name)
                and compact(name) not in title
                and not any(k and names.same_org(name, k) for k in known)
            ):
                yield name

    def process(self) -> None:
        """When, how far the candidate got, and what was said."""
        cue, text = self.cue, self.body.text
        if self.mail.date:
            self.put("date", self.mail.date, "high", "header")
        self.found["internal"] = Found(self.internal(), "low", "body")
        if any(
            (m := cue.final.search(s)) and not cue.not_final.search(s) and not _denied(s, m, cue)
            for s in _sentences(text, cue)
        ):  # "… not to invite you to the final round" is no final round
            stage = "final"
        elif any(
            (m := cue.interview.search(s)) and not _interview_denied(s, m, cue)
            for s in _sentences(text, cue)
        ):  # "… decided not to invite you to interview" is no interview
            stage = "interview"
        else:
            stage = "application"
        # "no avanzarás a la terna final" is no place among the finalists.
        finalist = bool(cue.finalist.search(text)) and not any(
            (m := cue.finalist.search(s)) and _denied(s, m, cue) for s in _sentences(text, cue)
        )
        if finalist:
            stage = "final"  # "one of the last two candidates" met the last round
        self.found["stage"] = Found(stage, "high" if stage != "application" else "low", "body")
        self.found["finalist"] = Found(finalist, "low", "body")
        self.put("feedback", tuple(_feedback(text, cue)), "low", "body")
        invited, months = _reapply(text, cue)
        self.found["reapply_invited"] = Found(invited, "low", "body")
        self.put("reapply_after_months", months, "low", "body")


def _origin(mail: Mail, body: Body) -> Mail:
    """For a forward, the mail as the original sender wrote it: their name, address and
    subject (the forwarder's note is not the rejection)."""
    if not body.origin:
        return mail
    name, address = email.utils.parseaddr(body.origin)
    if "@" not in address:
        return mail
    sent = header_date(body.origin_date) if body.origin_date else None
    return attrs.evolve(
        mail,
        sender_name=name or None,
        sender_email=address.casefold(),
        subject=body.origin_subject or mail.subject,
        date=sent or mail.date,
        reply_to=(),
        auto_submitted=False,
    )


def extract(mail: Mail) -> Facts:
    """Read the facts of ``mail``; see the module's docstring for what is trusted."""
    cue = cues()
    forward = bool(_FORWARD.match(mail.subject or ""))
    body = split_body(normalize(mail.body), cue, forward=forward)
    mail = _origin(mail, body)
    # "Rif:", "RES:", "AW:" are the mail client's, never a company or a title.
    subject = bare_subject(normalize(mail.subject or ""))
    reader = _Reader(mail=mail, cue=cue, body=body, subject=subject)
    sig_rest, sig_title = reader.sender()
    agency = reader.organisations(sig_rest, sig_title)
    reader.process()
    if "sender.name" in reader.found:
        title = reader.found.get("sender.title")
        role, confidence = _role(str(title.value) if title else None, agency)
        reader.put("sender.role", role, confidence, "signature")
    return Facts(found=reader.found, body=body, language=_language(body.text or reader.subject))
