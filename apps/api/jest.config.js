const path = require('path');
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: path.join(__dirname, '../../libs/testing/src/global-setup.ts'),
  globalTeardown: path.join(__dirname, '../../libs/testing/src/global-teardown.ts'),
  testTimeout: 30000,
  maxWorkers: 2,
};
