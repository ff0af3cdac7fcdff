import { Skeleton } from 'antd';

/** Shown while the Monaco chunk downloads. */
export function EditorFallback({ height = 480 }: { height?: number }) {
  return <Skeleton active paragraph={{ rows: Math.max(3, Math.round(height / 40)) }} style={{ height }} />;
}
