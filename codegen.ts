import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = 'apps/api/schema.gql';
const contractsDir = 'libs/contracts/src';

/**
 * GraphQL enums that are also TypeScript enums in @jobbridge/contracts (the API registers those as its GraphQL enums):
 * the generated types use the contracts enum itself (`import type { JobKind } from '@jobbridge/contracts'`) instead of a
 * string-literal union, so a query result can be passed where the web expects the contracts enum and the reverse. Enums
 * that exist only in the API (e.g. MatchReasonKind) stay string-literal unions (`enumsAsTypes`).
 */
const contractsEnums = new Set(
  readdirSync(contractsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .flatMap((f) => [...readFileSync(join(contractsDir, f), 'utf8').matchAll(/^export enum (\w+)/gm)].map((m) => m[1])),
);
const enumValues = Object.fromEntries(
  [...readFileSync(schema, 'utf8').matchAll(/^enum (\w+) \{/gm)]
    .map((m) => m[1])
    .filter((name) => contractsEnums.has(name))
    .map((name) => [name, `@jobbridge/contracts#${name}`]),
);

/**
 * GraphQL Code Generator: the web's documents checked against the API's generated schema (apps/api/schema.gql), with
 * result and variable types for every operation and fragment. `npm run codegen` writes apps/web/src/graphql/generated/;
 * `npm run codegen:check` fails when that output is stale (a renamed field fails here, not in a browser).
 *
 * The web imports only types from the output (documents stay `gql` from @apollo/client, typed with
 * `TypedDocumentNode<XQuery, XQueryVariables>`): the generated `graphql()` function would bundle gql.ts's document map.
 */
const config: CodegenConfig = {
  schema,
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**', '!apps/web/src/**/*.spec.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        enumValues,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'Record<string, unknown>' },
        skipTypename: false,
      },
    },
  },
};

export default config;
