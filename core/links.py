"""Signed links that identify a student without a login (consent page, study decks, grades).

A link carries the row's id signed with Django's SECRET_KEY and a purpose (the salt), so a
consent link never opens the study page and neither can be forged or edited; it expires after
``max_age`` seconds.
"""
from django.core import signing


def signed_id(pk: int, purpose: str) -> str:
    return signing.TimestampSigner(salt=purpose).sign(str(pk))


def id_from_signed(token: str, purpose: str, max_age: float) -> int:
    """The id a link was made for; raises signing.BadSignature (SignatureExpired when too old)."""
    value = signing.TimestampSigner(salt=purpose).unsign(token, max_age=max_age)
    try:
        return int(value)
    except ValueError:
        raise signing.BadSignature("The link does not name a student.") from None
