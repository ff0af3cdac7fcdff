import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { secretUi } from '../../../designer/src/admin/plugins/secret-ui';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const placeholder = (field: string) => `set? ${field}`;
const password = (field: string) => ({ 'ui:widget': 'password', 'ui:placeholder': `set? ${field}` });

describe('plugin forms render every secret as a password input', () => {
  it('finds secrets at the top, nested, in maps and in lists; leaves plain fields alone', () => {
    const ui = secretUi({
      type: 'object',
      properties: {
        name: { type: 'string' },
        token: { type: 'string', writeOnly: true },
        nested: { type: 'object', properties: { key: { type: 'string', writeOnly: true }, label: { type: 'string' } } },
        perName: { type: 'object', writeOnly: true, additionalProperties: { type: 'string' } },
        list: { type: 'array', items: { type: 'object', properties: { secret: { type: 'string', writeOnly: true } } } },
        count: { type: 'number', writeOnly: true },
      },
    }, placeholder);
    expect(ui).toEqual({
      token: password('token'),
      nested: { key: password('nested') },
      perName: { additionalProperties: password('perName') },
      list: { items: { secret: password('list') } },
    });
  });

  it("the webhook connector's per-subscription secrets are password inputs", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'plugins/webhook/manifest.json'), 'utf8'));
    const ui = secretUi(manifest.credentialsSchema, placeholder);
    expect(ui.signingSecrets).toEqual({ additionalProperties: password('signingSecrets') });
    expect(ui.signingSecret).toEqual(password('signingSecret'));
  });
});
