// Bokmål strings for issue 10's "ready to show" work: ABC fit on the map and in the list, phone layout, basemap, kept
// data.
export const showNb = {
  colourByLabel: 'Fargelegg områdene etter',
  colourByAbc: 'ABC-type',
  colourByFit: 'ABC-samsvar',
  legendFitLine: 'Linje til knutepunktet samsvaret vurderes mot',
  filterFit: 'ABC-samsvar',
  sortFit: 'ABC-samsvar',
  sortDirWorstFirst: 'dårligst først',
  sortDirBestFirst: 'best først',
  hubRegisterId: '(stoppestedsregisteret: {id})',
  mapTwoFingers: 'Bruk to fingre for å flytte kartet',
  mapCtrlWheel: 'Hold Ctrl (⌘ på Mac) nede og rull for å zoome kartet',
  storedRestored:
    'Dataene du lastet inn {when} er hentet fram igjen fra nettleseren. «Tilbake til eksempeldata» fjerner dem.',
  storedRestoredNoDate:
    'Dataene du lastet inn sist er hentet fram igjen fra nettleseren. «Tilbake til eksempeldata» fjerner dem.',
  storedDamaged:
    'De lagrede egne dataene kunne ikke leses, så eksempeldataene vises. En kopi er tatt vare på i nettleseren ({key}); last inn filene på nytt.',
  storedDamagedNoCopy: 'De lagrede egne dataene kunne ikke leses, så eksempeldataene vises. Last inn filene på nytt.',
  storedNotKept: 'Dataene vises, men nettleseren kunne ikke lagre dem: etter en omlasting vises eksempeldataene igjen.',
  scenCopyDescription: 'Egen kopi av «{name}», som kan endres. Originalen beskrives slik: «{description}»',
  basemapAuto: 'Automatisk (Kartverket topo)',
  contactLine: 'Kontakt: {organisation} – {ways}',
  contactPlaceholder: 'Kontakt: {organisation} (plassholder – ingen offentlig kontaktadresse er hentet inn ennå)',
  loadRoleVacantDaa: 'Ledig areal (daa)',
  invFiltersLabel: 'Filtrer og sorter de ledige arealene',
  invFilterMinDaa: 'Minst (daa)',
  invFilterType: 'Type virksomhet',
  invFilterReadyBy: 'Byggeklart innen',
  invReadyNow: 'nå ({year})',
  invReadyRule:
    'Byggeklart innen: byggeklare områder nå, områder som må reguleres om 4 år og som må omreguleres om 6 år – scenarioenes standardforutsetning, ikke et løfte.',
  mapColumnLabel: 'Kart og tegnforklaring',
  invMapColumnLabel: 'Kart og tegnforklaring for de ledige områdene',
  dataNotesLabel: 'Om dataene som vises',
  fitLinkLabel: '{distance} til {hub}',
} as const;
