// "Legg til veinett": a file input for a road layer (GeoJSON lines or junction points), a preview of what was read,
// and then the layer in use with a way to remove it. The distances are computed from it in the investor view.
import { useId, useState } from 'react';
import { DataError } from '../../data/problems';
import { readRoadLayer, type RoadLayerRead } from '../../data/roadReader';
import { crsLabel } from '../../i18n/crsLabel';
import { translator, type Lang } from '../../i18n';
import { useProfile } from '../../state/profileStore';
import { useRoadStore } from '../../state/roadStore';
import { formatWhole } from '../format';
import { describeProblem } from '../load/problemText';

export interface RoadLayerPanelProps {
  lang: Lang;
}

const kmFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'preview'; read: RoadLayerRead }
  | { kind: 'error'; message: string };

export function RoadLayerPanel({ lang }: RoadLayerPanelProps) {
  const t = translator(lang);
  const inputId = useId();
  const summary = useRoadStore((s) => s.summary);
  const layer = useRoadStore((s) => s.layer);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const profile = useProfile();
  const km = (n: number) => (lang === 'nb' ? kmFormat.format(n) : n.toFixed(1));

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStep({ kind: 'reading', file: file.name });
    try {
      const text = await file.text();
      setStep({ kind: 'preview', read: readRoadLayer(text, file.name, profile.referenceLngLatBbox) });
    } catch (e) {
      // A loader problem in the user's words (the detail names the facts); anything else as its own text.
      const message =
        e instanceof DataError
          ? (({ headline, detail }) => detail ?? headline)(
              describeProblem(e.problem, { file: file.name, gtfs: false }, lang),
            )
          : e instanceof Error
            ? e.message
            : String(e);
      setStep({ kind: 'error', message });
    }
  };

  if (layer && summary) {
    return (
      <div className="road-panel" data-testid="road-panel">
        <p data-testid="road-in-use">
          {t('roadPanelInUse', {
            file: layer.file,
            lines: formatWhole(summary.lines, lang),
            junctions: formatWhole(summary.junctions, lang),
          })}
        </p>
        <button type="button" className="secondary" onClick={() => useRoadStore.getState().clear()}>
          {t('roadPanelRemove')}
        </button>
      </div>
    );
  }

  return (
    <div className="road-panel" data-testid="road-panel">
      <label htmlFor={inputId} className="road-panel__label">
        {t('roadPanelFile')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        data-testid="road-file"
        onChange={(e) => {
          void onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      <div role="status" className="road-panel__status">
        {step.kind === 'reading' ? <p>{t('roadPanelReading', { file: step.file })}</p> : null}
        {step.kind === 'error' ? (
          <p className="road-panel__error">{t('roadPanelError', { message: step.message })}</p>
        ) : null}
        {step.kind === 'preview' ? (
          <div data-testid="road-preview">
            <p>
              {t('roadPanelPreview', {
                file: step.read.layer.file,
                lines: formatWhole(step.read.summary.lines, lang),
                km: km(step.read.summary.lengthKm),
                junctions: formatWhole(step.read.summary.junctions, lang),
                crs: crsLabel(step.read.summary.crs, lang),
              })}
            </p>
            {step.read.summary.labels.length > 0 ? (
              <p>{t('roadPanelNames', { names: step.read.summary.labels.join(', ') })}</p>
            ) : null}
            {step.read.summary.skipped > 0 ? (
              <p>{t('roadPanelSkipped', { count: formatWhole(step.read.summary.skipped, lang) })}</p>
            ) : null}
            {!step.read.summary.nearKommune ? (
              <p className="road-panel__error">{t('profRoadPanelFar', { kommune: profile.name })}</p>
            ) : null}
          </div>
        ) : null}
      </div>
      {step.kind === 'preview' ? (
        <div className="road-panel__buttons">
          <button
            type="button"
            onClick={() => {
              useRoadStore.getState().setLayer(step.read.layer, step.read.summary);
              setStep({ kind: 'idle' });
            }}
          >
            {t('roadPanelApply')}
          </button>
          <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
            {t('roadPanelCancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
