import type { CapabilitySpec } from '@oms/runtime';

type DemoSpec = Pick<CapabilitySpec, 'title' | 'input' | 'idempotent'>;

const orderRef = { type: 'object', properties: { number: { type: 'string' }, total: { type: 'number' }, currency: { type: 'string' } } };

/**
 * What the flow designer shows for the built-in `demo.*` capabilities (server/src/plugins/in-process-host.ts
 * serves them). The ids come from the host; this only describes them. The stand-ins accept any input: these
 * schemas name what the demo flows pass, so the designer can offer one mapping row per property.
 */
export const DEMO_SPECS: Record<string, DemoSpec> = {
  'demo.erp-push': { title: { en: 'Push order to ERP (demo)', 'zh-CN': '推送订单到 ERP（演示）' }, idempotent: true, input: { type: 'object', required: ['order'], properties: { order: orderRef, note: { type: 'string' } } } },
  'demo.erp-cancel': { title: { en: 'Cancel order in ERP (demo)', 'zh-CN': '在 ERP 取消订单（演示）' }, idempotent: true, input: { type: 'object', properties: { order: orderRef, reason: { type: 'string' } } } },
  'demo.wms-push': { title: { en: 'Push shipment to WMS (demo)', 'zh-CN': '推送发货到 WMS（演示）' }, idempotent: true, input: { type: 'object', required: ['order'], properties: { order: orderRef, location: { type: 'string' } } } },
  'demo.notify': { title: { en: 'Send a notification (demo)', 'zh-CN': '发送通知（演示）' }, idempotent: true, input: { type: 'object', required: ['to'], properties: { to: { type: 'string' }, message: { type: 'string' } } } },
  'demo.refund': { title: { en: 'Refund a payment (demo)', 'zh-CN': '退款（演示）' }, idempotent: true, input: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' }, currency: { type: 'string' }, reason: { type: 'string' } } } },
  'demo.fail': { title: { en: 'Fail on purpose (demo)', 'zh-CN': '故意失败（演示）' }, idempotent: true, input: { type: 'object', properties: { class: { type: 'string', enum: ['retryable', 'rate-limited', 'auth', 'conflict', 'validation', 'permanent'] }, code: { type: 'string' } } } },
  'demo.block': { title: { en: 'Block (crash tests)', 'zh-CN': '阻塞（崩溃测试）' }, idempotent: true, input: { type: 'object' } },
};
