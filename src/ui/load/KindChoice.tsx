// What the file holds (sites, hubs or regions): guessed from the content and shown, and the user's to change.
import type { MessageKey, Translate } from '../../i18n';
import type { GuessReason, LoadKind } from '../../state/loadInspect';
import { profileRegionNames } from '../../state/loadStore';
import { useProfile } from '../../state/profileStore';

export const KIND_KEY: Record<LoadKind, MessageKey> = {
  sites: 'loadKindSites',
  hubs: 'loadKindHubs',
  regions: 'loadKindRegions',
};
export { KIND_PLURAL_KEY } from './userDataNote';
const WHY_KEY: Record<GuessReason, MessageKey> = {
  gtfs: 'loadGuessGtfs',
  points: 'loadGuessPoints',
  kommunenummer: 'loadGuessKommune',
  'region-names': 'profLoadGuessRegionNames',
  default: 'loadGuessDefault',
};
const KINDS: readonly LoadKind[] = ['sites', 'hubs', 'regions'];

export interface KindChoiceProps {
  t: Translate;
  kind: LoadKind;
  guess: { kind: LoadKind; why: GuessReason };
  /** GTFS files can only be hubs. */
  gtfs: boolean;
  onChange: (kind: LoadKind) => void;
  disabled: boolean;
}

export function KindChoice({ t, kind, guess, gtfs, onChange, disabled }: KindChoiceProps) {
  const names = profileRegionNames(useProfile()).join(' / ');
  return (
    <fieldset className="load-kind">
      <legend>{t('loadKindLegend')}</legend>
      <div className="load-kind__options">
        {KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="load-kind"
              value={k}
              checked={kind === k}
              disabled={disabled || (gtfs && k !== 'hubs')}
              onChange={() => onChange(k)}
            />
            {t(KIND_KEY[k])}
          </label>
        ))}
      </div>
      <p className="small muted" data-testid="load-guess">
        {t('loadGuessed', { kind: t(KIND_KEY[guess.kind]).toLowerCase(), why: t(WHY_KEY[guess.why], { names }) })}
      </p>
    </fieldset>
  );
}
