import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { selectBridge, setBridge } from './api/client.ts';
import { App } from './app.tsx';
import { setupI18n } from './i18n/setup-i18n.ts';
import './styles.css';

// The transport is chosen here, once, from what the host provides (preload bridge or HTTP).
setBridge(selectBridge(window));
const i18n = await setupI18n();
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}
