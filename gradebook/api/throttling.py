"""The API's rate limits (settings' DEFAULT_THROTTLE_RATES, i.e. API_ANON_RATE and API_USER_RATE).

DRF's own classes copy the rates once at import; these read them on every request, so a
changed setting (an override in a test, a reloaded configuration) applies at once.
"""
from rest_framework import throttling
from rest_framework.settings import api_settings


class _RatesFromSettings:
    @property
    def THROTTLE_RATES(self):
        return api_settings.DEFAULT_THROTTLE_RATES


class AnonRateThrottle(_RatesFromSettings, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_RatesFromSettings, throttling.UserRateThrottle):
    pass
