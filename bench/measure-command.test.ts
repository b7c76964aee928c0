import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureCommand, processTree } from './measure-command.ts';

describe('measureCommand', () => {
  it('counts the memory of grandchildren in the peak of the process tree', async () => {
    // The child spawns a grandchild that holds ~200 MiB; the child itself stays small.
    const grandchild = 'const b = Buffer.alloc(200 * 1048576, 1); setTimeout(() => console.log(b[0]), 800);';
    const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' });`;
    const m = await measureCommand(process.execPath, ['-e', child], { intervalMs: 50 });
    assert.equal(m.exitCode, 0);
    assert.ok(m.peakRssBytes > 200 * 1048576, `peak ${m.peakRssBytes}`);
    assert.ok(m.wallMs >= 800);
    assert.ok(m.cpuMs > 0);
    assert.match(m.output, /^1$/m);
  });

  it('reports a failing command through its exit code', async () => {
    const m = await measureCommand(process.execPath, ['-e', 'console.error("bad input"); process.exit(3)']);
    assert.equal(m.exitCode, 3);
    assert.match(m.output, /bad input/);
  });
});

describe('processTree', () => {
  it('starts with the root process', () => {
    assert.equal(processTree(process.pid)[0], process.pid);
  });
});
