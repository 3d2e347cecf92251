// A legend list: one row per symbol, a decorative sample (hidden from screen readers: the text says it) before the
// words. Shared by the map legend, the region chart's key and the land-accounts map's legend.
import type { CSSProperties, ReactNode } from 'react';

export interface SwatchRow {
  key: string;
  /** The sample's class names (a `<span aria-hidden="true">`), or a sample of one's own such as `<AbcSwatch>`. */
  swatch: string | ReactNode;
  /** Inline style of the sample when it is given by class names (e.g. a colour from the palette). */
  style?: CSSProperties;
  label: ReactNode;
  /** Shown after the label inside the row, e.g. a nested SwatchList of the row's kinds. */
  sub?: ReactNode;
}

export interface SwatchListProps {
  rows: readonly (SwatchRow | null | false)[];
  className?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** `<ul>` of `<li><span aria-hidden="true" class=…/>label</li>` rows; a null or false row is left out. */
export function SwatchList({ rows, ...list }: SwatchListProps) {
  return (
    <ul {...list}>
      {rows.map((row) =>
        row ? (
          <li key={row.key}>
            {typeof row.swatch === 'string' ? (
              <span aria-hidden="true" className={row.swatch} style={row.style} />
            ) : (
              row.swatch
            )}
            {row.label}
            {row.sub}
          </li>
        ) : null,
      )}
    </ul>
  );
}
