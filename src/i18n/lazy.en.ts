// English strings shown while a lazily loaded page arrives (keys start with `lazy`).
import type { lazyNb } from './lazy.nb';

export const lazyEn: Record<keyof typeof lazyNb, string> = {
  lazyLoadingPage: 'Loading the page …',
};
