import { localeTable } from './catalog';

/** 简体中文消息，按键（“规则 id/名称”）排列；模板见各规则的 messages.ts 与本目录的共用消息。 */
export const ZH_CN: Readonly<Record<string, string>> = localeTable('zh-CN');
