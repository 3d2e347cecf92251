// English words for a kommune profile or an assumptions file that is refused; typed against bokmål.
import type { profileErrorsNb } from './profileErrors.nb';

export const profileErrorsEn: Record<keyof typeof profileErrorsNb, string> = {
  profErrVersion: '{field} must be 1',
  profErrIdPattern: '{field} must be lower-case letters, digits and hyphens (it is used in links)',
  profErrTextEmpty: '{field} must be a non-empty text',
  profErrLocalMissing: '{field} must be a text in both languages, {"nb": "…", "en": "…"}, not missing',
  profErrLocalNotObject: '{field} must be a text in both languages, {"nb": "…", "en": "…"}, not {value}',
  profErrLocalLangMissing:
    '{field} must be a text in both languages, {"nb": "…", "en": "…"}; "{lang}" is missing or empty',
  profErrLocalOtherKeys: '{field} must be a text in both languages, {"nb": "…", "en": "…"}; {keys} is not one',
  profErrLayerNotObject: '{field} must be an object with "file", "geojson" or "missing"',
  profErrLayerNone:
    '{field} must give "file" (a path beside the profile), "geojson" (a FeatureCollection) or "missing" (why there is none)',
  profErrFigureNotObject: '{field} must be a figure {value, unit, label, source} or {label, missing}',
  profErrFigureValue: '{field} is not a usable figure ({value})',
  profErrFigureValueMissing: '{field} is not a usable figure (undefined)',
  profErrKommuneNumber: '{field} must be four digits, not {value}',
  profErrBbox: '{field} must be [minLon, minLat, maxLon, maxLat]',
  profErrRegionsNotObject: '{field} must map kommunenummer to region names',
  profErrRegionsEntry: '{field}: {key} → {value} is not a 4-digit number and a region name',
  profErrInvestorShape: '{field} must be {"organisation": {nb, en}, "note"?: {nb, en}} or left out',
  profErrInvestorRoads: '{field} must be a list of road names, e.g. ["E18", "E134"]',
  profErrPresetsShape: '{field} must be {"ids": ["preset-id", …], "note"?: {nb, en}} or left out',
  assErrMissing: 'Missing "{field}" in the assumptions file.',
  assErrNotPositive: '"{field}" must be a positive number, got {value}.',
  assErrNoSource: '"{field}" must say where the figure comes from.',
};
