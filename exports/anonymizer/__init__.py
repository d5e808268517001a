"""Remove what identifies people from a text before it leaves the gradebook (see pipeline.py)."""

from .pipeline import Anonymizer
from .roster import Person, pseudonym

__all__ = ["Anonymizer", "Person", "pseudonym"]
