import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..', '..');
const CORE = path.join(ROOT, 'server', 'src', 'core');
const SERVER = path.join(ROOT, 'server', 'src');

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'set', 'add', 'delete', 'clear']);
const STATEFUL_REGEX_USE = new Set(['exec', 'test', 'lastIndex']);

/** `a` of `a`, `a.b`, `a[b]`, `a.b[c]`: the binding an expression reaches into. */
function rootIdentifier(expression: ts.Expression): string | undefined {
  let target = expression;
  while (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) target = target.expression;
  return ts.isIdentifier(target) ? target.text : undefined;
}

/** What in one file is module-level state: a `let`, or a module-level binding that the file mutates, or a shared /g regular expression used statefully. */
function moduleState(file: string): string[] {
  const source = parse(file);
  const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const problems: string[] = [];
  const bindings = new Set<string>();
  const globalRegexes = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    for (const declaration of list.declarations) {
      if (!ts.isIdentifier(declaration.name)) continue;
      const name = declaration.name.text;
      if (!(list.flags & ts.NodeFlags.Const)) problems.push(`${where(declaration)}: module-level \`let\`/\`var\` ${name}`);
      bindings.add(name);
      const init = declaration.initializer;
      if (init && ts.isRegularExpressionLiteral(init) && /\/[a-z]*[gy][a-z]*$/.test(init.text)) globalRegexes.add(name);
      if (init && ts.isNewExpression(init) && init.expression.getText() === 'RegExp') {
        const flags = init.arguments?.[1];
        if (flags && ts.isStringLiteral(flags) && /[gy]/.test(flags.text)) globalRegexes.add(name);
      }
    }
  }
  const visit = (node: ts.Node) => {
    // x.push(…), x.set(…), x.lastIndex, RE.exec(…) on a module-level binding
    if (ts.isPropertyAccessExpression(node) && rootIdentifier(node.expression)) {
      const receiver = rootIdentifier(node.expression)!;
      const member = node.name.text;
      const called = ts.isCallExpression(node.parent) && node.parent.expression === node;
      if (bindings.has(receiver) && called && MUTATORS.has(member)) problems.push(`${where(node)}: module-level ${receiver} is mutated (.${member})`);
      if (globalRegexes.has(receiver) && STATEFUL_REGEX_USE.has(member)) {
        problems.push(`${where(node)}: module-level /g regular expression ${receiver} used statefully (.${member}); use matchAll or replace`);
      }
    }
    // x = …, x.field = …, x[key] = … on a module-level binding
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      let target: ts.Expression = node.left;
      while (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) target = target.expression;
      if (ts.isIdentifier(target) && bindings.has(target.text)) problems.push(`${where(node)}: module-level ${target.text} is assigned to`);
    }
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node))
      && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const target = rootIdentifier(node.operand);
      if (target && bindings.has(target)) problems.push(`${where(node)}: module-level ${target} is assigned to`);
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) visit(statement);
    else for (const declaration of statement.declarationList.declarations) if (declaration.initializer) ts.forEachChild(declaration.initializer, visit);
  }
  return problems;
}

/** Folder → the folders its files import (type-only imports included: a cycle of types is still a cycle of meaning). */
function folderGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const folder = path.relative(root, path.dirname(file)) || '.';
    const edges = graph.get(folder) ?? new Set<string>();
    graph.set(folder, edges);
    for (const statement of parse(file).statements) {
      const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier.text);
      const targetFolder = fs.existsSync(target) && fs.statSync(target).isDirectory() ? target : path.dirname(target);
      const relative = path.relative(root, targetFolder) || '.';
      if (!relative.startsWith('..') && relative !== folder) edges.add(relative);
    }
  }
  return graph;
}

function cycles(graph: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (folder: string) => {
    state.set(folder, 'open');
    stack.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(folder, 'done');
  };
  for (const folder of graph.keys()) if (!state.has(folder)) walk(folder);
  return found;
}

describe('architecture', () => {
  test('the core holds no module-level mutable state: caches, clocks and what grows belong to a checker', () => {
    assert.deepEqual(sourceFiles(CORE).flatMap(moduleState), []);
  });

  test('the scan itself sees each kind of module-level state', () => {
    const probe = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'gkreport-state-')), 'probe.ts');
    fs.writeFileSync(probe, [
      'let generation = 0;',
      'const cache = new Map<string, number>();',
      'const list: number[] = [];',
      'const RE = /a/g;',
      'const READ_ONLY = new Map([[1, 2]]);',
      'export function f(text: string) { cache.set(text, 1); list.push(1); generation++; RE.test(text); return READ_ONLY.get(1) ?? text.replace(RE, ""); }',
    ].join('\n'));
    const problems = moduleState(probe).map((problem) => problem.replace(/^.*probe\.ts:\d+: /, ''));
    assert.deepEqual(problems.sort(), [
      'module-level `let`/`var` generation',
      'module-level /g regular expression RE used statefully (.test); use matchAll or replace',
      'module-level cache is mutated (.set)',
      'module-level generation is assigned to',
      'module-level list is mutated (.push)',
    ].sort());
  });

  test('no core module imports vscode, the LSP libraries or node: modules', () => {
    const forbidden = /^(?:vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc|node:|fs$|path$|os$|child_process$)/;
    const imports = sourceFiles(CORE).flatMap((file) => parse(file).statements.flatMap((statement) => {
      const specifier = ts.isImportDeclaration(statement) && statement.moduleSpecifier;
      return specifier && ts.isStringLiteral(specifier) && forbidden.test(specifier.text) ? [`${path.relative(ROOT, file)}: ${specifier.text}`] : [];
    }));
    assert.deepEqual(imports, []);
  });

  test('folders do not import each other, in the core and in the server around it', () => {
    assert.deepEqual(cycles(folderGraph(CORE)), []);
    assert.deepEqual(cycles(folderGraph(SERVER)), []);
  });

  test('the cycle finder finds a cycle', () => {
    assert.deepEqual(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]])), ['a → b → c → a']);
  });
});
