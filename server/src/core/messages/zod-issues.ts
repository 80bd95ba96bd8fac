import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.cjs';
import type { Locale } from './index';

/**
 * zod's wording of a validation problem in the user's language, given to each parse (`safeParse(data, { error })`):
 * zod's global configuration would be state shared by every caller. English is zod's default (undefined).
 */
export function zodErrors(locale: Locale): z.core.$ZodErrorMap | undefined {
  return locale === 'en' ? undefined : zhCN().localeError;
}
