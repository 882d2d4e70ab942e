import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crashingMessage, startFailedMessage } from '../src/messages';
import { RestartPolicy } from '../src/restartPolicy';

describe('RestartPolicy', () => {
  it('does not restart a server that never finished starting (e.g. a CLI without `lsp`)', () => {
    const policy = new RestartPolicy();
    assert.deepEqual(policy.onClosed(), { restart: false, reason: 'never-started' });
  });

  it('restarts a running server that crashed, up to the limit within the window', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    policy.markStarted();
    for (let i = 0; i < 4; i++) {
      now += 1000;
      assert.deepEqual(policy.onClosed(), { restart: true }, `crash ${i + 1}`);
    }
    now += 1000;
    assert.deepEqual(policy.onClosed(), { restart: false, reason: 'crashing' });
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(2, 60_000, () => now);
    policy.markStarted();
    assert.equal(policy.onClosed().restart, true);
    assert.equal(policy.onClosed().restart, true);
    now = 120_000;
    assert.equal(policy.onClosed().restart, true);
  });

  it('tolerates three connection errors in a row, then shuts down', () => {
    const policy = new RestartPolicy();
    assert.equal(policy.onError(undefined), 'continue');
    assert.equal(policy.onError(3), 'continue');
    assert.equal(policy.onError(4), 'shutdown');
  });
});

describe('messages', () => {
  it('a start failure names the command, the cause and what to do', () => {
    const message = startFailedMessage('scorelang lsp', new Error('Connection closed'));
    assert.match(message, /"scorelang lsp" stopped before it was ready \(Connection closed\)/);
    assert.match(message, /no "lsp" command yet.*"scorelang\.server\.path"/);
  });

  it('a crash loop says how often and how to restart', () => {
    assert.match(crashingMessage(4, 3), /stopped 5 times in 3 minutes.*ScoreLang: Restart Language Server/);
  });
});
