// The scenario comparison page (`?view=compare`): choose, compare, chart, edit, and the map of the active scenario.
import { useEffect, useMemo } from 'react';
import type { Scenario } from '../../domain/scenario';
import { distinctSources, inLang, profileJobTargets, type KommuneProfile } from '../../domain/kommuneProfile';
import { translator, type Translate } from '../../i18n';
import { useProfile } from '../../state/profileStore';
import { useAppStore } from '../../state/store';
import { copyScenario } from '../../state/scenarioEdit';
import { activeSiteDiffs, compareWorkspace, mapSiteMarks } from '../../state/scenarioSelectors';
import { scenarioActions, selectWorkspace, useScenarioStore } from '../../state/scenarioStore';
import { takenIds } from '../../state/scenarioWorkspace';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';
import { ScenarioCards } from './ScenarioCards';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioFiles } from './ScenarioFiles';
import { ScenarioMap } from './ScenarioMap';
import { ScenarioNotices } from './ScenarioNotices';
import { ScenarioPicker } from './ScenarioPicker';
import { SiteDiffList } from './SiteDiffList';
import { UndoRedo, useHistoryKeys } from './UndoRedo';
import { formatRange, scenarioDescription, scenarioName } from './scenarioText';
import './scenarios.css';

/** Where the compared targets come from: the profile's job figures with their sources, or why it has none. */
function planSourceText(profile: KommuneProfile, t: Translate, lang: Parameters<typeof formatRange>[1]): string {
  const { newJobs20Years: jobs20, newJobsPerYear: perYear, landPerJobM2 } = profile.planTargets;
  if (profileJobTargets(profile.planTargets) === null || !jobs20.known || !perYear.known) {
    const gap = [jobs20, perYear, landPerJobM2].find((f) => !f.known);
    return t('profScenPlanSourceNone', {
      kommune: profile.name,
      reason: gap && !gap.known ? inLang(gap.reason, lang) : t('profMissing'),
    });
  }
  const sources = distinctSources([inLang(jobs20.source, lang), inLang(perYear.source, lang)]).join('; ');
  return t('profScenPlanSource', {
    kommune: profile.name,
    jobs20: formatRange(jobs20.value, lang),
    perYear: formatRange(perYear.value, lang),
    source: sources,
  });
}

export function ScenarioPage() {
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const workspace = useScenarioStore(selectWorkspace);
  const siteEditorPending = useScenarioStore((s) => s.siteEditorPending);
  const t = translator(lang);
  const profile = useProfile();
  useHistoryKeys();

  const compared = useMemo(() => (dataset ? compareWorkspace(dataset, workspace) : null), [dataset, workspace]);
  const marks = useMemo(() => (compared ? mapSiteMarks(compared) : null), [compared]);

  // Asked for before this page mounted (the explorer's site card) or by a click here: runs once the editor is drawn.
  useEffect(() => {
    if (!siteEditorPending) return;
    const target = document.getElementById('scen-site-title') ?? document.getElementById('scen-editor-title');
    target?.focus();
    scenarioActions.siteEditorFocused();
  }, [siteEditorPending]);

  if (!dataset || !compared || !marks) return null;
  const { entries, comparison, active, activeEntry } = compared;
  const names = entries.filter((e) => e.column >= 0).map((e) => scenarioName(e.scenario, lang));
  const activeName = scenarioName(active, lang);
  const basisEntry = entries[0];
  const basisOutcome = basisEntry?.applied.ok ? basisEntry.applied.outcome : null;
  const activeOutcome = activeEntry?.applied.ok ? activeEntry.applied.outcome : null;
  const onCopy = (s: Scenario) => {
    const name = t('scenCopyName', { name: scenarioName(s, lang) });
    // The original's description stops being true once the copy is edited ("Endrer ingenting" for the basis), so the
    // copy says what it came from and keeps the original's words as a quote.
    const description = t('scenCopyDescription', {
      name: scenarioName(s, lang),
      description: scenarioDescription(s, lang),
    });
    scenarioActions.dispatch({ type: 'add', scenario: copyScenario(s, name, description, takenIds(workspace)) });
  };

  return (
    <main className="scen-layout" data-testid="scenario-compare" aria-labelledby="scen-title">
      <div className="scen-panel">
        <h2 id="scen-title">{t('scenTitle')}</h2>
        <p className="small">{t('profScenIntro', { kommune: profile.name })}</p>
        <ScenarioNotices lang={lang} />
        <ScenarioPicker lang={lang} workspace={workspace} />
        <div className="scen-toolbar">
          <UndoRedo lang={lang} />
          <ScenarioFiles lang={lang} scenario={active} name={activeName} base={dataset.assumptions} />
        </div>
        <ScenarioCards lang={lang} entries={entries} comparison={comparison} activeId={active.id} onCopy={onCopy} />
        {comparison ? (
          <section className="scen-results" aria-labelledby="scen-results-title">
            <h3 id="scen-results-title">{t('profScenResultsTitle')}</h3>
            <p className="small muted">{t('scenCapacityNote', { distance: comparison.walkingDistanceM })}</p>
            <CompareChart lang={lang} comparison={comparison} names={names} />
            <CompareTable lang={lang} comparison={comparison} names={names} />
            <p className="small muted">{planSourceText(profile, t, lang)}</p>
          </section>
        ) : null}
        <ScenarioEditor
          lang={lang}
          dataset={dataset}
          scenario={active}
          outcome={activeOutcome}
          basis={basisOutcome}
          selectedSiteId={selectedSiteId}
          onCopy={onCopy}
        />
        <SiteDiffList
          lang={lang}
          diffs={activeSiteDiffs(compared)}
          scenarioName={activeName}
          basisName={basisEntry ? scenarioName(basisEntry.scenario, lang) : ''}
          isBasis={activeEntry?.column === 0}
        />
      </div>
      <ScenarioMap lang={lang} dataset={dataset} marks={marks} scenarioName={activeName} />
    </main>
  );
}
