import { Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const KEYS: Array<[string, string]> = [
  ['j / k', 'jk'], ['Enter', 'enter'], ['a', 'a'], ['r', 'r'], ['c', 'c'], ['x', 'x'], ['/', 'slash'], ['?', 'help'], ['Esc', 'esc'],
];

export function KeyboardHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  const content = (
    <table data-testid="keyboard-help">
      <tbody>
        {KEYS.map(([k, key]) => (
          <tr key={key}>
            <td style={{ paddingInlineEnd: 16 }}><Typography.Text keyboard>{k}</Typography.Text></td>
            <td>{t(`inbox.key.${key}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Popover open={open} onOpenChange={onOpenChange} trigger="click" title={t('inbox.keysTitle')} content={content}>
      <Button aria-keyshortcuts="?">{t('inbox.keys')} (?)</Button>
    </Popover>
  );
}
