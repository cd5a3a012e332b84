import os


def publish(path):
    # World-writable report file (access/world-writable).
    os.chmod(path, 0o666)


def keep_private(path):
    # Safe look-alike: owner read and write only.
    os.chmod(path, 0o600)
