/**
 * A programming fault while assembling a registry (node types, field types, operators, definition kinds,
 * message codes): thrown, with a stable code, because it can only come from code, never from user input.
 */
export class RegistryError extends Error {
  readonly code: string;
  readonly registry: string;
  readonly key: string;

  constructor(code: 'registry.duplicate-key', registry: string, key: string) {
    super(`${registry}: "${key}" is already registered (pass { replace: true } to replace it on purpose)`);
    this.name = 'RegistryError';
    this.code = code;
    this.registry = registry;
    this.key = key;
  }
}

export interface RegisterOptions {
  /** Replace an existing entry on purpose (tests, deliberate overrides); without it a duplicate key throws. */
  replace?: boolean;
}

/** Put `value` under `key`, refusing a silent overwrite: the one rule every extension registry follows. */
export function registerOnce<T>(map: Map<string, T>, registry: string, key: string, value: T, options: RegisterOptions = {}): void {
  if (map.has(key) && !options.replace) throw new RegistryError('registry.duplicate-key', registry, key);
  map.set(key, value);
}
