// Runtime configuration of the Orientir SPA.
// A deployment (for example the docker image's entrypoint) may rewrite this file.
// Any key left out falls back to the build-time VITE_* variable, then to the default.
//   keycloakUrl:      Keycloak base URL            (default http://localhost:8180)
//   keycloakRealm:    realm                        (default orientir)
//   keycloakClientId: public client               (default orientir-spa)
//   apiUrl:           API base, including /api/v1 (default http://localhost:8080/api/v1)
window.ORIENTIR_CONFIG = window.ORIENTIR_CONFIG || {};
