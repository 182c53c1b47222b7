// @ts-check
/**
 * Lint rules for the module boundaries of conventions.md (Layout and boundaries):
 * - `index-only`: across modules of src/, import only a module's `index.ts` (tests and `testing/`
 *   folders may also use a module's `testing/index.ts` and the shared `src/testing` helpers;
 *   production code may use neither);
 * - `no-http-store`: src/http never imports src/store (handlers work through use cases);
 * - `privacy-escape-hatch`: `unsafeAsPseudonymized` only inside src/pseudonymize (and tests).
 * Files listed in `allow` under a rule are known exceptions, to be removed as the code moves.
 */
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

/** @param {string} file */
function toRepositoryPath(file) {
  return path.relative(root, file).split(path.sep).join('/');
}

/** @param {string} file a repository path */
function isTestSupport(file) {
  return /\.test(?:-d)?\.ts$/u.test(file) || /(?:^|\/)testing\//u.test(file);
}

/** The module of a repository path under src/ ('' for the top-level composition files). */
function moduleOf(/** @type {string} */ file) {
  const parts = file.split('/');
  return parts.length > 2 ? (parts[1] ?? '') : '';
}

/**
 * @param {import('eslint').Rule.RuleContext} context
 * @returns {{ file: string, allowed: boolean }}
 */
function currentFile(context) {
  const file = toRepositoryPath(context.filename);
  const options = /** @type {{ allow?: string[] } | undefined} */ (context.options[0]);
  return { file, allowed: (options?.allow ?? []).includes(file) };
}

const allowSchema = [
  {
    type: 'object',
    properties: { allow: { type: 'array', items: { type: 'string' } } },
    additionalProperties: false,
  },
];

/**
 * @param {import('eslint').Rule.RuleContext} context
 * @param {(source: import('estree').Literal, target: string) => void} check
 */
function onRelativeImports(context, check) {
  /** @param {{ source?: import('estree').Literal | null | undefined }} node */
  const visit = (node) => {
    const source = node.source;
    if (source === null || source === undefined || typeof source.value !== 'string') return;
    if (!source.value.startsWith('.')) return;
    const target = toRepositoryPath(path.resolve(path.dirname(context.filename), source.value));
    check(source, target);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const indexOnly = {
  meta: {
    type: 'problem',
    schema: allowSchema,
    messages: {
      internal: "Import '{{target}}' through its module's index.ts.",
      testing: "Production code may not import test support ('{{target}}').",
    },
  },
  create(context) {
    const { file, allowed } = currentFile(context);
    if (allowed || !file.startsWith('src/')) return {};
    const from = moduleOf(file);
    const support = isTestSupport(file);
    return onRelativeImports(context, (source, target) => {
      if (!target.startsWith('src/')) return;
      const to = moduleOf(target);
      if (to === '' || to === from) return;
      const rest = target.split('/').slice(2).join('/');
      const isTesting = to === 'testing' || /(?:^|\/)testing\/index\.js$/u.test(rest);
      if (isTesting) {
        if (!support) context.report({ node: source, messageId: 'testing', data: { target } });
        return;
      }
      if (rest !== 'index.js')
        context.report({ node: source, messageId: 'internal', data: { target } });
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const noHttpStore = {
  meta: {
    type: 'problem',
    schema: allowSchema,
    messages: { store: 'src/http works through use cases, never the store.' },
  },
  create(context) {
    const { file, allowed } = currentFile(context);
    if (allowed || !file.startsWith('src/http/')) return {};
    return onRelativeImports(context, (source, target) => {
      if (target.startsWith('src/store/')) context.report({ node: source, messageId: 'store' });
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const privacyEscapeHatch = {
  meta: {
    type: 'problem',
    schema: allowSchema,
    messages: {
      hatch:
        'unsafeAsPseudonymized belongs to src/pseudonymize: only pseudonymize() makes pseudonymized text.',
    },
  },
  create(context) {
    const { file, allowed } = currentFile(context);
    if (allowed || isTestSupport(file)) return {};
    if (file.startsWith('src/pseudonymize/') || file.startsWith('src/core/')) return {};
    return {
      /** @param {import('estree').ImportSpecifier} node */
      ImportSpecifier(node) {
        const imported =
          node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
        if (imported === 'unsafeAsPseudonymized') context.report({ node, messageId: 'hatch' });
      },
    };
  },
};

/** The local plugin: `referent/index-only`, `referent/no-http-store`, `referent/privacy-escape-hatch`. */
export default {
  rules: {
    'index-only': indexOnly,
    'no-http-store': noHttpStore,
    'privacy-escape-hatch': privacyEscapeHatch,
  },
};
