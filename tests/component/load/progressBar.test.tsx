// @vitest-environment jsdom
// The load dialog's progress bar follows the job: indeterminate until the reader reports, then the share of the SOSI
// file read, step by step; gone once the preview is shown. The job is faked (the reader's side is tested in
// tests/unit/state/loadProgress.test.ts), so each step can be looked at.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobReply, JobRequest } from '../../../src/state/loadJob';
import { dialog, renderApp } from './helpers';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

/** The job the dialog started: its progress callback, and the call that finishes it. */
const job: { onProgress?: (share: number) => void; finish?: (reply: JobReply) => void; request?: JobRequest } = {};
vi.mock('../../../src/state/loadRunner', () => ({
  runLoadJob: (request: JobRequest, onProgress?: (share: number) => void) =>
    new Promise<JobReply>((resolve) => {
      job.request = request;
      job.onProgress = onProgress;
      job.finish = resolve;
    }),
}));

afterEach(cleanup);

describe('the load dialog progress bar', () => {
  it('moves with the share of a big SOSI file read', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Last inn data' }));
    const d = dialog();
    const file = new File([new TextEncoder().encode('.HODE\n..TEGNSETT UTF-8\n.SLUTT\n')], 'stor.sos');
    fireEvent.change(within(d).getByTestId('file-input'), { target: { files: [file] } });
    await vi.waitFor(() => expect(job.onProgress).toBeTypeOf('function'));
    expect(job.request?.type).toBe('preview');
    const bar = within(d).getByTestId('load-progress');
    // No measure yet: an indeterminate (moving) bar.
    expect(bar).not.toHaveAttribute('value');
    const values: (string | null)[] = [];
    for (const share of [0.1, 0.35, 0.7, 1]) {
      act(() => job.onProgress?.(share));
      values.push(within(d).getByTestId('load-progress').getAttribute('value'));
    }
    expect(values).toEqual(['0.1', '0.35', '0.7', '1']);

    await act(async () => {
      job.finish?.({ type: 'failed', code: 'job-crashed', detail: 'stopped by the test' });
      await Promise.resolve();
    });
    expect(within(d).queryByTestId('load-progress')).toBeNull();
  });
});
