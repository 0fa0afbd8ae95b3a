import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_HEADER = '# Generated from the code-first API by `npm run schema`. Do not edit; CI fails when it is stale.\n\n';

/** The committed form of the GraphQL schema (apps/api/schema.gql). */
export function printCommittedSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
