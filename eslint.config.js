import path from 'node:path';
import tseslint from 'typescript-eslint';

// Boundaries (STYLE.md): a feature uses another only through its index.ts; platform never imports a feature
// or the server; features do not import the server, which only assembles them. A feature's tables may
// reference another's (schema.ts to schema.ts, for foreign keys), and tests may reach in to check rows.
const SRC = path.resolve('src');
const areaOf = (file) => {
  const [top, name] = path.relative(SRC, file).split(path.sep);
  return top === 'features' ? { kind: 'feature', name } : { kind: top };
};

const boundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = context.filename;
    if (!from.startsWith(SRC + path.sep) || /\.test\.ts$/.test(from)) return {};
    const here = areaOf(from);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(from), source);
      if (!target.startsWith(SRC + path.sep)) return;
      const there = areaOf(target);
      let problem = null;
      if (here.kind === 'platform' && (there.kind === 'feature' || there.kind === 'server')) problem = `platform/ never imports ${there.kind === 'feature' ? 'a feature' : 'the server'}`;
      else if (here.kind === 'feature' && there.kind === 'server') problem = 'a feature never imports the server: what it needs from it belongs in platform/';
      else if (here.kind === 'feature' && there.kind === 'feature' && there.name !== here.name) {
        const schemaToSchema = path.basename(from) === 'schema.ts' && path.basename(target) === 'schema.ts';
        if (path.relative(path.join(SRC, 'features', there.name), target) !== 'index.ts' && !schemaToSchema)
          problem = `a feature uses another only through its index.ts: import from '../${there.name}/index.ts'`;
      }
      if (problem) context.report({ node: node.source, message: `${source}: ${problem}.` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (node) => check({ source: node.source }) };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'src/db/migrations/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { probity: { rules: { boundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
      'probity/boundaries': 'error',
    },
  },
);
