import { HttpError } from '../../http/errors.js';
import type { AppDeps } from '../../http/route-spec.js';
import { isPlatformHost } from '../platform/platform-host.js';
import type { PluginPlatform } from '../platform/platform.js';

/** The app's plugin platform (createApp wires it as the PluginHost); another host means no plugin admin. */
export function platformOf(deps: AppDeps): PluginPlatform {
  if (!isPlatformHost(deps.pluginHost)) throw new HttpError(503, 'plugin.platform-unavailable', 'This server runs without the plugin platform');
  return deps.pluginHost.platform;
}

export const EXAMPLE_ID = '00000000-0000-7000-8000-000000000000';
