// The coordinate system the preview used, why, and a choice to override it (which re-runs the preview).
import { SUPPORTED_EPSG } from '../../domain/crsNames';
import type { EpsgCode } from '../../domain/types';
import type { Lang, Translate } from '../../i18n';
import { crsLabel } from '../../i18n/crsLabel';
import type { AnyPreview } from '../../state/loadJob';
import { useProfile } from '../../state/profileStore';
import { describeProblem } from './problemText';

const GEOGRAPHIC = new Set<EpsgCode>([4326, 4258]);
const UTM = new Set<EpsgCode>([25832, 25833, 25835, 32632, 32633]);

export function crsName(code: EpsgCode, lang: Lang): string {
  return crsLabel(code, lang);
}

/** Why a guessed CRS was chosen: the guess's full detail in English, a summary of the same rule in Norwegian. */
function detectedWhy(preview: AnyPreview, lang: Lang, t: Translate, kommune: string): string | null {
  const code = preview.crs;
  if (code === null) return null;
  if (lang !== 'nb') {
    // The guess as the loader made it, in English words: the crs-detected warning's detail.
    const guess = preview.warnings.find((w) => w.code === 'crs-detected');
    return guess ? describeProblem(guess, { file: preview.file, gtfs: false }, lang).detail : null;
  }
  if (GEOGRAPHIC.has(code)) return t('loadCrsWhyDegrees');
  if (UTM.has(code)) return t('profLoadCrsWhyUtm', { kommune });
  return t('loadCrsWhyMercator');
}

export interface CrsChoiceProps {
  lang: Lang;
  t: Translate;
  preview: AnyPreview;
  /** The user's override; null: automatic. */
  chosen: EpsgCode | null;
  onChange: (crs: EpsgCode | null) => void;
  disabled: boolean;
}

export function CrsChoice({ lang, t, preview, chosen, onChange, disabled }: CrsChoiceProps) {
  const code = preview.crs;
  let used: string | null = null;
  if (code !== null) {
    const label = crsName(code, lang);
    used =
      preview.crsSource === 'member'
        ? t('loadCrsMember', { label })
        : preview.crsSource === 'override'
          ? t('loadCrsOverride', { label })
          : t('loadCrsDetected', { label });
  }
  const kommune = useProfile().name;
  const why = preview.crsSource === 'detected' ? detectedWhy(preview, lang, t, kommune) : null;
  return (
    <section className="load-section" aria-labelledby="load-crs-title">
      <h3 id="load-crs-title">{t('loadCrsTitle')}</h3>
      {used !== null ? (
        <p data-testid="load-crs">
          {used} {why}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="load-crs-select">{t('loadCrsChoose')}</label>
        <select
          id="load-crs-select"
          value={chosen === null ? 'auto' : String(chosen)}
          disabled={disabled}
          onChange={(e) =>
            onChange(e.currentTarget.value === 'auto' ? null : (Number(e.currentTarget.value) as EpsgCode))
          }
        >
          <option value="auto">{t('loadCrsAuto')}</option>
          {SUPPORTED_EPSG.map((c) => (
            <option key={c} value={String(c)}>
              {crsName(c, lang)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
