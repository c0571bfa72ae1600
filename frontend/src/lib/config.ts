export interface AppConfig {
  keycloakUrl: string;
  keycloakRealm: string;
  keycloakClientId: string;
  apiUrl: string;
  authDisabled: boolean;
}

export const DEFAULT_CONFIG: AppConfig = {
  keycloakUrl: 'http://localhost:8180',
  keycloakRealm: 'orientir',
  keycloakClientId: 'orientir-spa',
  apiUrl: 'http://localhost:8080/api/v1',
  authDisabled: false,
};

function pick(...candidates: (string | undefined | null)[]): string | undefined {
  for (const c of candidates) {
    if (typeof c === 'string' && c.trim() !== '') return c.trim();
  }
  return undefined;
}

/**
 * Resolution order: run-time `window.ORIENTIR_CONFIG` (public/config.js),
 * then build-time `VITE_*` variables, then the defaults.
 */
export function resolveConfig(
  runtime: OrientirRuntimeConfig | undefined,
  env: Partial<Record<string, string | undefined>>,
  dev: boolean,
): AppConfig {
  const r = runtime ?? {};
  return {
    keycloakUrl: (pick(r.keycloakUrl, env.VITE_KEYCLOAK_URL) ?? DEFAULT_CONFIG.keycloakUrl).replace(/\/+$/, ''),
    keycloakRealm: pick(r.keycloakRealm, env.VITE_KEYCLOAK_REALM) ?? DEFAULT_CONFIG.keycloakRealm,
    keycloakClientId: pick(r.keycloakClientId, env.VITE_KEYCLOAK_CLIENT_ID) ?? DEFAULT_CONFIG.keycloakClientId,
    apiUrl: (pick(r.apiUrl, env.VITE_API_URL) ?? DEFAULT_CONFIG.apiUrl).replace(/\/+$/, ''),
    authDisabled: dev && r.authDisabled === true,
  };
}

let cached: AppConfig | undefined;

export function config(): AppConfig {
  if (!cached) {
    cached = resolveConfig(
      typeof window !== 'undefined' ? window.ORIENTIR_CONFIG : undefined,
      import.meta.env as unknown as Record<string, string | undefined>,
      Boolean(import.meta.env.DEV),
    );
  }
  return cached;
}
