import { z } from 'zod';
import { pattern } from './pattern';
import { localized } from './schema';

/**
 * Rates named by words ("办结率100%"): which stated counts each is computed from. Local usage varies (a rate over
 * the year's requests, or over them plus those carried over): every usage is an alternative, and a rate is right
 * when any alternative whose counts are all stated gives it. Patterns are regular expressions over folded labels,
 * the words right before a figure, end-anchored.
 */

const termSpec = z.object({
  id: z.string().min(1),
  subject: localized,
  match: pattern,
  not: pattern.optional(),
});

const rateSpec = z.object({
  id: z.string().min(1),
  /** the rate's name as written */
  name: z.string().min(1),
  /** the words before the percentage */
  match: pattern,
  not: pattern.optional(),
  /** numerator / denominator, as sums of term ids */
  alternatives: z.array(z.object({ numerator: z.array(z.string()).min(1), denominator: z.array(z.string()).min(1) })).min(1),
});

export type RateTermSpec = z.infer<typeof termSpec>;
export type RateSpec = z.infer<typeof rateSpec>;

export const ratesSchema = z.object({ terms: z.array(termSpec).min(1), rates: z.array(rateSpec).min(1) }).superRefine((data, context) => {
  const ids = new Set(data.terms.map((term) => term.id));
  for (const rate of data.rates) {
    rate.alternatives.forEach((alternative, index) => {
      for (const id of [...alternative.numerator, ...alternative.denominator]) {
        if (!ids.has(id)) context.addIssue({ code: 'custom', message: `rate ${rate.id}, alternative ${index}: no term "${id}"` });
      }
    });
  }
});

const REQUEST = '(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:案件)?(?:共计|共|总数|数量|为|达|合计|有)?$';
const UNFINISHED = '按时|按期|法定期限|延期|逾期|未|尚|不予';

export const RATE_DATA: z.input<typeof ratesSchema> = {
  terms: [
    { id: 'received', subject: { zh: '受理', en: 'received' }, match: `(?:受理|新收|收到|接到|接收)(?:各类)?${REQUEST}`, not: '结转|办结|答复' },
    { id: 'carried', subject: { zh: '上年结转', en: 'carried over' }, match: `上年(?:度)?结转${REQUEST}` },
    { id: 'completed', subject: { zh: '办结', en: 'completed' }, match: `(?:办结|办理完毕)${REQUEST}`, not: UNFINISHED },
    { id: 'answered', subject: { zh: '答复', en: 'answered' }, match: `答复${REQUEST}`, not: UNFINISHED },
    { id: 'onTime', subject: { zh: '按时答复', en: 'answered on time' }, match: `(?:按时|按期|在法定期限内)(?:答复|办结)${REQUEST}` },
    { id: 'open', subject: { zh: '予以公开', en: 'disclosed' }, match: `(?:予以公开|同意公开)${REQUEST}`, not: '部分|不予|不同意' },
    { id: 'partial', subject: { zh: '部分公开', en: 'partly disclosed' }, match: `部分公开${REQUEST}`, not: '予以公开(?:及|和|与)|同意公开(?:及|和|与)' },
    { id: 'openAndPartial', subject: { zh: '予以公开及部分公开', en: 'disclosed in full or in part' }, match: `(?:予以|同意)公开(?:及|和|与)部分公开${REQUEST}` },
  ],
  rates: [
    {
      id: 'on-time', name: '按时答复率', match: '(?:按时|按期)(?:答复|办结|办理)率(?:为|达|达到|是)?$',
      alternatives: [
        { numerator: ['onTime'], denominator: ['answered'] },
        { numerator: ['onTime'], denominator: ['completed'] },
        { numerator: ['onTime'], denominator: ['received'] },
        { numerator: ['onTime'], denominator: ['received', 'carried'] },
      ],
    },
    {
      id: 'completion', name: '办结率', match: '办结率(?:为|达|达到|是)?$', not: '按时|按期',
      alternatives: [
        { numerator: ['completed'], denominator: ['received'] },
        { numerator: ['completed'], denominator: ['received', 'carried'] },
      ],
    },
    {
      id: 'answer', name: '答复率', match: '答复率(?:为|达|达到|是)?$', not: '按时|按期',
      alternatives: [
        { numerator: ['answered'], denominator: ['received'] },
        { numerator: ['answered'], denominator: ['received', 'carried'] },
        { numerator: ['completed'], denominator: ['received'] },
        { numerator: ['completed'], denominator: ['received', 'carried'] },
      ],
    },
    {
      id: 'disclosure', name: '公开率', match: '公开率(?:为|达|达到|是)?$',
      alternatives: [
        { numerator: ['open', 'partial'], denominator: ['completed'] },
        { numerator: ['openAndPartial'], denominator: ['completed'] },
        { numerator: ['open'], denominator: ['completed'] },
        { numerator: ['open', 'partial'], denominator: ['answered'] },
        { numerator: ['openAndPartial'], denominator: ['answered'] },
        { numerator: ['open'], denominator: ['answered'] },
        { numerator: ['open', 'partial'], denominator: ['received'] },
        { numerator: ['open', 'partial'], denominator: ['received', 'carried'] },
        { numerator: ['openAndPartial'], denominator: ['received'] },
        { numerator: ['open'], denominator: ['received'] },
      ],
    },
  ],
};

/** Validated once at load. */
export const RATES = ratesSchema.parse(RATE_DATA);
