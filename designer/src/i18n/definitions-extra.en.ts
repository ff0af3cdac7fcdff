// Texts of the definition editor's hygiene fixes (merged under `defx` in index.ts).
export const definitionsExtraEn = {
  leave: {
    title: 'Leave without saving?', body: 'Your unsaved changes to this definition will be lost.', ok: 'Discard and leave', cancel: 'Stay',
  },
  titleZh: 'Title (Chinese)', titleZhHelp: 'Optional. Left empty, Chinese screens show the English title until you add one.',
  diffOriginal: 'Older side of the comparison', diffModified: 'Newer side of the comparison',
  showArchived: 'Show archived', archivedHidden: '{{count}} archived hidden',
};
