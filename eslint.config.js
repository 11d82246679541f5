// The lint gate (`npm run lint`, part of `npm test`): every finding is an error, zero allowed.
// Type-aware typescript-eslint (the rules see the types tsc sees, through tsconfig.json) and the
// React hooks rules, which also hold for Preact's hooks (they match hooks by name, `use…`, not by
// the module they come from; 'preact/hooks' is what this code imports).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Built output, copied assets and generated files (each generated file has its own generator and check).
  globalIgnores(['dist/', 'dist-*/', 'public/', 'node_modules/', 'screenshots/', 'test-results/', 'bench/results/', 'src/styles/fonts/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The build and maintenance scripts are plain JavaScript run by Node: tsc does not check them
    // (no allowJs), so there are no types for the type-aware rules to use.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
      },
    },
  },
);
