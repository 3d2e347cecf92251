// Bokmål strings shown while a lazily loaded page, or the explorer's panels after its map, arrive (keys start with
// `lazy`).

export const lazyNb = {
  lazyLoadingPage: 'Laster siden …',
  lazyPanels: 'Beregner …',
};
