#!/bin/sh
# Installs the end-to-end tools (code-server 4.100.3, playwright-core, mocha) from the committed
# lockfile into e2e/node_modules, which git ignores. Does nothing when that lockfile is already
# installed for this Node.js ABI. Takes about a minute from scratch: code-server's postinstall
# builds native modules (node-pty, kerberos, spdlog, ...).
#
# The workarounds follow the checked recipe for code-server on Node 20 without GitHub access:
# - @vscode/ripgrep's postinstall would download rg from GitHub; it looks in a cache under the
#   temporary directory first, so that cache is seeded with Debian's rg;
# - npm_config_unsafe_perm: as root, code-server's postinstall refuses to run without it;
# - npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which an npmrc with yes=false cancels;
# - npm_config_nodedir: node-gyp builds against the system's Node.js headers instead of
#   downloading them from nodejs.org.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
"$here/setup-system.sh" --check

if [ "$(node -p 'process.versions.node.split(".")[0]')" != 20 ]; then
  echo "e2e: code-server 4.100.3 needs Node.js 20, but this is Node.js $(node -v)" >&2
  exit 1
fi
if [ ! -f /usr/include/node/node.h ]; then
  echo "e2e: missing Node.js headers in /usr/include/node (install a nodejs package that ships them, such as NodeSource's nodejs)" >&2
  exit 1
fi

# The lockfile and the Node.js ABI the native modules were built for identify an install.
wanted="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1) abi-$(node -p process.versions.modules)"
stamp="$here/node_modules/.e2e-install-stamp"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "e2e: tools already installed (code-server 4.100.3)"
  exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
# The file name must match what @vscode/ripgrep 1.15.11 asks for, with rg at the archive root.
mkdir -p "$scratch/vscode-ripgrep-cache-1.15.11"
tar czf "$scratch/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg

echo "e2e: installing code-server 4.100.3, playwright-core and mocha into e2e/node_modules"
cd "$here"
if ! TMPDIR="$scratch" npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm ci --no-audit --no-fund --loglevel=error; then
  echo "e2e: npm ci failed in e2e/ (see the output above)" >&2
  exit 1
fi

# code-server writes its config under XDG_CONFIG_HOME even for --version; keep it in the scratch folder.
version=$(XDG_CONFIG_HOME="$scratch/config" node node_modules/code-server/out/node/entry.js --version | tail -n 1 | cut -d' ' -f1)
if [ "$version" != 4.100.3 ]; then
  echo "e2e: code-server reports version '$version' after install, expected 4.100.3" >&2
  exit 1
fi
echo "$wanted" > "$stamp"
echo "e2e: installed code-server $version"
