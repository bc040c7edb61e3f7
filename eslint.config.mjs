import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnlyHere = ['electron/main/**', 'electron/preload/**', 'e2e/electron*.spec.ts'];

const electronMessage = 'Chỉ electron/main và electron/preload được dùng Electron.';
const noElectronPath = { name: 'electron', message: electronMessage };
const noElectronPattern = { group: ['electron/*'], message: electronMessage };
// test-support/ is left out of the build and the package: code that ships must not need it.
const noTestSupport = {
  group: ['**/test-support', '**/test-support/**'],
  message: 'test-support/ chỉ dành cho kiểm thử; mã chạy thật không được dùng nó.',
};
// The screens and the CLI's commands reach the backend only through the contract (window.api,
// the CLI's api): the same validation and errors as every other client.
const noBackend = {
  group: ['**/backend', '**/backend/**'],
  message:
    'renderer/ và electron/cli/commands/ chỉ gọi phần xử lý qua hợp đồng (api của shared/contract), ' +
    'không nhập trực tiếp electron/backend. Cần thao tác mới thì thêm vào shared/contract/operations.ts.',
};
const productionFiles = ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'];
const testFiles = ['**/*.test.ts'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/artifacts/**',
      '.lo-profile/**',
      '.native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The backend, the CLI, the web preview, shared code and the renderer run without Electron.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    ignores: electronOnlyHere,
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectronPath], patterns: [noElectronPattern] }],
    },
  },
  // The blocks below replace the rule's options for their files (flat config does not merge them),
  // so each repeats the restrictions of the blocks above it.
  {
    files: productionFiles,
    ignores: [...electronOnlyHere, ...testFiles],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectronPath], patterns: [noElectronPattern, noTestSupport] },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [noTestSupport] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/cli/commands/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectronPath], patterns: [noElectronPattern, noTestSupport, noBackend] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
