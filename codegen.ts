import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: the web's documents checked against the API's generated schema (apps/api/schema.gql), with
 * result and variable types for every operation and fragment. `npm run codegen` writes apps/web/src/graphql/generated/;
 * `npm run codegen:check` fails when that output is stale (a renamed field fails here, not in a browser).
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**', '!apps/web/src/**/*.spec.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'Record<string, unknown>' },
        skipTypename: false,
      },
    },
  },
};

export default config;
