// The map's vocabulary: what the map can show and where it looks. The store keeps values of these types; the map
// wrapper takes them as props, so src/map needs nothing from src/state.

/** What the site fills are coloured by: the planned ABC type, or how well that type fits the location. */
export type ColourBy = 'abc' | 'fit';

/**
 * Where the map looks. `origin` says who set it: the map reporting its own move ('map'), or the app asking the map to
 * move there ('app': a shared link, back/forward). The map only follows 'app' views, so its own moves never loop back.
 */
export interface MapViewState {
  lng: number;
  lat: number;
  zoom: number;
  origin: 'map' | 'app';
}

/**
 * The background map. 'auto' (the default) is Kartverket's topographic map when it answers and the plain offline map
 * when it does not; the others are the user's explicit choice.
 */
export type Basemap = 'auto' | 'none' | 'topo' | 'grey';
