import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { codeKey } from '../i18n/code-key';

/** A confirmation that says what will happen, then the call; failures shown translated by code. */
export function useConfirmAction() {
  const { modal, message } = App.useApp();
  const { t } = useTranslation();
  const errorText = (e: unknown) =>
    e instanceof ApiError ? t(`console.errors.${codeKey(e.code)}`, { defaultValue: e.message }) : String((e as Error)?.message ?? e);
  return (opts: { title: string; content: string; okText: string; danger?: boolean; run(): Promise<unknown>; done(): void }) =>
    modal.confirm({
      title: opts.title,
      content: <span data-testid="confirm-text">{opts.content}</span>,
      okText: opts.okText,
      cancelText: t('console.actions.back'),
      okButtonProps: { danger: opts.danger, 'data-testid': 'confirm-ok' },
      async onOk() {
        try {
          await opts.run();
          void message.success(t('console.actions.done'));
          opts.done();
        } catch (e) {
          void message.error(errorText(e));
        }
      },
    });
}
