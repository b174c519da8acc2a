"""People and organisations in an e-mail: addresses, display names, signatures, domains.

"Anna Schmidt <anna@northwind.example>" names a person; "Northwind Careers
<no-reply@myworkday.com>" names an organisation through an applicant-tracking system;
"Sam Whitley | Senior Recruiter | Parcelwise" in a signature names both. These helpers
tell them apart, and compare an organisation's name with the sender's domain
("Grünwald Pharma GmbH" and ``gruenwald-pharma.de`` are the same company).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

from rejection_kit.intake._cues import Cues
from rejection_kit.intake._text import GREETING, HONORIFIC, PERSON, PRONOUNS, compact
from rejection_kit.model._fields import NO_REPLY_LOCAL

#: Domains of applicant-tracking systems: they name no company by themselves.
_ATS_DOMAIN = re.compile(
    r"(?:^|\.)(?:greenhouse(?:-mail)?\.io|lever\.co|myworkday\.com|workday\.com"
    r"|smartrecruiters\.com|personio\.(?:de|com)|recruitee\.com|workablemail\.com|workable\.com"
    r"|successfactors\.(?:com|eu)|icims\.com|taleo\.net|jobvite\.com|ashbyhq\.com|teamtailor"
    r"(?:-mail)?\.com|bamboohr\.com|softgarden\.(?:de|io)|join\.com|breezy\.hr|jazzhr\.com"
    r"|pinpointhq\.com|rexx-systems\.com|dvinci\.de|umantis\.com|cornerstoneondemand\.com"
    r"|oraclecloud\.com|avature\.net|phenom(?:people)?\.com|beamery\.com|gem\.com"
    r"|gupy\.io|kenoby\.com|inhire\.com\.br|infojobs\.net|inrecruiting\.com|solides\.jobs"
    r"|factorial(?:hr)?\.com|recruitcrm\.io|zohorecruit\.com|workwithus\.com)$"
)
#: "anna.schmidt@…": a local part that names a person.
_PERSONAL_LOCAL = re.compile(r"[a-z]\.[a-z]")
#: Local parts of shared mailboxes: their display name is the organisation's.
_SHARED_LOCAL = re.compile(
    r"^(?:jobs?|careers?|career|recruiting|recruitment|recruiter|talent|hr|people|info|hello"
    r"|team|hiring|apply|applications?|bewerbung(?:en)?|karriere|personal|recrutement|emploi"
    r"|rh|empleo|seleccion|rrhh|vagas|carreiras|recrutamento|lavoraconnoi|carriere|selezione"
    r"|werving|vacatures|sollicitatie|sollicitaties|werkenbij)(?:[-_.+][^@]*)?$"
)
_FREE_MAIL = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|gmx|web|aol|proton|protonmail"
    r"|orange|free|wanadoo|laposte|libero|virgilio|uol|bol|terra|ziggo|kpnmail|t-online"
    r"|freenet|mail|yandex)\.[a-z.]+$"
)
#: Second-level labels under a country's domain (``co.uk``, ``com.br``).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "gv", "or", "ne"})
ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
#: Mailboxes of legal departments: an address to write about data, not a person to thank.
_LEGAL_LOCAL = re.compile(
    r"^(?:privacy|privacidade|privacidad|privacit[àa]|datenschutz|dpo|gdpr|lgpd|rgpd|avg"
    r"|unsubscribe|legal|compliance|protecciondedatos|protezionedati)\b",
    re.IGNORECASE,
)
#: Words of a display name that make it an organisation, not a person.
ORGANISATION_WORDS = re.compile(
    r"\b(?:careers?|jobs?|recruiting|recruitment|talent|acquisition|team|hr|people|hiring"
    r"|notifications?|no-?reply|karriere|bewerbermanagement|personal|recrutement|carrières"
    r"|empleo|empleos|selección|seleção|vagas|carriere|carreiras|recrutamento|talentos|gente"
    r"|selezione|lavora|werving|vacatures|afdeling|inc|gmbh"
    r"|ag|se|ltd|llc|sa|sas|bv|nv|spa|srl|ltda)\b",
    re.IGNORECASE,
)
#: Words that are never part of a person's name, though they can be of a company's
#: ("Programa Trainee Jequitibá", "Grupo Jequitibá").
NOT_A_PERSON = re.compile(
    r"\b(?:programa|programme|program|programma|trainee|traineeship|graduate|estágio"
    r"|praktikum|academy|grupo|group|gruppe|gruppo|groep|groupe"
    # a shared mailbox's name: "Equipo de Talento", "Mobilità Interna", "Recursos Humanos"
    r"|talento|equipo|equipe|équipe|mobilità|mobilité|mobilidade|movilidad|interna|interne"
    r"|recursos|ressources|risorse|humanos|humaines|umane"
    # a sector's word: "Vernière Industries - Recrutement" is no person
    r"|industries|industrie|industria|industrias|indústrias|logistics|logistik|logistique"
    r"|logística|logistica|holding|solutions|systems|technologies|consulting|services|foods"
    r"|gemeente|zorggroep|stichting|atelier|ateliers|maison|studio|cabinet|agence|laboratoire"
    r"|laboratoires|officine|bodegas|cantine|manufacture|fratelli)\b",
    re.IGNORECASE,
)
LEGAL_FORM = re.compile(
    r"\b(?:GmbH(?: & Co\. KG)?|AG|SE|KG|Inc\.?|Ltd\.?|LLC|PLC|plc|S\.A\.S?\.?|SAS|SARL|S\.L\.?"
    r"|S\.p\.A\.?|S\.r\.l\.?|B\.V\.?|N\.V\.?|Ltda\.?|S/A|Corp\.?|GbR|eG|UG)(?=\s|,|$)"
)
# Each alternative starts where a run of spaces starts, so a long run is scanned once.
SEPARATORS = re.compile(r"(?<!\s)\s+[–—•·|/@-]\s+|(?<!\s)\s*\|\s*")
#: "Anna from Acme", "Anna | Acme", "Acme (Workday)", "Acme via Greenhouse".
_FROM_ORG = re.compile(
    r"^[^\n]{1,80}?(?:\s(?:from|at|bei|de|chez|von|da|van|di)\s|\sd'(?=[A-ZÀ-Ý]))"
    r"(?P<org>[^\n]{1,80})$",
    re.I,
)
#: "Marisol Vega (via Harborview Health Careers)": a person writing through the employer's
#: careers system.
_PAREN_VIA_ORG = re.compile(
    r"^[^\n(]{1,80}?\s\((?:via|über|par|por|tramite|através de)\s(?P<org>[^\n()]{1,80})\)$", re.I
)
_PAREN_ORG = re.compile(r"^(?P<org>[^\n(]{1,80}?)\s\([^\n]{1,80}\)$")
_VIA_ORG = re.compile(r"^(?P<org>[^\n]{1,80}?)\s(?:via|über|par|por|tramite)\s[^\n]{1,80}$", re.I)
#: A careers site's name before the employer's: "Werken bij Acme", "Careers at Acme".
_CAREERS = re.compile(
    r"^(?:werken bij|careers? at|jobs? at|karriere bei|jobs bei|carrières? chez"
    r"|emplois? chez|trabaja (?:en|con)|empleo en|lavora con|carreiras?(?: na| no| em)?)\s+",
    re.I,
)
#: A careers site's slogan after the employer's name: "Acme - Lavora con noi".
_CAREERS_SLOGAN = re.compile(
    r"(?:lavora con noi|trabalhe conosco|trabaje con nosotros|trabaja con nosotros"
    r"|únete a nosotros|join us|work with us|werken bij ons|kom werken bij ons"
    r"|arbeiten bei uns|karriere bei uns|rejoignez-nous|travaillez avec nous"
    r"|venha trabalhar conosco|unisciti a noi)",
    re.I,
)
#: A tagline after a company's name ("Tallyway: build the money tools …"), not "Sitz:
#: München".
_TAGLINE = re.compile(r":\s+(?=[^\W\d_A-ZÀ-Ý])")
_LEADING_SLOGAN = re.compile(rf"^{_CAREERS_SLOGAN.pattern}(?:\s*[!.:|–—-])?\s+", re.I)
#: Where a person's name ends in a display name.
_NAME_END = re.compile(r"\s(?:from|at|bei|de|chez|von|da|van|di)\s|\s[|@–—-]\s|\s\(", re.I)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_PARTICLES = frozenset(
    [
        "&",
        "+",
        "of",
        "and",
        "und",
        "et",
        "y",
        "e",
        "de",
        "du",
        "des",
        "la",
        "le",
        "las",
        "los",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "der",
        "den",
        "van",
        "von",
        "ten",
        "ter",
        "for",
        "für",
    ]
)


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_HONORIFIC = re.compile(rf"^(?:{HONORIFIC})+")


def titled(name: str) -> bool:
    """Whether a name opens with a title ("Dr.", "Dott.ssa")."""
    return _HONORIFIC.match(name) is not None


def same_person(shown: str, signed: str) -> bool:
    """The same words in any order, case and accents aside: a header's "Colombo Marta" or
    "Restrepo Velez" is the signature's "Marta Colombo", "Restrepo Vélez"."""

    def words(name: str) -> list[str]:
        bare = _HONORIFIC.sub("", name)  # "Dott.ssa Chiara Benedetti" is "Chiara Benedetti"
        return sorted(compact(word) for word in _unaccented(bare).split())

    return words(shown) == words(signed)


