import i18n from 'i18next';

/**
 * Monaco reads its own UI texts (hovers, context menu, find widget, quick fixes) once, when its modules are
 * evaluated, from `globalThis._VSCODE_NLS_MESSAGES`. So the zh-CN message file (shipped in monaco-editor,
 * offline) must run before the first Monaco module: the lazy editor chunks await this first. A language switch
 * after Monaco has loaded takes effect on the next page load.
 */
export async function loadMonacoMessages(): Promise<void> {
  if (i18n.language === 'zh-CN') await import('monaco-editor/nls/lang/zh-cn');
}
