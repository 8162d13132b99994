import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import './styles.css';
import { applyTheme, storedTheme } from './app/theme';

// Before the first paint, so a dark-theme visitor never sees a white flash.
applyTheme(storedTheme());

// Share pages live two folders down (n/<id>/) and history later moves to the app's root; browsers
// re-resolve a relative icon link on every URL change, so pin it to an absolute URL first.
document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]').forEach((link) => link.setAttribute('href', link.href));

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
