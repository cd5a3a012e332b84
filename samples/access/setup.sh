#!/bin/sh
# Shares the report folder with every local user (access/world-writable).
umask 000
chmod 777 /var/lib/reports
# Safe look-alike: owner-only permissions on the key.
chmod 600 /etc/app/signing.key
