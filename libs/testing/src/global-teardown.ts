// eslint-disable-next-line @typescript-eslint/no-require-imports
const { teardownTestDatabaseServer } = require('../jest-global-setup');

export default async function globalTeardown(): Promise<void> {
  await teardownTestDatabaseServer();
}
