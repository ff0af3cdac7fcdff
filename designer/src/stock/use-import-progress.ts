import { useEffect, useState } from 'react';
import { getImport, type ImportProgress } from './stock-api';

// Short, so a 10,000-row file (a second or two) shows several steps; each poll is one indexed read.
const POLL_MS = 100;

/** Polls an import until it is done or failed. */
export function useImportProgress(id: string | null) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setProgress(null);
    setError(null);
    if (!id) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      getImport(id).then(
        (p) => {
          if (!live) return;
          setProgress(p);
          if (p.status === 'queued' || p.status === 'running') timer = setTimeout(tick, POLL_MS);
        },
        (e: unknown) => { if (live) setError(e); },
      );
    };
    tick();
    return () => { live = false; if (timer) clearTimeout(timer); };
  }, [id]);
  return { progress, error };
}
