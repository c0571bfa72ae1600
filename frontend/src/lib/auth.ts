import Keycloak from 'keycloak-js';
import { config } from './config';

let keycloak: Keycloak | null = null;

/** Starts the login (authorization code + PKCE S256); resolves once a token is there. */
export async function initAuth(): Promise<void> {
  const c = config();
  if (c.authDisabled) return;
  // A redirect to an unreachable Keycloak would leave the browser's error page; probe it
  // first (an opaque no-cors request: it only fails when the server cannot be reached).
  try {
    await fetch(`${c.keycloakUrl}/realms/${encodeURIComponent(c.keycloakRealm)}/.well-known/openid-configuration`, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new Error(`Keycloak ${c.keycloakUrl} (realm ${c.keycloakRealm}) недоступен / is unreachable`);
  }
  keycloak = new Keycloak({ url: c.keycloakUrl, realm: c.keycloakRealm, clientId: c.keycloakClientId });
  keycloak.onTokenExpired = () => {
    keycloak?.updateToken(30).catch(() => keycloak?.login());
  };
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
}

/** A valid access token, refreshed silently when it expires within 30 s. */
export async function getToken(): Promise<string | undefined> {
  if (!keycloak) return undefined;
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
    return undefined;
  }
  return keycloak.token;
}

export function logout(): void {
  if (!keycloak) {
    window.location.assign('/');
    return;
  }
  void keycloak.logout({ redirectUri: window.location.origin + '/' });
}

export function tokenUsername(): string | undefined {
  const parsed = keycloak?.tokenParsed as { preferred_username?: string } | undefined;
  return parsed?.preferred_username;
}
