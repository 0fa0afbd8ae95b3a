/** Writes apps/api/schema.gql from the running code (npm run schema). */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printCommittedSchema } from '../src/common/graphql/print-schema';
import { createTestApp } from '@jobbridge/testing';
import { setupTestDatabaseServer, teardownTestDatabaseServer } from '@jobbridge/testing/database-server';

async function main() {
  await setupTestDatabaseServer();
  const t = await createTestApp();
  try {
    const file = join(__dirname, '..', 'schema.gql');
    writeFileSync(file, printCommittedSchema(t.app.get(GraphQLSchemaHost).schema));
    console.log(`wrote ${file}`);
  } finally {
    await t.close();
    await teardownTestDatabaseServer();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
