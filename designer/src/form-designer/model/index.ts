// The form designer's pure model (no React): the UI and the unit tests both use it.
export * from './doc';
export * from './layout-commands';
export * from './field-commands';
export { issueTarget, type IssueTarget } from './issue-target';
export { parseFormula, formulaJson, type Formula } from './formula';
export { setFormFlow } from './form-settings';
