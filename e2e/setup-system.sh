#!/bin/sh
# Makes sure the Debian packages the end-to-end tests need are present.
#
#   e2e/setup-system.sh          install what is missing with apt-get when run as root;
#                                otherwise print one line naming what to install and fail
#   e2e/setup-system.sh --check  never install; print that line and fail if anything is missing
#
# chromium is the browser Playwright drives, ripgrep stands in for the copy @vscode/ripgrep
# would download from GitHub, libkrb5-dev has the headers code-server's `kerberos` module
# builds against, and make, g++ and python3 are what node-gyp needs for the native builds.
set -eu

check_only=false
[ "${1:-}" = "--check" ] && check_only=true

# Each entry is "package:probe". A probe starting with / is a file that the package installs;
# anything else is a command that must be on PATH (python3 may come from pyenv, not Debian).
REQUIRED="chromium:/usr/bin/chromium ripgrep:/usr/bin/rg libkrb5-dev:/usr/include/gssapi/gssapi.h make:make g++:g++ python3:python3"

missing_packages() {
  missing=""
  for entry in $REQUIRED; do
    package=${entry%%:*}
    probe=${entry#*:}
    case "$probe" in
      /*) [ -e "$probe" ] || missing="$missing $package" ;;
      *) command -v "$probe" >/dev/null 2>&1 || missing="$missing $package" ;;
    esac
  done
  echo "${missing# }"
}

missing=$(missing_packages)
[ -z "$missing" ] && exit 0

if [ "$check_only" = false ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "e2e: installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Recommends (desktop helpers, extra fonts) are not needed for a headless browser.
  # shellcheck disable=SC2086 # one word per package, on purpose
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
  missing=$(missing_packages)
  [ -z "$missing" ] && exit 0
fi

echo "e2e: missing system packages: $missing (install them as root with: apt-get install -y $missing)" >&2
exit 1
