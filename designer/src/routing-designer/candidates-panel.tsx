import { setIn } from './routing-doc';
import type { DocProps } from './doc-props';
import { SelectorFields, type SelectorOptions } from './selector-fields';

/** Which locations may ship at all (before any rule): types, tags, excluded tags, distance, condition. */
export function CandidatesPanel({ doc, onChange, readOnly, options }: DocProps & { options: SelectorOptions }) {
  return (
    <div data-testid="candidates-panel">
      <SelectorFields
        value={(doc.candidates ?? {}) as never} options={options} idPrefix="candidates" readOnly={readOnly} withExcludeTags
        onChange={(v) => onChange(setIn(doc, ['candidates'], Object.keys(v).length ? v : undefined))}
      />
    </div>
  );
}
