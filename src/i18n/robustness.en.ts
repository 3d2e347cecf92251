// English strings for issue 15 (map load failures, share links, the scenario store); merged into en with one spread.
import type { robustnessNb } from './robustness.nb';

export const robustnessEn: Record<keyof typeof robustnessNb, string> = {
  scenShareRefused: 'The link would be {length} characters long, over the {max} that servers and mail programs accept, so it was not made. Share the scenario as a file instead.',
  scenShareAsFile: 'Save the scenario as a file',
  mapFailed: 'The map could not start: a part of it could not be fetched from the server (is the connection gone?). Reload the page when you are back online; the list of sites works meanwhile.',
};
