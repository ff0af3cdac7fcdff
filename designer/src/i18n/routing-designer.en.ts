// Texts of the routing designer (merged under `routingDesigner` in index.ts).
export const routingDesignerEn = {
  tab: 'Designer',
  fixJsonFirst: 'The JSON has a syntax error: fix it in the JSON view first.',
  sections: { candidates: 'Candidate locations', rules: 'Rules (in order)', weights: 'Score weights', policy: 'Split, safety stock, unfillable' },
  selector: {
    ids: 'Locations', types: 'Location types', tags: 'Has all tags', anyTags: 'Has any tag', excludeTags: 'Not with tags',
    maxDistanceKm: 'Max distance (km)', boost: 'Boost', where: 'Condition on the location',
  },
  condition: { add: 'Add condition', remove: 'Remove condition', always: 'No condition: always applies.' },
  rules: {
    id: 'Rule id', up: 'Move up', down: 'Move down', remove: 'Remove rule', add: 'Add rule', none: 'No rules yet.',
    scope: 'Applies to', scopeOrder: 'the whole order', scopeLine: 'each line', stop: 'Stop after this rule',
    when: 'When', weights: 'Weight overrides',
    effect: { restrict: 'Only these locations (restrict)', exclude: 'Never these locations (exclude)', prefer: 'Prefer these locations (boost)' },
  },
  weights: {
    sliderLabel: 'Weight of {{factor}}', defaults: 'No weights given: the engine defaults apply. Moving a slider writes all five.',
    maxKm: 'Distance scale (km)', stockCap: 'Stock depth cap', priorityMax: 'Highest priority', costDefault: 'Default cost',
  },
  policy: {
    shipComplete: 'Ship complete from one location first', maxShipments: 'Most shipments', perLineFallback: 'Ship what can be placed',
    safetyDefault: 'Safety stock (default)', unfillable: 'Lines nobody can ship',
    unfillableOption: { backorder: 'Backorder', hold: 'Hold the order', reject: 'Reject the order' },
    overridesKept_one: '{{count}} safety stock override (edit it in the JSON view) is kept.', overridesKept_other: '{{count}} safety stock overrides (edit them in the JSON view) are kept.',
  },
  preview: {
    title: 'Live ranking', sample: 'Sample order', orderJson: 'Sample order (JSON)', orderInvalid: 'The sample order is not valid JSON with lines; the last valid one is used.',
    noLocations: 'This tenant has no locations yet.', status: 'Result', strategy: 'Strategy', weights: 'Weights', unfilled: 'Not placed',
    rank: 'Rank', location: 'Location', score: 'Score', components: 'Score components (weight × normalised) or why excluded',
    lineExclusions: 'Per line', rulesFired: 'Rules that fired',
  },
  samples: { columbus: 'PO-1001 · Columbus, OH (2 lines)', 'san-francisco': 'WEB-5005 · San Francisco, CA (drills)', 'reno-saws': 'PO-2002 · Sacramento, CA (saws)' },
  replay: {
    title: 'Replay', last: 'Last orders', run: 'Replay against this draft', summary: '{{changed}} of the last {{total}} orders change',
    totals: 'Shipments {{sb}} → {{sa}} · distance {{kb}} → {{ka}} km · cost {{cb}} → {{ca}}',
    order: 'Order', before: 'Was', after: 'With this draft', changed: 'Changed', yes: 'changed', no: 'same',
  },
};
