// ESLint: TypeScript rules, lit's template rules and lit-a11y's accessibility rules.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'lit/no-template-arrow': 'off',
    },
  },
  {
    // src/ is the framework-free core: it runs in Node as well as in pages, so it imports nothing
    // from components/, no lit, no vega at run time (types are fine), and touches no DOM global.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/components/**', '../components/*', '../../components/*'], message: 'src/ is the core: components/ builds on it, not the other way round.' },
          { group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'], message: 'src/ is framework-free: lit belongs in components/.' },
          { group: ['vega', 'vega-*', 'vega/*'], allowTypeImports: true, message: 'src/ builds vega-lite specs as data; the chart engine is loaded by components/shared/vega-loader.ts.' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['document', 'window', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'customElements',
          'HTMLElement', 'Element', 'ShadowRoot', 'Node', 'getComputedStyle', 'requestAnimationFrame', 'matchMedia', 'ResizeObserver']
          .map((name) => ({ name, message: 'src/ runs in Node too: the DOM belongs in components/.' })),
      ],
    },
  },
  {
    // Tests in src/ run in Node and read fixtures and the published data; the chart specs' tests compile with vega-lite.
    files: ['src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/components/**'], message: 'A test of components/ belongs beside it (browser project).' }] }] },
  },
  {
    // Tests poke at parsed JSON and shadow roots; `any` there is deliberate.
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
