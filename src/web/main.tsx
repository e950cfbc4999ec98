import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import './styles/main.scss';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// NHS.UK frontend's own script is not loaded: React owns the page, and the few behaviours
// Chorus needs (error summary focus, password reveal) are built into its components. So
// <body> never gets the nhsuk-frontend-supported class, and the header's navigation wraps
// onto a second line on narrow screens instead of waiting for a script-driven "More" menu.

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
