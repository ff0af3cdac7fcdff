import { readFile } from 'node:fs/promises';

/**
 * `--max-old-space-size` caps the V8 heap, not Buffers or other off-heap memory: a plugin could still take a
 * gigabyte with `Buffer.alloc`. So the host also reads the child's resident set from /proc (Linux) every 100 ms
 * and kills it past the limit. Elsewhere only the heap cap applies.
 */
export function startMemoryWatch(pid: number, limitMb: number, over: () => void): { stop(): void } {
  const page = 4096;
  let stopped = false;
  const timer = setInterval(() => {
    readFile(`/proc/${pid}/statm`, 'utf8').then(
      (s) => {
        const resident = Number(s.split(' ')[1]) * page;
        if (!stopped && resident > limitMb * 1024 * 1024) over();
      },
      () => clearInterval(timer), // not Linux, or the process is gone
    );
  }, 100);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
