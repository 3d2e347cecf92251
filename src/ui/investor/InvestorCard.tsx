// One available site as a large card: name, area, what it suits, distances, readiness, contact, and its actions.
import { memo } from 'react';
import type { SiteRow } from '../../domain/siteRows';
import { translator, type Lang } from '../../i18n';
import { AbcSwatch } from '../AbcSwatch';
import { formatDaa } from '../format';
import { FactList } from './FactList';
import { siteFacts } from './siteFacts';
import { ContactLine } from './ContactLine';

export interface InvestorCardProps {
  row: SiteRow;
  lang: Lang;
  onOpen: (siteId: string) => void;
  onShowOnMap: (siteId: string) => void;
  onHover: (siteId: string | null) => void;
}

export const InvestorCard = memo(function InvestorCard({ row, lang, onOpen, onShowOnMap, onHover }: InvestorCardProps) {
  const t = translator(lang);
  const titleId = `inv-card-${row.id}`;
  // Area is the headline figure; explanations (e.g. why the road distance is missing) are given once, above the cards.
  const facts = siteFacts(row, lang)
    .filter((f) => f.id !== 'area')
    .map((f) => ({ id: f.id, label: f.label, value: f.value }));
  return (
    <article
      className="inv-card"
      aria-labelledby={titleId}
      data-testid="investor-card"
      data-site-id={row.id}
      onMouseEnter={() => onHover(row.id)}
      onMouseLeave={() => onHover(null)}
    >
      <header className="inv-card__head">
        <p className="inv-card__kicker">{row.region ?? t('regionUnknown')}</p>
        <h3 id={titleId}>{row.name}</h3>
      </header>
      <p className="inv-card__area" data-testid="investor-card-area">
        <span className="inv-card__area-value">{formatDaa(row.areaDaa, lang)}</span>{' '}
        <span className="inv-card__area-unit">{t('unitDaa')}</span>
      </p>
      <p className="inv-card__abc">
        <AbcSwatch abc={row.abc} future={row.status === 'fremtidig'} />
        <span>{row.abc ? `${row.abc} · ` : ''}</span>
        {facts.find((f) => f.id === 'suitable')?.value}
      </p>
      <FactList className="inv-card__facts" facts={facts.filter((f) => f.id !== 'suitable')} />
      <ContactLine lang={lang} className="inv-card__contact" />
      <div className="inv-card__actions">
        <button type="button" onClick={() => onOpen(row.id)}>
          {t('invOpenOnePager')}
          <span className="sr-only">: {row.name}</span>
        </button>
        <button type="button" className="secondary" onClick={() => onShowOnMap(row.id)}>
          {t('invShowOnMap')}
          <span className="sr-only">: {row.name}</span>
        </button>
      </div>
    </article>
  );
});
