/**
 * Runs one benchmark stage as a child process and measures it: wall time, and the
 * peak resident memory of the whole process tree (the stage, its workers and any
 * binaries it spawns, e.g. Pagefind), sampled from /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  /** Wall-clock time, milliseconds. */
  wallMs: number;
  /** Highest sum of VmRSS over the process tree seen in any sample, bytes. */
  peakRssBytes: number;
  /** Highest VmHWM (the kernel's own peak) of any single process in the tree, bytes. */
  peakProcessBytes: number;
  /** CPU time (user + system) of the whole tree, ms: above wallMs when it used more than one core. */
  cpuMs: number;
  /** Number of samples taken. */
  samples: number;
  exitCode: number | null;
  /** Last lines of stdout and stderr, for error reports. */
  output: string;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling interval; default 100 ms. */
  intervalMs?: number;
  /** Echo the child's output as it comes. */
  echo?: boolean;
}

/** Parent pid of every process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited between readdir and read
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  return children;
}

/** `root` and all its descendants. */
export function processTree(root: number): number[] {
  const children = parentMap();
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** CPU time (utime + stime) a process has used so far, ms; 0 when it has exited. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** VmRSS and VmHWM of one process in bytes; zeros when it has exited. */
export function processMemory(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * CPU time of this process's reaped descendants (cutime + cstime of /proc/self/stat), ms.
 * Every descendant is counted once its parent has waited for it; USER_HZ is 100 on Linux.
 */
export function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Runs `command args` and resolves when it exits (never rejects on a non-zero exit). */
export function measureCommand(command: string, args: string[], options: MeasureOptions = {}): Promise<Measured> {
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakRss = 0;
  let peakProcess = 0;
  let samples = 0;
  // Last CPU reading per process: catches helpers nobody waits for (Pagefind's binary), which cutime misses.
  const cpuSeen = new Map<number, number>();
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    if (options.echo) process.stdout.write(text);
    tail.push(text);
    if (tail.length > 200) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const { rss, hwm } = processMemory(pid);
      sum += rss;
      cpuSeen.set(pid, Math.max(cpuSeen.get(pid) ?? 0, processCpuMs(pid)));
      peakProcess = Math.max(peakProcess, hwm);
    }
    peakRss = Math.max(peakRss, sum);
    samples++;
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    // 'exit' fires before the pipes close: take the final reading of the main process there.
    child.on('exit', () => clearInterval(timer));
    child.on('close', (code) => {
      resolve({
        wallMs: performance.now() - started,
        cpuMs: Math.max(childrenCpuMs() - cpuBefore, [...cpuSeen.values()].reduce((a, b) => a + b, 0)),
        peakRssBytes: peakRss,
        peakProcessBytes: peakProcess,
        samples,
        exitCode: code,
        output: tail.join('').split('\n').slice(-40).join('\n'),
      });
    });
  });
}
