#!/usr/bin/env bash
# Installs code-server (VS Code server + web workbench) from the npm registry ONLY.
# code-server's own postinstall would download ripgrep from GitHub (and argon2's prebuilt
# from GitHub, which falls back to a source build); this does the same steps offline.
# Needs: node 20 (code-server 4.100.x requires exactly node 20), g++, make, python3,
# node headers (npm's nodedir), Debian packages libkrb5-dev (kerberos) and ripgrep.
# Usage: e2e/install-code-server.sh [DEST]   (default: .vscode-test/code-server)
set -euo pipefail
CS_VERSION="${CS_VERSION:-4.100.3}"
DEST="${1:-$(cd "$(dirname "$0")/../.." && pwd)/.vscode-test/code-server}"
ENTRY="$DEST/node_modules/code-server/out/node/entry.js"
if [[ -f "$DEST/.installed-$CS_VERSION" && -f "$ENTRY" ]]; then
  echo "code-server $CS_VERSION already installed in $DEST"; exit 0
fi
rm -rf "$DEST" && mkdir -p "$DEST" && cd "$DEST"
# own package.json, so npm does not walk up into the extension's package.json
echo '{ "name": "code-server-e2e-host", "private": true }' > package.json
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# 1) code-server and its JS deps, without install scripts
npm install --ignore-scripts "code-server@${CS_VERSION}"
# 2) argon2 (code-server's password hashing, loaded at startup): no reachable prebuilt ->
#    node-pre-gyp falls back to a source build (prints a GitHub ENOTFOUND warning first)
npm rebuild argon2
cd node_modules/code-server/lib/vscode
# 3) VS Code's own deps, pinned by its npm-shrinkwrap.json, again without scripts
npm install --omit=dev --ignore-scripts
# 4) @vscode/ripgrep's postinstall downloads rg from GitHub: use Debian's rg instead;
#    its postinstall then sees bin/ and exits 0
if [[ -d node_modules/@vscode/ripgrep ]]; then
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
fi
# 5) build native modules (node-pty, @vscode/spdlog, kerberos, @vscode/deviceid,
#    native-watchdog, @parcel/watcher). node-pty's postinstall runs `npx node-gyp ...`,
#    which needs npm's "yes" (this machine's npmrc sets yes=false)
npm_config_yes=true npm rebuild --foreground-scripts
# 6) the rest of code-server's postinstall.sh
if grep -q symlink_asar ../../postinstall.sh; then rm -rf node_modules.asar && ln -s node_modules node_modules.asar; fi
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev)
# (--version with XDG dirs pointed here: code-server writes a default config.yaml on any start)
XDG_CONFIG_HOME="$DEST/.xdg" XDG_DATA_HOME="$DEST/.xdg" node "$ENTRY" --version
touch "$DEST/.installed-$CS_VERSION"
