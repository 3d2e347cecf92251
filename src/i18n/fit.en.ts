// English words of the ABC-fit reason; typed against the bokmål table.
import type { fitNb } from './fit.nb';

export const fitEn: Record<keyof typeof fitNb, string> = {
  fitSubjectPlanned: '{abc}-type site',
  fitSubjectNone: 'Site without an ABC type',
  fitRail: '{distance} from the nearest rail station ({name})',
  fitNoRail: 'no rail station in the data',
  fitCloserHub: '{distance} from the nearest hub ({name}, {type})',
  fitHubTypeUnknown: 'hub',
  fitAccessA: 'the location matches an A-type site',
  fitAccessB: 'the location matches a B-type site',
  fitAccessC: 'the location matches a C-type site',
  fitWhyAB: 'people-intensive use should be closer to a rail station',
  fitWhyAC: 'people-intensive use belongs at a public-transport hub',
  fitWhyBC: 'weak public transport for B-type use',
  fitWhyCA: 'area-demanding use takes up prime land at a hub',
  fitWhyCB: 'area-demanding use close to a public-transport hub',
  fitWhyNone: 'without a planned type',
  fitReason: '{subject}{gap}{where}: {access} – {verdict}{why}.',
};
