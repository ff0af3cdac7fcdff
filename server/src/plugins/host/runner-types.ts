/**
 * The contract between the child-process plugin runner (p1) and the plugin platform (p2): CONTRACT3.md
 * §"p1 → p2: the runner". The platform decides what to run (installation, decrypted credentials, hosts);
 * the runner decides how (one child process per installation, permissions, deadlines, validation).
 */
import type { Clock, PluginManifest, WebhookDelivery } from '@oms/runtime';
import type { PluginErrorClass } from '../plugin-host.js';

export interface RunnablePlugin {
  installationId: string;
  tenantId: string;
  pluginId: string;
  version: string;
  /** Absolute folder of the unpacked package (holds manifest.json). */
  dir: string;
  manifest: PluginManifest;
  config: Record<string, unknown>;
  /** Decrypted by p2; the runner never logs them. */
  credentials: Record<string, unknown>;
  /** manifest.allowedHosts ∪ the installation's extra hosts ('127.0.0.1:4010'). */
  allowedHosts: string[];
  /** Absolute; given when manifest.files. */
  filesRoot?: string;
}

export type RunOp =
  | { op: 'capability'; capability: string /* manifest key */; input: unknown; idempotencyKey: string }
  | { op: 'webhook'; delivery: WebhookDelivery }
  | { op: 'test-connection' };

export type RunError = { class: PluginErrorClass; code: string; message: string; retryAfterMs?: number };
export type RunOutcome = { ok: true; value: unknown } | { ok: false; error: RunError };

export interface PluginStateStore {
  get(installationId: string, key: string): Promise<unknown | undefined>;
  set(installationId: string, key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  delete(installationId: string, key: string): Promise<void>;
}

export interface PluginRunner {
  /** One attempt. Never throws for a plugin's fault: timeouts, crashes, bad output → RunOutcome errors. */
  run(plugin: RunnablePlugin, op: RunOp, opts?: { deadlineMs?: number }): Promise<RunOutcome>;
  /** Stops the installation's process (disable, upgrade, uninstall); the next run starts a fresh one. */
  stop(installationId: string): Promise<void>;
  close(): Promise<void>;
}

export interface ProcessRunnerOptions {
  stateStore: PluginStateStore;
  clock: Clock;
  /** V8 old-space cap of each child (default 256, env OMS_PLUGIN_MEMORY_MB). */
  memoryMb?: number;
}
