import type { CompiledRule, Rule, RuleEngine, RuleEnv } from '../rules/types.js';
import { slotMeter } from '../rules/limits.js';
import { edgeOutcome, type FlowIndex } from './graph.js';
import type { NodeContext, NodeType, NodeTypeRegistry } from './node-type.js';
import type { DoneEffect, FlowCommand, FlowDefinition, FlowNode, FlowState, FlowStatus, RuleData, Token } from './types.js';

interface Arrival {
  node: string;
  via?: string;
  back?: string;
}

/** Thrown for broken definitions or runaway flows: faults, not business outcomes. */
export class FlowError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** JSON Pointer of the offending field, for faults about an input (e.g. an invalid event). */
    readonly path?: string,
  ) {
    super(message);
    this.name = 'FlowError';
  }
}

/**
 * One start/advance call: owns a private copy of the state, collects commands, and moves tokens
 * through nodes until every token waits or the flow ends. `maxSteps` stops a runaway loop.
 */
export class Run {
  readonly commands: FlowCommand[] = [];
  private queue: Arrival[] = [];
  private steps = 0;
  private dataCache?: RuleData;
  private ended?: { status: FlowStatus; outcome: string; compensate: boolean };
  /** What rules see besides the data: the injected clock's time and zone. */
  readonly env: RuleEnv;

  constructor(
    readonly def: FlowDefinition,
    readonly idx: FlowIndex,
    readonly types: NodeTypeRegistry,
    readonly rules: RuleEngine,
    readonly state: FlowState,
    readonly now: number,
    readonly order: unknown,
    private readonly maxSteps: number,
    timeZone?: string,
  ) {
    // one work meter per start/advance call: every rule the call evaluates shares one budget
    const meter = slotMeter();
    this.env = timeZone === undefined ? { now, meter } : { now, timeZone, meter };
  }

  /** Queue a command; the open-timer table follows set-timer / cancel-timer so early firings can be refused. */
  emit(command: FlowCommand): void {
    if (command.type === 'set-timer') (this.state.timers ??= {})[command.id] = command.at;
    else if (command.type === 'cancel-timer') this.closeTimer(command.id);
    this.commands.push(command);
  }

  closeTimer(id: string): void {
    const timers = this.state.timers;
    if (!timers || !(id in timers)) return;
    delete timers[id];
    if (Object.keys(timers).length === 0) delete this.state.timers;
  }

  /** Idempotency keys are rooted in the host's instance id: unique across orders and tenants. */
  key(ref: string): string {
    return `${this.state.instance}:${ref}`;
  }

  get data(): RuleData {
    return (this.dataCache ??= { order: this.order, vars: this.state.vars ?? {} });
  }

  typeOf(node: FlowNode): NodeType {
    const t = this.types.get(node.type);
    if (!t) throw new FlowError('flow.unknown-node-type', `unknown node type ${node.type}`);
    return t;
  }

  node(id: string): FlowNode {
    const n = this.idx.nodes.get(id);
    if (!n) throw new FlowError('flow.unknown-node', `unknown node ${id}`);
    return n;
  }

  newId(nodeId: string): string {
    return `${nodeId}/${++this.state.n}`;
  }

  ctx(token: Token, node: FlowNode = this.node(token.node)): NodeCtx {
    return new NodeCtx(this, node, token);
  }

  arrive(a: Arrival): void {
    this.queue.push(a);
  }

  /** Move tokens until all wait, a path ends, or the flow terminates. */
  drain(): void {
    while (this.queue.length && !this.ended) {
      if (++this.steps > this.maxSteps) throw new FlowError('flow.step-limit', `flow ${this.def.key} exceeded ${this.maxSteps} steps in one call`);
      const a = this.queue.shift()!;
      const node = this.node(a.node);
      const type = this.typeOf(node);
      if (type.join && !this.joined(node, a.via)) continue;
      const token: Token = a.back ? { id: this.newId(node.id), node: node.id, back: a.back } : { id: this.newId(node.id), node: node.id };
      const c = new NodeCtx(this, node, token);
      type.enter(c);
      if (!c.left && !type.terminal && !this.ended) this.state.tokens.push(token);
    }
    if (this.ended) this.terminate(this.ended.status, this.ended.outcome, this.ended.compensate);
    else if (this.state.status === 'running' && this.state.tokens.length === 0) {
      // every path stopped without reaching an end (e.g. a join that can never fire): complete rather than hang
      this.finish('completed', 'completed');
    }
  }

