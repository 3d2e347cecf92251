// Bokmål strings for geometry validity and repair (issue 15); merged into nb and the load problem texts with one spread
// each.

export const validityNb = {
  repairOffer:
    'Noen flater er ikke gyldige (f.eks. en ring som krysser seg selv, et hull utenfor flaten eller deler som overlapper), så arealet deres kan ikke måles slik de er tegnet.',
  repairOn: 'Reparer geometri',
  repairOff: 'Ikke reparer',
  repairExplain:
    'Reparasjonen bygger flatene på nytt slik ST_MakeValid i PostGIS gjør (metoden «structure»), og hver reparert flate står under «Merknader» med arealet før og etter.',
  repairActive: 'Ugyldige flater er reparert; se arealet før og etter under «Merknader».',
};

/** Load problem texts by code (see loadProblemsNb). */
export const validityProblemsNb: Readonly<Record<string, string>> = {
  'regions-overlap':
    'Regionene «{a}» og «{b}» i {file} overlapper hverandre med {overlapDaa} daa. Et område der telles bare i regionen det overlapper mest, så regionenes tall kan ikke leses side om side. Rett regionene så hvert sted ligger i én region.',
  'region-empty':
    'Ingen områder ligger i regionen «{region}» i {file}, så den får ingen tall. Sjekk at regionene og områdene gjelder samme sted og koordinatsystem.',
  'ring-self-intersects':
    '{feature} har en ring som krysser eller berører seg selv, så arealet kan ikke måles slik det er tegnet. Trykk «Reparer geometri», reparer den selv (f.eks. med «Fix geometries» i QGIS eller ST_MakeValid i PostGIS), eller fjern objektet.',
  'ring-no-area':
    '{feature} har en ring der alle punktene ligger på én linje, så den har ikke noe areal. Rett geometrien, eller fjern objektet.',
  'rings-cross':
    '{feature} har ringer som krysser hverandre eller deler en kant. Trykk «Reparer geometri», reparer den selv (f.eks. «Fix geometries» i QGIS eller ST_MakeValid), eller fjern objektet.',
  'hole-outside-shell':
    '{feature} har et hull som ikke ligger inne i flaten (arealet ville blitt feil, kanskje negativt). Trykk «Reparer geometri», reparer den selv (f.eks. «Fix geometries» i QGIS eller ST_MakeValid), eller fjern objektet.',
  'holes-nested':
    '{feature} har et hull som ligger inne i et annet hull. Trykk «Reparer geometri», reparer den selv, eller fjern objektet.',
  'interior-disconnected':
    '{feature} har ringer som berører hverandre slik at flaten deles i to. Trykk «Reparer geometri», reparer den selv (f.eks. «Fix geometries» i QGIS eller ST_MakeValid), eller fjern objektet.',
  'parts-overlap':
    '{feature} består av deler som overlapper, så arealet ville blitt talt to ganger. Trykk «Reparer geometri», slå sammen delene selv (f.eks. «Fix geometries» eller «Dissolve» i QGIS), eller fjern objektet.',
  'repair-empty':
    '{feature} er ikke en gyldig flate, og etter reparasjon er det ikke noe areal igjen. Rett geometrien, eller fjern objektet.',
  'id-unusable':
    '{feature} har en id som ikke er tekst eller et tall (men f.eks. et objekt, en liste eller true/false); appen har laget en. Gi hvert objekt en id som tekst.',
  'id-imprecise':
    '{feature} har en id som er et for stort tall til å leses nøyaktig; den kan avvike fra filen. Skriv id-en som tekst i anførselstegn.',
  'area-implausible':
    '{feature} dekker et område som er langt større enn noe næringsareal. Sjekk at det er ett område, og at koordinatsystemet er riktig.',
  'geometry-repaired':
    '{feature} var ikke en gyldig flate og er reparert slik ST_MakeValid gjør. Arealet før og etter står i den tekniske meldingen; sjekk formen på kartet.',
};

export const validitySkipReasonsNb: Readonly<Record<string, string>> = {
  'ring-self-intersects': 'ring som krysser eller berører seg selv',
  'ring-no-area': 'ring uten areal',
  'rings-cross': 'ringer som krysser hverandre',
  'hole-outside-shell': 'hull utenfor flaten',
  'holes-nested': 'hull inne i et annet hull',
  'interior-disconnected': 'ringer som deler flaten i to',
  'parts-overlap': 'deler som overlapper',
  'repair-empty': 'ikke noe areal igjen etter reparasjon',
};
