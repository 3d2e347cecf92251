// Shared set-up for the load-dialog component tests: the app on the bundled data (map stubbed), fixture files, and the
// file input.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { App } from '../../../src/App';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { actions } from '../../../src/state/actions';
import { loadActions, provideExampleData, useLoadStore } from '../../../src/state/loadStore';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** A browser File with the fixture's bytes (the dialog decodes it as the browser would). */
export function fixtureFile(relative: string, name = relative.split('/').pop() as string): File {
  return new File([readFileSync(join(FIXTURES, relative))], name);
}

export function gtfsFiles(relativeDir: string): File[] {
  return readdirSync(join(FIXTURES, relativeDir)).map((f) => fixtureFile(`${relativeDir}/${f}`));
}

export function textFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/geo+json' });
}

/** Renders the app on the bundled example data (34 illustrative sites). */
export function renderApp() {
  actions.reset();
  loadActions.reset();
  provideExampleData(loadBundledDataset);
  act(() => actions.datasetLoaded(loadBundledDataset()));
  return render(<App />);
}

export function dialog(): HTMLElement {
  return screen.getByRole('dialog', { name: 'Last inn egne data' });
}

/** Opens the dialog with its button and chooses files in the file input; resolves when the preview (or error) is shown.
 * */
export async function chooseFiles(files: File[]): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: 'Last inn data' }));
  const d = dialog();
  fireEvent.change(within(d).getByTestId('file-input'), { target: { files } });
  await vi.waitFor(() => {
    const { phase } = useLoadStore.getState();
    if (phase !== 'ready') throw new Error(`still ${phase}`);
  });
  return d;
}

/** Waits until the dialog's store is idle again after a change (remap, CRS, kind). */
export async function settled(): Promise<void> {
  await vi.waitFor(() => {
    const { phase } = useLoadStore.getState();
    if (phase !== 'ready' && phase !== 'idle') throw new Error(`still ${phase}`);
  });
}

export const plain = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
