'use strict';
// Tokenizes every sample in samples/ (the repository's real score and schema files) and checks that the grammar
// classifies all of it: no invalid token, no word left without a scope, and every block closed at the end of the file.
const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { describe, it, before } = require('node:test');
const { grammarDir, loadScoreLangGrammar, tokenizeText } = require('./support/grammar');

const samplesDir = path.resolve(grammarDir, '..', 'samples');
const samples = fs.existsSync(samplesDir)
  ? fs.readdirSync(samplesDir).filter((f) => /\.(score|schema)$/.test(f)).sort()
  : [];

// Scopes that only group other tokens; a token whose innermost scope is one of these was not classified.
const structural = /^(source\.scorelang|meta\.[\w.-]+)$/;

describe('samples', () => {
  let grammar;
  before(async () => {
    grammar = await loadScoreLangGrammar();
  });

  it('are found', () => assert.ok(samples.length > 0, `no .score or .schema files in ${samplesDir}`));

  for (const sample of samples) {
    const text = () => fs.readFileSync(path.join(samplesDir, sample), 'utf8');

    it(`${sample}: has no invalid token`, () => {
      const invalid = tokensWhere(tokenizeText(grammar, text()), (t) => t.scopes.some((s) => s.startsWith('invalid')));
      assert.deepEqual(invalid, []);
    });

    it(`${sample}: gives every word a scope`, () => {
      const bare = tokensWhere(
        tokenizeText(grammar, text()),
        (t) => t.text.trim() !== '' && structural.test(t.scopes[t.scopes.length - 1]),
      );
      assert.deepEqual(bare, []);
    });

    it(`${sample}: closes every block by the end of the file`, () => {
      // A declaration typed after the file's last line must be seen at top level.
      const lines = tokenizeText(grammar, `${text()}\nscore probe for contact {}`);
      const probe = lines[lines.length - 1].tokens[0];
      assert.equal(probe.text, 'score');
      assert.deepEqual(probe.scopes, ['source.scorelang', 'meta.declaration.score.scorelang', 'storage.type.score.scorelang']);
    });
  }
});

function tokensWhere(lines, predicate) {
  const found = [];
  lines.forEach((line, i) => {
    for (const t of line.tokens) {
      if (predicate(t)) found.push(`${i + 1}:${t.start + 1} ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`);
    }
  });
  return found;
}
