// English texts of the load dialog, the scenario page and the density warning that follow the active kommune profile.
import type { profilePagesNb } from './profilePages.nb';

export const profilePagesEn: Record<keyof typeof profilePagesNb, string> = {
  profLoadModeKommune: 'Kommune boundaries by the profile for {kommune}: {rule}; other kommuner are skipped.',
  profLoadRulePart: '{numbers} becomes {region}',
  profLoadGuessRegionNames: 'the features are named {names}',
  profLoadCrsWhyUtm:
    'The coordinates are metres with northings that fit UTM in Norway; the zone that puts the data nearest {kommune} was chosen.',
  profLoadPreviewMap: 'Map of what will be loaded (orange) against the regions {regions} (grey)',
  profLoadPreviewMapNoRegions: 'Map of what will be loaded (orange)',
  profLoadAllOutside:
    'None of the {count} features lies in {regions}. Check the coordinate system below – a wrong one can put them in the fjord or far away.',
  profRoadPanelFar:
    'No part of the road layer lies in {kommune}. Is it the right file and the right coordinate system?',
  profDensityWarning:
    'Warning: when built out, the assumptions give {m2} m² of land per job, {factor} times denser than today’s {today} m² ({cite}). Check the %BRA and m² per job before using the figures.',
  profDensityCiteAsker: 'Temaplan næring §5.9.2',
  profScenIntro:
    'Choose two or three scenarios and see what they mean for jobs, for the regions of {kommune}, and for the kommune’s targets. Copy a ready-made scenario to change its assumptions or single sites; changes are computed at once and can be undone.',
  profScenResultsTitle: 'Results against the kommune’s targets',
  profScenPlanSource:
    'Targets for {kommune}: {jobs20} new jobs in 20 years and {perYear} a year (both of the plan’s figures are shown), scaled to each scenario’s horizon. Source: {source}.',
  profScenPlanSourceNone:
    'The kommune profile for {kommune} has no plan targets for new jobs ({reason}), so the scenarios are compared without a target.',
  profScenChartTitle: 'Chart: new jobs within the horizon per scenario against the kommune’s targets',
  profScenChartLegendTarget: 'Shaded box: the kommune’s target, scaled to the horizon',
  profScenRowTarget: 'Target: {range} in 20 years, scaled',
  profScenRowTargetYearly: 'Target: {range} a year × years',
  profScenRowSupplyYears: 'Years of land supply (new ÷ {range} a year)',
  profScenRowSupplyYearsNone: 'Years of land supply (new ÷ the plan’s growth a year, missing)',
  profScenRowLandPerNewJob: 'Land per new job, m² (today: {today} m²)',
  profScenRowLandPerNewJobNone: 'Land per new job, m² (today: missing in the profile)',
};
