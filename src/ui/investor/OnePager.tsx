// A printable one-page presentation of one site (A4 via the print stylesheet): location map, outline, key figures,
// note, contact.
import { useState } from 'react';
import type { SiteRow } from '../../domain/siteRows';
import type { Hub, MultiPolygonXY, Region, Site, XY } from '../../domain/types';
import { translator, type Lang } from '../../i18n';
import { siteNoteText } from '../../i18n/siteNotes';
import { INVESTOR_VIEW, PARAM } from '../../state/urlCodec';
import { formatDaa } from '../format';
import { FactList } from './FactList';
import { siteFacts } from './siteFacts';
import { SiteOutline } from './SiteOutline';
import { ContactLine } from './ContactLine';
import { investorWords } from './profileWords';
import { useProfile } from '../../state/profileStore';
import { LocationMap } from './LocationMap';

/** What the location map draws round the site: the loaded regions, hubs and the other sites. */
export interface OnePagerContext {
  regions: readonly Region[];
  hubs: readonly Hub[];
  otherSites: readonly MultiPolygonXY[];
  /** Lines of the road layer the user loaded (none without one). */
  roads: readonly (readonly XY[])[];
}

export interface OnePagerProps {
  site: Site;
  row: SiteRow;
  lang: Lang;
  /** The data notice to print with the figures (illustrative or synthetic data), or null for real data. */
  notice: string | null;
  context: OnePagerContext;
  onBack: () => void;
}

/** A clean link to this one-pager: only the view, the site and a non-default language. */
export function onePagerUrl(
  siteId: string,
  lang: Lang,
  loc: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  const params = new URLSearchParams({ [PARAM.view]: INVESTOR_VIEW, [PARAM.site]: siteId });
  if (lang !== 'nb') params.set(PARAM.lang, lang);
  return `${loc.origin}${loc.pathname}?${params.toString()}`;
}

export function OnePager({ site, row, lang, notice, context, onBack }: OnePagerProps) {
  const t = translator(lang);
  const profile = useProfile();
  const [copyStatus, setCopyStatus] = useState('');
  const url = onePagerUrl(row.id, lang);
  const note = siteNoteText(site, lang);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(t('invLinkCopied'));
    } catch {
      setCopyStatus(t('invLinkCopyFailed', { url }));
    }
  };

  return (
    <article className="one-pager" data-testid="one-pager" data-site-id={row.id} aria-labelledby="one-pager-title">
      <div className="one-pager__actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('invBack')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('invPrint')}
        </button>
        <button type="button" className="secondary" onClick={() => void copyLink()}>
          {t('invCopyLink')}
        </button>
        <p className="one-pager__status small" role="status">
          {copyStatus}
        </p>
      </div>
      <header className="one-pager__head">
        <p className="one-pager__kicker">{investorWords(profile, lang).onePagerKicker}</p>
        <h2 id="one-pager-title" tabIndex={-1}>
          {row.name}
        </h2>
        <p className="one-pager__area">
          <span className="one-pager__area-value">{formatDaa(row.areaDaa, lang)}</span> {t('unitDaa')}
          {row.region ? <span className="muted"> · {row.region}</span> : null}
        </p>
      </header>
      {notice ? (
        <p className="one-pager__notice" data-testid="one-pager-notice">
          {notice}
        </p>
      ) : null}
      <div className="one-pager__body">
        <figure className="one-pager__figure">
          <LocationMap
            row={row}
            geometry={site.geometry}
            regions={context.regions}
            hubs={context.hubs}
            otherSites={context.otherSites}
            roads={context.roads}
            lang={lang}
          />
          <div className="one-pager__outline">
            <SiteOutline name={row.name} geometry={site.geometry} abc={row.abc} lang={lang} />
            <p className="small muted">{t('locOutlineCaption')}</p>
          </div>
        </figure>
        <section className="one-pager__figures" aria-labelledby="one-pager-figures">
          <h3 id="one-pager-figures">{t('invKeyFigures')}</h3>
          <FactList className="one-pager__facts" facts={siteFacts(row, lang, true)} />
        </section>
      </div>
      {note ? (
        <section className="one-pager__about" aria-labelledby="one-pager-about">
          <h3 id="one-pager-about">{t('invAbout')}</h3>
          {/* Text from the data file (and the loader's derived facts in words), rendered as text. */}
          <p data-testid="one-pager-note">{note}</p>
        </section>
      ) : null}
      <ContactLine lang={lang} className="one-pager__contact" />
      <footer className="one-pager__foot small">
        <p>
          {t('invDistanceNote')} {t('invMethod')}
        </p>
        <p>
          {t('invLink')}: <span className="one-pager__url">{url}</span>
        </p>
      </footer>
    </article>
  );
}