  private joined(node: FlowNode, via: string | undefined): boolean {
    const joins = (this.state.joins ??= {});
    const arrived = (joins[node.id] ??= []);
    if (via && !arrived.includes(via)) arrived.push(via);
    if (arrived.length < (this.idx.incoming.get(node.id)?.length ?? 0)) return false;
    delete joins[node.id];
    if (Object.keys(joins).length === 0) delete this.state.joins;
    return true;
  }

  /** Leave `token`'s node through an outcome. */
  leave(token: Token, node: FlowNode, type: NodeType, outcome: string): void {
    this.removeToken(token);
    const back = type.marksStep ? node.id : token.back;
    const edges = this.idx.out.get(node.id) ?? [];
    let n = 0;
    for (const e of edges) {
      if (type.fanOut || edgeOutcome(e) === outcome) {
        this.arrive(back ? { node: e.to, via: e.id, back } : { node: e.to, via: e.id });
        n++;
      }
    }
    if (n === 0) throw new FlowError('flow.outcome-not-wired', `outcome ${outcome} of node ${node.id} is not wired`);
  }

  removeToken(token: Token): void {
    const i = this.state.tokens.indexOf(token);
    if (i >= 0) this.state.tokens.splice(i, 1);
  }

  endFlow(status: FlowStatus, outcome: string, compensate = true): void {
    this.ended ??= { status, outcome, compensate };
  }

  private finish(status: FlowStatus, outcome: string): void {
    this.state.status = status;
    this.state.outcome = outcome;
    // nothing waits any more: open timers and by-name event memory can never match again
    delete this.state.joins;
    delete this.state.timers;
    delete this.state.last;
    this.commands.push({ type: 'flow-completed', status, outcome });
  }

  /**
   * End the flow: close what other tokens hold open (tasks, timers; calls in flight become `late`),
   * then, for cancel / failure / compensating ends, undo completed effects newest first.
   */
  terminate(status: FlowStatus, outcome: string, compensate = true): void {
    this.queue.length = 0;
    for (const token of [...this.state.tokens]) {
      const node = this.node(token.node);
      this.typeOf(node).abort?.(new NodeCtx(this, node, token));
    }
    this.state.tokens = [];
    const done = compensate ? (this.state.done ?? []) : [];
    for (let i = done.length - 1; i >= 0; i--) this.compensate(done[i]);
    delete this.state.done;
    this.finish(status, outcome);
  }

  compensate(effect: DoneEffect): void {
    const node = this.node(effect.n);
    const type = this.typeOf(node);
    type.compensate?.(new NodeCtx(this, node, { id: effect.ref, node: node.id }), effect);
  }
}

/** The handler-facing view of a run for one token. */
export class NodeCtx implements NodeContext {
  left = false;
  readonly config: any;

  constructor(
    private readonly run: Run,
    readonly node: FlowNode,
    readonly token: Token,
  ) {
    this.config = node.config ?? {};
  }

  get now(): number {
    return this.run.now;
  }
  get env(): RuleEnv {
    return this.run.env;
  }
  get data(): RuleData {
    return this.run.data;
  }
  key(ref: string): string {
    return this.run.key(ref);
  }
  rule(rule: Rule): CompiledRule {
    return this.run.rules.compile(rule);
  }
  emit(command: FlowCommand): void {
    this.run.emit(command);
  }
  newId(): string {
    return this.run.newId(this.node.id);
  }
  complete(outcome: string): void {
    this.left = true;
    this.run.leave(this.token, this.node, this.run.typeOf(this.node), outcome);
  }
  jump(nodeId: string): void {
    this.left = true;
    this.run.removeToken(this.token);
    this.run.arrive({ node: nodeId });
  }
  recordEffect(kind: 'a' | 'r', ref: string): void {
    (this.run.state.done ??= []).push({ n: this.node.id, k: kind, ref });
  }
  recordLate(kind: 'a' | 'r', ref: string): void {
    (this.run.state.late ??= []).push({ n: this.node.id, k: kind, ref });
  }
  setVar(name: string, value: unknown): void {
    (this.run.state.vars ??= {})[name] = value;
    // rules evaluated later in this call must see the new value
    this.run.data.vars = this.run.state.vars;
  }
  fail(reason: string): void {
    this.left = true;
    this.run.removeToken(this.token);
    this.run.endFlow('failed', reason);
  }
  end(outcome: string | undefined, compensate = false): void {
    this.left = true;
    this.run.removeToken(this.token);
    this.run.endFlow('completed', outcome ?? 'completed', compensate);
  }
  wired(outcome: string): boolean {
    return (this.run.idx.out.get(this.node.id) ?? []).some((e) => edgeOutcome(e) === outcome);
  }
}
