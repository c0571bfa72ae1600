import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from './config';

describe('resolveConfig', () => {
  it('uses the defaults', () => {
    expect(resolveConfig(undefined, {}, false)).toEqual(DEFAULT_CONFIG);
  });
  it('build-time variables override the defaults', () => {
    const c = resolveConfig({}, { VITE_KEYCLOAK_URL: 'https://kc.example/', VITE_API_URL: 'https://api.example/api/v1/' }, false);
    expect(c.keycloakUrl).toBe('https://kc.example');
    expect(c.apiUrl).toBe('https://api.example/api/v1');
    expect(c.keycloakRealm).toBe('orientir');
  });
  it('run-time config.js overrides build time', () => {
    const c = resolveConfig({ apiUrl: '/api/v1', keycloakUrl: 'https://auth' }, { VITE_API_URL: 'https://x/api/v1' }, false);
    expect(c.apiUrl).toBe('/api/v1');
    expect(c.keycloakUrl).toBe('https://auth');
  });
  it('blank values do not count', () => {
    expect(resolveConfig({ apiUrl: '  ' }, { VITE_API_URL: '' }, false).apiUrl).toBe(DEFAULT_CONFIG.apiUrl);
  });
  it('auth can be disabled only in development builds', () => {
    expect(resolveConfig({ authDisabled: true }, {}, false).authDisabled).toBe(false);
    expect(resolveConfig({ authDisabled: true }, {}, true).authDisabled).toBe(true);
  });
});
