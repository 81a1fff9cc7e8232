/**
 * The wording rules carry their own examples (what each must flag and let pass), beside
 * their patterns, for the table-driven test and docs/rules.md. The extension never reads
 * them, and they were about a tenth of the content scripts' size budget: this build step
 * removes every `examples` property from the rule files before they are bundled. Tests and
 * the docs read the sources as written.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const RULE_FILE = /[\\/]lib[\\/]wording[\\/]rules[\\/][^\\/]+\.ts$/;

/** `code` without its `examples: …` properties (and the comma after each). */
export function withoutExamples(code: string, fileName = 'rules.ts'): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'examples' &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      let end = node.getEnd();
      if (code[end] === ',') end += 1;
      cuts.push([node.getStart(source), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

export function stripRuleExamples(): Plugin {
  return {
    name: 'sellerlens:strip-rule-examples',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_FILE.test(id.split('?')[0] ?? id)) return null;
      return { code: withoutExamples(code, id), map: null };
    },
  };
}
