#!/usr/bin/env node
// Prints the TextMate tokens of a file, one per line: "line:col 'text' scope scope ...".
// For writing and debugging grammar tests: `npm run tokens -- ../samples/lead-scoring.score`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { loadScoreLangGrammar } = require('../tests/support/grammar');

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/tokenize.js <file.score>');
    process.exit(2);
  }
  const grammar = await loadScoreLangGrammar();
  const lines = fs.readFileSync(path.resolve(file), 'utf8').split(/\r?\n/);
  let stack = null;
  lines.forEach((line, i) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    for (const token of result.tokens) {
      const text = line.substring(token.startIndex, token.endIndex);
      if (text.trim() === '') continue;
      const scopes = token.scopes.slice(1).join(' ');
      console.log(`${i + 1}:${token.startIndex + 1} ${JSON.stringify(text)} ${scopes}`);
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
