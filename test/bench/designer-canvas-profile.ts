import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { bigFlow, emptyPanePoint, measure, p95, settle, startServer } from './designer-canvas-bench.js';

/**
 * Where a drag frame's time goes on the 200-node canvas: a Chromium performance trace (CDP Tracing) of one node
 * drag and one pan, summed by trace event name (scripting, style, layout, paint, composite). Not a bench: it
 * prints the top events and writes the raw trace to /tmp for DevTools. `npx tsx test/bench/designer-canvas-profile.ts`
 * `PROFILE_CSS='...'` adds a style sheet to the page first, to try a CSS idea without a rebuild.
 */
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const login = await page.request.post('/api/auth/login', { data: { email: 'analyst@demo.test', password: 'demo1234', tenant: 'demo' } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const key = `profile-canvas-${Date.now().toString(36)}`;
  await page.request.post('/api/definitions', { data: { kind: 'flow', key, body: bigFlow(key) }, headers: { 'X-CSRF-Token': csrfToken } });
  await page.goto(`/definitions/flow/${key}`);
  await page.getByTestId('view-canvas').click();
  await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
  if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
  console.log(`settled after ${await settle(page)} ms`);
  const cdp = await context.newCDPSession(page);
  for (const what of ['drag', 'pan'] as const) {
    const events: { name: string; dur?: number; ph: string; tid: number }[] = [];
    const collect = (d: { value: object[] }) => { events.push(...(d.value as typeof events)); };
    cdp.on('Tracing.dataCollected', collect);
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    const node = (await page.getByTestId('node-n21').boundingBox())!;
    const at = what === 'drag' ? { x: node.x + node.width / 2, y: node.y + 6 } : await emptyPanePoint(page);
    const gaps = await measure(page, async () => {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      await page.mouse.move(at.x + (what === 'drag' ? 200 : -300), at.y + (what === 'drag' ? 120 : -150), { steps: 60 });
      await page.mouse.up();
    });
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    const sum = new Map<string, number>();
    for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
    const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log(`\n${what}: ${gaps.length} frames, p95 ${p95(gaps).toFixed(1)} ms (traced: slower than the bench); top trace events (ms, inclusive)`);
    for (const [name, ms] of top) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
    await writeFile(`/tmp/designer-canvas-${what}.trace.json`, JSON.stringify({ traceEvents: events }));
  }
} finally {
  await browser.close();
  await server.stop();
}
