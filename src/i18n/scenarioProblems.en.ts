// English words for every scenario problem code; typed by the code list, so a code without words fails the type check.
import type { ScenarioProblemCode } from '../domain/scenarioProblem';
import type { scenarioValueKindsNb } from './scenarioProblems.nb';

export const scenarioProblemsEn: Record<ScenarioProblemCode, string> = {
  'not-json': 'The file is not valid JSON ({detail}).',
  utf16: 'The file is saved as UTF-16, not UTF-8. Save it again as UTF-8.',
  'root-not-object': 'A scenario must be a JSON object, not {got}.',
  'version-missing': 'is missing; a scenario file must say which schema version it follows (current: {current})',
  'version-not-whole': 'must be a whole number, not {got}',
  'version-newer':
    'version {version} is newer than this program understands (1 to {current}); it was saved by a newer version of Næringsarealkart — update it',
  'version-unknown': 'there is no version {version}; known versions are 1 to {current}',
  'migrated-v1':
    'migrated from version 1 to {to} (percent %BRA became fractions, "included" became "include", id "{id}" made from the name)',
  'not-object': 'must be an object, not {got}',
  'not-list': 'must be a list, not {got}',
  'not-text': 'must be text, not {got}',
  'not-boolean': 'must be true or false, not {got}',
  'not-choice': 'must be one of {choices}, not {got}',
  'key-not-allowed': 'this key is not allowed',
  'unknown-field': 'unknown field, ignored',
  missing: 'is missing',
  'when-missing': 'is missing (use {} to hit every site)',
  empty: 'must not be empty',
  'property-value': 'must be text, a number or true/false, not {got}',
  'number-between': 'must be a number between {min} and {max}, not {got}',
  'whole-between': 'must be a whole number between {min} and {max}, not {got}',
  'number-above': 'must be a number above {min} and at most {max}, not {got}',
  'whole-above': 'must be a whole number above {min} and at most {max}, not {got}',
  'text-too-long': 'must be at most {max} characters long (it has {length})',
  'id-pattern': 'must be 1–64 letters (a–z), digits, "-" or "_", starting with a letter or digit, not {got}',
  'list-empty': 'must list at least one value',
  'list-too-long': 'must list at most {max} values',
  'item-not-site-id': 'must be a site id (text), not {got}',
  'item-not-region': 'must be a region name (text), not {got}',
  'item-not-choice': 'must be one of {choices}, not {got}',
  'too-many-rules': 'must hold at most {max} rules (it has {count})',
  'too-many-sites': 'must hold at most {max} site overrides (it has {count}); use rules for groups of sites',
  'site-id-too-long': 'a site id must be at most {max} characters long',
  'rule-sets-nothing': 'sets nothing, so the rule has no effect',
  'range-order': 'must satisfy low ≤ mid ≤ high',
  'rail-a-over-b': 'must not exceed the limit for B (distance to a rail station)',
  'link-damaged': 'The link is damaged (not base64url-encoded UTF-8 text); was it cut short?',
  unusable: 'The scenario is not usable.',
  unexpected: 'Unexpected error: {detail}',
};

export const scenarioValueKindsEn: Record<keyof typeof scenarioValueKindsNb, string> = {
  list: 'a list',
  object: 'an object',
  nothing: 'nothing',
};
