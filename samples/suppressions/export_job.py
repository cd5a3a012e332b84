"""Nightly export job. Its suppressions show how accepted risks appear in the evidence report
(`moj-secure-code report samples`): one justified with an expiry date, one still carrying the
placeholder justification, and one past its date, so its finding is reported again."""
import hashlib

import requests


def legacy_checksum(archive: bytes) -> str:
    # The partner's archive format fixes MD5 as its integrity check; the archive is also signed.
    # moj-secure-code-ignore crypto/weak-hash -- partner format requires MD5; files are GPG-signed until 2099-12-31
    return hashlib.md5(archive).hexdigest()


def session_fingerprint(session_token: str) -> str:
    # moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until 2027-02-25
    return hashlib.sha1(session_token.encode()).hexdigest()


def fetch_manifest(url: str) -> bytes:
    # moj-secure-code-ignore transport/tls-verify-disabled -- staging proxy re-signs traffic until 2025-01-31
    return requests.get(url, verify=False, timeout=10).content
