import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ErrorBoundary } from './components/error-boundary.js';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('missing #root');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <App
        fetch={window.fetch.bind(window)}
        now={() => Date.now()}
        schedule={(callback, delayMs) => {
          const timer = window.setTimeout(callback, delayMs);
          return () => {
            window.clearTimeout(timer);
          };
        }}
      />
    </ErrorBoundary>
  </StrictMode>,
);
