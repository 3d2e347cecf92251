// Maps the engine's code values (status, readiness, hub type, verdict) to UI string keys.
import type { HubType, Readiness, SiteStatus } from '../domain/types';
import type { MessageKey } from '../i18n';

export function statusKey(status: SiteStatus | null): MessageKey {
  if (status === 'eksisterende') return 'statusEksisterende';
  if (status === 'fremtidig') return 'statusFremtidig';
  return 'statusUnknown';
}

export function readinessKey(readiness: Readiness | null): MessageKey {
  if (readiness === 'byggeklar') return 'readinessByggeklar';
  if (readiness === 'må reguleres') return 'readinessMåReguleres';
  if (readiness === 'må omreguleres') return 'readinessMåOmreguleres';
  return 'readinessUnknown';
}

export const HUB_TYPE_KEY: Record<HubType, MessageKey> = { tog: 'hubTog', buss: 'hubBuss', båt: 'hubBåt' };

/** The verdict words come from the one ABC-fit renderer (src/i18n/fit.ts). */
export { FIT_VERDICT_KEY as FIT_KEY } from '../i18n/fit';
