// The React app, fetched by main.tsx once the explorer's first map is drawn (or at once on another page).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Renders the app into #root, in place of index.html's shell (its map, if made, moves into the app's MapView). */
export function renderApp(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
