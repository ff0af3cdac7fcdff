import { defineMessages } from '../core/message-catalogue.js';

/** Plugin manifest findings. */
export const pluginMessages = defineMessages({
  'plugin.unsupported-api-version': { en: 'Plugin API version {apiVersion} is not supported (supported: {supported})', 'zh-CN': '不支持插件 API 版本 {apiVersion}（支持：{supported}）' },
  'plugin.capability-kind-not-declared': { en: 'Capability "{capability}" needs kind "{kind}" in kinds', 'zh-CN': '能力“{capability}”需要在 kinds 中声明“{kind}”' },
  'plugin.invalid-json-schema': { en: 'Not a valid JSON Schema: {detail}', 'zh-CN': '不是有效的 JSON Schema：{detail}' },
  'plugin.secret-not-write-only': { en: 'Credential "{property}" looks secret and must be writeOnly', 'zh-CN': '凭据“{property}”是机密信息，必须设为 writeOnly' },
  'plugin.secret-in-config': { en: '"{property}" looks secret: move it to credentialsSchema', 'zh-CN': '“{property}”是机密信息，请移到 credentialsSchema' },
  'plugin.unknown-credential': { en: 'No credential "{property}" in credentialsSchema', 'zh-CN': 'credentialsSchema 中没有凭据“{property}”' },
  'plugin.missing-timestamp-header': { en: 'A timestamp.body signature needs timestampHeader', 'zh-CN': 'timestamp.body 签名需要 timestampHeader' },
});
