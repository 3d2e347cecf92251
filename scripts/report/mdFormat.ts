// Text helpers the report's Markdown sections share (main report and scenario section): Norwegian numbers, data
// text escaped for Markdown, and the plan-measure phrases.
import type { PlanMeasures } from '../../src/domain/planMeasures.ts';
import { PLAN_TARGETS } from '../../src/domain/planTargets.ts';

const formatters = new Map<number, Intl.NumberFormat>();

/** Norwegian number format (`12 345,6`; the group separator is a no-break space). */
export function nb(value: number, decimals = 0): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

/**
 * Text from data files goes into Markdown as text: characters that would start markup, a link or
 * inline HTML are backslash-escaped, table pipes too, and line breaks become spaces.
 */
export function mdText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|&~#!]/g, (c) => `\\${c}`);
}

export const dash = '–';

/** Years of land supply as "41,4–45,6 år". */
export const supplyText = (m: PlanMeasures): string => `${nb(m.yearsOfSupply.low, 1)}–${nb(m.yearsOfSupply.high, 1)} år`;
/** m² of land per job, or a dash when there are no jobs to divide by. */
export const m2Text = (v: number | null): string => (v === null ? dash : `${nb(v)} m²`);

/** The plain warning when build-out implies more than about 3 × today's density; null otherwise. */
export function densityWarningText(m: PlanMeasures): string | null {
  if (!m.densityWarning || m.densityVsToday === null || m.buildOutLandPerJobM2 === null) return null;
  return `Ferdig utbygd gir forutsetningene ${nb(m.buildOutLandPerJobM2)} m² areal per arbeidsplass, ${nb(m.densityVsToday, 1)} ganger tettere enn dagens ${nb(PLAN_TARGETS.landPerJobM2.value)} m² (Temaplan næring §5.9.2). Sjekk %BRA og m² per arbeidsplass før tallene brukes.`;
}
