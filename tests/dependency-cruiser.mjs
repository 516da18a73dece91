/**
 * Import rules for src/, checked by `npm run check:deps` (part of `npm test`). The layers, bottom up:
 *   src/domain/  the vocabulary (types, label tables) and the rules: rubric, validation, verdicts;
 *   src/data/    records only: they import the domain and other data, nothing else;
 *   src/lib/     logic over the records (tables, pages, timeline, chooser, costs);
 *   components, theme, pages, plugins and client modules on top.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Two modules that import each other (directly or through others) cannot be read or tested apart.',
      from: {},
      to: {circular: true},
    },
    {
      name: 'data-is-data',
      severity: 'error',
      comment: 'src/data holds records: it may import the domain core and other data, never logic or UI.',
      from: {path: '^src/data/'},
      to: {path: '^src/', pathNot: '^src/(data|domain)/'},
    },
    {
      name: 'domain-is-the-core',
      severity: 'error',
      comment: 'The domain core (types, rubric, validation, verdicts) depends on nothing else in src/.',
      from: {path: '^src/domain/'},
      to: {path: '^src/', pathNot: '^src/domain/'},
    },
    {
      name: 'lib-below-ui',
      severity: 'error',
      comment: 'src/lib is pure logic: no components, theme, pages or plugins.',
      from: {path: '^src/lib/'},
      to: {path: '^src/(components|theme|pages|plugins|clientModules)/'},
    },
    {
      name: 'validation-stays-in-node',
      severity: 'error',
      comment: 'The zod validators run at build time and in tests; the browser never loads them.',
      from: {path: '^src/(components|theme|pages|clientModules)/'},
      to: {path: '^src/domain/validation/'},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '\\.(css|json)$'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {extensions: ['.ts', '.tsx', '.js', '.mjs', '.json']},
  },
};
