export { RuleBuilder, type RuleBuilderProps } from './rule-builder';
export { ruleVariables, lineItemVariables, type FormFieldVar } from './variables';
