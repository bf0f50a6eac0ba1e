import { relative, sep } from 'node:path';
import { ESLintUtils } from '@typescript-eslint/utils';

/**
 * Forbids importing anything declared under the given directories, however it is reached: a relative
 * path, a path alias, or a re-export through a barrel such as `@app/game-platform`. The type checker
 * resolves each imported name to the file that declares it, so a new export of a forbidden directory is
 * caught without a list of names to keep up to date.
 */
export const noImportFromDirectory = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          directories: { type: 'array', items: { type: 'string' }, minItems: 1 },
          reason: { type: 'string' },
        },
        required: ['directories', 'reason'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: "'{{name}}' is declared in {{directory}}: {{reason}}",
    },
  },
  defaultOptions: [{ directories: [], reason: '' }],
  create(context, [{ directories, reason }]) {
    const services = ESLintUtils.getParserServices(context);
    const checker = services.program.getTypeChecker();
    const root = context.cwd;
    const prefixes = directories.map((directory) => directory.replace(/\/?$/, '/'));

    /** The forbidden directory a declaration file lies in, or undefined. */
    const forbiddenDirectoryOf = (fileName) => {
      const path = relative(root, fileName).split(sep).join('/');
      return prefixes.find((prefix) => path.startsWith(prefix));
    };

    /** Every file that declares the symbol, after following import and re-export aliases. */
    const declarationFiles = (symbol) => {
      const target = symbol.flags & 2097152 /* ts.SymbolFlags.Alias */ ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.declarations ?? []).map((declaration) => declaration.getSourceFile().fileName);
    };

    let reported = 0;
    const check = (node, name, symbol) => {
      if (!symbol) return;
      for (const fileName of declarationFiles(symbol)) {
        const directory = forbiddenDirectoryOf(fileName);
        if (directory) {
          context.report({ node, messageId: 'forbidden', data: { name, directory, reason } });
          reported += 1;
          return;
        }
      }
    };

    const moduleSymbolOf = (source) => checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(source));

    /** The module itself lies in a forbidden directory (a deep path, a relative path, a side-effect or dynamic import). */
    const checkModuleFile = (node, source) => {
      const moduleSymbol = moduleSymbolOf(source);
      if (!moduleSymbol) return false;
      const before = reported;
      check(node, String(source.value), moduleSymbol);
      return reported > before;
    };

    /** A namespace import or `export *`: forbidden when the module exposes anything from the directories. */
    const checkWholeModule = (node, source) => {
      const moduleSymbol = moduleSymbolOf(source);
      if (!moduleSymbol) return;
      const exported = checker.getExportsOfModule(moduleSymbol).find((symbol) => declarationFiles(symbol).some(forbiddenDirectoryOf));
      if (exported) check(node, `${String(source.value)}.${exported.name}`, exported);
    };

    const checkSpecifier = (specifier) => {
      const tsNode = services.esTreeNodeToTSNodeMap.get(specifier);
      const local = specifier.local;
      check(specifier, local.type === 'Identifier' ? local.name : String(local.value), checker.getSymbolAtLocation(tsNode.name ?? tsNode));
    };

    const checkDeclaration = (node) => {
      if (!node.source || checkModuleFile(node, node.source)) return;
      if (node.type === 'ExportAllDeclaration') return checkWholeModule(node, node.source);
      for (const specifier of node.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier') checkWholeModule(specifier, node.source);
        else checkSpecifier(specifier);
      }
    };

    return {
      ImportDeclaration: checkDeclaration,
      ExportNamedDeclaration: checkDeclaration,
      ExportAllDeclaration: checkDeclaration,
      ImportExpression(node) {
        if (node.source.type === 'Literal') checkModuleFile(node, node.source);
      },
    };
  },
});
