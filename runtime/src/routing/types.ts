import type { CanonicalOrder } from '../order/canonical-order.js';
import type { Rule } from '../rules/types.js';
import type { I18nText } from '../form/types.js';

/** A place stock ships from. `priority`: higher wins (0 … scoring.priority.max). */
export interface Location {
  id: string;
  /** 'warehouse' | 'store' | 'dropship' | any kebab-case type the tenant uses. */
  type: string;
  tags?: string[];
  lat?: number;
  lon?: number;
  priority?: number;
  region?: string;
  capacity?: { maxOpenOrders: number; openOrders: number };
  /** Absent means active. */
  active?: boolean;
}

/** Stock of one SKU at one location; available = onHand − reserved − safety stock. */
export interface StockLevel {
  location: string;
  sku: string;
  onHand: number;
  reserved: number;
  safetyStock?: number;
  incoming?: number;
}

/** Which locations a selector picks; every given condition must hold (AND). */
export interface LocationSelector {
  ids?: string[];
  types?: string[];
  /** Location must carry all of these tags. */
  tags?: string[];
  /** Location must carry at least one of these tags. */
  anyTags?: string[];
  maxDistanceKm?: number;
  /** JSON Logic over `{location, order, distanceKm, line?}`. */
  where?: Rule;
}

export interface CandidateFilter {
  types?: string[];
  tags?: string[];
  anyTags?: string[];
  excludeTags?: string[];
  maxDistanceKm?: number;
  where?: Rule;
}

export type FactorKey = 'distance' | 'cost' | 'stock' | 'priority' | 'load';
export const FACTOR_KEYS: readonly FactorKey[] = ['distance', 'cost', 'stock', 'priority', 'load'];
export type Weights = Record<FactorKey, number>;

export interface RoutingRule {
  id: string;
  title?: I18nText;
  /** 'order' (default): `when` sees `{order}`, effects apply to the whole order. 'line': `when` sees `{order, line}`, restrict/exclude apply to that line only. */
  scope?: 'order' | 'line';
  when?: Rule;
  restrict?: LocationSelector;
  exclude?: LocationSelector;
  prefer?: LocationSelector & { boost?: number };
  weights?: Partial<Weights>;
  /** Skip the rules after this one when it fires. */
  stop?: boolean;
}

export interface CostEntry {
  location?: string;
  locationType?: string;
  locationRegion?: string;
  toCountry?: string;
  toRegion?: string;
  cost: number;
}

export interface Scoring {
  weights?: Partial<Weights>;
  /** Distance normalises as max(0, 1 − km / maxKm). */
  distance?: { maxKm?: number };
  /** First matching row wins; normalises as max(0, 1 − cost / max). */
  cost?: { table?: CostEntry[]; default?: number; max?: number };
  /** Depth = available units / ordered units over the order's lines; normalises as min(1, depth / cap). */
  stock?: { cap?: number };
  /** Normalises as priority / max, clamped to [0, 1]. */
  priority?: { max?: number };
}

export interface SplitPolicy {
  /** Try to ship everything from one location first (default true). */
  shipComplete?: boolean;
  /** Most shipments a plan may have (default 1). */
  maxShipments?: number;
  /** When the lines cannot all be placed within maxShipments, ship what can be placed (default false: all or nothing). */
  perLineFallback?: boolean;
}

export interface SafetyStockOverride {
  location?: string;
  sku?: string;
  qty: number;
}

export type UnfillablePolicy = 'backorder' | 'hold' | 'reject';

export interface RoutingDefinition {
  kind: 'routing';
  key: string;
  version?: number;
  title: I18nText;
  description?: I18nText;
  candidates?: CandidateFilter;
  rules?: RoutingRule[];
  scoring?: Scoring;
  split?: SplitPolicy;
  safetyStock?: { default?: number; overrides?: SafetyStockOverride[] };
  unfillable?: UnfillablePolicy;
}

export interface ShipmentLine {
  lineId: string;
  sku: string;
  qty: number;
}

export interface Shipment {
  location: string;
  lines: ShipmentLine[];
}

export type RoutingStatus = 'routed' | 'partial' | 'backorder' | 'hold' | 'rejected';

export interface ReasonRef {
  code: string;
  params?: Record<string, unknown>;
}

export interface FactorTrace {
  factor: FactorKey;
  /** Raw measure: km, cost, depth ratio, priority, load ratio; null when unknown. */
  raw: number | null;
  normalized: number;
  weight: number;
  contribution: number;
}

export interface LocationTrace {
  location: string;
  excluded?: ReasonRef;
  score?: number;
  factors?: FactorTrace[];
  /** Boost added by prefer rules, with the rule ids. */
  boost?: number;
  preferredBy?: string[];
  /** 1-based position in the ranking of scored locations. */
  rank?: number;
  selected?: boolean;
}

export interface LineTrace {
  lineId: string;
  sku: string;
  qty: number;
  /** Locations this line may not ship from, with why (line-scope rules, not enough stock). */
  excluded: Array<{ location: string } & ReasonRef>;
  /** Locations that could ship the whole line, best first. */
  eligible: string[];
}

export interface RoutingTrace {
  now: number;
  weights: Weights;
  rulesFired: Array<{ rule: string; index: number; lineId?: string }>;
  locations: LocationTrace[];
  lines: LineTrace[];
  strategy: 'ship-complete' | 'best-per-line' | 'fewest-shipments' | 'partial' | 'none';
  /** The plan found before the unfillable policy applied (hold/reject drop it). */
  proposed: Shipment[];
}

export interface RoutingResult {
  status: RoutingStatus;
  shipments: Shipment[];
  unfilled: ShipmentLine[];
  trace: RoutingTrace;
}

export interface RoutingInput {
  order: CanonicalOrder;
  locations: Location[];
  stock: StockLevel[];
  definition: RoutingDefinition;
}
