// Bokmål strings for issue 15 (map load failures, share links, the scenario store); merged into nb with one spread.

export const robustnessNb = {
  scenShareRefused:
    'Lenken ville blitt {length} tegn lang, over grensen på {max} som servere og e-postprogrammer tåler, så den er ikke laget. Del scenarioet som fil i stedet.',
  scenShareAsFile: 'Lagre scenarioet som fil',
  scenNoticeBackupFailed:
    'De lagrede scenarioene er skadet, og nettleseren kunne ikke ta en sikkerhetskopi (lagringen er trolig full). Den skadde teksten er latt urørt, og ingenting lagres over den i denne økten: last den ned nå, og frigjør plass i nettleseren.',
  scenNoticeDownload: 'Last ned den skadde teksten',
  mapFailed:
    'Kartet kunne ikke startes: en del av kartet kunne ikke hentes fra serveren (er forbindelsen borte?). Last inn siden på nytt når du er på nett igjen; listen over områder virker imens.',
};
