// Jest applies moduleNameMapper to test files but not to globalSetup/globalTeardown; register the tsconfig path
// aliases for them, then load the TypeScript setup while jest's transform hook is active.
const path = require('path');
const root = path.join(__dirname, '../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
const { setupTestDatabaseServer, teardownTestDatabaseServer } = require('./src/test-database-server');

module.exports = { setupTestDatabaseServer, teardownTestDatabaseServer };