def org_keys(name: str) -> set[str]:
    """The forms a name is compared in: without legal form, accents or spaces."""
    bare = LEGAL_FORM.sub("", name)
    return {compact(_unaccented(bare)), compact(bare.casefold().translate(_UMLAUTS))} - {""}


def same_org(name: str, other: str) -> bool:
    """Whether two spellings (or a name and a domain stem) name one organisation."""
    for a in org_keys(name):
        for b in org_keys(other):
            shorter = min(len(a), len(b))
            if shorter >= 3 and (a.startswith(b) or b.startswith(a)):
                return True
            # "Supermercados Pinheiro" and pinheiro.com.br: a long stem inside the name.
            if shorter >= 6 and (b in a or a in b):
                return True
    # "Altamira Partners" for "Altamira Talent Partners, S.L.": the same first word, and
    # every word of the shorter name in the longer.
    words = [[compact(w) for w in LEGAL_FORM.sub("", n).split()] for n in (name, other)]
    words = [[w for w in ws if w] for ws in words]
    short, long = sorted(words, key=len)
    return len(short) >= 2 and short[0] == long[0] and set(short) <= set(long)


def domain(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].casefold()


#: The names applicant-tracking systems sign with: never the hiring company.
ATS_NAME = re.compile(
    r"(?:greenhouse|lever|workday|smartrecruiters|personio|recruitee|workable|successfactors"
    r"|icims|taleo|jobvite|ashby|teamtailor|bamboohr|softgarden|join|breezy|jazzhr|pinpoint"
    r"|rexx|d\.?vinci|umantis|avature|phenom|beamery|gupy|kenoby|inhire|infojobs|inrecruiting"
    r"|solides|factorial|recruitcrm|zoho recruit)(?:\s+(?:hr|ats|recruiting))?",
    re.IGNORECASE,
)


