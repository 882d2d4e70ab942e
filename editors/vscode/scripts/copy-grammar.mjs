// Copies the TextMate grammar and the language configuration from grammar/ (their only source) into the extension,
// so that they are never edited in two places. Run by `npm run build` and before packaging.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const grammarDir = resolve(extensionDir, '..', '..', 'grammar');

const copies = [
  ['scorelang.tmLanguage.json', join('syntaxes', 'scorelang.tmLanguage.json')],
  ['language-configuration.json', 'language-configuration.json'],
];

for (const [source, target] of copies) {
  const from = join(grammarDir, source);
  if (!existsSync(from)) {
    console.error(`copy-grammar: ${from} not found; the extension must be built inside the ScoreLang repository.`);
    process.exit(1);
  }
  const to = join(extensionDir, target);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  console.log(`copy-grammar: ${source} -> ${target}`);
}
