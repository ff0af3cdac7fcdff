import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Order events → `publish-event` (the webhook connector and any plugin offering the key). One hook point: a
 * trigger on the order timeline (`order_events`, which every order change appends to in its own transaction), so
 * the job is added in the same transaction as the change and no route needs an edit. One job per (installation,
 * event); the job key makes a re-added job a no-op. Public event types:
 * order-received → order.created; status-changed → order.status-changed (and order.cancelled when it became
 * cancelled); order-held → order.held; shipped → order.shipped. Task name: EVENT_PUBLISH_TASK (keep in step).
 */
export const migration: Migration = {
  name: '0017-event-publish',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE FUNCTION plugin_order_event() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        inst record;
        kinds text[];
        kind text;
      BEGIN
        kinds := CASE NEW.type
          WHEN 'order-received' THEN ARRAY['order.created']
          WHEN 'status-changed' THEN
            CASE WHEN NEW.data->>'to' = 'cancelled' THEN ARRAY['order.status-changed', 'order.cancelled'] ELSE ARRAY['order.status-changed'] END
          WHEN 'order-held' THEN ARRAY['order.held']
          WHEN 'shipped' THEN ARRAY['order.shipped']
          ELSE NULL END;
        IF kinds IS NULL THEN RETURN NULL; END IF;
        FOR inst IN
          SELECT id FROM plugin_installations
          WHERE tenant_id = NEW.tenant_id AND enabled
            AND EXISTS (SELECT 1 FROM unnest(capabilities) c WHERE c = 'publish-event' OR c LIKE '%.publish-event')
        LOOP
          FOREACH kind IN ARRAY kinds LOOP
            PERFORM graphile_worker.add_job(
              'plugin-publish-event',
              json_build_object('tenantId', NEW.tenant_id, 'installationId', inst.id, 'orderId', NEW.order_id, 'seq', NEW.seq, 'type', kind),
              job_key => 'publish:' || inst.id || ':' || NEW.seq || ':' || kind,
              job_key_mode => 'preserve_run_at',
              max_attempts => 10);
          END LOOP;
        END LOOP;
        RETURN NULL;
      END $$;
      CREATE TRIGGER order_events_plugin_publish AFTER INSERT ON order_events
        FOR EACH ROW EXECUTE FUNCTION plugin_order_event();
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DROP TRIGGER IF EXISTS order_events_plugin_publish ON order_events;
      DROP FUNCTION IF EXISTS plugin_order_event();
    `);
  },
};
