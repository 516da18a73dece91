/**
 * Stopping a browser we started and removing its profile without racing it (issue #11: the bench
 * died with ENOTEMPTY because Chromium's helper processes were still writing the profile while it
 * was being removed). Chromium is started in its own process group; stopping it signals that
 * group, waits until the main process has exited, and then removes the folder with retries.
 */
import type {ChildProcess} from 'node:child_process';
import fs from 'node:fs';

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(exited(child)), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Signals the process group led by `child` (spawned with `detached: true`), or the process alone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      process.kill(child.pid, signal);
    } catch {
      // already gone
    }
  }
}

/** SIGTERM to the group, then SIGKILL if it has not exited within `graceMs`; resolves once it has. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (!exited(child)) {
    signalGroup(child, 'SIGTERM');
    if (!(await waitForExit(child, graceMs))) {
      signalGroup(child, 'SIGKILL');
      await waitForExit(child, graceMs);
    }
  }
  // Helpers of the group may outlive the leader by a moment: make sure none is left.
  signalGroup(child, 'SIGKILL');
}

/** Removes a folder that a just-stopped process may still be flushing into. */
export async function removeDirWithRetries(dir: string, attempts = 10, delayMs = 200): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      fs.rmSync(dir, {recursive: true, force: true, maxRetries: 3, retryDelay: 50});
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}
