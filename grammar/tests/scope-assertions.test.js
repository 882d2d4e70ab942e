'use strict';
// Runs the scope assertions of every tests/*.test.score file (vscode-tmgrammar-test's format: a header line
// `// SYNTAX TEST "source.scorelang"`, then source lines each followed by `//   ^^^ scope` assertion lines) through
// vscode-tmgrammar-test's own parser and checker, reporting one node:test test per asserted source line so the
// totals count assertions, not files.
const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { describe, it, before } = require('node:test');
const { parseGrammarTestCase, runGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index');
const { createRegistry } = require('vscode-tmgrammar-test/dist/common/index');
const { grammarPath, scopeName } = require('./support/grammar');

const testDir = __dirname;
const files = fs.readdirSync(testDir).filter((f) => f.endsWith('.test.score')).sort();

describe('test case files', () => {
  it('exist', () => assert.ok(files.length > 0, `no *.test.score files in ${testDir}`));
});

for (const file of files) {
  const text = fs.readFileSync(path.join(testDir, file), 'utf8');
  const testCase = parseGrammarTestCase(text);

  describe(file, () => {
    let failures;
    before(async () => {
      assert.equal(testCase.metadata.scope, scopeName, `${file}: the header must name ${scopeName}`);
      const registry = createRegistry([{ scopeName, path: grammarPath }]);
      failures = await runGrammarTestCase(registry, testCase);
    });

    it('has scope assertions', () => assert.ok(testCase.assertions.length > 0, `${file} asserts nothing`));

    for (const lineAssertion of testCase.assertions) {
      const lineNo = lineAssertion.sourceLineNumber;
      const source = testCase.source[lineNo];
      // testCaseLineNumber is the 0-based line of the source line in the test file.
      it(`line ${lineAssertion.testCaseLineNumber + 1}: ${source.trim()}`, () => {
        const mine = failures.filter((f) => f.srcLine === lineNo);
        assert.ok(mine.length === 0, mine.map((f) => describeFailure(file, source, f)).join('\n'));
      });
    }
  });
}

function describeFailure(file, source, failure) {
  const caret = ' '.repeat(failure.start) + '^'.repeat(Math.max(1, failure.end - failure.start));
  const lines = [`${file}:${failure.line + 1}:${failure.start + 1}`, `  ${source}`, `  ${caret}`];
  if (failure.missing.length) lines.push(`  missing required scopes: ${failure.missing.join(' ')}`);
  if (failure.unexpected.length) lines.push(`  prohibited scopes: ${failure.unexpected.join(' ')}`);
  lines.push(`  actual: ${failure.actual.join(' ')}`);
  return lines.join('\n');
}
