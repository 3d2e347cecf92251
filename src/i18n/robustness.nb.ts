// Bokmål strings for issue 15 (map load failures, share links, the scenario store); merged into nb with one spread.

export const robustnessNb = {
  scenShareRefused: 'Lenken ville blitt {length} tegn lang, over grensen på {max} som servere og e-postprogrammer tåler, så den er ikke laget. Del scenarioet som fil i stedet.',
  scenShareAsFile: 'Lagre scenarioet som fil',
  mapFailed: 'Kartet kunne ikke startes: en del av kartet kunne ikke hentes fra serveren (er forbindelsen borte?). Last inn siden på nytt når du er på nett igjen; listen over områder virker imens.',
};
