"""``python -m rejection_kit``."""

import sys

from rejection_kit._cli import main

sys.exit(main())
