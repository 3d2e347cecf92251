// English strings shown while a lazily loaded page, or the explorer's panels after its map, arrive (keys start with
// `lazy`).
import type { lazyNb } from './lazy.nb';

export const lazyEn: Record<keyof typeof lazyNb, string> = {
  lazyLoadingPage: 'Loading the page …',
  lazyPanels: 'Calculating …',
};
