// The data note under the header while own data is shown: which files, as text (file names are data, never markup).
import type { Dataset } from '../../domain/dataset';
import type { MessageKey, Translate } from '../../i18n';
import type { LoadKind } from '../../state/loadInspect';

/** A layer kind in the plural ("holdeplasser"), for notes and messages that name a loaded file's kind. */
export const KIND_PLURAL_KEY: Record<LoadKind, MessageKey> = {
  sites: 'loadKindSitesPlural',
  hubs: 'loadKindHubsPlural',
  regions: 'loadKindRegionsPlural',
};

const ORDER: readonly LoadKind[] = ['sites', 'hubs', 'regions'];

/** "Egne data: kp.geojson." when the sites are the user's; other layers are named with their kind. */
export function userDataNote(dataset: Dataset, t: Translate): string {
  const files = dataset.userFiles ?? {};
  const parts = ORDER.flatMap((kind) => {
    const file = files[kind];
    if (file === undefined) return [];
    return [kind === 'sites' ? file : t('loadNoteKind', { file, kind: t(KIND_PLURAL_KEY[kind]) })];
  });
  return t(files.sites === undefined ? 'loadNoteMixed' : 'loadNoteUser', { files: parts.join(', ') });
}

/** The note under the header for the data on screen (own files, synthetic or example data); null when none is due. */
export function dataNote(
  dataset: Dataset | null,
  profile: { sites: { kind: string } },
  t: Translate,
  formatCount: (n: number) => string,
): string | null {
  if (dataset?.origin === 'user') return userDataNote(dataset, t);
  if (dataset?.origin === 'synthetic') return t('syntheticNote', { count: formatCount(dataset.sites.length) });
  return profile.sites.kind === 'missing' ? null : t('illustrativeNote');
}
