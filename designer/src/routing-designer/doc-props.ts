import type { RoutingDoc } from './routing-doc';

/** What every section of the routing designer gets: the document and a way to replace it. */
export interface DocProps {
  doc: RoutingDoc;
  onChange(next: RoutingDoc): void;
  readOnly?: boolean;
}
