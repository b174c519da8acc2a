"""Pattern pieces shared by the English rules."""

from __future__ import annotations

__all__ = ["I_WILL", "ROLES_ABOVE", "SENTENCE_START", "WINNER"]

#: The person who got the job, however it is said.
WINNER = (
    r"(?:the (?:person|candidate|applicant|one|guy|woman|man|individual) (?:that |who |whom )?"
    r"(?:you|they) (?:hired|chose|picked|selected|went with|offered it to|gave it to)"
    r"|(?:your|the) new hire|whoever (?:you (?:hired|chose|picked)|got (?:it|the (?:job|role)))"
    r"|the (?:other|successful|winning|chosen|selected|final|hired) "
    r"(?:candidate|person|applicant|finalist))"
)
#: "I'll", "I will", "I am going to", ...
I_WILL = r"I(?:'ll| will| am going to|'m going to| shall| intend to| plan to)"
#: People above the writer's contact: going over their heads.
ROLES_ABOVE = (
    r"(?:manager|boss|CEO|founder|director|supervisor|board|HR(?: department)?|superiors?"
    r"|head of \w+|VP|leadership|owner|president)"
)
#: The start of a sentence (after the text start, a line break or end punctuation).
SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
