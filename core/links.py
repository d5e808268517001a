"""Signed links that identify a student without a login (consent page, study decks, grades).

A link carries the row's id signed with Django's SECRET_KEY and a purpose (the salt), so a
consent link never opens the study page and neither can be forged or edited; it expires after
``max_age`` seconds.
"""

from django.core import signing


def signed_id(pk: int, purpose: str) -> str:
    return signing.TimestampSigner(salt=purpose).sign(str(pk))


MAX_ID = 2**63 - 1  # the largest id a database row can have


def id_from_signed(token: str, purpose: str, max_age: float) -> int:
    """The id a link was made for; raises signing.BadSignature (SignatureExpired when too old),
    also when what was signed cannot be a row's id (not digits, or beyond a 64-bit integer)."""
    value = signing.TimestampSigner(salt=purpose).unsign(token, max_age=max_age)
    if not (value.isascii() and value.isdigit() and len(value) <= 19 and 0 < int(value) <= MAX_ID):
        raise signing.BadSignature("The link does not name a student.")
    return int(value)
