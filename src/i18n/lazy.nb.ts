// Bokmål strings shown while a lazily loaded page arrives (keys start with `lazy`).

export const lazyNb = {
  lazyLoadingPage: 'Laster siden …',
};
