import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/wording/rules';
import { withoutExamples } from '@/scripts/build/strip-rule-examples';

const DIR = join(import.meta.dirname, '../../lib/wording/rules');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const parse = (name: string, code: string) =>
  ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const printer = ts.createPrinter();

/** The same cut made another way: a TypeScript transform that drops the property nodes. */
function printedWithoutExamples(file: string, code: string): string {
  const drop: ts.TransformerFactory<ts.SourceFile> = (context) => (root) => {
    const visit = (node: ts.Node): ts.Node | undefined =>
      ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'examples'
        ? undefined
        : ts.visitEachChild(node, visit, context);
    return ts.visitEachChild(root, visit, context);
  };
  const [result] = ts.transform(parse(file, code), [drop]).transformed;
  return printer.printFile(result as ts.SourceFile);
}

describe('the build strips the rules’ examples', () => {
  it.each(files)('%s: the examples go, and nothing else', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const stripped = withoutExamples(source, file);
    const parsed = parse(file, stripped);
    expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    expect(stripped).not.toMatch(/\bexamples\s*:/);
    expect(printer.printFile(parsed)).toBe(printedWithoutExamples(file, source));
  });

  it('leaves no example text in what is bundled', () => {
    // As minified: without comments (a header may quote an example as the rule's source).
    const bare = ts.createPrinter({ removeComments: true });
    const all = files
      .map((f) => bare.printFile(parse(f, withoutExamples(readFileSync(join(DIR, f), 'utf8'), f))))
      .join('\n');
    const texts = RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]);
    expect(texts.length).toBeGreaterThan(300);
    expect(
      texts.filter((text) => all.includes(text) || all.includes(JSON.stringify(text).slice(1, -1))),
    ).toEqual([]);
  });

  it('finds every rule’s examples in the rule files', () => {
    const total = files.reduce(
      (n, f) => n + (readFileSync(join(DIR, f), 'utf8').match(/\bexamples: \{/g)?.length ?? 0),
      0,
    );
    expect(total).toBe(RULES.length);
  });
});
