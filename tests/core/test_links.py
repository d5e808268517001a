"""Signed student links: bound to their purpose, unforgeable, expiring."""

import pytest
from django.core import signing

from core.links import id_from_signed, signed_id


def test_a_link_gives_back_the_id_it_was_made_for():
    assert id_from_signed(signed_id(42, "consent"), "consent", max_age=60) == 42


def test_a_link_made_for_one_purpose_does_not_open_another():
    with pytest.raises(signing.BadSignature):
        id_from_signed(signed_id(42, "consent"), "study", max_age=60)


def test_an_edited_or_non_numeric_link_is_refused():
    token = signed_id(42, "consent")
    with pytest.raises(signing.BadSignature):
        id_from_signed(token.replace("42", "43", 1), "consent", max_age=60)
    for forged in ("abc", "9" * 30, "0", "-4"):
        with pytest.raises(signing.BadSignature, match="does not name a student"):
            id_from_signed(signing.TimestampSigner(salt="consent").sign(forged), "consent", max_age=60)


def test_an_old_link_has_expired():
    with pytest.raises(signing.SignatureExpired):
        id_from_signed(signed_id(42, "consent"), "consent", max_age=-1)
