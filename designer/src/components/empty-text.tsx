import { Typography } from 'antd';

/** Table "no data" text in a readable grey (antd's default empty text fails WCAG contrast). */
export function EmptyText({ text }: { text: string }) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}
