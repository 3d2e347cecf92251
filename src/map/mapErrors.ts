// Why the map could not start, from maplibre's error text: no WebGL, or a part of the map (its worker script) that
// could not be fetched — e.g. the server went away after the page loaded. Each gets its own message.

export type MapErrorKind = 'webgl' | 'failed';

/** "webgl" only when the error is about WebGL or its context; anything else is a failure to load, said as such. */
export function mapErrorKind(message: string | undefined): MapErrorKind {
  return message !== undefined && /webgl|context|gpu/i.test(message) ? 'webgl' : 'failed';
}
