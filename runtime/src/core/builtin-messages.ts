import { definitionMessages, schemaMessages } from '../definitions/messages.js';
import { flowMessages } from '../flow/messages.js';
import { fieldMessages, formMessages } from '../form/messages.js';
import { pluginMessages } from '../plugins/messages.js';
import { releaseMessages } from '../release/messages.js';
import { reviewMessages } from '../review/messages.js';
import { routingMessages } from '../routing/messages.js';
import { ruleMessages } from '../rules/messages.js';
import type { MessageCatalogue } from './message-catalogue.js';

/** Every built-in catalogue (data-only modules, so importing them has no effect and no import cycle). */
export function builtinCatalogues(): MessageCatalogue[] {
  return [schemaMessages, definitionMessages, ruleMessages, formMessages, fieldMessages, flowMessages, routingMessages, reviewMessages, pluginMessages, releaseMessages];
}
