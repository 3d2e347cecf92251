// The land-accounts page (?view=accounts): two plan versions in, additions and removals of business land out, with a
// map, tables and exports; the comparison is in the address (src/state/accountsUrl.ts). Self-contained (default
// export), so the router can load it lazily.
import { useEffect } from 'react';
import { formatAccountsExcelCsv, formatChangePiecesGeoJson } from '../../domain/accounts/exportAccounts';
import { translator } from '../../i18n';
import { accountsExcelWords } from '../../i18n/accountsExcel';
import type { AccountsSlot } from '../../state/accountsJob';
import { accountsActions, isExample, SLOTS, useAccountsStore } from '../../state/accountsStore';
import { startAccountsUrlSync } from '../../state/accountsUrl';
import { useLoadStore } from '../../state/loadStore';
import { useAppStore } from '../../state/store';
import { formatWhole } from '../format';
import { downloadText } from '../investor/download';
import { describeProblem, skipReasonText } from '../load/problemText';
import { claimFileDrop } from '../load/useFileDrop';
import { AccountsFiles } from './AccountsFiles';
import { AccountsMap } from './AccountsMap';
import { AccountsTables } from './AccountsTables';
import './accounts.css';

/** The slot a file was dropped on in the accounts dialog (its row in the list, or its open preview), if any. */
function slotAt(target: EventTarget | null): AccountsSlot | null {
  const el = target instanceof Element ? target.closest('[data-acc-slot]') : null;
  const slot = el?.getAttribute('data-acc-slot');
  return SLOTS.find((s) => s === slot) ?? null;
}

/** Files dropped on this page go to its own file dialog (previewed, not computed), not to «Last inn data». */
const takeDrop = (files: File[], target: EventTarget | null): boolean => {
  // The load dialog, opened from the header, keeps what is dropped while it is open.
  if (useLoadStore.getState().open) return false;
  void accountsActions.dropFiles(files, slotAt(target));
  return true;
};

export default function AccountsPage() {
  const lang = useAppStore((s) => s.lang);
  const regions = useAppStore((s) => s.dataset?.regions);
  const { result, running, progress, failure, shown } = useAccountsStore();
  const t = translator(lang);

  useEffect(() => {
    // The comparison the address names (the bundled example by default); a later visit keeps what was computed.
    if (!regions) return undefined;
    return startAccountsUrlSync(regions);
  }, [regions]);
  useEffect(() => claimFileDrop(takeDrop), []);

  if (!regions) return null;
  return (
    <main className="acc-page" data-testid="land-accounts">
      <h2>{t('accTitle')}</h2>
      <p>{t('accIntro')}</p>
      {shown && isExample(shown) ? (
        <p className="acc-note" role="note">
          {t('accExampleNote')}
        </p>
      ) : null}
      <AccountsFiles lang={lang} regions={regions} />
      <div role="status" aria-live="polite" className="acc-status">
        {running ? (
          <>
            <span>{t('accRunning')}</span>{' '}
            <progress
              data-testid="acc-progress"
              max={progress?.total ?? 1}
              value={progress?.done ?? 0}
              aria-label={t('accRunning')}
            />{' '}
            {progress ? (
              <span>
                {t('accProgress', { done: formatWhole(progress.done, lang), total: formatWhole(progress.total, lang) })}
              </span>
            ) : null}
          </>
        ) : null}
      </div>
      {failure ? (
        <p role="alert" className="acc-error" data-testid="acc-error">
          {t('accFailed', {
            message: failure.problem
              ? describeProblem(failure.problem, { file: failure.file, gtfs: false }, lang).headline
              : (failure.detail ?? failure.code),
          })}
        </p>
      ) : null}
      {result ? (
        <>
          <ul className="acc-readings" data-testid="acc-readings">
            {result.readings.map((r) => (
              <li key={r.slot}>
                {t(r.slot === 'farmland' ? 'accReadingFarm' : 'accReading', {
                  file: r.file,
                  features: formatWhole(r.features, lang),
                  business: formatWhole(r.business, lang),
                  other: formatWhole(r.other, lang),
                  crs: r.crs,
                })}
                {r.skipped.length + r.warnings.length > 0 ? (
                  <details data-testid={`acc-notes-${r.slot}`}>
                    <summary>{t('accWarnings', { count: r.skipped.length + r.warnings.length })}</summary>
                    <ul>
                      {r.skipped.map((s) => (
                        <li key={`${s.kind}:${s.code}:${s.reason}`}>
                          {formatWhole(s.count, lang)} × {skipReasonText(s, lang)}
                        </li>
                      ))}
                      {r.warnings.slice(0, 50).map((w, i) => (
                        <li key={i}>{describeProblem(w, { file: r.file, gtfs: false }, lang).headline}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
          <div className="acc-layout">
            <AccountsMap pieces={result.pieces} regions={regions} lang={lang} />
            <div>
              <AccountsTables rows={result.rows} capacity={result.capacity} lang={lang} />
              <div className="acc-exports">
                <button
                  type="button"
                  data-testid="acc-export-csv"
                  onClick={() =>
                    downloadText(
                      formatAccountsExcelCsv(result.rows, accountsExcelWords('nb')),
                      'naeringsarealregnskap.csv',
                      'text/csv;charset=utf-8',
                    )
                  }
                >
                  {t('accExportCsv')}
                </button>
                <button
                  type="button"
                  data-testid="acc-export-geojson"
                  onClick={() =>
                    downloadText(
                      formatChangePiecesGeoJson(result.pieces),
                      'naeringsarealregnskap.geojson',
                      'application/geo+json',
                    )
                  }
                >
                  {t('accExportGeoJson')}
                </button>
              </div>
            </div>
          </div>
        </>
      ) : null}
    </main>
  );
}
