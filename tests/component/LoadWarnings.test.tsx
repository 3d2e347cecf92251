// @vitest-environment jsdom
// The side panel's list of loader warnings: worded by code from the facts, naming the file and the feature, the
// detail as the title.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadWarnings } from '../../src/ui/LoadWarnings';

const warnings = [
  { code: 'crs-detected', variant: 'none' },
  { code: 'name-missing', params: { id: '"S3"' }, featureIndex: 2, featureId: 'S3' },
  { code: 'some-new-code' },
];

describe('LoadWarnings', () => {
  it('renders nothing without warnings', () => {
    const { container } = render(<LoadWarnings lang="nb" warnings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows bokmål text that names the file and the feature, and the code when it has no words', () => {
    render(<LoadWarnings lang="nb" warnings={warnings} userFiles={{ sites: 'my.geojson' }} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^my\.geojson oppgir ikke koordinatsystem/);
    expect(items[1]).toMatch(/^features\[2\].*S3.* mangler navn; id-en brukes som navn\.$/);
    expect(items[2]).toBe('my.geojson: some-new-code');
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute(
      'title',
      'my.geojson: ikke noe «crs»-felt. Det var ingen koordinater å se på, så EPSG:25832 ble antatt.',
    );
  });

  it('names overlapping regions and an empty region from the engine’s facts, the area in Norwegian digits', async () => {
    const { regionWarnings } = await import('../../src/domain/regionChecks');
    const sq = (x1: number, x2: number) =>
      [
        [
          [
            [580000 + x1, 6630000],
            [580000 + x2, 6630000],
            [580000 + x2, 6631000],
            [580000 + x1, 6631000],
            [580000 + x1, 6630000],
          ],
        ],
      ] as const;
    // 1 000 m × 1 500 m overlap = 1 500 daa.
    const regions = [
      { name: 'Nord', geometry: sq(0, 2500) },
      { name: 'Syd', geometry: sq(1000, 4000) },
      { name: 'Øst', geometry: sq(9000, 9100) },
    ];
    const w = regionWarnings(regions, [{ region: 'Nord' }, { region: 'Syd' }]);
    const { container } = render(<LoadWarnings lang="nb" warnings={w} userFiles={{ regions: 'regioner.geojson' }} />);
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toMatch(
      /^Regionene «Nord» og «Syd» i regioner\.geojson overlapper hverandre med 1\u00a0500,0 daa\./,
    );
    expect(items[1]).toMatch(/^Ingen områder ligger i regionen «Øst» i regioner\.geojson/);
  });
});
