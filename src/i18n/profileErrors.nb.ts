// Bokmål words for a kommune profile or an assumptions file that is refused (codes from src/domain/kommuneProfile.ts
// and src/domain/assumptions.ts; keys start with `profErr` and `assErr`). `{field}` is the dotted path in the file.

export const profileErrorsNb = {
  profErrVersion: '{field} må være 1',
  profErrIdPattern: '{field} må bestå av små bokstaver, sifre og bindestreker (den brukes i lenker)',
  profErrTextEmpty: '{field} må være en tekst som ikke er tom',
  profErrLocalMissing: '{field} må være en tekst på begge språk, {"nb": "…", "en": "…"}, men mangler',
  profErrLocalNotObject: '{field} må være en tekst på begge språk, {"nb": "…", "en": "…"}, ikke {value}',
  profErrLocalLangMissing:
    '{field} må være en tekst på begge språk, {"nb": "…", "en": "…"}; "{lang}" mangler eller er tom',
  profErrLocalOtherKeys: '{field} må være en tekst på begge språk, {"nb": "…", "en": "…"}; {keys} er ikke ett av dem',
  profErrLayerNotObject: '{field} må være et objekt med "file", "geojson" eller "missing"',
  profErrLayerNone:
    '{field} må oppgi "file" (en sti ved siden av profilen), "geojson" (en FeatureCollection) eller "missing" (hvorfor det ikke finnes)',
  profErrFigureNotObject: '{field} må være et tall {value, unit, label, source} eller {label, missing}',
  profErrFigureValue: '{field} er ikke et brukbart tall ({value})',
  profErrFigureValueMissing: '{field} mangler, så det er ikke et brukbart tall',
  profErrKommuneNumber: '{field} må være fire sifre, ikke {value}',
  profErrBbox: '{field} må være [minLon, minLat, maxLon, maxLat]',
  profErrRegionsNotObject: '{field} må knytte kommunenummer til regionnavn',
  profErrRegionsEntry: '{field}: {key} → {value} er ikke et firesifret nummer og et regionnavn',
  profErrInvestorShape: '{field} må være {"organisation": {nb, en}, "note"?: {nb, en}} eller utelates',
  profErrInvestorRoads: '{field} må være en liste med veinavn, f.eks. ["E18", "E134"]',
  profErrPresetsShape: '{field} må være {"ids": ["preset-id", …], "note"?: {nb, en}} eller utelates',
  assErrMissing: '"{field}" mangler i antakelsesfilen.',
  assErrNotPositive: '"{field}" må være et positivt tall, ikke {value}.',
  assErrNoSource: '"{field}" må si hvor tallet kommer fra.',
} as const;
