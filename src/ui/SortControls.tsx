// Sort key and direction for the site list, with a polite live text that says how the list is now ordered.
import { translator, type Lang, type MessageKey } from '../i18n';
import type { SortDir, SortKey, SortState } from '../state/store';

const KEY_LABEL: Record<SortKey, MessageKey> = {
  name: 'sortName',
  area: 'sortArea',
  jobs: 'sortJobs',
  hub: 'sortHub',
  fit: 'sortFit',
};

/** Direction words that fit the key: "A–Å" for names, "størst først" for amounts, "nærmest først" for distance. */
const DIR_LABEL: Record<SortKey, Record<SortDir, MessageKey>> = {
  name: { asc: 'sortDirAlphabetical', desc: 'sortDirReverseAlphabetical' },
  area: { asc: 'sortDirSmallFirst', desc: 'sortDirLargeFirst' },
  jobs: { asc: 'sortDirSmallFirst', desc: 'sortDirLargeFirst' },
  hub: { asc: 'sortDirNearFirst', desc: 'sortDirFarFirst' },
  fit: { asc: 'sortDirBestFirst', desc: 'sortDirWorstFirst' },
};

export interface SortControlsProps {
  lang: Lang;
  sort: SortState;
  onKeyChange: (key: SortKey) => void;
  onDirChange: (dir: SortDir) => void;
}

export function SortControls({ lang, sort, onKeyChange, onDirChange }: SortControlsProps) {
  const t = translator(lang);
  return (
    <div className="sort-controls">
      <div className="field">
        <label htmlFor="sort-key">{t('sortLabel')}</label>
        <select id="sort-key" value={sort.key} onChange={(e) => onKeyChange(e.currentTarget.value as SortKey)}>
          {(Object.keys(KEY_LABEL) as SortKey[]).map((key) => (
            <option key={key} value={key}>
              {t(KEY_LABEL[key])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sort-dir">{t('sortDirLabel')}</label>
        <select id="sort-dir" value={sort.dir} onChange={(e) => onDirChange(e.currentTarget.value as SortDir)}>
          {(['asc', 'desc'] as const).map((dir) => (
            <option key={dir} value={dir}>
              {t(DIR_LABEL[sort.key][dir])}
            </option>
          ))}
        </select>
      </div>
      <p className="sr-only" aria-live="polite" data-testid="sort-status">
        {t('sortStatus', { key: t(KEY_LABEL[sort.key]).toLowerCase(), dir: t(DIR_LABEL[sort.key][sort.dir]) })}
      </p>
    </div>
  );
}
