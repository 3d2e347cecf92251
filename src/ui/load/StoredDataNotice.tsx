// Under the header: what the browser's store did with the user's own data (shown again, unreadable, or not kept).
import { translator, type Lang } from '../../i18n';
import { useLoadStore } from '../../state/loadStore';
import { useAppStore } from '../../state/store';

export function StoredDataNotice({ lang }: { lang: Lang }) {
  const storage = useLoadStore((s) => s.storage);
  const origin = useAppStore((s) => s.dataset?.origin);
  const t = translator(lang);
  if (!storage) return null;
  if (storage.type === 'restored') {
    if (origin !== 'user') return null;
    const date = storage.savedAt ? new Date(storage.savedAt) : null;
    const when =
      date && Number.isFinite(date.getTime())
        ? date.toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
        : '';
    return (
      <p className="stored-data-notice" role="status" data-testid="stored-data-notice">
        {when ? t('storedRestored', { when }) : t('storedRestoredNoDate')}
      </p>
    );
  }
  return (
    <p className="stored-data-notice stored-data-notice--problem" role="alert" data-testid="stored-data-notice">
      {storage.type === 'damaged'
        ? storage.backupKey
          ? t('storedDamaged', { key: storage.backupKey })
          : t('storedDamagedNoCopy')
        : t('storedNotKept')}
    </p>
  );
}
