import { msg, render, type Locale } from '../messages';
import { fixAll as FIX_ALL_MESSAGES } from '../messages/editor';
import { ruleById } from '../rules';

/**
 * What a fix-all changed, by rule, most first, in the rules' display names ("已修复：全角标点 230 处、繁体字 12 处");
 * undefined when it changed nothing.
 */
export function describeFixes(byRule: Readonly<Record<string, number>>, locale: Locale): string | undefined {
  const list = fixList(byRule, locale);
  return list === undefined ? undefined : render(msg(FIX_ALL_MESSAGES.summary, { list }), locale);
}

/** The fixes by rule, most first: "全角标点 230 处、繁体字 12 处". */
export function fixList(byRule: Readonly<Record<string, number>>, locale: Locale): string | undefined {
  const counts = Object.entries(byRule).filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (counts.length === 0) return undefined;
  const items = counts.map(([id, count]) => render(msg(FIX_ALL_MESSAGES.item, { rule: ruleById(id)?.meta.name ?? id, count }), locale));
  return items.join(render(msg(FIX_ALL_MESSAGES.separator), locale));
}
