module.exports = { ...require('../../jest.preset'), displayName: 'search', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
