// Bokmål strings for the one-pager's location map, the map image's legend and the road layer (issue 10, the rest).
export const presentNb = {
  locTitle: 'Kart over {name} med omgivelser',
  locDesc:
    'Beliggenhetskart med nord opp: området, regionen det ligger i, kollektivknutepunktene med navn og en målestokk på {length}. Nærmeste knutepunkt: {hub}.',
  locDescNoHub: 'Beliggenhetskart med nord opp: området, regionen det ligger i og en målestokk på {length}.',
  locLegendSite: 'Området',
  locLegendOther: 'Andre næringsområder',
  locLegendRegion: 'Regionen {name}',
  locLegendRoads: 'Hovedvei (lastet inn)',
  locSource: 'Tegnet fra datagrunnlaget, uten bakgrunnskart.',
  locOutlineCaption: 'Omrisset i større målestokk',
  pngLegendTitle: 'Tegnforklaring',
  pngScaleNote: 'Målestokk gjelder midt i kartet.',
};
