import { defineRule } from '../kit/define';

/**
 * Reported by lint() after every other rule, since it needs their findings: a suppression comment, or a rule id
 * in one, that suppressed nothing, or a rule id that does not exist.
 */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    defaultSeverity: 'hint',
    description: { zh: '未起作用或规则 id 不存在的抑制注释', en: 'a suppression comment that suppresses nothing, or names an unknown rule' },
    fixable: true,
    fix: 'safe',
  },
  check() {
    // see lint.ts: it needs the findings of every other rule
  },
});