def is_ats(address: str | None) -> bool:
    """Whether ``address`` belongs to an applicant-tracking system's domain."""
    host = domain(address)
    return bool(host and _ATS_DOMAIN.search(host))


def is_shared(address: str | None) -> bool:
    """Whether ``address`` is a team's mailbox (``jobs@``, ``karriere@``), not a person's."""
    return bool(address and "@" in address and _SHARED_LOCAL.match(address.split("@")[0]))


def domain_stem(address: str | None) -> str | None:
    """``anna@mail.northwind-analytics.co.uk`` → ``northwindanalytics``; None for ATS
    and free mail, which name no company."""
    host = domain(address)
    if not host or _ATS_DOMAIN.search(host) or _FREE_MAIL.match(host):
        return None
    labels = [x for x in host.split(".") if x][:-1]  # without the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    stem = compact(labels[-1]) if labels else ""
    return stem if len(stem) >= 3 else None


def is_no_reply(address: str | None) -> bool:
    """Whether ``address`` takes no replies (``no-reply@``, ``notifications@``, an ATS),
    or no thank-you (``privacy@``, ``datenschutz@``)."""
    if not address or "@" not in address:
        return False
    local = address.casefold().rsplit("@", 1)[0]
    return bool(NO_REPLY_LOCAL.match(local) or _LEGAL_LOCAL.match(local)) or (
        is_ats(address) and not _PERSONAL_LOCAL.search(local)
    )


def _only_organisation_words(text: str) -> bool:
    return not ORGANISATION_WORDS.sub("", text).strip(" ,.-–|()&")


