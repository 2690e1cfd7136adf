// The manifest is the elements' public API for tools and people (editors, framework types, docs), so
// it lists that and nothing else, at the paths the package ships:
// - one module per element, at its npm entry (`dist/npm/kollen-map.js`), holding only the element
//   class (the analyser also lists every helper function and the `.ts` paths, which are not shipped);
// - public members only: private and protected ones (and `#` fields) are internals of the element
//   and its base class, which change without notice;
// - events declared with `@fires`, typed by their event class (the analyser also guesses names from
//   `dispatchEvent(new SomeEvent(arg))`, which for Kollen's typed events yields junk names);
// - attribute and field types as the values they take (`'classes' | 'comparison'`), not alias names;
// - every `--kollen-*` custom property the element's styles read and every `part` its templates
//   set, found in its source files: those its JSDoc documents keep that text, the shared ones get it
//   from SHARED_CSS_PROPERTIES / SHARED_PARTS below, and an undocumented one fails the build.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const root = import.meta.dirname;

/** Event name → the class a listener receives (components/shared/events.ts, the dashboard's change-event.ts). */
const EVENT_TYPES = {
  'kollen-area-select': 'KollenAreaSelectEvent',
  'kollen-ready': 'KollenReadyEvent',
  'kollen-dashboard-change': 'KollenDashboardChangeEvent',
  'kollen-drill': 'KollenDrillEvent',
};

/** The shared theme tokens (components/shared/styles.ts and friends), described once for every element. */
const SHARED_CSS_PROPERTIES = {
  '--kollen-font-family': 'font of all text',
  '--kollen-font-size': 'base font size',
  '--kollen-color-text': 'text colour',
  '--kollen-color-background': 'background of the widget, its tooltips and buttons',
  '--kollen-color-muted': 'secondary text (source line, notes)',
  '--kollen-color-border': 'lines of legend, tooltip, table and buttons',
  '--kollen-color-focus': 'focus ring',
  '--kollen-color-link': 'links (the source link)',
  '--kollen-color-error': 'border of the error message',
  '--kollen-color-simulated-background': 'background of the simulated-data flag',
  '--kollen-color-simulated-text': 'text of the simulated-data flag',
  '--kollen-color-accent': 'colour of the active view tab',
  '--kollen-color-surface': 'background of the control bar and panels',
  '--kollen-color-selected': 'background of the selected area in tables',
  '--kollen-color-selected-background': 'background of the selected row in the table',
  '--kollen-color-better': 'text of a "better than the county" mark',
  '--kollen-color-better-background': 'background of a "better than the county" mark',
  '--kollen-color-worse': 'text of a "worse than the county" mark',
  '--kollen-color-worse-background': 'background of a "worse than the county" mark',
  '--kollen-tooltip-background': 'tooltip background',
  '--kollen-button-background': 'button background',
  '--kollen-chart-title-size': 'size of a chart title',
  '--kollen-chart-min-height': 'height kept for a chart drawing while it loads',
  '--kollen-chart-reserve': 'block size reserved for a chart before it is drawn (overrides the computed reserve)',
  '--kollen-map-reserve': "room reserved for title, description, legend and source besides the map's box",
};

/** Parts several elements share. */
const SHARED_PARTS = {
  status: 'the loading, empty or error message',
  retry: 'the retry button of the error message',
  simulated: 'the simulated-data flag',
  source: 'the source line',
  title: 'the title line',
  findings: 'the trend results in words under a chart\'s title',
  tooltip: 'the tooltip',
  table: 'the data table',
  legend: 'the legend',
  button: 'each button',
  map: 'the SVG map',
};

/**
 * The element's own source files: its module and the components/ modules it imports, transitively,
 * except other elements' folders (the dashboard holds a map: the map's parts are in the map's
 * shadow root, and its properties are the map's to list).
 */
function sourceFiles(path) {
  const seen = new Set();
  const own = dirname(resolve(root, path));
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    if (/[\\/]kollen-[a-z-]+[\\/][^\\/]+$/.test(file) && dirname(file) !== own) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (target.startsWith(join(root, 'components'))) visit(target);
    }
  };
  visit(resolve(root, path));
  return [...seen].map((file) => readFileSync(file, 'utf8'));
}

