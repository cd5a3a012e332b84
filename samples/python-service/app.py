"""Case notification service (sample; deliberately insecure)."""
import hashlib
import ssl
from hashlib import sha1 as fingerprint

import requests

CASE_API = "http://cases.example.justice.gov.uk/api/v2"


def reset_token(user_id: str) -> str:
    # A password-reset token derived with SHA-1 from a guessable value.
    return fingerprint(user_id.encode()).hexdigest()


def file_checksum(data: bytes) -> str:
    # Not for security: the intent marker keeps this quiet.
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def load_case(case_id: str) -> dict:
    response = requests.get(f"{CASE_API}/cases/{case_id}", verify=False, timeout=10)
    return response.json()


def legacy_context() -> ssl.SSLContext:
    return ssl._create_unverified_context()
