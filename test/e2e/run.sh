#!/usr/bin/env bash
# npm run test:e2e: everything from scratch on a Debian machine (apt and the npm registry only), then the
# integration suites in a real VS Code (code-server + headless Chromium), on the bundled extension and on the
# packaged .vsix installed into code-server. Loopback only: the run is wrapped in a fresh network namespace.
set -euo pipefail
cd "$(dirname "$0")/../.."
t0=$SECONDS

need=()
# libreoffice-writer-nogui: test/unit/docx.test.ts converts HTML into .docx with it (skipped without it)
for package in chromium libkrb5-dev ripgrep libreoffice-writer-nogui; do dpkg -s "$package" >/dev/null 2>&1 || need+=("$package"); done
if ((${#need[@]})); then
  if [[ $(id -u) -ne 0 ]]; then echo "[e2e] missing Debian packages: ${need[*]} (needs root to install)"; exit 2; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
bash test/e2e/install-code-server.sh
npm run build --silent
npx tsc -b
npx vsce package --no-dependencies --out .vscode-test/gkreport.vsix >/dev/null
echo "[e2e] ready in $((SECONDS - t0)) s: $(du -h .vscode-test/gkreport.vsix | cut -f1) .vsix"

run() {
  if [[ "${E2E_NETNS:-1}" != 0 ]] && unshare -n true 2>/dev/null; then
    unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
  else
    "$@"
  fi
}
E2E_VSIX=.vscode-test/gkreport.vsix run node test/e2e/runTest.js
echo "[e2e] done in $((SECONDS - t0)) s"
