// English strings for geometry validity and repair (issue 15); merged into en and the load problem texts with one
// spread each.
import type { validityNb } from './validity.nb';

export const validityEn: Record<keyof typeof validityNb, string> = {
  repairOffer:
    'Some areas are not valid polygons (e.g. a ring that crosses itself, a hole outside its area or overlapping parts), so their area cannot be measured as drawn.',
  repairOn: 'Repair geometry',
  repairOff: 'Do not repair',
  repairExplain:
    'Repair rebuilds the polygons the way PostGIS ST_MakeValid does (the "structure" method); each repaired area is listed under "Notes" with its area before and after.',
  repairActive: 'Invalid areas were repaired; see the area before and after under "Notes".',
};

export const validityProblemsEn: Readonly<Record<string, string>> = {
  'regions-overlap':
    "The regions “{a}” and “{b}” in {file} overlap by {overlapDaa} daa. A site there counts only in the region it overlaps most, so the regions' figures cannot be read side by side. Fix the regions so that each place lies in one region.",
  'region-empty':
    'No site lies in the region “{region}” in {file}, so it gets no figures. Check that the regions and the sites cover the same place and use the same coordinate system.',
  'ring-self-intersects':
    '{feature} has a ring that crosses or touches itself, so its area cannot be measured as drawn. Press "Repair geometry", repair it yourself (e.g. "Fix geometries" in QGIS or ST_MakeValid in PostGIS), or remove the feature.',
  'ring-no-area':
    '{feature} has a ring whose points all lie on one line, so it has no area. Fix the geometry or remove the feature.',
  'rings-cross':
    '{feature} has rings that cross each other or share an edge. Press "Repair geometry", repair it yourself (e.g. "Fix geometries" in QGIS or ST_MakeValid), or remove the feature.',
  'hole-outside-shell':
    '{feature} has a hole that does not lie inside its area (the area would be wrong, perhaps negative). Press "Repair geometry", repair it yourself (e.g. "Fix geometries" in QGIS or ST_MakeValid), or remove the feature.',
  'holes-nested':
    '{feature} has a hole inside another hole. Press "Repair geometry", repair it yourself, or remove the feature.',
  'interior-disconnected':
    '{feature} has rings that touch so that they cut its area in two. Press "Repair geometry", repair it yourself (e.g. "Fix geometries" in QGIS or ST_MakeValid), or remove the feature.',
  'parts-overlap':
    '{feature} is made of overlapping parts, so its area would count twice. Press "Repair geometry", merge the parts yourself (e.g. "Fix geometries" or "Dissolve" in QGIS), or remove the feature.',
  'repair-empty':
    '{feature} is not a valid polygon, and after repair no area is left. Fix the geometry or remove the feature.',
  'id-unusable':
    '{feature} has an id that is not text or a number (an object, a list or true/false, say); the app made one. Give every feature its id as text.',
  'id-imprecise':
    '{feature} has an id that is a number too large to be read exactly; it may differ from the file. Write the id as text in quotes.',
  'area-implausible':
    '{feature} covers far more than any business site. Check that it is one site, and that the coordinate system is right.',
  'geometry-repaired':
    '{feature} was not a valid polygon and was repaired the way ST_MakeValid does. The area before and after is in the technical message; check its shape on the map.',
};

export const validitySkipReasonsEn: Readonly<Record<string, string>> = {
  'ring-self-intersects': 'ring that crosses or touches itself',
  'ring-no-area': 'ring with no area',
  'rings-cross': 'rings that cross each other',
  'hole-outside-shell': 'hole outside its area',
  'holes-nested': 'hole inside another hole',
  'interior-disconnected': 'rings that cut the area in two',
  'parts-overlap': 'overlapping parts',
  'repair-empty': 'no area left after repair',
};
