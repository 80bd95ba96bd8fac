import { defineMessages } from './define';

/**
 * Where an equation applies, a fragment of the table-reconcile messages built by reconcile/equations.ts
 * (filed under table-reconcile, the rule whose messages they complete).
 */
export const scopes = defineMessages('table-reconcile', {
  'row-scope': { zh: '（“{row}”行）', en: ' (row "{row}")' },
  'no-scope': { zh: '', en: '' },
  'column-scope': { zh: '（“{column}”列）', en: ' (column "{column}")' },
  'breakdown-scope': { zh: '（“{row}”）', en: ' ("{row}")' },
});
