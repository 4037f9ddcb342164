// One format for the codebase; `npm run lint` checks it, `npm run format` applies it.
export default {
  printWidth: 160,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
