// English strings for issue 10's "ready to show" work; typed against the bokmål table.
import type { showNb } from './show.nb';

export const showEn: Record<keyof typeof showNb, string> = {
  colourByLabel: 'Colour the sites by',
  colourByAbc: 'ABC type',
  colourByFit: 'ABC fit',
  legendFitOk: 'Fits (ok)',
  legendFitPartial: 'Partial fit',
  legendFitMismatch: 'Does not fit',
  legendFitUnknown: 'Unknown (no ABC type)',
  legendFitLine: 'Line to the hub the fit is judged against',
  legendFitNote: 'The colours stay apart for colour-vision deficiency; the word is also in the list and on the card.',
  filterFit: 'ABC fit',
  sortFit: 'ABC fit',
  sortDirWorstFirst: 'worst first',
  sortDirBestFirst: 'best first',
  hubRegisterId: '(stop register: {id})',
  mapTwoFingers: 'Use two fingers to move the map',
  mapCtrlWheel: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map',
  fitLinkLabel: '{distance} to {hub}',
};
