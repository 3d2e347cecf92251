// The page header: product name, the page links, data loading and the language switch.
import { LANGS, translator, type Lang } from '../i18n';
import { useProfile } from '../state/profileStore';
import { ViewNav } from './investor/ViewNav';
import { LoadControls } from './load/LoadControls';

export interface HeaderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
}

const LANG_NAME_KEY = { nb: 'languageNb', en: 'languageEn' } as const;

export function Header({ lang, onLangChange }: HeaderProps) {
  const t = translator(lang);
  const profile = useProfile();
  return (
    <header className="app-header">
      <h1>{t('profAppTitle', { kommune: profile.name })}</h1>
      <ViewNav lang={lang} />
      <LoadControls lang={lang} />
      <div className="app-header__lang">
        <label htmlFor="lang-select">{t('languageLabel')}</label>
        <select id="lang-select" value={lang} onChange={(e) => onLangChange(e.currentTarget.value as Lang)}>
          {LANGS.map((l) => (
            // Each language names itself, so the option is findable whatever the current language: every table holds
            // the same names (tests/unit/i18n/i18n.test.ts), so the current one serves, and no other need be fetched.
            <option key={l} value={l} lang={l === 'nb' ? 'nb' : 'en'}>
              {t(LANG_NAME_KEY[l])}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
