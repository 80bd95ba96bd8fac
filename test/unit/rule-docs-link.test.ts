import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleDocsLink } from '../../server/src/lsp/convert';

describe("a diagnostic's link to its rule's page (codeDescription.href)", () => {
  test('through the command the client names in its initializationOptions: the rule id as its one argument', () => {
    const link = ruleDocsLink({ ruleDocsCommand: 'gkreport.openRuleDocs' })('punctuation-width');
    assert.equal(link, 'command:gkreport.openRuleDocs?%5B%22punctuation-width%22%5D');
    const query = decodeURIComponent(new URL(link).search.slice(1));
    assert.deepEqual(JSON.parse(query), ['punctuation-width']);
  });

  test('without one (another client, or a command name that is not a plain id), the rule\'s page as a file', () => {
    for (const options of [undefined, null, {}, { ruleDocsCommand: 'x?y' }, { ruleDocsCommand: 3 }]) {
      const link = new URL(ruleDocsLink(options)('table-reconcile'));
      assert.equal(link.protocol, 'file:', JSON.stringify(options));
      assert.ok(link.pathname.endsWith('/docs/rules/table-reconcile.md'), link.href);
    }
  });
});
