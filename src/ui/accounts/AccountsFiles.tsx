// The files of the comparison shown (bundled or the user's own), the button to choose others in the preview-first
// dialog, and what a link can and cannot carry.
import { useCallback, useRef } from 'react';
import { translator, type Lang } from '../../i18n';
import {
  accountsActions,
  BUNDLED_FILES,
  EXAMPLE_SELECTION,
  isExample,
  SLOTS,
  useAccountsStore,
  type SlotChoice,
} from '../../state/accountsStore';
import type { Region } from '../../domain/types';
import { AccountsLoadDialog } from './AccountsLoadDialog';
import { SLOT_KEY } from './slotLabels';

export function AccountsFiles({ lang, regions }: { lang: Lang; regions: Region[] }) {
  const t = translator(lang);
  const running = useAccountsStore((s) => s.running);
  const shown = useAccountsStore((s) => s.shown) ?? EXAMPLE_SELECTION;
  const fallback = useAccountsStore((s) => s.linkFallback);
  const openButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useCallback(() => openButton.current?.focus(), []);
  const name = (c: SlotChoice | null): string =>
    c === null
      ? t('accSlotNone')
      : c.type === 'bundled'
        ? t('accSlotExample', { file: BUNDLED_FILES[c.id].name })
        : t('accSlotOwn', { file: c.file.name });
  const ownShown = SLOTS.some((slot) => shown[slot]?.type === 'own');
  return (
    <section className="acc-files" aria-labelledby="acc-files-title">
      <h3 id="acc-files-title">{t('accFilesTitle')}</h3>
      <dl className="acc-files__list">
        {SLOTS.map((slot) => (
          <div key={slot} className="acc-slot">
            <dt>{t(SLOT_KEY[slot])}</dt>
            <dd className="acc-slot__file" data-testid={`acc-slot-${slot}`}>
              {name(shown[slot])}
            </dd>
          </div>
        ))}
      </dl>
      {fallback.map((f) => (
        <p key={f.slot} className="acc-note" role="note" data-testid="acc-link-fallback">
          {t('accLinkFallback', { slot: t(SLOT_KEY[f.slot]), file: f.file, instead: name(EXAMPLE_SELECTION[f.slot]) })}
        </p>
      ))}
      {ownShown ? (
        <p className="small" data-testid="acc-own-link-note">
          {t('accOwnNotInLink')}
        </p>
      ) : null}
      <div className="acc-files__actions">
        <button
          ref={openButton}
          type="button"
          aria-haspopup="dialog"
          data-testid="acc-open"
          onClick={accountsActions.openDialog}
        >
          {t('accOpen')}
        </button>
        {!isExample(shown) ? (
          <button
            type="button"
            className="secondary"
            disabled={running}
            onClick={() => void accountsActions.restoreExample(regions)}
          >
            {t('accRestore')}
          </button>
        ) : null}
      </div>
      <AccountsLoadDialog lang={lang} regions={regions} onClosed={returnFocus} />
    </section>
  );
}
