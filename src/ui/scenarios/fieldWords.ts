// The scenario field a problem is about, in words a planner reads ("Arealbehov per arbeidsplass, C (middels)"),
// not the schema path (`assumptions.capacity.C.m2PerJob.mid`); an unknown path is shown as it is.
import type { Lang } from '../../i18n';

type Words = Record<Lang, string>;

const LEVEL: Record<string, Words> = { low: { nb: 'lav', en: 'low' }, mid: { nb: 'middels', en: 'mid' }, high: { nb: 'høy', en: 'high' } };
const CAPACITY: Record<string, Words> = {
  m2PerJob: { nb: 'Arealbehov per arbeidsplass', en: 'Floor area per job' },
  bra: { nb: 'Utnyttelse (%BRA)', en: 'Utilisation (%BRA)' },
};
const ACCESS: Record<string, Words> = {
  aMaxRailM: { nb: 'Grense for A: avstand til togstasjon', en: 'Limit for A: distance to a rail station' },
  bMaxRailM: { nb: 'Grense for B: avstand til togstasjon', en: 'Limit for B: distance to a rail station' },
  bMaxAnyHubM: { nb: 'Grense for B: avstand til knutepunkt', en: 'Limit for B: distance to any hub' },
};
const SITE: Record<string, Words> = {
  bra: { nb: 'utnyttelse (%BRA)', en: 'utilisation (%BRA)' },
  braFactor: { nb: 'faktor for utnyttelse', en: 'utilisation factor' },
  abc: { nb: 'ABC-type', en: 'ABC type' },
  include: { nb: 'med i scenarioet', en: 'included in the scenario' },
  availableYear: { nb: 'tilgjengelig fra år', en: 'available from year' },
  jobsToday: { nb: 'arbeidsplasser i dag', en: 'jobs today' },
};
const TOP: Record<string, Words> = {
  name: { nb: 'Navn', en: 'Name' },
  description: { nb: 'Beskrivelse', en: 'Description' },
  horizonYears: { nb: 'Tidshorisont (år)', en: 'Horizon (years)' },
  startYear: { nb: 'Startår', en: 'Start year' },
  'assumptions.nearHubM': { nb: 'Avstand som regnes som nær et knutepunkt', en: 'Distance that counts as near a hub' },
  'assumptions.landPerJobTodayM2': { nb: 'Areal per arbeidsplass i dag (m²)', en: 'Land per job today (m²)' },
  'assumptions.takeUpSharePerYear': { nb: 'Andel tatt i bruk per år', en: 'Share taken up a year' },
};
const NET: Words = { nb: 'Netto utbyggbar andel', en: 'Net developable share' };

export function fieldWords(path: string, lang: Lang): string {
  const top = TOP[path];
  if (top) return top[lang];
  const cap = /^assumptions\.capacity\.([ABC])\.(m2PerJob|bra)(?:\.(low|mid|high))?$/.exec(path);
  if (cap) {
    const what = (CAPACITY[cap[2] as string] as Words)[lang];
    const level = cap[3] ? ` (${(LEVEL[cap[3]] as Words)[lang]})` : '';
    return `${what}, ${cap[1]}${level}`;
  }
  const net = /^assumptions\.netShare\.([ABC])$/.exec(path);
  if (net) return `${NET[lang]}, ${net[1]}`;
  const access = /^assumptions\.accessibility\.(\w+)$/.exec(path);
  if (access && ACCESS[access[1] as string]) return (ACCESS[access[1] as string] as Words)[lang];
  const site = /^sites\.(.+)\.(bra|braFactor|abc|include|availableYear|jobsToday)$/.exec(path);
  if (site) return `${lang === 'nb' ? 'Område' : 'Site'} ${site[1]}: ${(SITE[site[2] as string] as Words)[lang]}`;
  return path;
}
