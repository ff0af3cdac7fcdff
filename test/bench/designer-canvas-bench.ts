import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { freePort } from '../../server/src/db/embedded.js';
import type { BenchResult } from './report.js';

const root = path.resolve(import.meta.dirname, '../..');
const TARGET_MS = 32;
const NODES = 200;

/** A 200-node flow: start → 198 set-status steps → end, laid out on a 20-column grid. */
export function bigFlow(key: string, n = NODES) {
  const ids = Array.from({ length: n }, (_, i) => (i === 0 ? 'start' : i === n - 1 ? 'end' : `n${i}`));
  const nodes = ids.map((id, i) => (i === 0 ? { id, type: 'start' } : i === n - 1 ? { id, type: 'end' } : { id, type: 'set-status', config: { status: `step-${i}` } }));
  const edges = ids.slice(1).map((id, i) => ({ id: `e${i + 1}`, from: ids[i], to: id }));
  const layout = Object.fromEntries(ids.map((id, i) => [id, { x: (i % 20) * 240, y: Math.floor(i / 20) * 140 }]));
  return { kind: 'flow', key, title: { en: 'Canvas bench' }, nodes, edges, layout };
}

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 10) / 10;
export const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0; };

/** The built server with its embedded PostgreSQL and demo tenant, on a free port; resolves once healthy. */
export async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-canvas-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['server/dist/main.js'], { cwd: root, env: { ...process.env, PORT: String(port), OMS_DATA_DIR: dataDir }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Bounded poll of the health endpoint (the server seeds the demo tenant on first start).
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (child.exitCode !== null) throw new Error('server exited during start');
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop: async () => { child.kill('SIGTERM'); await exited; await rm(dataDir, { recursive: true, force: true }); } };
}

/** A point on the empty canvas background (so a drag there pans). */
// Page scripts are strings: tsx names functions with a helper (__name) that does not exist in the page.
const EMPTY_PANE_POINT = `(() => {
  const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
  for (let y = pane.bottom - 10; y > pane.top; y -= 15)
    for (let x = pane.left + 10; x < pane.right; x += 15)
      if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
  throw new Error('no empty pane point');
})()`;
const START_FRAMES = `(() => {
  window.__frames = []; window.__stop = false;
  const loop = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;
const ZOOM = `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`;
const STOP_FRAMES = '(() => { window.__stop = true; return window.__frames; })()';
// Resolves once 20 frames in a row came within 25 ms of each other (or after 20 s): the canvas has finished
// opening (lazy chunks, node measuring, fit view, the JSON view's editor worker) before anything is timed.
const SETTLE = `new Promise((resolve) => {
  const t0 = performance.now(); let last = t0; let calm = 0;
  const loop = (t) => {
    calm = t - last < 25 ? calm + 1 : 0; last = t;
    if (calm >= 20 || t - t0 > 20000) resolve(Math.round(t - t0)); else requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})`;

/** A point on the empty canvas background (so a drag there pans). */
export const emptyPanePoint = (page: Page) => page.evaluate(EMPTY_PANE_POINT) as Promise<{ x: number; y: number }>;

/** Wait until the opened canvas is idle (ms waited); a user does not grab a box in the first frame after opening. */
export async function settle(page: Page): Promise<number> {
  await page.waitForFunction(`document.querySelectorAll('.react-flow__node').length >= ${Math.min(NODES, 60)}`, undefined, { timeout: 120_000 });
  return calm(page);
}

/** Wait until 20 frames in a row came within 25 ms of each other (ms waited). */
export const calm = async (page: Page) => (await page.evaluate(SETTLE)) as number;

/** The canvas zoom (the viewport's scale). */
export const zoomOf = async (page: Page) => Math.round(((await page.evaluate(ZOOM)) as number) * 1000) / 1000;

/** Frame gaps (ms) of a pan: a real press on the empty background and 60 pointer moves. */
export async function pan(page: Page): Promise<number[]> {
  const at = await emptyPanePoint(page);
  return measure(page, async () => {
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x - 300, at.y - 150, { steps: 60 });
    await page.mouse.up();
  });
}

/** Frame gaps (ms) while `act` runs. */
export async function measure(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(START_FRAMES);
  await act();
  const frames = (await page.evaluate(STOP_FRAMES)) as number[];
  return frames.slice(1).map((t, i) => t - frames[i]);
}

/**
 * A 200-node flow on the React Flow canvas of the BUILT designer in real Chromium: drag a node and pan the
 * canvas with real pointer moves; frame time = the gap between animation frames while that happens.
 */
export async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    const login = await page.request.post('/api/auth/login', { data: { email: 'analyst@demo.test', password: 'demo1234', tenant: 'demo' } });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const key = `bench-canvas-${Date.now().toString(36)}`;
    const created = await page.request.post('/api/definitions', { data: { kind: 'flow', key, body: bigFlow(key) }, headers: { 'X-CSRF-Token': csrfToken } });
    if (!created.ok()) throw new Error(`create flow: ${created.status()} ${await created.text()}`);
    await page.goto(`/definitions/flow/${key}`);
    await page.getByTestId('view-canvas').click();
    await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
    const settleMs = await settle(page);
    const rendered = await page.locator('.react-flow__node').count();

    const node = (await page.getByTestId('node-n21').boundingBox())!;
    const from = { x: node.x + node.width / 2, y: node.y + 6 };
    const drag = await measure(page, async () => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 200, from.y + 120, { steps: 60 });
      await page.mouse.up();
    });
    const panned = await pan(page);
    // The 200-node flow opens fitted (about 0.16, under the 0.4 level-of-detail threshold where boxes drop
    // their type line, outcome labels and handles). A second pan at a readable zoom (wheel in to about 1,
    // full detail, background dots, boxes entering and leaving the view) is reported beside it.
    const zoom = await zoomOf(page);
    const box = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -Math.round((Math.log2(1 / zoom) / 0.002)));
    await calm(page);
    const readableZoom = await zoomOf(page);
    const panReadable = await pan(page);
    const all = [...drag, ...panned];
    const ms = Math.round(p95(all) * 10) / 10;
    return [{
      name: 'designer-canvas-200-nodes',
      ours: ms,
      baseline: null,
      ratio: null,
      target: `frame time p95 <= ${TARGET_MS} ms (drag a node, pan)`,
      pass: ms <= TARGET_MS,
      unit: 'ms p95',
      details: { nodes: NODES, rendered, settleMs, frames: all.length, zoom, dragP95: Math.round(p95(drag) * 10) / 10, panP95: Math.round(p95(panned) * 10) / 10, maxMs: Math.round(Math.max(...all)),
        // frame gaps come in 16.7 ms steps, so p95 jumps 17 → 33 → 50; the means show smaller changes
        dragMeanMs: mean(drag), panMeanMs: mean(panned), readableZoom, panReadableP95: Math.round(p95(panReadable) * 10) / 10, panReadableMeanMs: mean(panReadable) },
    }];
  } finally {
    await browser.close();
    await server.stop();
  }
}
