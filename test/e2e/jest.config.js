const path = require('path');
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  globalSetup: path.join(__dirname, '../../libs/testing/src/global-setup.ts'),
  globalTeardown: path.join(__dirname, '../../libs/testing/src/global-teardown.ts'),
  testTimeout: 180000,
  maxWorkers: 1,
};
