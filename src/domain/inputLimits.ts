// The largest input texts the loaders accept: facts the loaders check (src/data/textChecks.ts) and the words that
// explain a refusal name (src/i18n), so they live below both.

const MB = 1024 * 1024;

/**
 * Largest GeoJSON text accepted: 50 MB (measured in characters, which equals bytes for the ASCII that
 * coordinates are made of). A kommuneplan export for one kommune is a few MB; above this the browser
 * tab would stall while parsing, so the user is asked to clip the file instead.
 */
export const MAX_GEOJSON_CHARS = 50 * MB;
/**
 * SOSI and GML plan files: 200 MB. They hold the same areas in more text (GML's tags, SOSI's shared
 * curves), and a kommuneplan for a large kommune in SOSI with 100 000 objects is tens of MB.
 */
export const MAX_PLAN_CHARS = 200 * MB;
/** GTFS tables (stop_times.txt above all) are longer; a regional extract for Asker stays far below this. */
export const MAX_CSV_CHARS = 200 * MB;
