// Browser entry point: wire the store, load the data, render the app.
// First, so the bokmål words are installed before any module can look one up.
import { appWordsReady, loadAppWords } from './i18n/appWords';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootstrap } from './app/bootstrap';
import './ui/app.css';
import './ui/map.css';
import './ui/panels.css';
import './ui/show.css';
import './ui/narrow.css';
import './ui/phone.css';
import { readUrl } from './state/urlCodec';

function start(): void {
  bootstrap();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// A link in English waits for the English words (one small fetch), so the link's state applies at once, as in bokmål.
const lang = readUrl(window.location.search).lang;
if (appWordsReady(lang)) start();
else loadAppWords(lang).then(start, start);
