import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { initAuth } from './lib/auth';
import { isPublicPath } from './lib/publicPath';
import { App } from './App';

const root = createRoot(document.getElementById('root')!);

if (isPublicPath(window.location.pathname)) {
  // the public portal: no login, no Keycloak, no token (its own small application)
  void import('./features/public').then(({ PublicApp }) =>
    root.render(
      <StrictMode>
        <PublicApp />
      </StrictMode>,
    ),
  );
} else {
  startApp();
}

function startApp() {
  initAuth()
    .then(() => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    })
    .catch((e: unknown) => {
      // Keycloak unreachable or misconfigured: say so plainly instead of a blank page.
      const div = document.createElement('div');
      div.setAttribute('role', 'alert');
      div.style.cssText = 'font-family:sans-serif;padding:48px;max-width:640px;margin:auto';
      const h = document.createElement('h1');
      h.textContent = 'Не удалось подключиться к службе входа (Keycloak)';
      const p = document.createElement('p');
      p.textContent = e instanceof Error ? e.message : String(e ?? 'unknown error');
      const b = document.createElement('button');
      b.textContent = 'Повторить';
      b.onclick = () => window.location.reload();
      div.append(h, p, b);
      document.getElementById('root')!.replaceChildren(div);
    });
}
