// Filter controls: name search, status, ABC type, region, plan status, area range and distance to a hub.
import type { ChangeEvent } from 'react';
import { FIT_VERDICTS, type Filters } from '../state/store';
import { normaliseFit } from '../state/urlCodec';
import { translator, type Lang, type MessageKey } from '../i18n';
import { FIT_KEY, readinessKey, statusKey } from './labels';
import { NumberFilterField } from './NumberFilterField';

export interface SiteFiltersProps {
  lang: Lang;
  filters: Filters;
  regionNames: readonly string[];
  onChange: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  onReset: () => void;
}

interface Choice {
  value: string;
  label: string;
}

type ChoiceKey = 'status' | 'abc' | 'region' | 'readiness';

export function SiteFilters({ lang, filters, regionNames, onChange, onReset }: SiteFiltersProps) {
  const t = translator(lang);
  const all: Choice = { value: 'all', label: t('filterAll') };
  const fields: { key: ChoiceKey; label: MessageKey; choices: Choice[] }[] = [
    {
      key: 'status',
      label: 'filterStatus',
      choices: [all, ...(['eksisterende', 'fremtidig'] as const).map((s) => ({ value: s, label: t(statusKey(s)) }))],
    },
    {
      key: 'abc',
      label: 'filterAbc',
      choices: [
        all,
        { value: 'A', label: 'A' },
        { value: 'B', label: 'B' },
        { value: 'C', label: 'C' },
        { value: 'none', label: t('abcNone') },
      ],
    },
    { key: 'region', label: 'filterRegion', choices: [all, ...regionNames.map((r) => ({ value: r, label: r }))] },
    {
      key: 'readiness',
      label: 'filterReadiness',
      choices: [
        all,
        ...(['byggeklar', 'må reguleres', 'må omreguleres'] as const).map((r) => ({
          value: r,
          label: t(readinessKey(r)),
        })),
      ],
    },
  ];
  return (
    <fieldset className="filters">
      <legend>{t('filtersTitle')}</legend>
      <div className="field">
        <label htmlFor="filter-query">{t('filterSearch')}</label>
        <input
          id="filter-query"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={filters.query}
          onChange={(e) => onChange('query', e.currentTarget.value)}
        />
      </div>
      <div className="field-row">
        {fields.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`filter-${field.key}`}>{t(field.label)}</label>
            <select
              id={`filter-${field.key}`}
              value={filters[field.key]}
              onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                // The choices above are the only values the select can hold, so the cast is safe.
                onChange(field.key, e.currentTarget.value as Filters[typeof field.key])
              }
            >
              {field.choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="field-row">
        <NumberFilterField
          id="filter-min-daa"
          label={t('filterMinDaa')}
          lang={lang}
          value={filters.minDaa}
          onChange={(v) => onChange('minDaa', v)}
        />
        <NumberFilterField
          id="filter-max-daa"
          label={t('filterMaxDaa')}
          lang={lang}
          value={filters.maxDaa}
          onChange={(v) => onChange('maxDaa', v)}
        />
      </div>
      <fieldset className="filters__fit" data-testid="filter-fit">
        <legend>{t('filterFit')}</legend>
        {FIT_VERDICTS.map((verdict) => {
          const checked = filters.fit === 'all' || filters.fit.includes(verdict);
          return (
            <label key={verdict} className="filters__check">
              <input
                type="checkbox"
                value={verdict}
                checked={checked}
                onChange={(e) => {
                  const current = filters.fit === 'all' ? FIT_VERDICTS : filters.fit;
                  const next = e.currentTarget.checked ? [...current, verdict] : current.filter((v) => v !== verdict);
                  onChange('fit', normaliseFit(next));
                }}
              />
              <span className={`verdict verdict--${verdict}`}>{t(FIT_KEY[verdict])}</span>
            </label>
          );
        })}
      </fieldset>
      <NumberFilterField
        id="filter-max-hub"
        label={t('filterMaxHubM')}
        lang={lang}
        value={filters.maxHubM}
        onChange={(v) => onChange('maxHubM', v)}
      />
      <button type="button" className="secondary" onClick={onReset}>
        {t('filterReset')}
      </button>
    </fieldset>
  );
}
