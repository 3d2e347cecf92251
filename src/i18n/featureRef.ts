// Words for where a feature is in its file (FeatureRef, facts from src/data): `linje 40, .FLATE 17` /
// `line 40, .FLATE 17`, `features[3]`, a CSV row's line; with the feature's id when it has one.
import type { FeatureRef, NamedFeature } from '../domain/types';
import { translator, type Lang } from './index';

/** The reference in `lang`; a `text` reference (kept by an older version) as it was written. */
export function featureRefText(ref: FeatureRef, lang: Lang): string {
  const t = translator(lang);
  switch (ref.kind) {
    case 'feature':
      return t('loadRefFeature', { index: ref.index });
    case 'sosi':
      return ref.serial === undefined
        ? t('loadRefSosiNoSerial', { line: ref.line, object: ref.object })
        : t('loadRefSosi', { line: ref.line, object: ref.object, serial: ref.serial });
    case 'gml':
      return t('loadRefGml', { line: ref.line, element: ref.element });
    case 'csv':
      return t('loadRefCsv', { line: ref.line });
    case 'text':
      return ref.text;
  }
}

/** A feature named in a message: its reference, and its id after it when it has one (`features[3] (id «S3»)`). */
export function namedFeatureText(f: NamedFeature, lang: Lang): string {
  const ref = featureRefText(f.ref, lang);
  return f.featureId === undefined ? ref : translator(lang)('loadFeatureLabel', { ref, id: f.featureId });
}
