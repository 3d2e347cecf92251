// Which sites count as available land for Invest in Asker's investor view: the one rule, shared by the UI and the exports.
import type { Readiness, SiteStatus } from './types';

/**
 * A site is available when it can be offered to an investor: it is ready to build now (`byggeklar`: zoned for business,
 * whatever its status), or it is land the plan sets aside for future business (`fremtidig`), which is not yet built on.
 * An existing area that must first be zoned or re-zoned (`må reguleres` / `må omreguleres`) is built up and not on
 * offer; a site with neither field known is left out rather than guessed.
 *
 * Examples: fremtidig + må reguleres → available; eksisterende + byggeklar → available;
 * eksisterende + må omreguleres → not available.
 */
export function isAvailableLand(site: { readonly status: SiteStatus | null; readonly readiness: Readiness | null }): boolean {
  return site.readiness === 'byggeklar' || site.status === 'fremtidig';
}
