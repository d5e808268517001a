"""The API's rate limits (settings' DEFAULT_THROTTLE_RATES, i.e. API_ANON_RATE and API_USER_RATE).

DRF's own classes copy the rates once at import; these read them on every request, so a
changed setting (an override in a test, a reloaded configuration) applies at once. An
anonymous caller is counted by core.client_ip (the proxies' word, not a header anyone can
send): DRF's own count trusts every X-Forwarded-For entry unless NUM_PROXIES is set.
"""

from rest_framework import throttling
from rest_framework.settings import api_settings

from core.client_ip import client_ip


class _RatesFromSettings:
    @property
    def THROTTLE_RATES(self):
        return api_settings.DEFAULT_THROTTLE_RATES

    def get_ident(self, request):
        return client_ip(request)


class AnonRateThrottle(_RatesFromSettings, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_RatesFromSettings, throttling.UserRateThrottle):
    pass
