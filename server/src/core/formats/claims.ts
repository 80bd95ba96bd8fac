import { z } from 'zod';
import { ERAS } from './index';
import type { CellRef } from './refs';
import { cellRefProblem, type TableShape } from './resolve';
import { T4_PARTS } from './table4';

const cellRef = z.string().regex(/^t[234]\.[\w]+\.[\w.]+$/);

const claimSpec = z.object({
  id: z.string(),
  /** what the prose figure is, for messages */
  subject: z.object({ zh: z.string(), en: z.string() }),
  /** the words right before the number (folded text, end-anchored) */
  pattern: z.string(),
  /** cells whose sum the figure must equal; several alternatives when usage varies (受理 with or without 上年结转) */
  sums: z.array(z.array(cellRef).min(1)).min(1),
});

export type ClaimSpec = z.infer<typeof claimSpec>;
type ClaimInput = Omit<z.input<typeof claimSpec>, 'sums'> & { sums: CellRef[][] };

const T3_REFUSED = ([1, 2, 3, 4, 5, 6, 7, 8] as const).map((n) => `t3.refused${n}.total` as const);
const T3_UNABLE = ([1, 2, 3] as const).map((n) => `t3.unable${n}.total` as const);
const T3_DECLINED = ([1, 2, 3, 4, 5] as const).map((n) => `t3.declined${n}.total` as const);
const TAIL = '(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:案件)?(?:数量|数|总数)?(?:共计|共|为|达|合计|有)?$';

/** Claims whose every cell reference names a table, row and column of some era's format. */
export function claimsSchema(tables: readonly TableShape[]) {
  return z.array(claimSpec).superRefine((claims, context) => {
    for (const id of claims.map((claim) => claim.id).filter((id, index, ids) => ids.indexOf(id) !== index)) {
      context.addIssue({ code: 'custom', message: `claim id "${id}" is used twice` });
    }
    claims.forEach((claim, index) => claim.sums.forEach((refs, alternative) => {
      for (const ref of refs) {
        const problem = cellRefProblem(ref, tables);
        if (problem) context.addIssue({ code: 'custom', message: `claim ${claim.id} (#${index}), sum ${alternative}: ${problem}` });
      }
    }));
  });
}

/** Figures in the prose that must equal table cells, as written. Order matters: the first pattern that fits is used. */
export const CLAIM_DATA: ClaimInput[] = [
  { id: 'carried', subject: { zh: '上年结转', en: 'carried over' }, pattern: `上年结转${TAIL}`, sums: [['t3.carried.total']] },
  {
    id: 'new', subject: { zh: '本年新收申请', en: 'new requests' },
    pattern: `(?:新收|新收到|受理|收到)(?:各类)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请${TAIL}`,
    sums: [['t3.new.total'], ['t3.new.total', 't3.carried.total']],
  },
  { id: 'forward', subject: { zh: '结转下年度', en: 'carried forward' }, pattern: `结转(?:至)?下(?:一)?年度?(?:继续办理)?${TAIL}`, sums: [['t3.forward.total']] },
  { id: 'completed', subject: { zh: '办结/答复', en: 'answered' }, pattern: `(?:办结|作出答复|予以答复|答复|办理完毕)${TAIL}`, sums: [['t3.sum.total']] },
  { id: 'openAndPartial', subject: { zh: '予以公开及部分公开', en: 'disclosed in full or in part' }, pattern: `予以公开(?:及|和|与|、)部分公开${TAIL}`, sums: [['t3.open.total', 't3.partial.total']] },
  { id: 'open', subject: { zh: '予以公开', en: 'disclosed' }, pattern: `(?:予以公开|同意公开)${TAIL}`, sums: [['t3.open.total']] },
  { id: 'partial', subject: { zh: '部分公开', en: 'partly disclosed' }, pattern: `(?:^|[^及和与、])部分公开${TAIL}`, sums: [['t3.partial.total']] },
  { id: 'refused', subject: { zh: '不予公开', en: 'refused' }, pattern: `不予公开${TAIL}`, sums: [T3_REFUSED] },
  { id: 'unable', subject: { zh: '无法提供', en: 'unable to provide' }, pattern: `无法提供${TAIL}`, sums: [T3_UNABLE] },
  { id: 'declined', subject: { zh: '不予处理', en: 'not processed' }, pattern: `不予处理${TAIL}`, sums: [T3_DECLINED] },
  { id: 'review', subject: { zh: '行政复议', en: 'reconsiderations' }, pattern: `(?:行政复议|申请复议)${TAIL}`, sums: [['t4.cases.review.total']] },
  {
    id: 'litigation', subject: { zh: '行政诉讼', en: 'lawsuits' }, pattern: `(?:行政诉讼|提起诉讼|诉讼)${TAIL}`,
    sums: [['t4.cases.direct.total', 't4.cases.after.total']],
  },
  { id: 'rules', subject: { zh: '制发规章', en: 'rules issued' }, pattern: '(?:制发|出台|制定|印发)(?:了)?(?:政府)?规章(?:共)?$', sums: [['t2.rules.issued']] },
  {
    id: 'normative', subject: { zh: '制发行政规范性文件', en: 'normative documents issued' },
    pattern: '(?:制发|出台|制定|印发)(?:了)?(?:行政)?规范性文件(?:共)?$', sums: [['t2.normative.issued']],
  },
];

const TABLES = ERAS.flatMap((era) => era.tables);

export const PROSE_CLAIMS: readonly ClaimSpec[] = claimsSchema(TABLES).parse(CLAIM_DATA);

const notUpheld = (block: 'review' | 'direct' | 'after') => T4_PARTS.filter((outcome) => outcome !== 'upheld').map((outcome) => `t4.cases.${block}.${outcome}` as const);

/** The 表四 cells that contradict "均获维持", for reconsiderations and for lawsuits. */
export const NOT_UPHELD = {
  review: notUpheld('review'),
  litigation: [...notUpheld('direct'), ...notUpheld('after')],
} satisfies Record<string, CellRef[]>;

for (const ref of [...NOT_UPHELD.review, ...NOT_UPHELD.litigation]) {
  const problem = cellRefProblem(ref, TABLES);
  if (problem) throw new Error(`NOT_UPHELD: ${problem}`);
}

/** "均获维持": every case of the named kind ended upheld. */
export const ALL_UPHELD = /(?:均|全部|都)(?:获|被|予以)?(?:得)?维持/;
