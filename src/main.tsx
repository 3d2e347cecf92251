// Browser entry point: wire the store, load the data, draw the explorer's first map in index.html's shell, then fetch
// and render the React app (appRoot.tsx). No React here: the first map does not wait for it (issue 12).
// First, so the bokmål words are installed before any module can look one up.
import { appWordsReady, loadAppWords } from './i18n/appWords';
import { bootstrap } from './app/bootstrap';
import { startEarlyExplorer } from './firstScreen';
import { translator } from './i18n';
import './ui/app.css';
import './ui/map.css';
import './ui/panels.css';
import './ui/show.css';
import './ui/narrow.css';
import './ui/phone.css';
import { readUrl } from './state/urlCodec';
import { useAppStore } from './state/store';

/** The app's code could not be fetched (offline, a new deployment): said in the shell, as text. */
function appFailed(): void {
  const notes = document.getElementById('shell-notes');
  if (!notes) return;
  const p = document.createElement('p');
  p.className = 'app-message app-message--error';
  p.setAttribute('role', 'alert');
  p.textContent = translator(useAppStore.getState().lang)('appLoadFailed');
  notes.replaceChildren(p);
}

function renderApp(): void {
  import('./appRoot').then((m) => m.renderApp(), appFailed);
}

function start(): void {
  bootstrap();
  startEarlyExplorer(renderApp);
}

// A link in English waits for the English words (one small fetch), so the link's state applies at once, as in bokmål.
const lang = readUrl(window.location.search).lang;
if (appWordsReady(lang)) start();
else loadAppWords(lang).then(start, start);
