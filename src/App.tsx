// The app shell: header, the illustrative-data note, and the explorer once data has loaded.
import { useEffect } from 'react';
import { translator } from './i18n';
import { actions } from './state/actions';
import { useAppStore } from './state/store';
import { Explorer } from './ui/Explorer';
import { formatWhole } from './ui/format';
import { Header } from './ui/Header';
import { AccountsPage, InvestorView, LazyBoundary, ScenarioPage } from './ui/lazyPages';
import { RestoreExample } from './ui/load/LoadControls';
import { StoredDataNotice } from './ui/load/StoredDataNotice';
import { ProfileNotice } from './ui/ProfileNotice';
import { useProfile } from './state/profileStore';
import { dataNote } from './ui/load/userDataNote';

export function App() {
  const lang = useAppStore((s) => s.lang);
  const dataStatus = useAppStore((s) => s.dataStatus);
  const dataError = useAppStore((s) => s.dataError);
  const dataset = useAppStore((s) => s.dataset);
  const page = useAppStore((s) => s.page);
  const profile = useProfile();
  const t = translator(lang);
  const note = dataNote(dataset, profile, t, (n) => formatWhole(n, lang));

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(lang)('profAppTitle', { kommune: profile.name });
  }, [lang, profile]);

  return (
    <div className="app">
      {page === 'explorer' ? (
        // The list only exists in the explorer; the other pages start with their own content right after the header.
        <a className="skip-link" href="#site-list">
          {t('skipToList')}
        </a>
      ) : null}
      <Header lang={lang} onLangChange={actions.setLang} />
      {/* A named region, so the notes are inside a landmark like everything else (axe "region"). */}
      <section className="data-notes" aria-label={t('dataNotesLabel')}>
        {note !== null ? (
          <div className="data-note">
            <p className="illustrative-note" role="note">
              {note}
            </p>
            {dataset?.origin === 'user' ? <RestoreExample lang={lang} /> : null}
          </div>
        ) : null}
        <ProfileNotice lang={lang} profile={profile} userFiles={dataset?.userFiles} />
        <StoredDataNotice lang={lang} />
      </section>
      {dataStatus === 'loading' ? (
        <main className="app-message" role="status">
          {t('loadingData')}
        </main>
      ) : null}
      {dataStatus === 'error' ? (
        <main className="app-message app-message--error" role="alert">
          {t('dataError', { message: dataError ?? '' })}
        </main>
      ) : null}
      {dataStatus === 'ready' ? (
        page === 'investor' ? (
          <LazyBoundary lang={lang}>
            <InvestorView />
          </LazyBoundary>
        ) : page === 'compare' ? (
          <LazyBoundary lang={lang}>
            <ScenarioPage />
          </LazyBoundary>
        ) : page === 'accounts' ? (
          <LazyBoundary lang={lang}>
            <AccountsPage />
          </LazyBoundary>
        ) : (
          <Explorer />
        )
      ) : null}
    </div>
  );
}
