// The schema's problem lines ("field: problem", in English) in the UI language, the field named first.
import type { Lang } from '../../i18n';
import { fieldWords } from './fieldWords';

type Rule = [RegExp, (m: RegExpMatchArray) => string];

// The engine writes a fixed set of phrases (scenarioReader, scenarioMigrate, checkAssumptions); these are their
// Norwegian forms. A phrase not listed here is shown as the engine wrote it, so nothing is ever hidden.
const NB_PHRASES: Rule[] = [
  [/^must be a number between (\S+) and (\S+), not (.+)$/, (m) => `må være et tall mellom ${m[1]} og ${m[2]}, ikke ${m[3]}`],
  [/^must be a whole number between (\S+) and (\S+), not (.+)$/, (m) => `må være et heltall mellom ${m[1]} og ${m[2]}, ikke ${m[3]}`],
  [/^must be a number above (\S+) and at most (\S+), not (.+)$/, (m) => `må være et tall over ${m[1]} og høyst ${m[2]}, ikke ${m[3]}`],
  [/^must be a whole number above (\S+) and at most (\S+), not (.+)$/, (m) => `må være et heltall over ${m[1]} og høyst ${m[2]}, ikke ${m[3]}`],
  [/^must be a whole number, not (.+)$/, (m) => `må være et heltall, ikke ${m[1]}`],
  [/^is missing; a scenario file must say which schema version it follows \(current: (\d+)\)$/, (m) => `mangler; en scenariofil må si hvilken skjemaversjon den følger (gjeldende: ${m[1]})`],
  [/^is missing \(use \{\} to hit every site\)$/, () => 'mangler (bruk {} for å treffe alle områder)'],
  [/^is missing$/, () => 'mangler'],
  [/^must be an object, not (.+)$/, (m) => `må være et objekt, ikke ${m[1]}`],
  [/^must be a list, not (.+)$/, (m) => `må være en liste, ikke ${m[1]}`],
  [/^must be text, not (.+)$/, (m) => `må være tekst, ikke ${m[1]}`],
  [/^must be true or false, not (.+)$/, (m) => `må være true eller false, ikke ${m[1]}`],
  [/^must be one of (.+), not (.+)$/, (m) => `må være en av ${m[1]}, ikke ${m[2]}`],
  [/^must satisfy low ≤ mid ≤ high\.?$/, () => 'må oppfylle lav ≤ middels ≤ høy'],
  [/^must be a positive number\.?$/, () => 'må være et positivt tall'],
  [/^must not exceed (\S+?)\.?$/, (m) => `kan ikke være større enn ${m[1]}`],
  [/^must not be empty$/, () => 'kan ikke være tomt'],
  [/^must list at least one value$/, () => 'må ha minst én verdi'],
  [/^must be at most (\d+) characters long \(it has (\d+)\)$/, (m) => `kan ha høyst ${m[1]} tegn (har ${m[2]})`],
  [/^must be 1–64 letters .*, not (.+)$/, (m) => `må være 1–64 tegn: bokstaver a–z, sifre, «-» eller «_», og begynne med bokstav eller siffer, ikke ${m[1]}`],
  [/^this key is not allowed$/, () => 'denne nøkkelen er ikke tillatt'],
  [/^unknown field, ignored$/, () => 'ukjent felt, ignorert'],
  [/^sets nothing, so the rule has no effect$/, () => 'setter ingenting, så regelen har ingen virkning'],
  [/^there is no version (\d+); known versions are 1 to (\d+)$/, (m) => `versjon ${m[1]} finnes ikke; kjente versjoner er 1 til ${m[2]}`],
  [/^version (\d+) is newer than this program understands.*$/, (m) => `versjon ${m[1]} er nyere enn dette programmet forstår; filen er lagret av en nyere versjon av Næringsarealkart`],
  [/^migrated from version 1 to (\d+).*$/, (m) => `gjort om fra versjon 1 til ${m[1]}`],
];

const NB_WHOLE: Rule[] = [
  [/^not valid JSON \((.*)\)$/, (m) => `Filen er ikke gyldig JSON (${m[1]}).`],
  [/^the file is saved as UTF-16, not UTF-8; save it again as UTF-8$/, () => 'Filen er lagret som UTF-16, ikke UTF-8. Lagre den på nytt som UTF-8.'],
  [/^the scenario must be a JSON object, not (.+)$/, (m) => `Et scenario må være et JSON-objekt, ikke ${m[1]}.`],
  [/^scn: the link is damaged.*$/, () => 'Lenken er skadet (ikke gyldig base64url-kodet tekst). Ble den kuttet av?'],
];

/** `field: problem` as the engine writes it; checkAssumptions writes "assumptions: <path> must …" instead. */
function split(problem: string): { field: string | null; rest: string } {
  const assumption = /^assumptions: ((?:capacity|accessibility|nearHubM)\S*) (must .*)$/.exec(problem);
  if (assumption) return { field: `assumptions.${assumption[1]}`, rest: assumption[2] as string };
  const m = /^([^\s:]+(?:\[[^\]]*\])*[^\s:]*): (.*)$/.exec(problem);
  return m ? { field: m[1] as string, rest: m[2] as string } : { field: null, rest: problem };
}

function translate(rules: Rule[], text: string): string | null {
  for (const [re, make] of rules) {
    const m = re.exec(text);
    if (m) return make(m);
  }
  return null;
}

/** The field a problem is about (`sites.S07.bra`, `assumptions.capacity.A.bra`), or null. */
export function problemField(problem: string): string | null {
  return split(problem).field;
}

/** One problem line for the user: in Norwegian the field is named first («sites.S07.bra»: må være …). */
export function problemText(problem: string, lang: Lang): string {
  const { field, rest } = split(problem);
  if (lang === 'en') return field ? `${fieldWords(field, lang)}: ${rest}` : problem;
  const whole = translate(NB_WHOLE, problem);
  if (whole) return whole;
  const text = translate(NB_PHRASES, rest) ?? rest;
  // The field in words; its path stays readable for a known field only when there are no words for it.
  const words = field ? fieldWords(field, lang) : null;
  return field ? (words === field ? `Feltet «${field}»: ${text}` : `${words}: ${text}`) : text;
}
