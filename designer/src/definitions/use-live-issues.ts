import { validateDefinition, type Locale } from '@oms/runtime';
import { useEffect, useState } from 'react';
import type { ValidationIssue } from '../api/types';

/**
 * Run the runtime's semantic checks in the browser while the analyst types (debounced). Shape errors are
 * left to Monaco's JSON Schema markers, so only meaning-level issues (e.g. an unreachable flow node) appear.
 */
export function useLiveIssues(text: string, locale: string, delayMs = 400): ValidationIssue[] {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        setIssues([]);
        return;
      }
      const found = validateDefinition(parsed, { locale: (locale === 'zh-CN' ? 'zh-CN' : 'en') as Locale });
      setIssues(found.filter((i) => !i.code.startsWith('schema.')));
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, locale, delayMs]);
  return issues;
}
