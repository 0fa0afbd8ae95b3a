// Shared jest settings: swc transform (keeps decorator metadata for NestJS) and the tsconfig path aliases.
const path = require('path');
const fs = require('fs');
const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const ESM_PACKAGES = [
  '@apollo',
  '@as-integrations',
  '@borewit',
  '@graphql-tools',
  '@nestjs',
  '@standard-schema',
  '@tokenizer',
  '@whatwg-node',
  '@wry',
  'ansis',
  'cross-inspect',
  'fdir',
  'file-type',
  'graphql-ws',
  'lru-cache',
  'nanoid',
  'optimism',
  'strtok3',
  'tinyglobby',
  'token-types',
  'uint8array-extras',
  'zod',
];
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // NestJS 12, Apollo Server 5 and parts of their graph ship only ES modules. Node >= 20.19 require()s them natively,
  // but jest's module registry cannot before Node 24.9, so swc turns those packages into CommonJS for tests.
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@jobbridge/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@jobbridge/contracts/live-room-payloads$': path.join(__dirname, 'libs/contracts/src/live-room-payloads.ts'),
    '^@jobbridge/contracts/fair-payloads$': path.join(__dirname, 'libs/contracts/src/fair-payloads.ts'),
    '^@jobbridge/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@jobbridge/domain/subsidy-packs$': path.join(__dirname, 'libs/domain/src/subsidies/subsidy-packs.ts'),
    '^@jobbridge/search$': path.join(__dirname, 'libs/search/src/index.ts'),
    '^@jobbridge/testing$': path.join(__dirname, 'libs/testing/src/index.ts'),
    '^@jobbridge/search/testing$': path.join(__dirname, 'libs/search/src/testing.ts'),
    '^@jobbridge/api/testing$': path.join(__dirname, 'apps/api/src/testing.ts'),
    '^@jobbridge/api/testing-database$': path.join(__dirname, 'apps/api/src/testing-database.ts'),
  },
};
