// Bokmål words for the load dialog's background jobs failing (src/state/loadStore.ts, loadRunner.ts): by code.

export const loadJobProblemsNb: Readonly<Record<string, string>> = {
  'preview-failed':
    'Noe uventet gikk galt da {file} ble lest. Prøv igjen, og send den tekniske meldingen til den som drifter appen hvis det gjentar seg.',
  'apply-failed':
    'Noe uventet gikk galt da dataene fra {file} skulle tas i bruk. Dataene du har nå, er ikke endret. Prøv igjen, og send den tekniske meldingen til den som drifter appen hvis det gjentar seg.',
  'preview-lost': 'Forhåndsvisningen av {file} er ikke lenger tilgjengelig. Velg filen på nytt.',
};
