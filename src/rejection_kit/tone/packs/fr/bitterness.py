"""Amertume, sarcasme, menaces et plaintes publiques : les messages qui coupent les ponts."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.fr._common import SENTENCE_START, WINNER

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="bitterness.disputes_decision",
        kind="existence",
        severity="error",
        message="May read as disputing the decision.",
        rationale="Relitigating a rejection closes the door the note is meant to keep open.",
        suggestion="Prenez acte de la décision : « Je comprends, et je vous remercie de m'avoir "
        "prévenu. »",
        tags=("bitter",),
        patterns=(
            # "Je ne comprends pas pourquoi / comment ..."
            r"\bje ne (?:comprends|m'explique|vois|saisis) (?:toujours |vraiment |absolument "
            r"|tout simplement |décidément )?pas (?:pourquoi|comment|ce qui|en quoi)\b",
            r"\bj'ai (?:du mal|beaucoup de mal|bien du mal) à (?:comprendre|accepter|m'expliquer"
            r"|admettre) (?:pourquoi|comment|votre décision|ta décision|cette décision|ce choix"
            r"|votre choix|ton choix|la décision)\b",
            # "Mon profil correspondait pourtant parfaitement ..."
            r"\b(?:mon profil|mon expérience|mon parcours|mes compétences|ma candidature)"
            r" (?:correspondai(?:t|ent)|répondai(?:t|ent)|collai(?:t|ent)) (?:pourtant |bien )?"
            r"(?:parfaitement|exactement|tout à fait|pleinement|en tous points|point par point)\b",
            # "J'étais pourtant le candidat idéal", "je pensais être la personne idéale"
            r"\b(?:j'étais|je suis) (?:pourtant |clairement |de loin |objectivement |sans doute "
            r"|manifestement )*(?:le meilleur|la meilleure|le plus qualifié|la plus qualifiée"
            r"|l'une? des (?:meilleur|plus qualifié)\w*|(?:le|la) (?:candidate?|personne|profil)"
            r" (?:idéale?|parfaite?|rêvée?|(?:le|la) (?:plus qualifiée?|plus expérimentée?"
            r"|mieux placée?|plus compétente?)))\b",
            r"\b(?:je pensais|je croyais|j'étais (?:sûre?|certaine?|convaincue?|persuadée?))"
            r" (?:pourtant |vraiment |sincèrement |sérieusement )?(?:être|que j'étais"
            r"|correspondre)"
            r" (?:(?:le|la|un|une) )?(?:(?:candidate?|personne|profil) )?(?:idéale?|parfaite?"
            r"|meilleure?|parfaitement|exactement|tout à fait|pile)\b",
            # "Vous faites une erreur", "c'est une erreur de jugement"
            r"\b(?:vous (?:faites|avez fait|commettez|avez commis|allez faire)|tu (?:fais|as fait"
            r"|commets|as commis)) (?:là )?(?:une (?:grave |grosse |lourde |vraie |belle )?erreur"
            r"|un mauvais choix|le mauvais choix|fausse route)\b",
            r"\b(?:une|la|cette|votre|ta) (?:mauvaise décision|erreur de (?:jugement|casting"
            r"|recrutement|appréciation))\b",
            r"\bje (?:ne suis pas d'accord|conteste|désapprouve|ne partage pas) (?:avec )?"
            r"(?:votre|ta|cette|la|ce|votre) (?:décision|choix|évaluation|analyse|appréciation"
            r"|conclusion|jugement|avis)\b",
            r"\b(?:contester|remettre en (?:cause|question)|faire appel de) (?:votre|ta|cette|la"
            r"|ce) (?:décision|choix|évaluation|refus)\b",
            r"\b(?:vous n'avez|tu n'as) (?:visiblement |manifestement |sans doute |peut-être "
            r"|même )?pas (?:vu|lu|remarqué|pris en compte|tenu compte|compris|su voir"
            r"|su reconnaître) (?:que|mon|ma|mes|à quel point|combien|le fait)\b",
            r"\b(?:permettez-moi|laissez-moi|je (?:tiens|me dois|dois)) (?:à |de )?(?:vous |te )?"
            r"rappeler que\b",
            r"\bcomment (?:avez-vous|as-tu|avez vous) pu (?:me |)(?:écarter|refuser|rejeter"
            r"|choisir quelqu'un|passer à côté|préférer)\b",
        ),
        exceptions=(r"\berreur (?:de|d'appréciation de) ma part\b",),
        examples=(
            Example.bad("Je ne comprends pas pourquoi mon profil n'a pas été retenu."),
            Example.bad("Mon profil correspondait pourtant parfaitement à l'annonce."),
            Example.bad("J'étais pourtant le candidat idéal pour ce poste."),
            Example.bad("Je pense que vous faites une erreur en choisissant quelqu'un d'autre."),
            Example.good("Cette décision me déçoit, bien sûr, mais je la comprends."),
            Example.good(
                "Je comprends que l'équipe ait privilégié une expérience plus poussée sur dbt."
            ),
            Example.good(
                "Je reste convaincue de pouvoir apporter beaucoup à l'équipe sur un futur poste."
            ),
        ),
    ),
    Rule(
        id="bitterness.blames_process",
        kind="existence",
        severity="error",
        message="May read as bitter: it criticises the process, the people or the company.",
        rationale="Complaints about the process are heard as sour grapes, whatever their merit.",
        tags=("bitter",),
        patterns=(
            r"\bperte de temps\b",
            r"\b(?:m'avoir|vous m'avez|tu m'as|m'a) fait perdre (?:mon|du|tout ce|autant de)"
            r" temps\b",
            r"\b(?:désorganisée?s?|peu professionnel(?:le)?s?|non professionnel(?:le)?s?"
            r"|irrespectueu(?:x|se|ses)|méprisante?s?|insultante?s?|amateurisme|grossière?s?)\b",
            r"\b(?:aviez|avais|aviez sans doute|aviez visiblement) déjà (?:quelqu'un|un candidat"
            r"|une candidate|votre candidat|ton candidat|choisi|fait votre choix|fait ton choix"
            r"|décidé)\b",
            r"\bquelqu'un en tête\b",
            r"\b(?:mascarade|simulacre|de pure forme|joué d'avance|jouée d'avance|cooptation"
            r"|copinage|népotisme|piston)\b",
            r"\b(?:le|votre|ton|ce|tout ce|l'ensemble du) (?:processus|recrutement|entretien"
            r"|process)(?: de recrutement)? (?:était|a été|fut|est|m'a paru|m'a semblé) "
            r"(?:\w+ ){0,3}(?:blague|farce|fiasco|n'importe quoi|catastrophe|injuste|biaisé"
            r"|truqué|inutile|ridicule|chaotique|désorganisé|honte|mascarade|gâchis)\b",
            r"\bvous autres\b",
            r"\bghost(?:é|ée|er|ing)\b",
            r"\bje m'attendais à (?:mieux|plus|autre chose) (?:de votre part|de ta part|de la part"
            r" d'une|d'une entreprise|de vous)\b",
            r"\b(?:quel|quelle|un tel|un vrai|un sacré) (?:manque de respect|culot|toupet)\b",
            r"\b(?:vous n'aviez|tu n'avais) (?:jamais|aucunement|pas) l'intention de me"
            r" (?:recruter|retenir|choisir|prendre)\b",
        ),
        exceptions=(
            r"\b(?:pas|nullement|aucunement|rien|loin d'être|jamais|aucune)\b[^.!?\n]{0,15}"
            r"perte de temps\b",
            r"\b(?:sans|ne) (?:vouloir|voudrais pas|veux pas) (?:être|paraître|sembler) "
            r"(?:irrespectueu(?:x|se)|grossière?|peu professionnel(?:le)?)\b",
        ),
        examples=(
            Example.bad("Franchement, tout ce processus a été une perte de temps."),
            Example.bad("Il est évident que vous aviez déjà quelqu'un en tête avant de me voir."),
            Example.bad("Les entretiens étaient désorganisés du début à la fin."),
            Example.good(
                "Les entretiens étaient très bien organisés, et j'en ai beaucoup appris."
            ),
            Example.good("Ce n'était en rien une perte de temps : j'ai énormément appris."),
            Example.good(
                "Sans nouvelles de votre part, je suppose que votre choix s'est porté sur une"
                " autre candidature."
            ),
        ),
    ),
    Rule(
        id="bitterness.disparages_winner",
        kind="existence",
        severity="error",
        message="May read as bitter about the person who was hired.",
        rationale="Belittling the new hire insults the people who chose them.",
        tags=("bitter",),
        patterns=(
            rf"\b{WINNER} (?:est|était|semble|sera|paraît) (?:clairement |visiblement |bien "
            r"|sûrement |forcément )?(?:moins (?:qualifiée?|expérimentée?|compétente?|solide)"
            r"|sous-qualifiée?|pas à la hauteur)\b",
            r"\b(?:moins|sous-)qualifiée?s? que moi\b",
            r"\b(?:candidate?|profil|personne|recrue|option) (?:plus jeune|moins cher|moins chère"
            r"|moins coûteu(?:x|se)|moins qualifiée?|moins expérimentée?|au rabais)\b",
            rf"\b(?:quand|lorsque|dès que|une fois que|le jour où) {WINNER} (?:aura échoué"
            r"|échouera|partira|sera partie?|démissionnera|aura démissionné|craquera"
            r"|abandonnera|jettera l'éponge|ne fera pas l'affaire|se sera plantée?"
            r"|vous lâchera)\b",
            rf"\b{WINNER} (?:ne tiendra pas|ne fera pas long feu|ne restera pas|ne sera pas à la"
            r" hauteur|ne fera pas l'affaire|va vite (?:partir|craquer|échouer))\b",
            r"\bparce qu(?:'il|'elle|e la personne retenue) (?:est|était|connaît|connaissait)"
            r" (?:un ami|une amie|l'ami|l'amie|proche|de la famille|le fils|la fille|le neveu"
            r"|la nièce|quelqu'un)\b",
            r"\bpistonnée?\b",
        ),
        examples=(
            Example.bad("Rappelez-moi quand la personne recrutée aura échoué."),
            Example.bad("J'ai cru comprendre que vous aviez préféré un profil moins cher."),
            Example.bad("La personne retenue est visiblement moins qualifiée."),
            Example.good(
                "Si un autre poste se libère — ou si les choses ne fonctionnent pas avec la"
                " personne recrutée — j'aimerais toujours beaucoup rejoindre l'équipe."
            ),
            Example.good("Tous mes vœux de réussite à vous et à la personne recrutée."),
        ),
    ),
    Rule(
        id="sarcasm.backhanded",
        kind="existence",
        severity="error",
        message="May read as sarcastic: polite words with a barb.",
        rationale="Sentiment tools score these as positive; readers do not.",
        tags=("bitter",),
        patterns=(
            r"\bbonne chance pour (?:trouver|recruter|dénicher) (?:quelqu'un|mieux|un meilleur"
            r"|une meilleure|un autre profil|aussi bien|mon équivalent|la perle rare)\b",
            r"\bje suis (?:sûre?|certaine?|convaincue?) que (?:la personne|le candidat"
            r"|la candidate|votre nouvelle recrue|ta nouvelle recrue|la nouvelle recrue"
            r"|l'heureu(?:x|se) élue?"
            r"|votre choix|ton choix)\b[^.!?\n]{0,40}\b(?:parfaite?|formidable|géniale?"
            r"|bien meilleure?|tellement mieux|excellente?|exceptionnelle?|merveilleu(?:x|se)"
            r"|brillante?|idéale?)\b",
            r"\bmerci pour rien\b",
            r"\btant pis pour (?:vous|toi)\b",
            r"\bc'est (?:votre|ta) perte\b",
            r"\bquelle (?:blague|plaisanterie|farce)\b",
            r"\bbravo pour (?:ce|votre|ton) (?:choix|décision|flair)\b",
            SENTENCE_START + r"(?:Soit|Bref|Génial|Super|Parfait|Ok|OK|D'accord|Tant pis"
            r"|Bien joué)(?:\s?[.!]|\.\.\.)",
            r"\b(?:apparemment|visiblement|manifestement|il faut croire que|faut croire que),?"
            r" (?:je n'étais|mon profil n'était|je ne suis|je ne faisais|je ne corresponds|mon"
            r" expérience ne) (?:pas|plus)\b",
            r"\bje suppose que (?:je n'étais|mon profil n'était|je ne suis) pas (?:assez"
            r"|suffisamment|à la hauteur|le bon|la bonne)\b",
            r"\bmerci (?:quand même|tout de même) pour (?:rien|le temps perdu|ce beau gâchis)\b",
        ),
        examples=(
            Example.bad("Bonne chance pour trouver quelqu'un de meilleur."),
            Example.bad("Je suis sûr que la personne retenue est parfaite."),
            Example.bad("Soit. Merci de m'avoir prévenu, j'imagine."),
            Example.bad("Apparemment, je n'étais pas ce que vous cherchiez."),
            Example.good("Bonne chance pour le lancement du produit le mois prochain."),
            Example.good("Je suis sûre que l'équipe fera de grandes choses cette année."),
            Example.good("Parfait si vous ne pouvez pas partager de retours."),
        ),
    ),
    Rule(
        id="threat.consequences",
        kind="existence",
        severity="error",
        message="May read as a threat or as going over their heads.",
        rationale="Warnings, escalation and talk of competitors end the relationship.",
        tags=("bitter",),
        patterns=(
            r"\b(?:vous|tu) (?:allez |vas |risquez de |risques de |pourriez |pourrais )?le"
            r" regrett(?:er|erez|eras)\b",
            r"\b(?:j'irai|je vais aller|je vais|je compte|je proposerai|je mettrai|j'apporterai)"
            r"\b[^.!?\n]{0,60}\b(?:chez |à )?(?:un |vos |votre |tes |ton |l'un de vos |la )?"
            r"(?:concurrents?|concurrence)\b",
            r"\b(?:vos|tes) concurrents (?:seront|seraient) (?:ravis|heureux|contents)\b",
            r"\b(?:votre|ta|ton) (?:direction|supérieure?|hiérarchie|responsable|patron|PDG|DRH"
            r"|manager|N\+1|directeur|directrice)\b[^.!?\n]{0,25}\b(?:entendre parler|être"
            r" informée?|au courant|saura|apprendra)\b",
            r"\bje (?:vais|compte|me réserve le droit de|n'hésiterai pas à) (?:en )?(?:référer à"
            r"|informer|saisir|contacter|écrire à|alerter|mettre en copie) (?:votre|la|ta|ton)"
            r" (?:direction|hiérarchie|supérieure?|responsable|PDG|DRH|directeur|directrice"
            r"|patron)\b",
            r"\b(?:action en justice|mon avocat|aux prud'hommes|porter plainte|poursuites"
            r" judiciaires|saisir la justice)\b",
            r"\b(?:vous n'avez|tu n'as) pas fini d'entendre parler de moi\b",
            r"\bcroyez-moi,? vous (?:le|allez le) regrett\w*\b",
        ),
        examples=(
            Example.bad("Vous allez le regretter."),
            Example.bad("J'irai proposer mes compétences à l'un de vos concurrents."),
            Example.bad(
                "Votre direction va entendre parler de la façon dont ce recrutement a été mené."
            ),
            Example.good("Je continuerai à suivre le travail de l'équipe avec intérêt."),
            Example.good("Merci de transmettre également mes remerciements à votre responsable."),
        ),
    ),
    Rule(
        id="public.complaint",
        kind="existence",
        severity="error",
        message="May read as a threat to complain in public.",
        rationale="Posts and reviews about a rejection are seen by every future employer.",
        tags=("bitter",),
        patterns=(
            r"\b(?:je vais|je compte|j'envisage de|je ne manquerai pas de|je me ferai un (?:devoir"
            r"|plaisir) de|je pourrais)\s+(?:en |vous |)(?:publier|poster|écrire|parler|raconter"
            r"|partager|témoigner|dénoncer|laisser|relater)\b[^.!?\n]{0,60}\b(?:LinkedIn|Twitter"
            r"|Facebook|Glassdoor|Indeed|Reddit|Instagram|TikTok|réseaux sociaux|mon réseau|mes"
            r" abonnés|Internet|en ligne|publiquement|mon blog)\b",
            r"\b(?:un avis|une évaluation|un commentaire|une note) (?:\w+ ){0,2}sur (?:Glassdoor"
            r"|Indeed|Google|Welcome to the Jungle)\b",
            r"\b(?:mon réseau|tout le monde|mes abonnés|mes contacts|le secteur"
            r"|toute la profession) (?:doit|devrait|mérite de|va|saura|a le droit de)"
            r" (?:savoir|être au courant|connaître|apprendre)\b",
            r"\b(?:rendre (?:cela|ceci|l'affaire|tout ça) public|dénoncer publiquement)\b",
        ),
        examples=(
            Example.bad("Je vais raconter cette expérience sur LinkedIn."),
            Example.bad("Je compte laisser un avis honnête sur Glassdoor."),
            Example.bad("Mon réseau mérite de savoir comment les candidats sont traités."),
            Example.good("Restons en contact sur LinkedIn."),
            Example.good("J'ai lu avec intérêt l'article que l'équipe a publié sur LinkedIn."),
        ),
    ),
)
