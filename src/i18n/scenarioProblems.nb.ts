// Bokmål words for every scenario problem code (src/domain/scenarioProblem.ts); {placeholders} are the problem's
// params.
import type { ScenarioProblemCode } from '../domain/scenarioProblem';

/** Said after the field ("Tidshorisont (år): må være …"), except the whole-file problems, which are sentences. */
export const scenarioProblemsNb = {
  'not-json': 'Filen er ikke gyldig JSON ({detail}).',
  utf16: 'Filen er lagret som UTF-16, ikke UTF-8. Lagre den på nytt som UTF-8.',
  'root-not-object': 'Et scenario må være et JSON-objekt, ikke {got}.',
  'version-missing': 'mangler; en scenariofil må si hvilken skjemaversjon den følger (gjeldende: {current})',
  'version-not-whole': 'må være et heltall, ikke {got}',
  'version-newer':
    'versjon {version} er nyere enn dette programmet forstår (1 til {current}); filen er lagret av en nyere versjon av Næringsarealkart',
  'version-unknown': 'versjon {version} finnes ikke; kjente versjoner er 1 til {current}',
  'migrated-v1':
    'gjort om fra versjon 1 til {to} (%BRA i prosent ble andeler, «included» ble «include», id «{id}» laget fra navnet)',
  'not-object': 'må være et objekt, ikke {got}',
  'not-list': 'må være en liste, ikke {got}',
  'not-text': 'må være tekst, ikke {got}',
  'not-boolean': 'må være true eller false, ikke {got}',
  'not-choice': 'må være en av {choices}, ikke {got}',
  'key-not-allowed': 'denne nøkkelen er ikke tillatt',
  'unknown-field': 'ukjent felt, ignorert',
  missing: 'mangler',
  'when-missing': 'mangler (bruk {} for å treffe alle områder)',
  empty: 'kan ikke være tomt',
  'property-value': 'må være tekst, et tall eller true/false, ikke {got}',
  'number-between': 'må være et tall mellom {min} og {max}, ikke {got}',
  'whole-between': 'må være et heltall mellom {min} og {max}, ikke {got}',
  'number-above': 'må være et tall over {min} og høyst {max}, ikke {got}',
  'whole-above': 'må være et heltall over {min} og høyst {max}, ikke {got}',
  'text-too-long': 'kan ha høyst {max} tegn (har {length})',
  'id-pattern':
    'må være 1–64 tegn: bokstaver a–z, sifre, «-» eller «_», og begynne med bokstav eller siffer, ikke {got}',
  'list-empty': 'må ha minst én verdi',
  'list-too-long': 'kan ha høyst {max} verdier',
  'item-not-site-id': 'må være en område-id (tekst), ikke {got}',
  'item-not-region': 'må være et regionnavn (tekst), ikke {got}',
  'item-not-choice': 'må være en av {choices}, ikke {got}',
  'too-many-rules': 'kan ha høyst {max} regler (har {count})',
  'too-many-sites': 'kan ha høyst {max} områdeinnstillinger (har {count}); bruk regler for grupper av områder',
  'site-id-too-long': 'en område-id kan ha høyst {max} tegn',
  'rule-sets-nothing': 'setter ingenting, så regelen har ingen virkning',
  'range-order': 'må oppfylle lav ≤ middels ≤ høy',
  'rail-a-over-b': 'kan ikke være større enn grensen for B (avstand til togstasjon)',
  'link-damaged': 'Lenken er skadet (ikke gyldig base64url-kodet tekst). Ble den kuttet av?',
  unusable: 'Scenarioet kan ikke brukes.',
  unexpected: 'Uventet feil: {detail}',
} as const satisfies Record<ScenarioProblemCode, string>;

/** A bad value that has no JSON text to quote. */
export const scenarioValueKindsNb = {
  list: 'en liste',
  object: 'et objekt',
  nothing: 'ingenting',
} as const;
