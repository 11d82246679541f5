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
    // The React Compiler rules recognise a ref by its name when it does not come from 'react': a
    // Preact ref is therefore named `…Ref` (the rule's own advice), so that `xRef.current = …` in an
    // effect or handler is not taken for a write to a value of the render.
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests hand a mocked method to `expect(obj.method)` or save and restore a prototype's method:
    // nothing is called unbound there, which is all this rule is about.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
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
