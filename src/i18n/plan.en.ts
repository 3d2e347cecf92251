// English messages for SOSI and GML plan files (issue 14), by loader problem code; merged into the load dialog's
// problem texts.

export const planProblemsEn: Readonly<Record<string, string>> = {
  'sosi-no-header': '{file} has no .HODE, so its coordinate system is unknown. Export the file again with its header.',
  'sosi-no-koordsys':
    '{file} has no ...KOORDSYS in its header, so its coordinate system is unknown. Export the file again.',
  'sosi-koordsys-unsupported':
    '{file} uses a KOORDSYS the app does not read (it reads 22, 23, 25 and 84). Reproject the file to EUREF89 UTM 32 (KOORDSYS 22).',
  'sosi-origo-invalid': '{file} has an ...ORIGO-NØ that is not two numbers. Fix the header or export the file again.',
  'sosi-no-enhet': '{file} has no ...ENHET in its header, so the coordinates cannot be scaled. Export the file again.',
  'sosi-enhet-invalid':
    '{file} has an ...ENHET that is not a positive number. Fix the header or export the file again.',
  'sosi-charset-unsupported':
    '{file} declares a ..TEGNSETT the app does not know. Export the file with ISO8859-10 or UTF-8.',
  'sosi-charset-mismatch':
    '{file} is saved in another character set than its header says; it was read as its bytes really are. Check that æ, ø and å look right.',
  'sosi-charset-missing':
    '{file} declares no ..TEGNSETT; the character set was guessed. Check that æ, ø and å look right.',
  'sosi-no-slutt': '{file} ends without .SLUTT and may be cut off. Check that the export finished.',
  'sosi-nothing-wanted':
    "{file} has no objects of the right kind (areas for sites and regions, points for hubs). Choose the plan's area file, or another kind of data.",
  'sosi-ref-missing':
    '{feature} refers to a curve (..REF) that is not in the file. Export the plan again with all its boundaries.',
  'sosi-ref-invalid': '{feature} has a ..REF list that cannot be read. Fix the references or export the plan again.',
  'sosi-no-ref': '{feature} has no outer boundary (..REF). Export the plan again with its boundaries.',
  'sosi-curve-invalid': '{feature} refers to a curve that cannot be used. See the technical message.',
  'sosi-ring-gap':
    '{feature} has boundary curves that do not join. The technical message says which; fix the direction (:-N) or export again.',
  'sosi-ring-open': '{feature} has a boundary that does not close; a curve is missing from its ..REF list.',
  'sosi-object-unknown': '{feature} is not a known SOSI object type. Remove it or fix the spelling.',
  'sosi-coordinates': '{feature} has coordinates that cannot be read. Fix them or remove the object.',
  'gml-invalid': '{file} is not valid XML. Check that it is a complete GML file (not cut off) and load it again.',
  'gml-not-collection': '{file} is XML but not a GML or WFS FeatureCollection. Export the plan as SOSI-GML.',
  'gml-nothing-wanted':
    '{file} has no features with the right geometry (an area for sites and regions, a point for hubs).',
  'gml-srs-mixed': '{file} mixes coordinate systems. Export it again in one coordinate system.',
  'gml-encoding-unsupported': '{file} declares an encoding the app does not know. Save it as UTF-8.',
  'gml-coordinates': '{feature} has coordinates that cannot be read. Fix them or remove the feature.',
  'gml-geometry-unsupported': '{feature} has a geometry the app does not read. See the technical message.',
  'gml-arc': '{feature} has an arc that cannot be drawn. See the technical message.',
};
