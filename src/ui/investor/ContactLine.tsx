// The contact line on a card and a one-pager: the sourced public contact, or a marked placeholder
// (config/contact.json).
import contactFile from '../../../config/contact.json';
import { readContact } from '../../domain/contact';
import { translator, type Lang } from '../../i18n';

const CONTACT = readContact(contactFile);

export function ContactLine({ lang, className }: { lang: Lang; className: string }) {
  const t = translator(lang);
  if (CONTACT.sourced) {
    return (
      <p className={className} data-testid="contact-line">
        {t('contactLine', { organisation: CONTACT.organisation, ways: CONTACT.ways.join(' · ') })}
      </p>
    );
  }
  return (
    <p className={`${className} contact--placeholder`} data-testid="contact-line" data-placeholder="true">
      {t('contactPlaceholder', { organisation: CONTACT.organisation })}
    </p>
  );
}
