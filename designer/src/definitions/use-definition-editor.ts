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

const isConflict = (e: unknown) => e instanceof ApiError && e.code === 'definition.conflict';

/** Editor state and the draft actions (save, validate, publish, archive) of one definition. */
export function useDefinitionEditor(kind: string, key: string, detail: DefinitionDetail | undefined, onChanged: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [savedText, setSavedText] = useState('');
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<null | 'save' | 'validate' | 'publish' | 'archive'>(null);
  // The draft revision the text is based on; a save sends it so it never overwrites someone else's save.
  const [revision, setRevision] = useState(0);
  const [conflict, setConflict] = useState(false);

  // Load the draft, or the latest published body when there is no draft (saving it starts a new draft).
  useEffect(() => {
    if (!detail) return;
    setRevision(detail.revision);
    setConflict(false);
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
      else if (isConflict(e)) setConflict(true);
      else setError(e);
    } finally {
      setBusy(null);
    }
  }

  const save = async (): Promise<boolean> => {
    const body = parse();
    if (body === undefined) return false;
    const saved = await definitionsApi.saveDraft(kind, key, body, revision);
    setRevision(saved.revision);
    setSavedText(text);
    return true;
  };

  return {
    text, setText, issues, error, busy,
    /** Someone else saved since this text was loaded: reload (the editor's changes are kept on screen until then). */
    conflict,
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
      let edit: { body: unknown; revision: number } | undefined;
      if (text !== savedText) {
        const body = parse();
        if (body === undefined) return;
        edit = { body, revision };
      }
      const r = await definitionsApi.publish(kind, key, edit);
      if (edit) setSavedText(text);
      setIssues(r.warnings ?? []);
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
