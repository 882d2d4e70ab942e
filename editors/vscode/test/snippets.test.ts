// Checks the snippets: well-formed tab stops, and, once every placeholder takes its default, text of the shape
// docs/grammar.md gives for that construct.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const snippetsPath = join(root, manifest.contributes.snippets[0].path);
const snippets: Record<string, { prefix: string; description: string; body: string[] }> = JSON.parse(readFileSync(snippetsPath, 'utf8'));

/** Expands a snippet the way accepting every default would: ${1:x} -> x, ${1|a,b|} -> a, $1 -> nothing. */
function expand(body: string[]): string {
  let text = body.join('\n').replace(/\t/g, '  ');
  let previous;
  do {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  } while (text !== previous);
  return text.replace(/\$\d+/g, '');
}

function tabStops(body: string[]): number[] {
  return [...body.join('\n').matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1]));
}

// The shape of each snippet's default text, from docs/grammar.md.
const shapes: Record<string, RegExp> = {
  Score: /^score \w+ for \w+ "[^"]*" \{\n  kind (engagement|fit|combined)\n  limit \d+\n\n  group \w+ "[^"]*" limit \d+ \{\n    event \w+ [+-]\d+\n  \}\n\n  thresholds \{\n(    \w+ \d+\.\.\d+\n){3}  \}\n\}$/,
  Group: /^group \w+ "[^"]*" limit \d+ decay \d+% every \d+ months? \{\n  \n\}$/,
  'Event rule': /^event \w+ where \w+ == "[^"]*" [+-]\d+$/,
  'Property rule': /^when \w+ contains "[^"]*" [+-]\d+$/,
  Test: /^test "[^"]*" \{\n  as of \d{4}-\d{2}-\d{2}\n  given \{ \w+: "[^"]*" \}\n  event \w+ at \d{4}-\d{2}-\d{2}\n  expect \w+ == \d+\n  \n\}$/,
};

describe('snippets', () => {
  it('cover score, group, event rule, property rule and test', () => {
    assert.deepEqual(Object.keys(snippets).sort(), Object.keys(shapes).sort());
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`${name}: has a prefix, a description and numbered tab stops without gaps`, () => {
      assert.ok(snippet.prefix.length > 0);
      assert.ok(snippet.description.length > 0);
      const stops = [...new Set(tabStops(snippet.body).filter((n) => n > 0))].sort((a, b) => a - b);
      assert.deepEqual(stops, stops.map((_, i) => i + 1));
    });

    it(`${name}: expands to ${name.toLowerCase()} syntax with balanced braces`, () => {
      const text = expand(snippet.body);
      assert.equal((text.match(/\{/g) ?? []).length, (text.match(/\}/g) ?? []).length, text);
      assert.match(text, shapes[name], text);
    });
  }
});
