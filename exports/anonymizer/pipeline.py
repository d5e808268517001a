"""Remove what identifies people from a text before it leaves the gradebook.

Replaced: names of the people given (the student being exported -> [STUDENT], other enrolled
students -> [NAME], instructors -> [INSTRUCTOR]), in any case, without accents or transliterated
(José -> jose, Müller -> Mueller), misspelt by one letter (Okafur, capitalised) or, in both words of a full name, by two (Dimitry Petroff), as nicknames (Robert -> Bob, see nicknames.py), as initial and
surname ("J. Doe", "Doe, J.", "Jane D."), as initials ("J.D.", "by JD" unless an abbreviation or
a word, "when J. touched it", "M-C" for Marie-Claire), split across lines, possessive ("[STUDENT]'s", "janes notes"), as user names and handles
(jdoe, @jdoe, jdoe42, jane#4141), as speakers ("JANE: Good morning", "[10:42] jane: ok");
people not on the roster where the text says who they are ("my mom Linda", "Mr. Okafor", "Carlos
and I", "I told Linda") -> [NAME]; e-mail addresses, also written "jdoe AT school DOT edu",
"x [at] y [dot] com", "jdoe42 at gmail", "jane doe at gmail dot com" or defanged
"j[.]doe[@]uni[.]edu" -> [EMAIL]; URLs -> [URL]; phone numbers -> [PHONE]; home street addresses -> [ADDRESS]; the
given student ids, also without their letters, id-like codes (S1234567) and numbers introduced
as ids ("Student number: 20241187") -> [ID]. Famous people, products and methods stay ("Ada
Lovelace", "in Ruby", "Fisher's exact test"; see famous.py).

Names that are ordinary words (Will, Grace, Mark; see name_words.py) are replaced only where the
context makes them a name: capitalised and not used as the word ("Will the loop stop?", "the Bill
of Rights", "Summer 2024" keep it), after "I'm", "my partner is", "hi", before "said", "and I",
as a sign-off, possessive, next to another part of a roster name. A name that is also a place
stays where the text makes it one ("in Austin", "moved here from Georgia").
"""

from __future__ import annotations

from . import outsiders
from .contacts import replace_contacts, replace_named_emails
from .initials import replace_initials
from .misspelt import replace_misspelt_full_names
from .names import rejoin_split_names, replace_names
from .roster import NAME, Person, Roster
from .script_aliases import replace_script_aliases
from .spelled import replace_spelled_names
from .spelling import fold

SPLIT_STRIP = "()[]{}<>\"'“”‘’.,;:!?*"


class Anonymizer:
    """Built once per course roster; ``anonymize(text, subject)`` is then cheap per text."""

    def __init__(self, people: list[Person]):
        self._roster = Roster(people)

    def anonymize(self, text: str, subject: str | None = None) -> str:
        if not text:
            return text
        if "\xad" in text:
            text = text.replace("\xad", "")  # a soft hyphen inside a name: "Gr\xadace"
        roster = self._roster
        text = replace_contacts(text, roster, subject)
        text = replace_spelled_names(text, roster, subject)
        text = replace_initials(text, roster, subject)
        text = rejoin_split_names(text, roster)
        text = replace_misspelt_full_names(text, roster, subject)
        lower = text.lower()
        words = [word.strip(SPLIT_STRIP) for word in (lower if lower.isascii() else fold(lower)).split()]
        namesakes: set[str] = set()
        if roster.may_name_someone(words):
            text, namesakes = replace_names(text, roster, subject)
            if "[" in text:
                text = replace_named_emails(text)
                if not text.isascii():
                    text = replace_script_aliases(text)
        return outsiders.replace(text, NAME, words, namesakes)
