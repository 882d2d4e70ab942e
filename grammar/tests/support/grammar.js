'use strict';
// Loads the ScoreLang grammar with the same registry (vscode-textmate + oniguruma) that vscode-tmgrammar-test uses,
// so the scope assertions, the sample checks and the tokenize script all see what VS Code sees.
const path = require('node:path');
const { createRegistry } = require('vscode-tmgrammar-test/dist/common/index');

const grammarDir = path.resolve(__dirname, '..', '..');
const grammarPath = path.join(grammarDir, 'scorelang.tmLanguage.json');
const scopeName = 'source.scorelang';

async function loadScoreLangGrammar() {
  const registry = createRegistry([{ scopeName, path: grammarPath }]);
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`could not load ${grammarPath}`);
  return grammar;
}

/** Tokenizes a whole text; returns one entry per line with its tokens and the rule stack after it. */
function tokenizeText(grammar, text) {
  let stack = null;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return {
      line,
      tokens: result.tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes })),
    };
  });
}

module.exports = { grammarDir, grammarPath, scopeName, loadScoreLangGrammar, tokenizeText };
