// English strings for issue 15 (map load failures, share links, the scenario store); merged into en with one spread.
import type { robustnessNb } from './robustness.nb';

export const robustnessEn: Record<keyof typeof robustnessNb, string> = {
  scenShareRefused:
    'The link would be {length} characters long, over the {max} that servers and mail programs accept, so it was not made. Share the scenario as a file instead.',
  scenShareAsFile: 'Save the scenario as a file',
  scenNoticeBackupFailed:
    'The stored scenarios are damaged, and the browser could not keep a backup (its storage is probably full). The damaged text is left untouched and nothing is saved over it in this session: download it now, and free some space in the browser.',
  scenNoticeDownload: 'Download the damaged text',
  mapFailed:
    'The map could not start: a part of it could not be fetched from the server (is the connection gone?). Reload the page when you are back online; the list of sites works meanwhile.',
};
