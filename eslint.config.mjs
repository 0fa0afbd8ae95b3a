// ESLint for the whole workspace: typescript-eslint's recommended rules, React hooks in the web app, Nx module
// boundaries from the project tags, and Prettier owning layout (eslint-config-prettier turns layout rules off).
// `npm run lint` runs it with --max-warnings 0.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Frameworks that plain-TypeScript libraries must not import. */
const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'express',
  '@apollo/*',
  'react',
  'react-dom',
  'antd',
  'socket.io',
  'socket.io-client',
  'ioredis',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      'test-results/**',
      'apps/web/src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // libs/testing and the browser journeys start the API in-process through its one public testing entry point.
          allow: ['@jobbridge/api/testing', '@jobbridge/api/testing-database'],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: FRAMEWORKS },
            {
              sourceTag: 'type:search',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
              bannedExternalImports: FRAMEWORKS.filter((f) => f !== 'pg'),
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:search'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:search'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:contracts', 'type:domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests read untyped GraphQL JSON: `any` is allowed there (and in the harness and benchmarks), never in product code.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/test/**/*.ts', 'libs/testing/**/*.ts', 'apps/api/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The API's own tests (not its source) may use the shared test harness.
    files: ['apps/api/test/**/*.ts', 'apps/api/src/**/*.spec.ts', 'apps/api/bench/**/*.ts', 'apps/api/scripts/write-schema.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['@jobbridge/api/testing', '@jobbridge/api/testing-database'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:search', 'type:testing'] },
          ],
        },
      ],
    },
  },
  {
    // CommonJS configuration files (jest).
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off', '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
);
