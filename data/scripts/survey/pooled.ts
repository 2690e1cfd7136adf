/**
 * Pooled periods of the simulated survey (`POOLED_PERIODS` in model.ts): the respondents of
 * several survey years taken together as one table, for Stockholm's stadsdelar, where a single
 * year has too few answers to publish. A pooled period is protected together with the years it
 * pools (one protection unit), since its cells are the sums of theirs.
 */
import type { AdditiveGroup } from '../../../src/stats/suppression.js';
import { POOLED_PERIODS, pooledSurveyYears, QUESTIONS, stadsdelShare } from './model.js';
import type { Microdata } from './simulate.js';
import type { SurveyLayout } from './aggregate.js';

/** Whether `period` is one of the survey's pooled periods. */
export const isPooledPeriod = (period: string): boolean => POOLED_PERIODS.some((p) => p.period === period);

/** Whether a question's table for `period` has the stadsdel level: pooled periods, questions published there. */
export function withStadsdelar(question: string, period: string): boolean {
  return isPooledPeriod(period) && QUESTIONS.find((q) => q.id === question)?.stadsdelar === true;
}

/** Each 2023 district's total as the sum of its inhabited stadsdelar (the total breakdown only). */
export function stadsdelGroups(layout: SurveyLayout): AdditiveGroup[] {
  return layout.districts.map((district) => ({
    total: `district-2023|${district}|total|total`,
    parts: layout.stadsdelar.filter((s) => s.district === district).map((s) => `stadsdel|${s.code}|total|total`),
  }));
}

/** The respondents of several survey years as one table for `period` (each keeps its year's weight). */
export function poolYears(years: readonly Microdata[], period: string): Microdata {
  const pooled: Microdata = { year: period, municipality: [], district: [], stadsdel: [], district2007: [], district2020: [], sex: [], age: [], education: [], weight: [], answers: {} };
  for (const data of years) {
    pooled.municipality.push(...data.municipality);
    pooled.district.push(...data.district);
    pooled.stadsdel.push(...data.stadsdel);
    pooled.district2007.push(...data.district2007);
    pooled.district2020.push(...data.district2020);
    pooled.sex.push(...data.sex);
    pooled.age.push(...data.age);
    pooled.education.push(...data.education);
    pooled.weight.push(...data.weight);
    for (const [question, answers] of Object.entries(data.answers)) (pooled.answers[question] ??= []).push(...answers);
  }
  return pooled;
}

/**
 * The survey's protection units: each pooled period with the years it pools, then every other
 * year alone, in the order of the years.
 */
export function protectionUnits(years: readonly Microdata[]): Microdata[][] {
  const units: Microdata[][] = [];
  const taken = new Set<string>();
  for (const { period, pooled } of POOLED_PERIODS) {
    const members = years.filter((d) => pooledSurveyYears(pooled).includes(d.year));
    if (members.length < 2) continue;
    units.push([...members, poolYears(members, period)]);
    for (const d of members) taken.add(d.year);
  }
  for (const data of years) if (!taken.has(data.year)) units.push([data]);
  return units.sort((a, b) => (a[0]!.year < b[0]!.year ? -1 : 1));
}

/** The survey layout's stadsdelar: the inhabited ones with their 2023 district, and the empty ones (by code). */
export function stadsdelLayout(stadsdelar: readonly { code: string; code2023: string }[]): Pick<SurveyLayout, 'stadsdelar' | 'emptyStadsdelar'> {
  const sorted = [...stadsdelar].sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    stadsdelar: sorted.filter((s) => stadsdelShare(s.code) > 0).map((s) => ({ code: s.code, district: s.code2023 })),
    emptyStadsdelar: sorted.filter((s) => stadsdelShare(s.code) === 0).map((s) => s.code),
  };
}
