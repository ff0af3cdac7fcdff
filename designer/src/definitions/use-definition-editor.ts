import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { definitionsApi } from '../api/definitions-api';
import type { DefinitionDetail, ValidationIssue } from '../api/types';

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

function issuesOf(e: unknown): ValidationIssue[] | null {
  if (e instanceof ApiError && e.code === 'definition.invalid' && Array.isArray(e.details)) return e.details as ValidationIssue[];
  return null;
}

/** Editor state and the draft actions (save, validate, publish, archive) of one definition. */
export function useDefinitionEditor(kind: string, key: string, detail: DefinitionDetail | undefined, onChanged: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [savedText, setSavedText] = useState('');
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<null | 'save' | 'validate' | 'publish' | 'archive'>(null);

  // Load the draft, or the latest published body when there is no draft (saving it starts a new draft).
  useEffect(() => {
    if (!detail) return;
    let live = true;
    const load = detail.draft
      ? Promise.resolve(detail.draft.body)
      : detail.latestVersion
        ? definitionsApi.version(kind, key, detail.latestVersion).then((v) => v.body)
        : Promise.resolve({ kind, key });
    load.then((body) => {
      if (!live) return;
      setText(pretty(body));
      setSavedText(pretty(body));
    }, setError);
    return () => { live = false; };
  }, [detail, kind, key]);

  const parse = useCallback((): unknown => {
    try {
      return JSON.parse(text);
    } catch (e) {
      void message.error(t('detail.invalidJson', { message: (e as Error).message }));
      return undefined;
    }
  }, [text, message, t]);

  async function run(kindOfAction: NonNullable<typeof busy>, action: () => Promise<void>) {
    setBusy(kindOfAction);
    setError(null);
    try {
      await action();
    } catch (e) {
      const found = issuesOf(e);
      if (found) setIssues(found);
      else setError(e);
    } finally {
      setBusy(null);
    }
  }

  const save = async (): Promise<boolean> => {
    const body = parse();
    if (body === undefined) return false;
    await definitionsApi.saveDraft(kind, key, body);
    setSavedText(text);
    return true;
  };

  return {
    text, setText, issues, error, busy,
    dirty: text !== savedText,
    /** Fallback when the editor is not mounted; also says why unparsable text cannot be formatted. */
    format: () => {
      const body = parse();
      if (body !== undefined) setText(pretty(body));
    },
    save: () => run('save', async () => {
      if (await save()) {
        void message.success(t('detail.saved'));
        onChanged();
      }
    }),
    validate: () => run('validate', async () => {
      const body = parse();
      if (body === undefined) return;
      const r = await definitionsApi.validate(kind, key, body);
      setIssues(r.issues);
      if (r.valid) void message.success(t('detail.valid'));
    }),
    publish: () => run('publish', async () => {
      if (text !== savedText && !(await save())) return;
      const r = await definitionsApi.publish(kind, key);
      setIssues([]);
      void message.success(t('detail.published', { version: r.version }));
      onChanged();
    }),
    archive: () => run('archive', async () => {
      await definitionsApi.archive(kind, key);
      void message.success(t('detail.archived'));
      onChanged();
    }),
  };
}
