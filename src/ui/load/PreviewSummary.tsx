// The top of the preview: counts, how the file was read, and the first features as they will be loaded.
import type { Hub, Region, Site } from '../../domain/types';
import { multiPolygonAreaM2 } from '../../domain/geometry';
import { allOutsideRegions } from '../../domain/previewPlacement';
import type { KommuneProfile } from '../../domain/kommuneProfile';
import { DEFAULT_PROFILE, useProfile } from '../../state/profileStore';
import { useAppStore } from '../../state/store';
import { PreviewMap } from './PreviewMap';
import { LOCALE, type Lang, type MessageKey, type Translate } from '../../i18n';
import type { LoadKind } from '../../state/loadInspect';
import type { AnyPreview } from '../../state/loadJob';
import { formatDaa } from '../format';
import { HUB_TYPE_KEY, statusKey } from '../labels';

const FIRST_SHOWN = 5;

const MODE_KEY: Record<string, MessageKey> = {
  plan: 'loadModePlan',
  kommune: 'loadModeKommune',
  project: 'loadModeProject',
  gtfs: 'loadModeGtfs',
};

/**
 * How a kommune boundary file is read: the bundled Asker profile's own sentence (it names the former kommuner), else
 * the active profile's rule, e.g. "3201 blir Bærum".
 */
export function kommuneModeText(profile: KommuneProfile, lang: Lang, t: Translate): string {
  if (profile.id === DEFAULT_PROFILE.id) return t('loadModeKommune');
  const byRegion = new Map<string, string[]>();
  for (const [knr, region] of profile.regionsFromKommuner) byRegion.set(region, [...(byRegion.get(region) ?? []), knr]);
  const list = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' });
  const rule = [...byRegion]
    .map(([region, knrs]) => t('profLoadRulePart', { numbers: list.format(knrs), region }))
    .join('; ');
  return t('profLoadModeKommune', { kommune: profile.name, rule });
}

/** One line per loaded item, all text from the file shown as text. */
function itemLine(kind: LoadKind, item: Site | Hub | Region, lang: Lang, t: Translate): string {
  if (kind === 'sites') {
    const s = item as Site;
    const parts = [
      t(statusKey(s.status)),
      s.abc ?? '–',
      `${formatDaa(multiPolygonAreaM2(s.geometry) / 1000, lang)} ${t('unitDaa')}`,
    ];
    return `${s.name} (${s.id}): ${parts.join(', ')}`;
  }
  if (kind === 'hubs') {
    const h = item as Hub;
    return `${h.name} (${h.id}): ${t(HUB_TYPE_KEY[h.type])}`;
  }
  return (item as Region).name;
}

export interface PreviewSummaryProps {
  lang: Lang;
  t: Translate;
  kind: LoadKind;
  preview: AnyPreview;
  /** The files as the user knows them (for GTFS the tables chosen); default the loader's file name. */
  fileLabel?: string | undefined;
}

export function PreviewSummary({ lang, t, kind, preview, fileLabel }: PreviewSummaryProps) {
  const gtfs = preview.mapping?.mode === 'gtfs';
  const counts = {
    total: preview.featureCount,
    kept: preview.keptCount,
    skipped: preview.featureCount - preview.keptCount,
  };
  const items = (preview.value ?? []).slice(0, FIRST_SHOWN) as (Site | Hub | Region)[];
  const profile = useProfile();
  const modeKey = preview.mapping ? MODE_KEY[preview.mapping.mode] : undefined;
  const mode = modeKey === 'loadModeKommune' ? kommuneModeText(profile, lang, t) : modeKey ? t(modeKey) : undefined;
  const regions = useAppStore((s) => s.dataset?.regions);
  const all = (preview.value ?? []) as (Site | Hub | Region)[];
  const outside = regions ? allOutsideRegions(kind, all, regions) : false;
  const drawn = kind === 'regions' ? [] : (regions ?? []);
  const names = drawn.map((r) => r.name);
  const regionList = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(names);
  return (
    <section className="load-section" aria-labelledby="load-preview-title">
      <h3 id="load-preview-title">{t('loadPreviewTitle')}</h3>
      <p>
        {t('loadFileLabel')}: <span className="load-file">{fileLabel ?? preview.file}</span>
      </p>
      <p data-testid="load-counts">
        <strong>{t(gtfs ? 'loadCountsGtfs' : 'loadCounts', counts)}</strong>
      </p>
      {mode ? (
        <p className="small" data-testid="load-mode">
          {mode}
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="small load-first-title">{t('loadFirstItems')}</p>
          <ul className="load-list small" data-testid="load-first-items">
            {items.map((item, i) => (
              <li key={i}>{itemLine(kind, item, lang, t)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {all.length > 0 ? <PreviewMap t={t} kind={kind} items={all} regions={drawn} regionList={regionList} /> : null}
      {outside ? (
        <p className="load-outside" role="alert" data-testid="load-outside-warning">
          {t('profLoadAllOutside', {
            count: all.length,
            regions: new Intl.ListFormat(LOCALE[lang], { type: 'disjunction' }).format(names),
          })}
        </p>
      ) : null}
    </section>
  );
}
