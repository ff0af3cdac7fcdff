// 定义编辑器改进的文字（在 index.ts 中合并到 `defx` 下）。
export const definitionsExtraZhCN = {
  leave: {
    title: '不保存就离开？', body: '对此定义未保存的修改将会丢失。', ok: '放弃修改并离开', cancel: '留在此页',
  },
  titleZh: '标题（中文）', titleZhHelp: '可选。留空时，中文界面显示英文标题，直到你补充中文标题。',
  diffOriginal: '比较的旧版本一侧', diffModified: '比较的新版本一侧',
  showArchived: '显示已归档', archivedHidden: '已隐藏 {{count}} 个已归档',
};
