// Bokmål words of the ABC-fit reason (keys start with `fit`); the verdict words themselves are fitOk … fitUnknown in
// nb.ts.

export const fitNb = {
  fitSubjectPlanned: '{abc}-område',
  fitSubjectNone: 'Område uten ABC-type',
  fitRail: '{distance} fra nærmeste togstasjon ({name})',
  fitNoRail: 'ingen togstasjon i datagrunnlaget',
  fitCloserHub: '{distance} fra nærmeste knutepunkt ({name}, {type})',
  fitHubTypeUnknown: 'knutepunkt',
  fitAccessA: 'beliggenheten tilsvarer A-område',
  fitAccessB: 'beliggenheten tilsvarer B-område',
  fitAccessC: 'beliggenheten tilsvarer C-område',
  fitWhyAB: 'persontett virksomhet bør ligge nærmere en togstasjon',
  fitWhyAC: 'persontett virksomhet bør ligge ved et kollektivknutepunkt',
  fitWhyBC: 'svak kollektivdekning for B-virksomhet',
  fitWhyCA: 'arealkrevende virksomhet legger beslag på attraktiv knutepunktsgrunn',
  fitWhyCB: 'arealkrevende virksomhet nær et kollektivknutepunkt',
  fitWhyNone: 'uten planlagt type',
  /** The whole reason: subject and place, the access class, then the verdict (with why, when it is not a plain fit). */
  fitReason: '{subject}{gap}{where}: {access} – {verdict}{why}.',
} as const;
