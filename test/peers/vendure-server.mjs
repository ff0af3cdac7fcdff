// Child process of the Vendure peer harness (vendure-peer.ts): boots a real Vendure from the peer cache folder
// against its own database and prints one READY line. Config comes from the environment, so the file holds no
// secrets. Optional: VENDURE_HOOK_URL + VENDURE_HOOK_SECRET post signed order events (an EventBus subscriber),
// which is how the tests exercise webhook intake (Vendure itself sends no webhooks).
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';

const env = process.env;
const require = createRequire(path.join(env.PEER_DIR, 'package.json'));
const core = require('@vendure/core');

const db = new URL(env.PEER_DB_URL);
const config = {
  apiOptions: { port: Number(env.PEER_PORT), hostname: '127.0.0.1', adminApiPath: 'admin-api', shopApiPath: 'shop-api' },
  authOptions: {
    tokenMethod: ['bearer', 'cookie', 'api-key'],
    requireVerification: false,
    superadminCredentials: { identifier: 'superadmin', password: 'superadmin' },
    cookieOptions: { secret: 'peer-cookie-secret' },
  },
  dbConnectionOptions: {
    type: 'postgres', synchronize: true, logging: false,
    host: db.hostname, port: Number(db.port), username: decodeURIComponent(db.username),
    password: decodeURIComponent(db.password), database: db.pathname.slice(1),
  },
  paymentOptions: { paymentMethodHandlers: [core.dummyPaymentHandler] },
  plugins: [core.DefaultJobQueuePlugin, core.DefaultSearchPlugin],
  logger: new core.DefaultLogger({ level: core.LogLevel.Warn }),
};

function postEvent(type, order) {
  const body = JSON.stringify({ id: `${type}:${order.code}:${order.updatedAt?.toISOString?.() ?? ''}`, type, order: { id: String(order.id), code: order.code, state: order.state } });
  const sig = createHmac('sha256', env.VENDURE_HOOK_SECRET).update(body).digest('hex');
  fetch(env.VENDURE_HOOK_URL, { method: 'POST', headers: { "content-type": "application/json", "x-vendure-signature": sig, "x-vendure-event-id": JSON.parse(body).id }, body })
    .catch((e) => console.error(`hook post failed: ${e.message}`));
}

const app = await core.bootstrap(config);
if (env.VENDURE_HOOK_URL) {
  app.get(core.EventBus).ofType(core.OrderStateTransitionEvent).subscribe((e) => {
    if (e.toState === 'PaymentSettled' || e.toState === 'PaymentAuthorized') postEvent('order.placed', { ...e.order, state: e.toState });
  });
}
console.log(`READY ${env.PEER_PORT}`);
const stop = async () => {
  await app.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
