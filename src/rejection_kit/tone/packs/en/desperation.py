"""Desperation: pleading, asking them to reconsider, discounting yourself."""

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
            r"\bI (?:really |desperately |truly |badly |urgently |just )?need (?:this|the|that)"
            r" (?:job|role|position|work|opportunity|income|paycheck|money|offer)\b",
            r"\bI (?:really |desperately |truly |badly )need this\b",
            r"\bI(?:'ll|'d| will| would) do (?:absolutely |literally |just about |almost )?"
            r"(?:anything|whatever it takes)\b",
            r"\b(?:I'm |I am )?begging\b",
            r"\bI beg (?:you|of you)\b",
            r"\bplease,? please\b",
            r"\bplease (?:just )?(?:give me|hire me|let me (?:have|prove|show)|don't give up on me"
            r"|take me)\b",
            r"\byou(?:'re| are) my (?:last|only) (?:hope|chance|option)\b",
            r"\bmy (?:family|kids|children|wife|husband|partner|rent|mortgage) (?:depends?"
            r"|are depending|is depending|relies|rely|needs?) (?:on (?:this|me getting)|this)\b",
            r"\bI (?:can't|cannot) afford (?:to lose|not to get|another rejection)\b",
            r"\b(?:I have|I've got) (?:no|nowhere) (?:other options|else to (?:turn|go))\b",
            r"\bI(?:'m| am) (?:so |really )?desperate\b",
            r"\b(?:this|the|that) (?:job|role|position|opportunity|offer) (?:meant|means)"
            r" (?:absolutely )?(?:everything|the world) to me\b",
            r"\b(?:I )?(?:have|had) no idea what (?:I'll|I will|I'm going to|I am going to|to)"
            r" do\b",
            r"\bwhat (?:will|am|do) I (?:going to )?do now\b",
            r"\bI promise (?:I'll|I will|to|you I|that I)\b",
            r"\bif you (?:just |only )?(?:give|gave|offer|offered) me (?:a|the|another|one|this)"
            r" (?:chance|shot|try)\b",
            r"\bwork harder than anyone\b",
        ),
        examples=(
            Example.bad("I really need this job, my savings are nearly gone."),
            Example.bad("I'll do anything to be part of the team."),
            Example.bad("Please, please give me a chance to prove myself."),
            Example.good("I would love the chance to work with the team in the future."),
            Example.good("Please keep me in mind for future roles."),
            Example.bad("This role meant the world to me."),
            Example.bad("I promise I will not let you down."),
            Example.good("I promised Lena the checklist, so here it is."),
        ),
    ),
    Rule(
        id="desperation.reconsider",
        kind="existence",
        severity="error",
        message="May read as asking them to reverse the decision.",
        rationale="Most sources call asking to reconsider a mistake: the decision is made.",
        suggestion="Ask to be kept in mind for future roles instead.",
        tags=("desperate",),
        patterns=(
            r"\b(?:reconsider|re-consider|reevaluate|re-evaluate|rethink|re-think|revisit|reverse"
            r"|overturn|change) (?:your"
            r"|the"
            r"|this|that) (?:decision|choice|verdict|outcome)\b",
            r"\b(?:reconsider|re-consider) (?:me|my (?:application|candidacy|profile)"
            r"|hiring me)\b",
            r"\bchange your mind\b",
            # A bare "reconsider" asks to reverse the decision, unless it is about the future.
            r"\b(?:reconsider|re-consider|rethink|re-think)\b(?! (?:me )?for (?:a |any )?(?:future"
            r"|other|another|later|upcoming|similar))",
            r"\b(?:give me|grant me|I deserve|deserve|ask(?:ing)? for|beg(?:ging)? for|at least)"
            r" (?:another|a second|one more|one last) (?:chance|shot|try|look|interview)\b",
            r"\bis there (?:any|anything|a) (?:way|chance|possibility) (?:you|that you|I) "
            r"(?:could|can"
            r"|might|would)\b[^.?!\n]{0,30}(?:reconsider|change|still (?:be|get)|hire|consider)",
            r"\b(?:take|have) (?:another|a second|one more|a fresh|a new) look at (?:my|me|the"
            r" decision|your decision|it|this)\b(?![^.!?\n]{0,30}\bfuture\b)",
            r"\b(?:look at|review|reread|re-read|re-?review|re-?assess|reassess|re-?evaluate"
            r"|consider|read) (?:my|the|it|me|this) ?(?:application|candidacy|case|cv|resume"
            r"|file|interview|decision)?s? (?:again|once more|one more time)\b(?![^.!?\n]{0,30}"
            r"\bfuture\b)",
            r"\b(?:keep|leave|hold) (?:my (?:application|candidacy)|the (?:role|position"
            r"|decision)) open\b(?![^.!?\n]{0,20}\bfuture\b)",
            r"\b(?:is|was) (?:the|your|this|that) decision (?:final|set in stone|definite"
            r"|irreversible|absolute)\b",
            r"\b(?:still |any )?room to (?:change|reconsider|revisit|reverse|negotiate)\b",
            r"\b(?:think|mull) (?:it|this|things) over (?:again|once more|one more time)\b",
            r"\bbefore (?:making|you make) (?:it|this|the decision|your decision|that) final\b",
            r"\b(?:decision|choice|outcome|it) (?:can|could|might|may) (?:still )?be"
            r" (?:revisited|reconsidered|reversed|changed|reviewed|overturned|re-?evaluated"
            r"|re-?opened)\b",
            r"\b(?:don't|do not) (?:close|shut) the door on me\b(?! (?:for|in) (?:the )?future)",
            r"\b(?:one more|another|a second|a further|an additional|a follow-up|a final)"
            r" (?:interview|round|conversation|call|chance|shot|opportunity|meeting) (?:to|so"
            r" (?:that )?I (?:can|could)) (?:show|prove|demonstrate|clarify|explain|make (?:my"
            r"|the) case|convince|change)\b",
        ),
        exceptions=(
            r"\b(?:re-?)?consider(?:ed)? (?:me )?for (?:future|other|upcoming|another|later"
            r"|similar)\b",
        ),
        examples=(
            Example.bad("Would you please reconsider your decision?"),
            Example.bad("I'm asking for a second chance at the final interview."),
            Example.bad("Is there any way you could still consider me for this role?"),
            Example.good("I respect your decision and hope our paths cross again."),
            Example.good("I'd welcome being considered for future openings."),
            Example.bad("Could you take a second look at my case study?"),
            Example.bad("Is your decision final?"),
            Example.bad("Perhaps the outcome could still be revisited."),
            Example.bad("May I have another round to prove myself?"),
            Example.good("Please consider me again for future openings."),
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
            r"\b(?:a |any )?(?:lower|reduced|smaller|lesser) (?:salary|pay|rate|wage|compensation"
            r"|title)\b",
            r"\b(?:work|working|intern|start) (?:for free|unpaid|without pay)\b",
            r"\b(?:free|unpaid) (?:trial|work|internship|project)\b",
            r"\bany (?:role|position|job|opening|vacancy)(?: at all| whatsoever|,? no matter)\b",
            r"\b(?:willing|happy|ready|glad|prepared) to (?:take|accept) (?:any (?:role|position"
            r"|job)"
            r"|a (?:lower|junior|more junior|lesser|smaller)|less (?:money|pay)|anything)\b",
            r"\bavailable (?:anytime|any time|at any time|24/7|day or night|around the clock"
            r"|whenever you (?:want|need))\b",
            r"\b(?:I'll|I will|I'd|I would) (?:take|accept) (?:anything|whatever|any role"
            r"|any position|any job)\b",
            r"\b(?:willing|happy|ready|glad|prepared|open) to (?:start|begin|come in|join|work)"
            r" (?:at|as|in) (?:a |an |the )?(?:junior|lower|entry|more junior|reduced|lesser"
            r"|bottom|intern)\b",
            r"\b(?:accept|take|work for) (?:any|whatever) (?:salary|pay|rate|wage|compensation"
            r"|amount|title|level)\b",
        ),
        examples=(
            Example.bad("I'd accept a lower salary if that changes anything."),
            Example.bad("I could even work for free for a month to show you."),
            Example.good("I'd welcome the chance to apply for a future opening."),
            Example.bad("I'm happy to come in at a more junior grade."),
            Example.bad("I'd work for whatever salary you offer."),
        ),
    ),
    Rule(
        id="desperation.self_undermining",
        kind="existence",
        severity="warning",
        message="May read as defensive: it names the very impression it hopes to avoid.",
        rationale='"I don\'t want to sound bitter" makes the reader look for bitterness.',
        tags=("desperate",),
        patterns=(
            r"\bsour grapes\b",
            r"\b(?:don't|do not) want (?:this|it|you|me|to) (?:to )?(?:sound|seem|come across"
            r"|look)"
            r" (?:like|as|bitter|desperate|petty|needy)\b",
            r"\bI know (?:this|it|I) (?:sounds?|may sound|might sound|must sound|seems?)"
            r" (?:\w+ )?(?:desperate|bitter|petty|needy|pathetic|crazy)\b",
            r"\bnot to sound (?:desperate|bitter|petty|needy)\b",
            r"\b(?:don't|do not|didn't|did not) (?:mean|wish|intend) (?:this |it |you |me )?"
            r"(?:to )?(?:sound|seem|come across|look|be)(?: \w+)? (?:like|as|bitter|desperate"
            r"|petty"
            r"|needy|ungrateful|negative|pushy|entitled)\b",
        ),
        examples=(
            Example.bad("I hope this isn't taken as sour grapes."),
            Example.bad("I don't want this to sound bitter, but I was surprised."),
            Example.good("I was glad to hear more about the team's plans."),
        ),
    ),
)
