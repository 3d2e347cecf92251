// Map colours shared by the style builders and the HTML legend (Okabe–Ito, safe for colour-vision deficiency).
import type { AbcFitVerdict, AbcType, HubType } from '../domain/types';

/**
 * ABC fills use three Okabe–Ito hues that stay apart for protan, deutan and tritan viewers:
 * blue (A), orange (B), reddish purple (C). Grey marks sites without an ABC type.
 */
export const ABC_COLOUR: Record<AbcType, string> = { A: '#0072B2', B: '#E69F00', C: '#CC79A7' };
export const ABC_NONE_COLOUR = '#999999';

/**
 * ABC fit fills, again Okabe–Ito: bluish green (ok), yellow (partial), vermillion (mismatch) differ in lightness as
 * well as
 * hue, so they stay apart for protan/deutan viewers; grey is "cannot be judged". The list and card also say it in
 * words.
 */
export const FIT_COLOUR: Record<AbcFitVerdict, string> = {
  ok: '#009E73',
  partial: '#F0E442',
  mismatch: '#D55E00',
  unknown: '#999999',
};

/** The line from a selected site to the hub its fit is judged against. */
export const FIT_LINK_COLOUR = '#000000';

/**
 * Hubs are hollow rings (sites are filled), coloured with Okabe–Ito hues not used by the ABC fills: black for
 * rail (the usual station symbol), bluish green for bus, sky blue for boat.
 */
export const HUB_COLOUR: Record<HubType, string> = { tog: '#000000', buss: '#009E73', båt: '#56B4E9' };

/** Road lines the user loaded (investor page): a brown no ABC fill, hub ring or region line uses. */
export const ROAD_COLOUR = '#8a4b08';

export const BACKGROUND_COLOUR = '#d9e3e8';
/** Region fills alternate between two light tones so nord and syd read as separate areas. */
export const REGION_TONES = ['#f5f3ee', '#e9eddf'] as const;
export const REGION_OUTLINE_COLOUR = '#5f6b73';
export const RING_COLOUR = '#37424a';
export const SELECTED_OUTLINE_COLOUR = '#000000';

/** Fill opacity per status: future sites are lighter so existing land stands out. */
export const SITE_FILL_OPACITY = { existing: 0.8, future: 0.4, hover: 0.9, selected: 0.95 } as const;

/** The ring radii drawn around hubs, metres. */
export const RING_RADII_M = [500, 1000] as const;
