import type { CompiledRule, RuleEngine } from '../rules/types.js';
import { resolveScoring, type ResolvedScoring } from './defaults.js';
import type { CostEntry, LocationSelector, RoutingDefinition, UnfillablePolicy, Weights } from './types.js';

export interface CompiledSelector {
  ids?: Set<string>;
  types?: Set<string>;
  tags?: string[];
  anyTags?: string[];
  maxDistanceKm?: number;
  where?: CompiledRule;
}

export interface CompiledRoutingRule {
  id: string;
  index: number;
  line: boolean;
  when?: CompiledRule;
  restrict?: CompiledSelector;
  exclude?: CompiledSelector;
  prefer?: CompiledSelector;
  boost: number;
  weights?: Partial<Weights>;
  stop: boolean;
}

export interface CompiledRouting {
  candidates: CompiledSelector & { excludeTags?: string[] };
  rules: CompiledRoutingRule[];
  scoring: ResolvedScoring;
  costTable: CostEntry[];
  shipComplete: boolean;
  maxShipments: number;
  perLineFallback: boolean;
  unfillable: UnfillablePolicy;
}

function selector(rules: RuleEngine, s: LocationSelector | undefined): CompiledSelector | undefined {
  if (!s) return undefined;
  return {
    ids: s.ids ? new Set(s.ids) : undefined,
    types: s.types ? new Set(s.types) : undefined,
    tags: s.tags,
    anyTags: s.anyTags,
    maxDistanceKm: s.maxDistanceKm,
    where: s.where === undefined ? undefined : rules.compile(s.where),
  };
}

/** Compile every rule of a definition once; throws RuleError for a rule that does not compile. */
export function compileRouting(rules: RuleEngine, def: RoutingDefinition): CompiledRouting {
  const c = def.candidates ?? {};
  return {
    candidates: { ...selector(rules, c)!, excludeTags: c.excludeTags },
    rules: (def.rules ?? []).map((r, index) => ({
      id: r.id,
      index,
      line: r.scope === 'line',
      when: r.when === undefined ? undefined : rules.compile(r.when),
      restrict: selector(rules, r.restrict),
      exclude: selector(rules, r.exclude),
      prefer: selector(rules, r.prefer),
      boost: r.prefer?.boost ?? 1,
      weights: r.weights,
      stop: r.stop === true,
    })),
    scoring: resolveScoring(def),
    costTable: def.scoring?.cost?.table ?? [],
    shipComplete: def.split?.shipComplete ?? true,
    maxShipments: def.split?.maxShipments ?? 1,
    perLineFallback: def.split?.perLineFallback ?? false,
    unfillable: def.unfillable ?? 'backorder',
  };
}