/** `var(--kollen-x, fallback)` reads: name → the first fallback found (balanced parentheses). */
function cssPropertiesRead(texts) {
  const found = new Map();
  for (const text of texts) {
    for (const match of text.matchAll(/var\(\s*(--kollen-[a-z0-9-]+)\s*(,)?/g)) {
      if (found.has(match[1]) && found.get(match[1]) !== undefined) continue;
      let fallback;
      if (match[2]) {
        let depth = 1;
        let end = match.index + match[0].length;
        while (end < text.length && depth > 0) {
          if (text[end] === '(') depth++;
          if (text[end] === ')') depth--;
          end++;
        }
        fallback = text.slice(match.index + match[0].length, end - 1).trim();
      }
      found.set(match[1], fallback);
    }
  }
  return found;
}

/** `part="a b"` names set in templates. */
function partsSet(texts) {
  const found = new Set();
  for (const text of texts) for (const [, names] of text.matchAll(/\spart="([^"$]+)"/g)) names.split(/\s+/).forEach((name) => found.add(name));
  return found;
}

/** A union of literals as its values (`'classes' | 'comparison'`), other types as TypeScript prints them. */
function typeText(checker, type) {
  if (type.flags & ts.TypeFlags.Boolean) return 'boolean';
  if (type.isUnion() && type.types.every((member) => member.isLiteral() || member.flags & ts.TypeFlags.BooleanLiteral || member.flags & ts.TypeFlags.Undefined || member.flags & ts.TypeFlags.Null)) {
    return type.types.map((member) => checker.typeToString(member).replaceAll('"', "'")).join(' | ');
  }
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
}

/** Field name → value type of each element class, from TypeScript itself (aliases resolved). */
function fieldTypes(elementPaths) {
  const program = ts.createProgram(elementPaths.map((path) => resolve(root, path)), {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true, strict: true, skipLibCheck: true, noEmit: true, types: [],
  });
  const checker = program.getTypeChecker();
  const byClass = new Map();
  for (const path of elementPaths) {
    const source = program.getSourceFile(resolve(root, path));
    source?.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const type = checker.getTypeAtLocation(node);
      const fields = new Map();
      for (const property of type.getProperties()) fields.set(property.name, typeText(checker, checker.getTypeOfSymbol(property)));
      byClass.set(node.name.text, fields);
    });
  }
  return byClass;
}

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name?.startsWith('#') && !/@internal/.test(member.description ?? '');

function completeElement(declaration, path, types) {
  const texts = sourceFiles(path);
  declaration.members = (declaration.members ?? []).filter(isPublic);
  for (const member of declaration.members) {
    const text = types.get(declaration.name)?.get(member.name);
    if (member.kind === 'field' && text && member.type) member.type = { text };
    delete member.inheritedFrom;
  }
  for (const attribute of declaration.attributes ?? []) {
    const text = types.get(declaration.name)?.get(attribute.fieldName);
    if (text && attribute.type) attribute.type = { text };
    delete attribute.inheritedFrom;
  }
  declaration.events = (declaration.events ?? [])
    .filter((event) => event.name?.startsWith('kollen-'))
    .map((event) => {
      if (!EVENT_TYPES[event.name]) throw new Error(`${declaration.tagName} fires ${event.name}: add its class to EVENT_TYPES`);
      return { ...event, type: { text: EVENT_TYPES[event.name] } };
    });
  const documented = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
  for (const [name, fallback] of cssPropertiesRead(texts)) {
    if (documented.has(name)) continue;
    const description = SHARED_CSS_PROPERTIES[name];
    if (!description) throw new Error(`${declaration.tagName} reads ${name}: document it (@cssprop) or add it to SHARED_CSS_PROPERTIES`);
    documented.set(name, { name, description, ...(fallback ? { default: fallback } : {}) });
  }
  declaration.cssProperties = [...documented.values()].sort((a, b) => a.name.localeCompare(b.name));
  const parts = new Map((declaration.cssParts ?? []).map((part) => [part.name, part]));
  for (const name of partsSet(texts)) {
    if (parts.has(name)) continue;
    if (!SHARED_PARTS[name]) throw new Error(`${declaration.tagName} sets part="${name}": document it (@csspart) or add it to SHARED_PARTS`);
    parts.set(name, { name, description: SHARED_PARTS[name] });
  }
  declaration.cssParts = [...parts.values()];
  // The base class is not a module of the package; its members are listed on the element already.
  if (declaration.superclass) declaration.superclass = { name: declaration.superclass.name, package: 'kollen' };
}

export default {
  litelement: true,
  plugins: [
    {
      name: 'kollen-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        const elementModules = customElementsManifest.modules.filter((module) => module.declarations?.some((declaration) => declaration.tagName));
        const types = fieldTypes(elementModules.map((module) => module.path));
        customElementsManifest.modules = elementModules.map((module) => {
          const declarations = module.declarations.filter((declaration) => declaration.tagName);
          for (const declaration of declarations) completeElement(declaration, module.path, types);
          const tag = declarations[0].tagName;
          const path = `dist/npm/${tag}.js`;
          return {
            kind: 'javascript-module',
            path,
            declarations,
            exports: declarations.flatMap((declaration) => [
              { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } },
              { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: path } },
            ]),
          };
        });
      },
    },
  ],
};
