// The app shell: header, the illustrative-data note, and the explorer once data has loaded.
import { useEffect } from 'react';
import { translator } from './i18n';
import { actions } from './state/actions';
import { useAppStore } from './state/store';
import { Explorer } from './ui/Explorer';
import { Header } from './ui/Header';

export function App() {
  const lang = useAppStore((s) => s.lang);
  const dataStatus = useAppStore((s) => s.dataStatus);
  const dataError = useAppStore((s) => s.dataError);
  const t = translator(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(lang)('appTitle');
  }, [lang]);

  return (
    <div className="app">
      <a className="skip-link" href="#site-list">
        {t('skipToList')}
      </a>
      <Header lang={lang} onLangChange={actions.setLang} />
      <p className="illustrative-note" role="note">
        {t('illustrativeNote')}
      </p>
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
      {dataStatus === 'ready' ? <Explorer /> : null}
    </div>
  );
}
