"""Reading a received rejection e-mail into a situation.

>>> import rejection_kit as rk
>>> reading = rk.read_rejection(b"From: Anna Schmidt <anna@northwind.example>\\r\\n"
...     b"Subject: Your application for Data Analyst\\r\\n\\r\\nHi Maya, thank you ...")
>>> reading.get("sender.name"), reading.get("position")
('Anna Schmidt', 'Data Analyst')
"""

from rejection_kit.intake._extract import Found
from rejection_kit.intake._reading import FIELDS, Reading, read_rejection

__all__ = ["FIELDS", "Found", "Reading", "read_rejection"]