def display_organisation(name: str | None) -> str | None:
    """The organisation in a display name: "Acme Careers", "Anna from Acme", "Acme via
    Lever", "Acme - Recrutamento"; None when it names only a person."""
    if not name:
        return None
    if "," in name and display_person(name) and not _organisational(name):
        return None  # "Moreau, Hélène" is a person written family name first
    if _CAREERS_SLOGAN.fullmatch(re.sub(r"\s+team$", "", name.strip(), flags=re.I)):
        return None  # "Lavora con noi" alone names no one
    # "Rejoignez-nous ! Carrières chez Maison Verlaine": a slogan before the careers site.
    name = _CAREERS.sub("", _LEADING_SLOGAN.sub("", name.strip()))
    for pattern in (_PAREN_VIA_ORG, _FROM_ORG, _VIA_ORG, _PAREN_ORG):
        match = pattern.match(name)
        # "Anna from Acme" names Acme; "Acme from Lever" would name a person: no.
        if match and (pattern is not _FROM_ORG or not PERSON.match(match.group("org"))):
            name = match.group("org")
            break
    parts = [p.strip() for p in re.split(r"\s+[|@–—-]\s+", name) if p.strip()]
    parts = [
        p for p in parts if not _only_organisation_words(p) and not _CAREERS_SLOGAN.fullmatch(p)
    ]
    if len(parts) > 1:
        parts = [p for p in parts if not display_person(p)] or parts
    if not parts:
        return None
    words = [w for w in parts[0].split() if not ORGANISATION_WORDS.fullmatch(w.strip(",.()"))]
    cleaned = " ".join(words).strip(" ,-–|")
    if not cleaned or (PERSON.match(cleaned) and not ORGANISATION_WORDS.search(name)):
        return None
    return cleaned


def display_person(name: str | None) -> str | None:
    """The person in a display name, if it names one: "Schmidt, Anna" → "Anna Schmidt"."""
    if not name:
        return None
    name = name.strip(" \"'")
    if "," in name:
        family, _, given = name.partition(",")
        if PERSON.match(f"{given.strip()} {family.strip()}"):
            return f"{given.strip()} {family.strip()}"
    head = _NAME_END.split(name, maxsplit=1)[0].strip()
    if head != name and PERSON.match(head) and not _organisational(head):
        return head
    if PERSON.match(name) and not _organisational(name):
        return name
    return None


#: A team signing as one: "Ihr Personalteam", "Your Recruiting Team", "Uw wervingsteam".
_TEAM_SIGNS = re.compile(
    r"^(?:ihr|ihre|euer|eure|dein|deine|your|votre|vostro|uw|jouw)\s|(?<=\w)teams?\b",
    re.IGNORECASE,
)


#: What follows a name written as an organisation's: a legal form, or a team's word.
_ORGANISATION_AFTER = re.compile(
    rf"(?:,|(?<![ \t]))[ \t]+(?:{LEGAL_FORM.pattern})"
    rf"|(?<![ \t])[ \t]+(?i:{ORGANISATION_WORDS.pattern})"
)


