// The one stand-in for src/map/MapView in component tests (jsdom has no WebGL): typed from the real props, it draws
// nothing and shows what the page gave the map as data attributes. Use it in a test file with
//   vi.mock('<path to>/src/map/MapView', () => import('<path to>/tests/component/mapViewMock'));
import type { MapViewProps } from '../../src/map/MapView';

const sortedIds = (ids: Iterable<string>): string => [...ids].sort().join(',');

export function MapView(props: MapViewProps) {
  return (
    <div
      data-testid="map"
      data-map-state="ready"
      data-selected={props.selectedSiteId ?? ''}
      data-zoom={props.zoomRequest?.siteId ?? ''}
      data-visible={props.visibleSiteIds ? sortedIds(props.visibleSiteIds) : 'all'}
      data-changed={sortedIds(props.siteMarks?.changed ?? [])}
      data-excluded={sortedIds(props.siteMarks?.excluded ?? [])}
      data-pieces={props.landChange?.collection.features.length ?? 0}
    />
  );
}
