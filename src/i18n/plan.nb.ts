// Bokmål messages for SOSI and GML plan files (issue 14), by loader problem code; merged into the load dialog's problem
// texts.

export const planProblemsNb: Readonly<Record<string, string>> = {
  'sosi-no-header': '{file} mangler .HODE, så koordinatsystemet er ukjent. Eksporter filen på nytt med filhode.',
  'sosi-no-koordsys': '{file} mangler ...KOORDSYS i filhodet, så koordinatsystemet er ukjent. Eksporter filen på nytt.',
  'sosi-koordsys-unsupported':
    '{file} bruker et KOORDSYS som appen ikke leser (den leser 22, 23, 25 og 84). Transformer filen til EUREF89 UTM 32 (KOORDSYS 22).',
  'sosi-origo-invalid': '{file} har en ...ORIGO-NØ som ikke er to tall. Rett filhodet, eller eksporter filen på nytt.',
  'sosi-no-enhet': '{file} mangler ...ENHET i filhodet, så koordinatene kan ikke skaleres. Eksporter filen på nytt.',
  'sosi-enhet-invalid':
    '{file} har en ...ENHET som ikke er et positivt tall. Rett filhodet, eller eksporter filen på nytt.',
  'sosi-charset-unsupported':
    '{file} oppgir et ..TEGNSETT appen ikke kjenner. Eksporter filen med ISO8859-10 eller UTF-8.',
  'sosi-charset-mismatch':
    '{file} er lagret med et annet tegnsett enn filhodet sier; den er lest slik bytene faktisk er. Sjekk at æ, ø og å ser riktige ut.',
  'sosi-charset-missing': '{file} oppgir ikke ..TEGNSETT; tegnsettet er gjettet. Sjekk at æ, ø og å ser riktige ut.',
  'sosi-no-slutt': '{file} slutter uten .SLUTT og kan være avkuttet. Sjekk at eksporten ble fullført.',
  'sosi-nothing-wanted':
    '{file} har ingen objekter av riktig slag (flater for områder, punkter for knutepunkter). Velg plankartets arealfil, eller en annen type data.',
  'sosi-ref-missing':
    '{feature} viser til en kurve (..REF) som ikke finnes i filen. Eksporter planen på nytt med alle grenser.',
  'sosi-ref-invalid':
    '{feature} har en ..REF-liste som ikke kan leses. Rett referansene, eller eksporter planen på nytt.',
  'sosi-no-ref': '{feature} har ingen yttergrense (..REF). Eksporter planen på nytt med grensene.',
  'sosi-curve-invalid': '{feature} viser til en kurve som ikke kan brukes. Se den tekniske meldingen.',
  'sosi-ring-gap':
    '{feature} har grensekurver som ikke henger sammen. Se den tekniske meldingen for hvilke, og rett retningen (:-N) eller eksporter på nytt.',
  'sosi-ring-open': '{feature} har en grense som ikke lukker seg; en kurve mangler i ..REF-listen.',
  'sosi-object-unknown': '{feature} er ikke en kjent SOSI-objekttype. Fjern objektet, eller rett stavemåten.',
  'sosi-coordinates': '{feature} har koordinater som ikke kan leses. Rett dem, eller fjern objektet.',
  'gml-invalid': '{file} er ikke gyldig XML. Sjekk at det er en hel GML-fil (ikke avkuttet), og last den inn på nytt.',
  'gml-not-collection': '{file} er XML, men ikke en GML- eller WFS-FeatureCollection. Eksporter planen som SOSI-GML.',
  'gml-nothing-wanted': '{file} har ingen objekter med riktig geometri (flate for områder, punkt for knutepunkter).',
  'gml-srs-mixed': '{file} blander flere koordinatsystemer. Eksporter filen på nytt i ett koordinatsystem.',
  'gml-encoding-unsupported': '{file} oppgir en tegnkoding appen ikke kjenner. Lagre den som UTF-8.',
  'gml-coordinates': '{feature} har koordinater som ikke kan leses. Rett dem, eller fjern objektet.',
  'gml-geometry-unsupported': '{feature} har en geometri appen ikke leser. Se den tekniske meldingen.',
  'gml-arc': '{feature} har en bue som ikke kan tegnes. Se den tekniske meldingen.',
};
