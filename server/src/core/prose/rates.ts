import { RATES, type RateSpec, type RateTermSpec } from '../formats/rates';
import type { Report } from '../model/types';
import { formatNumber } from '../text/numbers';
import { percentMatches, proseSentences, unquoted, type Quantity } from './quantities';

export interface RateReading {
  readonly numerator: readonly Quantity[];
  readonly denominator: readonly Quantity[];
  readonly numeratorValue: number;
  readonly denominatorValue: number;
}

export interface RateClaim {
  readonly percent: Quantity;
  readonly rate: RateSpec;
  /** every alternative of the rate whose counts the sentence states, in the data's order */
  readonly readings: readonly RateReading[];
  readonly holds: boolean;
}

interface Compiled {
  readonly match: RegExp;
  readonly not?: RegExp;
}

const compile = (spec: { match: string; not?: string }): Compiled => ({ match: new RegExp(spec.match), not: spec.not === undefined ? undefined : new RegExp(spec.not) });
const fits = (compiled: Compiled, label: string) => compiled.match.test(label) && !compiled.not?.test(label);

const TERMS = new Map<string, { spec: RateTermSpec; compiled: Compiled }>(RATES.terms.map((spec) => [spec.id, { spec, compiled: compile(spec) }]));
const COMPILED_RATES = RATES.rates.map((spec) => ({ spec, compiled: compile(spec) }));
const COUNT_UNITS = new Set(['件', '宗', '起', '个', '份', '件次', '条']);

/**
 * "受理100件，办结120件，办结率100%": a rate named by words over the counts the same sentence states before it.
 * Only alternatives whose every count is stated are read (no 上年结转 stated, no rate over 受理 + 结转); right when
 * any of them gives the percentage at the digits written; no alternative stated, no claim.
 */
export function rateClaims(report: Report): RateClaim[] {
  const claims: RateClaim[] = [];
  for (const sentence of proseSentences(report, true)) {
    sentence.quantities.forEach((percent, index) => {
      if (percent.unit !== '%' || !/率/.test(percent.label)) return;
      const rate = COMPILED_RATES.find(({ compiled }) => fits(compiled, percent.label))?.spec;
      if (!rate) return;
      const before = sentence.quantities.slice(0, index).filter((quantity) => COUNT_UNITS.has(quantity.unit));
      const readings = rate.alternatives.flatMap((alternative) => {
        const numerator = stated(before, alternative.numerator);
        const denominator = stated(before, alternative.denominator);
        if (!numerator || !denominator) return [];
        // counts of one thing, and no figure read as two terms
        const all = [...numerator, ...denominator];
        if (new Set(all.map((quantity) => quantity.unit)).size !== 1 || new Set(all).size !== all.length) return [];
        const sum = (quantities: readonly Quantity[]) => quantities.reduce((acc, quantity) => acc + quantity.value, 0);
        return [{ numerator, denominator, numeratorValue: sum(numerator), denominatorValue: sum(denominator) }];
      });
      if (readings.length === 0) return;
      const holds = readings.some((reading) => percentMatches(percent.value, percent.decimals, reading.numeratorValue, reading.denominatorValue));
      claims.push({ percent, rate, readings, holds });
    });
  }
  return claims;
}

/** "办结 120 ÷ 受理 100" (terms summed with +) */
export function rateTerms(reading: RateReading, locale: 'zh' | 'en'): string {
  const side = (quantities: readonly Quantity[]) => quantities.map((quantity) => `${words(quantity, locale)} ${formatNumber(quantity.value)}`).join(' + ');
  const wrap = (quantities: readonly Quantity[]) => (quantities.length > 1 ? `(${side(quantities)})` : side(quantities));
  return `${wrap(reading.numerator)} ÷ ${wrap(reading.denominator)}`;
}

function words(quantity: Quantity, locale: 'zh' | 'en'): string {
  const label = unquoted(quantity.label);
  for (const { spec, compiled } of TERMS.values()) if (fits(compiled, label)) return spec.subject[locale];
  return label;
}

/** The nearest count before the rate stated for each term, or undefined when one is not stated. */
function stated(before: readonly Quantity[], termIds: readonly string[]): Quantity[] | undefined {
  const found: Quantity[] = [];
  for (const id of termIds) {
    const term = TERMS.get(id)!;
    const quantity = [...before].reverse().find((candidate) => fits(term.compiled, unquoted(candidate.label)));
    if (!quantity) return undefined;
    found.push(quantity);
  }
  return found;
}
