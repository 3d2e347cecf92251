// Browser entry point: wire the store, load the data, render the app.
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

bootstrap();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
