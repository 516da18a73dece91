/** Stopping a process group and removing the folder it writes to (scripts/bench/process.ts). */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {removeDirWithRetries, stopProcessGroup} from '../../scripts/bench/process';

/** Running (a killed process whose new parent has not reaped it yet is a zombie: not running). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
};

test('stopProcessGroup ends a leader and the helper it spawned; the folder they write to can be removed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-process-test-'));
  // The leader spawns a helper that keeps writing files into `dir`, like Chromium's renderers
  // writing its profile, and reports the helper's PID on stdout.
  const writer = `const fs=require('fs');let i=0;setInterval(()=>{fs.mkdirSync(process.argv[1]+'/d'+(i%5),{recursive:true});fs.writeFileSync(process.argv[1]+'/d'+(i%5)+'/f'+(i++),'x')},2)`;
  const leader = `const {spawn}=require('child_process');const c=spawn(process.execPath,['-e',${JSON.stringify(writer)},process.argv[1]],{stdio:'ignore'});console.log(c.pid);setInterval(()=>{},1000)`;
  const child = spawn(process.execPath, ['-e', leader, dir], {
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true,
  });
  try {
    const helperPid = await new Promise<number>((resolve) =>
      child.stdout.once('data', (d) => resolve(Number(String(d).trim()))),
    );
    // Wait (generously: the machine may be busy) until the helper is really writing.
    for (let i = 0; i < 200 && fs.readdirSync(dir).length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    assert.ok(fs.readdirSync(dir).length > 0, 'the helper is writing');
    assert.ok(alive(helperPid));

    await stopProcessGroup(child, 2000);
    await removeDirWithRetries(dir);

    await new Promise((r) => setTimeout(r, 100));
    assert.equal(alive(helperPid), false, 'helper in the group was stopped too');
    assert.equal(fs.existsSync(dir), false, 'folder removed and not recreated');
  } finally {
    await stopProcessGroup(child, 500);
    fs.rmSync(dir, {recursive: true, force: true});
  }
  assert.ok(child.exitCode !== null || child.signalCode !== null, 'leader exited');
});

test('stopProcessGroup resolves at once for a process that already exited', async () => {
  const child = spawn(process.execPath, ['-e', ''], {stdio: 'ignore', detached: true});
  await new Promise((r) => child.once('exit', r));
  await stopProcessGroup(child, 10);
  assert.equal(child.exitCode, 0);
});
