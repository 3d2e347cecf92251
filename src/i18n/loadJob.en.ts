// English words for the load dialog's background jobs failing (src/state/loadStore.ts, loadRunner.ts): by code.

export const loadJobProblemsEn: Readonly<Record<string, string>> = {
  'preview-failed':
    'Something unexpected went wrong while reading {file}. Try again, and send the technical message to whoever runs the app if it happens again.',
  'apply-failed':
    'Something unexpected went wrong while using the data from {file}. Your current data has not changed. Try again, and send the technical message to whoever runs the app if it happens again.',
  'preview-lost': 'The preview of {file} is no longer held; choose the file again.',
};
