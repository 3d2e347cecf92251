// Which sites count as available land for Invest in Asker's investor view: the one rule, shared by the UI and the
// exports.
import type { Readiness, SiteStatus } from './types';

/**
 * A site is available when it has land an investor can build on that is not built up:
 * - land the plan sets aside for future business (`fremtidig`), whatever its readiness — not yet built on;
 * - an existing business area (`eksisterende`, or no status) only with vacant land: a vacant-area figure
 *   (`ledig_daa`) above 0. Existing areas are built up; being zoned (`byggeklar`) says nothing about free plots.
 * A site the file says nothing about is left out rather than guessed.
 *
 * Examples: fremtidig + må reguleres → available; eksisterende + byggeklar → not available;
 * eksisterende + byggeklar + ledig_daa 12 → available; eksisterende + ledig_daa 0 → not available.
 */
export function isAvailableLand(site: {
  readonly status: SiteStatus | null;
  readonly readiness: Readiness | null;
  readonly vacantDaa?: number | null;
}): boolean {
  if (site.status === 'fremtidig') return true;
  return typeof site.vacantDaa === 'number' && site.vacantDaa > 0;
}

/**
 * The area on offer, daa: a future site's whole area, an existing site's vacant land (never more than the site).
 * 0 for a site that is not available.
 */
export function availableAreaDaa(site: Parameters<typeof isAvailableLand>[0], areaDaa: number): number {
  if (!isAvailableLand(site)) return 0;
  if (site.status === 'fremtidig') return areaDaa;
  return Math.min(areaDaa, site.vacantDaa ?? 0);
}
