// The CLI invocations of the file commands and the scorelang.json lookup they share with the language server.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliInvocation, compileArgs, explainArgs, findSampleConfig } from '../src/cliCommands';

const root = join('/', 'work', 'project');

function files(contents: Record<string, string>): (file: string) => string | undefined {
  return (file) => contents[file];
}

describe('findSampleConfig', () => {
  it('takes the nearest scorelang.json above the file and resolves sampleData against its folder', () => {
    const lookup = findSampleConfig(join(root, 'scores', 'lead.score'), files({
      [join(root, 'scorelang.json')]: '{ "sampleData": "data", "asOf": "2024-07-01" }',
    }));
    assert.deepEqual(lookup, {
      kind: 'found',
      config: { configPath: join(root, 'scorelang.json'), dataPath: join(root, 'data'), asOf: '2024-07-01' },
    });
  });

  it('prefers the config in the file’s own folder', () => {
    const lookup = findSampleConfig(join(root, 'scores', 'lead.score'), files({
      [join(root, 'scorelang.json')]: '{ "sampleData": "outer" }',
      [join(root, 'scores', 'scorelang.json')]: '{ "sampleData": "inner" }',
    }));
    assert.equal(lookup.kind === 'found' && lookup.config.dataPath, join(root, 'scores', 'inner'));
  });

  it('explains what is missing: no config, invalid JSON, no sampleData', () => {
    const file = join(root, 'lead.score');
    const none = findSampleConfig(file, files({}));
    const invalid = findSampleConfig(file, files({ [join(root, 'scorelang.json')]: '{ "sampleData": ' }));
    const empty = findSampleConfig(file, files({ [join(root, 'scorelang.json')]: '{ "asOf": "2024-07-01" }' }));
    assert.equal(none.kind === 'problem' && /needs sample data: add a scorelang.json/.test(none.message), true);
    assert.equal(invalid.kind === 'problem' && /is not valid JSON/.test(invalid.message), true);
    assert.equal(empty.kind === 'problem' && /has no "sampleData"/.test(empty.message), true);
  });
});

describe('CLI arguments', () => {
  const config = { configPath: join(root, 'scorelang.json'), dataPath: join(root, 'data') };

  it('explains one record against the sample data, at the configured date when there is one', () => {
    assert.deepEqual(explainArgs('lead.score', 'c-1', config), ['explain', 'lead.score', '--data', join(root, 'data'), '--record', 'c-1']);
    assert.deepEqual(explainArgs('lead.score', 'c-1', { ...config, asOf: '2024-07-01' }), [
      'explain', 'lead.score', '--data', join(root, 'data'), '--as-of', '2024-07-01', '--record', 'c-1',
    ]);
  });

  it('compiles into a folder', () => {
    assert.deepEqual(compileArgs('lead.score', '/tmp/out'), ['compile', 'lead.score', '--out', '/tmp/out']);
  });

  it('runs the CLI the server command names, without the server arguments', () => {
    assert.deepEqual(cliInvocation('/bin/scorelang', ['lsp'], ['lsp']), { command: '/bin/scorelang', args: [] });
    assert.deepEqual(cliInvocation('/bin/dotnet', ['/x/scorelang.dll', 'lsp'], ['lsp']), { command: '/bin/dotnet', args: ['/x/scorelang.dll'] });
    assert.deepEqual(cliInvocation('/bin/wrapper', ['--serve'], ['lsp']), { command: '/bin/wrapper', args: ['--serve'] });
  });
});
