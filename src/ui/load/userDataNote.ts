// The data note under the header while own data is shown: which files, as text (file names are data, never markup).
import type { Dataset } from '../../domain/dataset';
import type { Translate } from '../../i18n';
import type { LoadKind } from '../../state/loadInspect';
import { KIND_PLURAL_KEY } from './KindChoice';

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
