import { Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A JSON value (e.g. a JSON Logic rule) typed as text; committed only when it parses, so an edit in
 * progress never replaces the stored rule with garbage.
 */
export function JsonField(props: { id: string; testId: string; value: unknown; onChange(v: unknown): void }) {
  const { t } = useTranslation();
  const shown = props.value === undefined ? '' : JSON.stringify(props.value);
  const [text, setText] = useState(shown);
  const [bad, setBad] = useState(false);
  useEffect(() => { setText(shown); setBad(false); }, [shown]);
  return (
    <>
      <Input.TextArea
        id={props.id} data-testid={props.testId} autoSize={{ minRows: 1, maxRows: 6 }} value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() === '') return props.onChange(undefined);
          try {
            props.onChange(JSON.parse(text));
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <Typography.Text type="danger">{t('flowDesigner.invalidJson')}</Typography.Text>}
    </>
  );
}