def named_as_organisation(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as an organisation's: followed by a legal form or
    a team's word ("Halcyon Biotherapeutics, Inc.", "… Talent Acquisition"); "Maria
    Silva, HR Business Partner" is a person with her title."""
    if not name or len(name) > 120:
        return False  # no one's display name
    at = text.find(name)
    while at >= 0:
        starts_a_word = at == 0 or not text[at - 1].isalnum()
        if starts_a_word and _ORGANISATION_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _organisational(text: str) -> bool:
    return bool(
        ORGANISATION_WORDS.search(text) or NOT_A_PERSON.search(text) or _TEAM_SIGNS.search(text)
    )


def leading_name(value: str) -> str:
    """The capitalised words a company's name begins with: "Acme Labs about the role" →
    "Acme Labs"; particles ("of", "&", "de") only between capitalised words."""
    kept: list[str] = []
    for token in value.split():
        if token.isdigit() and kept and kept[-1].casefold() in _PARTICLES:
            break  # "Octave Mobilités le 2 juin": a date, not "Studio 54"
        capital = token[:1].isupper() or token[:1].isdigit() or LEGAL_FORM.fullmatch(token)
        if capital or (token.casefold() in _PARTICLES and kept):
            kept.append(token)
        else:
            break
    while kept and kept[-1].casefold() in _PARTICLES:
        kept.pop()
    return " ".join(kept)


def pieces(lines: Iterable[str]) -> Iterator[str]:
    """The parts of signature lines split at separators ("Recruiter | Acme · Berlin")."""
    for line in lines:
        for piece in SEPARATORS.split(line):
            piece = piece.strip(" ,*_")
            if piece:
                yield piece


def looks_like_name(piece: str) -> bool:
    """A piece that could be an organisation's name: capitalised, no address, no link."""
    return (
        bool(piece[:1].isupper())
        and len(piece) < 70
        and not ADDRESS.search(piece)
        and "/" not in piece
        and not re.search(r"\d{3}|www\.|\.[a-z]{2,3}\b", piece)
    )


def _title(item: str, organisations: Sequence[str]) -> str:
    """A title line without the organisation after it: "Head of Marketing, Quillon Labs"
    → "Head of Marketing"; "VP Sales, North America" stays whole; what follows a dot or
    an at ("Técnica · Departament", "Talent Partner @ Acme") never belongs to it. A
    department after "|" is kept ("Recruiter | People Team"): people reading these
    signatures split evenly on it, so cutting it loses as many titles as it gains."""
    item = re.split(r"\s*[·•]\s*|\s+@\s+", item)[0]
    parts = [p for p in re.split(r",\s+|\s+[–—|·-]\s+|\s*\|\s*", item) if p]
    while len(parts) > 1 and (
        LEGAL_FORM.search(parts[-1]) or any(same_org(parts[-1], o) for o in organisations)
    ):
        parts.pop()
    kept = item[: item.find(parts[-1]) + len(parts[-1])] if parts else item
    return kept.strip(" ,")


def signature_person(
    signature: str, cue: Cues, organisations: Sequence[str] = ()
) -> tuple[str | None, str | None, list[str]]:
    """The name, the job title and the remaining lines of a signature block.

    ``organisations`` (the sender's domain, display name) are never taken for a person
    ("Rijnoever Ziekenhuis" under "Afdeling Recruitment")."""
    lines = [PRONOUNS.sub("", line).strip(" *_") for line in signature.split("\n")]
    lines = [line for line in lines if line and line not in ("--", "__")]
    if lines and cue.closing.match(lines[0]):
        first = cue.closing.sub("", lines[0]).strip(" ,")
        lines = ([first] if first else []) + lines[1:]
    for i, line in enumerate(lines[:6]):
        first = SEPARATORS.split(line)[0]
        head = first.split(",")[0].strip()
        if (
            not PERSON.match(head)
            or _organisational(head)
            # "Meridiano Seguros y Reaseguros, S.A. · Inscrita en …": a company's legal
            # line, not a person who signs.
            or LEGAL_FORM.match(first[len(head) :].lstrip(" ,"))
            or GREETING.match(head)
            or any(same_org(head, o) for o in organisations)
        ):
            continue
        tail = line[len(head) :].strip(" ,|–—-·")
        following = ([tail] if tail else []) + lines[i + 1 : i + 3]
        title = next(
            (
                _title(item, organisations)
                for item in following
                if cue.titles.search(item) and not ADDRESS.search(item) and len(item) < 80
            ),
            None,
        )
        return head, title, ([tail] if tail else []) + lines[i + 1 :]
    return None, None, lines


def _after_title(lines: Sequence[str], title: str | None) -> Iterator[str]:
    """The line under the sender's title, where signatures put the organisation."""
    for i, line in enumerate(lines):
        if title and line.startswith(title):
            # "Recruiting Lead, Tidepool Health": the rest of the title's own line, after
            # a comma (after "|" it is mostly a department: "Recruiter | Talent").
            if (rest := line[len(title) :]).startswith(","):
                yield rest.strip(" ,")
            if i + 1 < len(lines):
                yield lines[i + 1]
            return


def organisations(
    lines: Sequence[str], stem: str | None, title: str | None = None
) -> Iterator[tuple[str, int]]:
    """Organisation names in signature lines, with a weight: a legal form, the sender's
    domain, or the place under the sender's title says it is one."""
    placed = {p for p in pieces(_after_title(lines, title)) if looks_like_name(p)}
    for piece in dict.fromkeys(pieces(lines)):
        if title and piece.startswith(title + ","):
            piece = piece[len(title) + 1 :].strip()  # the title is no part of the name
        # "Rejoignez-nous ! Carrières chez Maison Verlaine" is Maison Verlaine's line.
        piece = _CAREERS.sub("", _LEADING_SLOGAN.sub("", piece))
        # "Tallyway: build the money tools …": a tagline after the name is not the name.
        if (colon := piece.find(": ")) > 0 and _TAGLINE.match(piece, colon):
            piece = piece[:colon]
        # "Polderpoort? Kijk op werkenbij…", "Atelier Sorel ! Rejoignez-nous": the name ends.
        piece = re.split(r"\s?[?!](?:\s|$)", piece, maxsplit=1)[0]
        if not looks_like_name(piece):
            continue
        weight = (
            (1 if LEGAL_FORM.search(piece) else 0)
            + (2 if stem and same_org(piece, stem) else 0)
            + (1 if piece in placed else 0)
        )
        if weight:
            yield piece, weight
