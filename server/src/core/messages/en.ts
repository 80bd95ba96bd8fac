import { localeTable } from './catalog';

/** English messages by key, as zh-cn.ts; the templates are in each rule's messages.ts and the shared groups here. */
export const EN: Readonly<Record<string, string>> = localeTable('en');
