// The three file slots of the land accounts (before, after, optional farmland): choose, see what is staged, compute.
import { useId } from 'react';
import { translator, type Lang } from '../../i18n';
import type { AccountsSlot } from '../../state/accountsJob';
import { accountsActions, EXAMPLE_FILES, useAccountsStore } from '../../state/accountsStore';
import type { Region } from '../../domain/types';

const SLOT_KEY = { before: 'accSlotBefore', after: 'accSlotAfter', farmland: 'accSlotFarmland' } as const;
const SLOTS: readonly AccountsSlot[] = ['before', 'after', 'farmland'];

async function choose(slot: AccountsSlot, files: FileList | null): Promise<void> {
  const file = files?.[0];
  if (!file) return;
  accountsActions.stage(slot, { name: file.name, text: await file.text() });
}

function Slot({ slot, lang }: { slot: AccountsSlot; lang: Lang }) {
  const t = translator(lang);
  const id = useId();
  const staged = useAccountsStore((s) => s.staged[slot]);
  const example = slot === 'farmland' ? null : EXAMPLE_FILES[slot].name;
  const current = staged?.name ?? (example ? t('accSlotExample', { file: example }) : t('accSlotNone'));
  return (
    <div className="acc-slot">
      <label htmlFor={id}>{t(SLOT_KEY[slot])}</label>
      <span className="acc-slot__file" data-testid={`acc-slot-${slot}`}>{current}</span>
      <input
        id={id}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        aria-label={t('accChoose', { slot: t(SLOT_KEY[slot]) })}
        data-testid={`acc-file-${slot}`}
        onChange={(e) => {
          void choose(slot, e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      {staged ? (
        <button type="button" className="secondary" data-testid={`acc-clear-${slot}`} onClick={() => accountsActions.stage(slot, null)}>
          {t('accClear')}
        </button>
      ) : null}
    </div>
  );
}

export function AccountsFiles({ lang, regions }: { lang: Lang; regions: Region[] }) {
  const t = translator(lang);
  const running = useAccountsStore((s) => s.running);
  const example = useAccountsStore((s) => s.shown?.example ?? true);
  return (
    <section className="acc-files" aria-labelledby="acc-files-title">
      <h3 id="acc-files-title">{t('accFilesTitle')}</h3>
      {SLOTS.map((slot) => <Slot key={slot} slot={slot} lang={lang} />)}
      <p className="small">{t('accStagedNote')}</p>
      <div className="acc-files__actions">
        <button type="button" data-testid="acc-run" disabled={running} onClick={() => void accountsActions.run(regions)}>
          {t('accRun')}
        </button>
        {!example ? (
          <button type="button" className="secondary" disabled={running} onClick={() => void accountsActions.restoreExample(regions)}>
            {t('accRestore')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
