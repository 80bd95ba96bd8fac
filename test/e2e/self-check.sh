#!/usr/bin/env bash
# Proves the e2e suites can fail: runs them against a copy of the extension whose language server is broken
# (it starts, answers initialize, and never publishes anything) and requires that run to FAIL.
set -euo pipefail
cd "$(dirname "$0")/../.."
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
cp -r package.json package.nls.json package.nls.zh-cn.json language-configuration.json dist syntaxes snippets schemas l10n media "$broken/"
cat > "$broken/dist/server.js" <<'JS'
const { createConnection, ProposedFeatures, TextDocuments } = require(process.env.GKREPORT_LSP_MODULE);
const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: 1 } }));
connection.listen();
JS
export GKREPORT_LSP_MODULE="$PWD/node_modules/vscode-languageserver/node.js"
if E2E_EXTENSION_PATH="$broken" E2E_TIMEOUT_MS=600000 node test/e2e/runTest.js; then
  echo "[e2e] SELF-CHECK FAILED: the suites passed against a broken server"; exit 1
fi
echo "[e2e] self-check OK: the broken server was detected"
