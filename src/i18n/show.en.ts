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
  storedRestored: 'The data you loaded {when} has been brought back from the browser. "Back to example data" removes it.',
  storedRestoredNoDate: 'The data you loaded last time has been brought back from the browser. "Back to example data" removes it.',
  storedDamaged: 'The kept data of your own could not be read, so the example data is shown. A copy is kept in the browser ({key}); load the files again.',
  storedDamagedNoCopy: 'The kept data of your own could not be read, so the example data is shown. Load the files again.',
  storedNotKept: 'The data is shown, but the browser could not keep it: after a reload the example data is shown again.',
  loadPreviewMap: 'Map of what will be loaded (orange) against the regions Asker nord and syd (grey)',
  loadAllOutside: 'None of the {count} features lies in Asker nord or Asker syd. Check the coordinate system below – a wrong one can put them in the fjord or far away.',
  fitLinkLabel: '{distance} to {hub}',
};
