// ESLint (flat config): TypeScript, the rules of React hooks, and the layout rule that features
// do not import each other (eslint/no-cross-feature-imports.js). Formatting is Prettier's job.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noCrossFeatureImports from './eslint/no-cross-feature-imports.js';

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'src/api/schema.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { orientir: { rules: { 'no-cross-feature-imports': noCrossFeatureImports } } },
    rules: {
      'orientir/no-cross-feature-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'eslint/**/*.js', '*.config.{js,ts}', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
