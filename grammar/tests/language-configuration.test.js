'use strict';
// Checks language-configuration.json (what VS Code uses for commenting, brackets, auto-closing, folding, word
// selection and indentation) against the language: its comment tokens are the grammar's, and its regular expressions
// compile and select what they should.
const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { describe, it, before } = require('node:test');
const { grammarDir, loadScoreLangGrammar, tokenizeText } = require('./support/grammar');

const config = JSON.parse(fs.readFileSync(path.join(grammarDir, 'language-configuration.json'), 'utf8'));

/** All matches of VS Code's word pattern in a line, the way the editor splits a line into words. */
function words(line) {
  return [...line.matchAll(new RegExp(config.wordPattern, 'g'))].map((m) => m[0]);
}

describe('language-configuration.json', () => {
  let grammar;
  before(async () => {
    grammar = await loadScoreLangGrammar();
  });

  it('uses the comment tokens the grammar colours as comments', () => {
    const { lineComment, blockComment } = config.comments;
    const [open, close] = blockComment;
    const lines = tokenizeText(grammar, `${lineComment} note\n${open} note ${close}`);
    assert.ok(lines[0].tokens.every((t) => t.scopes.includes('comment.line.double-slash.scorelang')));
    assert.ok(lines[1].tokens.every((t) => t.scopes.includes('comment.block.scorelang')));
  });

  it('pairs every bracket of the language and auto-closes brackets and strings', () => {
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
    const pairs = Object.fromEntries(config.autoClosingPairs.map((p) => [p.open, p.close]));
    assert.deepEqual(pairs, { '{': '}', '[': ']', '(': ')', '"': '"', '/*': ' */' });
    const quote = config.autoClosingPairs.find((p) => p.open === '"');
    assert.deepEqual(quote.notIn, ['string', 'comment']);
  });

  it('selects names, numbers and dates as whole words', () => {
    assert.deepEqual(words('when company.num_employees >= 500 +20'), ['when', 'company', 'num_employees', '500', '20']);
    assert.deepEqual(words('event website_visit x2 at 2024-02-20T09:30Z'), ['event', 'website_visit', 'x2', 'at', '2024-02-20T09:30Z']);
    assert.deepEqual(words('decay 2.5% every 1 month'), ['decay', '2.5', 'every', '1', 'month']);
  });

  it('folds // #region blocks', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('  // #region marketing groups'));
    assert.ok(start.test('// region'));
    assert.ok(end.test('  // #endregion'));
    assert.ok(!start.test('  // #endregion'));
    assert.ok(!start.test('group region {'));
  });

  it('indents after an opening brace and outdents a closing one', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('score s for contact "Title" {'));
    assert.ok(increase.test('  when stage in ['));
    assert.ok(!increase.test('  output { score: s }'));
    assert.ok(!increase.test('  // a comment {'));
    assert.ok(decrease.test('  }'));
    assert.ok(!decrease.test('  event e +1'));
  });
});
