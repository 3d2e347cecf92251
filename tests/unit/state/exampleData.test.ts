// The load store does not import the bundled data (src/app): the start-up wiring hands it a loader, which
// "Tilbake til eksempeldata" calls with the assumptions in use.
import { describe, expect, it } from 'vitest';
import { handMadeDataset } from '../../component/fixtures';
import { actions } from '../../../src/state/actions';
import { loadActions, provideExampleData, useLoadStore } from '../../../src/state/loadStore';
import { useAppStore } from '../../../src/state/store';
import type { Assumptions } from '../../../src/domain/types';

describe('the example data in the load store', () => {
  it('is refused with a clear error while no loader was provided', () => {
    expect(() => loadActions.restoreExample()).toThrow('no example data was provided');
  });

  it('comes from the provided loader, under the assumptions of the data shown', () => {
    const own = { ...handMadeDataset(), origin: 'user' as const, userFiles: { sites: 'mine.geojson' } };
    const assumptions: Assumptions = { ...own.assumptions, nearHubM: own.assumptions.nearHubM + 100 };
    actions.datasetLoaded({ ...own, assumptions });
    const example = { ...handMadeDataset(), origin: 'bundled' as const };
    const asked: (Assumptions | undefined)[] = [];
    provideExampleData((a) => {
      asked.push(a);
      return example;
    });
    loadActions.restoreExample();
    expect(asked).toEqual([assumptions]);
    expect(useAppStore.getState().dataset).toBe(example);
    expect(useLoadStore.getState().announcement?.type).toBe('restored');
  });
});
