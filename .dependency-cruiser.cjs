/**
 * The layers of utils/, bottom to top, each importing only from those below it (tests/architecture.test.ts runs
 * this, and checks that no folder of utils/ is in a cycle with another):
 *   core     the article model and text primitives: types, scripts, tokens, failures
 *   engine   a page or text → its article → its digest; no browser, no storage, no UI
 *   store    the history: its database, migrations, queries, search index, export and import
 *   runtime  the extension at work: the worker's handlers, browser adapters, messages, settings, i18n
 * Above them, components/ (the UI) and entrypoints/ (wiring only).
 *
 * TypeScript is parsed with swc: TypeScript 7 (the project's compiler) has no JavaScript API for dependency-cruiser.
 * swc can't read TSX here, so the components' own rule lives in biome.json (noRestrictedImports).
 */
const LAYERS = ['core', 'engine', 'store', 'runtime'];
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be read, tested or moved without the other.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer) => ({
      name: `${layer}-imports-downward`,
      severity: 'error',
      comment: `utils/${layer} may import only from the layers below it.`,
      from: { path: `^utils/${layer}/` },
      to: { path: [`^utils/(${above(layer).join('|')})/`, '^components/', '^entrypoints/'] },
    })),
    {
      name: 'runtime-below-the-ui',
      severity: 'error',
      from: { path: '^utils/runtime/' },
      to: { path: ['^components/', '^entrypoints/'] },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment:
        'The engine runs in the worker, in Node (the CLI, benchmarks) and in unit tests: no WXT, no browser API, ' +
        'no storage, no UI.',
      from: { path: '^utils/(core|engine)/' },
      to: { path: ['(^|node_modules/)(wxt|@wxt-dev/|dexie|react|react-dom|webextension-polyfill)', '^#'] },
    },
    {
      name: 'in-a-layer',
      severity: 'error',
      comment: 'Every module of utils/ belongs to a layer.',
      from: { path: '^utils/(?!(core|engine|store|runtime)/)' },
      to: {},
    },
    {
      name: 'ui-above-utils',
      severity: 'error',
      comment: 'Entrypoints only wire: nothing imports them.',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.tsx$' },
  },
};
