// eslint-disable-next-line @typescript-eslint/no-require-imports
const { setupTestDatabaseServer } = require('../jest-global-setup');

export default async function globalSetup(): Promise<void> {
  await setupTestDatabaseServer();
}
