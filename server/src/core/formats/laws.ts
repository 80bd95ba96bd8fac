import { z } from 'zod';

/**
 * The titles every report cites, and what makes a citation right for the report's era. Titles are compared on the
 * folded text (simplified, half-width), without 《》.
 */

const decreeSpec = z.object({
  /** 国务院令第N号 */
  number: z.number().int().positive(),
  /** the year the decree was signed: a report written before it cannot cite it */
  issued: z.number().int(),
  /** the report years for which it is the regulation in force */
  firstYear: z.number().int(),
  lastYear: z.number().int().optional(),
});

const lawSpec = z.object({
  id: z.string().min(1),
  /** the title as promulgated */
  title: z.string().min(2),
  /**
   * short forms real reports write without defining them (《政府信息公开条例》: the notices of 国办 themselves
   * write it); a title after 以下简称/简称/下称 is the report's own definition and is never compared
   */
  short: z.array(z.string().min(2)),
  decrees: z.array(decreeSpec).min(1),
});

const noticeSpec = z.object({
  /** the era whose format the notice issued */
  era: z.enum(['2019', '2021']),
  /** 发文机关代字, year and number: 国办公开办函〔2021〕30号 */
  agency: z.string().min(1),
  year: z.number().int(),
  number: z.number().int().positive(),
});

export const lawsSchema = z.object({
  laws: z.array(lawSpec).min(1),
  notices: z.array(noticeSpec).min(1),
});

export type LawSpec = z.infer<typeof lawSpec>;
export type DecreeSpec = z.infer<typeof decreeSpec>;
export type NoticeSpec = z.infer<typeof noticeSpec>;

export const LAW_DATA: z.input<typeof lawsSchema> = {
  laws: [
    {
      id: 'ogi-regulation',
      title: '中华人民共和国政府信息公开条例',
      short: ['政府信息公开条例', '条例'],
      decrees: [
        { number: 492, issued: 2007, firstYear: 2008, lastYear: 2018 },
        { number: 711, issued: 2019, firstYear: 2019 },
      ],
    },
  ],
  notices: [
    { era: '2019', agency: '国办公开办函', year: 2019, number: 60 },
    { era: '2021', agency: '国办公开办函', year: 2021, number: 30 },
  ],
};

/** Validated once at load. */
export const LAWS = lawsSchema.parse(LAW_DATA);

export function noticeText(notice: NoticeSpec): string {
  return `${notice.agency}〔${notice.year}〕${notice.number}号`;
}
