/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // sources use NodeNext-style "./x.js" specifiers; map them back to the .ts files
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
      sourceMaps: 'inline',
    }],
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/compiler/**/*.test.ts'],
  testTimeout: 120000,
};
