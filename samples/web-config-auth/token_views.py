# Visits API token handling (sample; deliberately insecure).
import jwt
from datetime import timedelta

# Session lifetime too long: Flask refreshes a permanent session for 31 days of inactivity.
PERMANENT_SESSION_LIFETIME = timedelta(days=31)

AUTH_PASSWORD_VALIDATORS = [
    # Weak password policy: a minimum of 6 characters.
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 6}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]


def visitor_claims(request):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # JWT signature verification switched off.
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims


def verified_claims(request, public_key):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # Safe look-alike: verified with a key, an algorithm list and an audience.
    return jwt.decode(token, public_key, algorithms=["RS256"], audience="visits")
