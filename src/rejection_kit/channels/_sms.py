"""SMS segment counting by the real rules: GSM-7 when every character allows it, else UCS-2.

GSM-7 fits 160 septets in one message and 153 per segment when concatenated; the
characters of the extension table (``^ { } [ ] ~ \\ | €``) take two septets. One
character outside GSM-7 switches the whole message to UCS-2: 70 code units, 67 per segment.
"""

from __future__ import annotations

import math

_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = frozenset("^{}\\[~]|€\f")


def sms_segments(text: str) -> int:
    """How many SMS segments ``text`` needs (GSM-7 when possible, UCS-2 otherwise).

    >>> sms_segments("Thanks for the call today.")
    1
    >>> sms_segments("x" * 161)
    2
    """
    if not text:
        return 0
    if all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in text):
        septets = len(text) + sum(1 for c in text if c in _GSM_EXTENDED)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le", "surrogatepass")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)
