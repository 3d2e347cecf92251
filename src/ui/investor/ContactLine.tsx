// The contact line on a card and a one-pager: the sourced public contact, or a marked placeholder
// (config/contact.json, which is about the bundled Asker profile's Invest in Asker). Under a profile that names
// another organisation, that one as a placeholder; under one that names none, a line saying so.
import contactFile from '../../../config/contact.json';
import { readContact } from '../../domain/contact';
import { inLang } from '../../domain/kommuneProfile';
import { translator, type Lang } from '../../i18n';
import { useProfile } from '../../state/profileStore';

const CONTACT = readContact(contactFile);

export function ContactLine({ lang, className }: { lang: Lang; className: string }) {
  const t = translator(lang);
  const profile = useProfile();
  if (!profile.investor) {
    return (
      <p className={`${className} contact--placeholder`} data-testid="contact-line" data-placeholder="true">
        {t('invNoOrganisation', { kommune: profile.name })}
      </p>
    );
  }
  const organisation = inLang(profile.investor.organisation, lang);
  if (organisation !== CONTACT.organisation) {
    return (
      <p className={`${className} contact--placeholder`} data-testid="contact-line" data-placeholder="true">
        {t('contactPlaceholder', { organisation })}
      </p>
    );
  }
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
