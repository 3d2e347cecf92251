// Bokmål words that name a SOSI KOORDSYS system around its datum (src/domain/koordsys.ts), as SOSI itself says them.

export const koordsysWordsNb: Readonly<Record<'utm' | 'axis' | 'geographic' | 'list', string>> = {
  utm: '{datum} UTM sone {zone}',
  axis: '{datum} akse {axis}',
  geographic: '{datum} geografisk (bredde, lengde)',
  /** One supported code in a list: `22 (EUREF89 UTM sone 32)`. */
  list: '{code} ({name})',
};
