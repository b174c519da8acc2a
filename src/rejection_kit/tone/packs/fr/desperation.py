"""Désespoir : supplier, demander de revenir sur la décision, se brader."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="desperation.plea",
        kind="existence",
        severity="error",
        message="May read as pleading.",
        rationale="Need-based appeals make the reader uncomfortable and never change a decision.",
        tags=("desperate",),
        patterns=(
            r"\bj'ai (?:vraiment |absolument |désespérément |tellement |terriblement )?besoin"
            r" (?:de ce|d'un|de cet|de cette|de ce) (?:poste|emploi|travail|job|boulot|salaire"
            r"|contrat|revenu|opportunité)\b",
            r"\bj'ai (?:vraiment|absolument|désespérément|tellement) besoin de (?:ce|cet|cette"
            r"|travailler)\b",
            r"\bje (?:suis|serais) prête? à (?:tout|faire n'importe quoi)\b",
            r"\bje (?:ferais|ferai) (?:n'importe quoi|tout) pour (?:rejoindre|obtenir|avoir"
            r"|décrocher|intégrer|être|faire partie|travailler)\b",
            r"\bje (?:vous|t')(?: en)? (?:supplie|implore|conjure)\b",
            r"\bs'il vous plaît,? s'il vous plaît\b",
            r"\bs'il te plaît,? s'il te plaît\b",
            r"\b(?:donnez|laissez|accordez|donne|laisse|accorde)-moi (?:au moins |juste )?"
            r"(?:une chance|ma chance|l'occasion de (?:faire mes preuves|vous prouver|te prouver))"
            r"\b",
            r"\b(?:vous êtes|tu es) (?:mon|ma) (?:dernier|dernière|seul|seule) (?:espoir|chance"
            r"|option)\b",
            r"\bma (?:famille|survie|situation) (?:compte|dépend) (?:sur|de) (?:ce|cet|cette|moi"
            r"|ce poste)\b",
            r"\bje ne peux pas me permettre (?:de perdre|un (?:autre|nouveau) refus|d'échouer"
            r"|de rester)\b",
            r"\bje suis (?:vraiment |complètement |totalement )?(?:désespérée?|aux abois)\b",
        ),
        exceptions=(r"\bprête? à tout (?:entendre|recevoir|accueillir)\b",),
        examples=(
            Example.bad("J'ai vraiment besoin de ce poste, mes économies s'épuisent."),
            Example.bad("Je suis prête à tout pour rejoindre l'équipe."),
            Example.bad("Je vous en supplie, donnez-moi une chance de faire mes preuves."),
            Example.good(
                "J'aimerais beaucoup avoir l'occasion de travailler avec l'équipe à l'avenir."
            ),
            Example.good("N'hésitez pas à penser à moi pour de futurs postes."),
        ),
    ),
    Rule(
        id="desperation.reconsider",
        kind="existence",
        severity="error",
        message="May read as asking them to reverse the decision.",
        rationale="Most sources call asking to reconsider a mistake: the decision is made.",
        suggestion="Demandez plutôt que l'on pense à vous pour de futurs postes.",
        tags=("desperate",),
        patterns=(
            r"\b(?:reconsidérer|revoir|réexaminer|revenir sur|réviser|changer|réévaluer"
            r"|reconsidériez|revoyiez|reveniez sur) (?:votre|ta|cette|la|leur) (?:décision|choix"
            r"|position|jugement|verdict)\b",
            r"\b(?:reconsidérer|réexaminer|revoir|réétudier|réévaluer|reconsidériez|réexaminiez)"
            r" (?:ma candidature|mon dossier|mon profil|mon cas)\b",
            r"\bma candidature (?:soit|puisse être|pourrait être|soit à nouveau) (?:réexaminée"
            r"|reconsidérée|revue|réétudiée|repêchée)\b",
            r"\bchang(?:er|iez|eriez|eras|ez) d'avis\b",
            r"\b(?:donnez-moi|accordez-moi|laissez-moi|donne-moi|accorde-moi|je mérite|je"
            r" (?:vous |te )?demande|je sollicite|mériterais|solliciter|avoir droit à|au moins)"
            r"\s+(?:une|un) (?:deuxième|seconde|nouvelle|dernière|autre) (?:chance|tentative"
            r"|entretien|occasion)\b",
            r"\by a-t-il (?:un moyen|une possibilité|une chance|moyen)\b[^.?!\n]{0,60}"
            r"(?:reconsidér|revoir|changer|encore|toujours|quand même|malgré tout)",
            r"\best-il (?:encore |toujours )?possible (?:de|que)\b[^.?!\n]{0,50}(?:reconsidér"
            r"|revoir|réexamin|rest\w* en lice|être retenue?|revenir sur)",
            r"\b(?:me|m') (?:repêcher|réintégrer dans le processus|remettre en lice)\b",
        ),
        exceptions=(
            r"\b(?:reconsidér|réexamin|revoir|réétudi|étudi|considér)\w* (?:ma candidature|mon"
            r" profil|mon dossier) pour (?:de futurs|d'autres|un futur|une future|un autre"
            r"|une autre|les prochains|les futurs|de prochains)\b",
        ),
        examples=(
            Example.bad("Pourriez-vous reconsidérer votre décision ?"),
            Example.bad("Je vous demande une seconde chance pour l'entretien final."),
            Example.bad(
                "Y a-t-il un moyen pour que ma candidature reste encore en lice pour ce poste ?"
            ),
            Example.good(
                "Je respecte votre décision et j'espère que nos chemins se croiseront de nouveau."
            ),
            Example.good("Je postulerais avec plaisir à de futurs postes chez Northwind."),
            Example.good("N'hésitez pas à revoir mon profil pour de futurs postes."),
        ),
    ),
    Rule(
        id="desperation.self_discounting",
        kind="existence",
        severity="warning",
        message="May read as desperate: an unprompted concession.",
        rationale="Offering to take less money or any role at all lowers your standing.",
        tags=("desperate",),
        patterns=(
            r"\b(?:un salaire|une rémunération|un poste|un titre|un statut|un niveau)"
            r" (?:moins élevée?|inférieure?|plus bas(?:se)?|plus junior|moindre|revue? à la"
            r" baisse)\b",
            r"\b(?:travailler|commencer|faire un essai|essayer) (?:gratuitement|bénévolement|sans"
            r" être payée?|sans rémunération|à l'essai gratuitement)\b",
            r"\b(?:période d'essai|stage|mission|essai) (?:gratuite?|non rémunérée?|bénévole)\b",
            r"\bn'importe quel (?:poste|rôle|emploi|contrat|salaire)\b",
            r"\b(?:disponible|joignable) (?:à toute heure|jour et nuit|24 ?h ?/ ?24|7 ?j ?/ ?7"
            r"|le week-end comme la nuit)\b",
            r"\bj'accepterais (?:n'importe quoi|tout|n'importe quel|moins)\b",
        ),
        examples=(
            Example.bad("J'accepterais un salaire moins élevé si cela change quelque chose."),
            Example.bad("Je pourrais même travailler gratuitement pendant un mois."),
            Example.good("Je postulerais avec plaisir à un futur poste."),
        ),
    ),
    Rule(
        id="desperation.self_undermining",
        kind="existence",
        severity="warning",
        message="May read as defensive: it names the very impression it hopes to avoid.",
        rationale="« Sans aucune amertume » makes the reader look for bitterness.",
        tags=("desperate",),
        patterns=(
            r"\bmauvaise? perdante?\b",
            r"\bsans (?:aucune |la moindre )?(?:amertume|rancune|rancœur|aigreur)\b",
            r"\b(?:je ne veux pas|je ne voudrais pas|sans vouloir) (?:que (?:cela|ce message|vous"
            r"|tu|mon message) (?:\w+ ){0,2})?(?:paraître|passer pour|sembler|avoir l'air"
            r"|donner l'impression d'être|être perçue?|être prise?|le prendre) (?:\w+ ){0,2}"
            r"(?:amère?|aigrie?|désespérée?|rancunière?|insistante?|lourde?|mal)\b",
            r"\bje sais que (?:cela|ça|ce message|je) (?:peut |pourrait |doit |va )?(?:paraître"
            r"|sembler|avoir l'air|sonner|passer pour) (?:\w+ )?(?:désespérée?|amère?|pathétique"
            r"|insistante?|lourde?|aigrie?)\b",
        ),
        examples=(
            Example.bad(
                "Je ne voudrais pas passer pour une mauvaise perdante, mais j'ai été surprise."
            ),
            Example.bad("Je le dis sans aucune amertume : la décision m'a surpris."),
            Example.good("J'ai eu plaisir à en apprendre davantage sur les projets de l'équipe."),
        ),
    ),
)
