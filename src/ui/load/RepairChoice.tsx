// "Reparer geometri": offered when the preview found polygons that are not OGC-valid; rebuilds them as ST_MakeValid
// would.
import type { Translate } from '../../i18n';
import type { AnyPreview } from '../../state/loadJob';

/** The loaders' codes for the ways a polygon can break OGC validity (src/domain/validity.ts). */
const INVALID = new Set([
  'ring-self-intersects',
  'rings-cross',
  'hole-outside-shell',
  'holes-nested',
  'interior-disconnected',
  'parts-overlap',
]);

/** True when repair could help: a feature was skipped, or the file refused, for a validity rule. */
export function repairWouldHelp(preview: AnyPreview): boolean {
  if (preview.skipped.some((s) => INVALID.has(s.code))) return true;
  return (
    preview.error !== null &&
    (INVALID.has(preview.error.code) || preview.error.problems.some((p) => INVALID.has(p.code)))
  );
}

export interface RepairChoiceProps {
  t: Translate;
  preview: AnyPreview;
  repair: boolean;
  onChange: (repair: boolean) => void;
  disabled: boolean;
}

export function RepairChoice({ t, preview, repair, onChange, disabled }: RepairChoiceProps) {
  if (!repair && !repairWouldHelp(preview)) return null;
  return (
    <div className="load-repair" data-testid="load-repair">
      <p className="small">{repair ? t('repairActive') : t('repairOffer')}</p>
      <p className="small muted">{t('repairExplain')}</p>
      <button
        type="button"
        className="secondary"
        aria-pressed={repair}
        disabled={disabled}
        onClick={() => onChange(!repair)}
        data-testid="load-repair-button"
      >
        {repair ? t('repairOff') : t('repairOn')}
      </button>
    </div>
  );
}
