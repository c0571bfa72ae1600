/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_KEYCLOAK_URL?: string;
  readonly VITE_KEYCLOAK_REALM?: string;
  readonly VITE_KEYCLOAK_CLIENT_ID?: string;
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

interface OrientirRuntimeConfig {
  keycloakUrl?: string;
  keycloakRealm?: string;
  keycloakClientId?: string;
  apiUrl?: string;
  /** Development builds only: skip Keycloak (used for screenshots against a mocked API). */
  authDisabled?: boolean;
}

interface Window {
  ORIENTIR_CONFIG?: OrientirRuntimeConfig;
}
