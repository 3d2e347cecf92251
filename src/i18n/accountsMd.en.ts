// English words of the land-accounts CLI's Markdown (`--lang en`); typed against the bokmål table.
import type { accountsMdNb } from './accountsMd.nb';

export const accountsMdEn: Record<keyof typeof accountsMdNb, string> = {
  amdTitle: '# Business land accounts',
  amdInputs: 'Before: {before} · After: {after} · Regions: {regions}{farmland}',
  amdInputsFarmland: ' · Farmland: {file}',
  amdIntro:
    "Areas in dekar (daa; 1 daa = 1,000 m²), planar in EUREF89 UTM 32N (EPSG:25832), after each plan version's business land has been merged (overlaps count once). Land outside every region counts only in the total.",
  amdFlowHeading: '## Added and removed',
  amdColRegion: 'Region',
  amdColBefore: 'Before',
  amdColAfter: 'After',
  amdColAdded: 'Added',
  amdColRemoved: 'Removed',
  amdColNet: 'Net',
  amdColToHousing: 'To housing',
  amdColRealised: 'Realised',
  amdColFarmland: 'Farmland in added',
  amdTotal: 'Total',
  amdFlowNote:
    'Added: business land in the new version that was not business land before. Removed: business land that no longer is. Realised: future before, existing after.',
  amdBecameHeading: '## What the removed land became',
  amdCatHousing: 'Housing (1110)',
  amdCatBuiltOther: 'Other buildings and installations (1xxx)',
  amdCatTransport: 'Transport and technical infrastructure (2xxx)',
  amdCatGreen: 'Green structure (3xxx)',
  amdCatDefence: 'Defence (4xxx)',
  amdCatLnfr: 'Agriculture, nature and outdoor recreation (LNFR, 5xxx)',
  amdCatSea: 'Use and protection of sea and waterways (6xxx)',
  amdCatNotInPlan: 'Not in the plan',
  amdBecameNote:
    'Where the new version has several land uses over the same land, the land goes to the first in the order above (housing first).',
  amdFarmHeading: '## Farmland',
  amdFarmText:
    "The added land takes {daa} daa of farmland (AR5 21, 22 and 23). The plan's indicator is at most {max} daa converted a year (§6): that is {years} years' allowance.",
  amdFarmMissing:
    "No farmland layer was given (--farmland), so converted farmland is not computed. The plan's indicator is at most {max} daa a year (§6).",
  amdCapHeading: '## Change in room for new jobs (total)',
  amdCapColAbc: 'ABC type',
  amdCapColAddedDaa: 'Added (daa)',
  amdCapColRemovedDaa: 'Removed (daa)',
  amdCapColAddedJobs: 'Jobs on added land (mid)',
  amdCapColRemovedJobs: 'Jobs on removed land (mid)',
  amdCapColNet: 'Net low / mid / high',
  amdAbcUnknown: 'unknown',
  amdCapNote:
    'New jobs the land has room for (build-out capacity on the net land less the jobs there today), under the default assumptions (geodata/assumptions.json): added land counts its whole capacity, removed existing business land only what was left beyond the jobs there today ({m2} m² per job), removed future land its whole capacity. Not a forecast. Land of unknown ABC type gives no jobs.',
  amdWarningsHeading: '## Warnings',
};
