// typescript-eslint's type-checked rules on the TypeScript of src/, scripts/ and tests/. The .astro
// files are type-checked by `astro check`; Prettier formats everything (prettier.config.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.old-*/', 'node_modules/', '.astro/', 'tests/.tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // `const { claims: _claims, ...rest }` leaves out a field on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }] },
  },
  // Tests compare with vitest's asymmetric matchers (`expect.any(String)`), which are typed `any`.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  // typescript-eslint cannot read `.astro` files; `astro check` types the components these tests import.
  { files: ['tests/components/**/*.ts'], rules: { '@typescript-eslint/no-unsafe-argument': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
