// Every name the fake Electron answers to, read from node_modules/electron/electron.d.ts:
// members of each class/interface, the event names its `on(event: '…')` overloads accept,
// and the string-literal options of each interface property. A name the fake is asked for
// that isn't here fails the test, so the fake can't drift from the real API.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

export interface TypeNames {
  members: Set<string>;
  /** Types this one extends (their names count too). */
  bases: string[];
  events: Set<string>;
  /** Members documented for one platform only (`@platform darwin`), with those platforms. */
  platformOnly: Map<string, string[]>;
}

function platformsOf(node: ts.Node): string[] | null {
  const tags = ts.getJSDocTags(node).filter((tag) => tag.tagName.text === 'platform');
  if (tags.length === 0) return null;
  return tags.flatMap((tag) =>
    (typeof tag.comment === 'string' ? tag.comment : '').split(',').map((p) => p.trim()),
  );
}

let cache: Map<string, TypeNames> | null = null;

export function electronNames(): Map<string, TypeNames> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const file = require.resolve('electron/electron.d.ts');
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const names = new Map<string, TypeNames>();
  const entry = (name: string) => {
    let found = names.get(name);
    if (!found) {
      found = { members: new Set(), bases: [], events: new Set(), platformOnly: new Map() };
      names.set(name, found);
    }
    return found;
  };
  const visit = (node: ts.Node) => {
    if (ts.isModuleDeclaration(node) && node.body && ts.isModuleBlock(node.body)) {
      const target = entry(node.name.text);
      for (const statement of node.body.statements) {
        if (ts.isVariableStatement(statement)) {
          for (const d of statement.declarationList.declarations) {
            if (ts.isIdentifier(d.name)) target.members.add(d.name.text);
          }
        }
        if (ts.isClassDeclaration(statement) && statement.name) {
          target.members.add(statement.name.text);
        }
      }
    }
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      const target = entry(node.name.text);
      for (const clause of node.heritageClauses ?? []) {
        for (const base of clause.types) target.bases.push(base.expression.getText(source));
      }
      for (const member of node.members) {
        const name = member.name && ts.isIdentifier(member.name) ? member.name.text : null;
        if (!name) continue;
        target.members.add(name);
        const platforms = platformsOf(member);
        if (platforms) target.platformOnly.set(name, platforms);
        if (name === 'on' && (ts.isMethodDeclaration(member) || ts.isMethodSignature(member))) {
          const type = member.parameters[0]?.type;
          if (type && ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) {
            target.events.add(type.literal.text);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Fold each type's bases in, so BrowserWindowConstructorOptions has BaseWindow's options.
  const folded = (name: string, seen = new Set<string>()): void => {
    const type = names.get(name);
    if (!type || seen.has(name)) return;
    seen.add(name);
    for (const baseName of type.bases) {
      folded(baseName, seen);
      const base = names.get(baseName);
      if (!base) continue;
      for (const m of base.members) type.members.add(m);
      for (const e of base.events) type.events.add(e);
      for (const [k, v] of base.platformOnly)
        if (!type.platformOnly.has(k)) type.platformOnly.set(k, v);
    }
  };
  for (const name of names.keys()) folded(name);
  cache = names;
  return names;
}
