// English strings for issue 10's "ready to show" work; typed against the bokmål table.
import type { showNb } from './show.nb';

export const showEn: Record<keyof typeof showNb, string> = {
  colourByLabel: 'Colour the sites by',
  colourByAbc: 'ABC type',
  colourByFit: 'ABC fit',
  legendFitLine: 'Line to the hub the fit is judged against',
  filterFit: 'ABC fit',
  sortFit: 'ABC fit',
  sortDirWorstFirst: 'worst first',
  sortDirBestFirst: 'best first',
  hubRegisterId: '(stop register: {id})',
  mapTwoFingers: 'Use two fingers to move the map',
  mapCtrlWheel: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map',
  storedRestored:
    'The data you loaded {when} has been brought back from the browser. "Back to example data" removes it.',
  storedRestoredNoDate:
    'The data you loaded last time has been brought back from the browser. "Back to example data" removes it.',
  storedDamaged:
    'The kept data of your own could not be read, so the example data is shown. A copy is kept in the browser ({key}); load the files again.',
  storedDamagedNoCopy:
    'The kept data of your own could not be read, so the example data is shown. Load the files again.',
  storedNotKept:
    'The data is shown, but the browser could not keep it: after a reload the example data is shown again.',
  scenCopyDescription: 'Own editable copy of "{name}". The original is described as: "{description}"',
  basemapAuto: 'Automatic (Kartverket topo)',
  contactLine: 'Contact: {organisation} – {ways}',
  contactPlaceholder: 'Contact: {organisation} (placeholder – no public contact address has been sourced yet)',
  loadRoleVacantDaa: 'Vacant land (daa)',
  invFiltersLabel: 'Filter and sort the available land',
  invFilterMinDaa: 'At least (daa)',
  invFilterType: 'Type of business',
  invFilterReadyBy: 'Ready to build by',
  invReadyNow: 'now ({year})',
  invReadyRule:
    "Ready by: zoned sites now, sites to be zoned in 4 years and to be re-zoned in 6 years – the scenarios' default assumption, not a promise.",
  mapColumnLabel: 'Map and legend',
  invMapColumnLabel: 'Map and legend of the available land',
  dataNotesLabel: 'About the data shown',
  fitLinkLabel: '{distance} to {hub}',
};
