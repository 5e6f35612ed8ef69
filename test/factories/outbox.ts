import { Client } from 'pg';

/** The types of the outbox events about one resource, in commit order (read straight from the table). */
export async function outboxTypes(databaseUrl: string, resourceId: string): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const res = await db.query(
      `SELECT type FROM events WHERE resource_id = $1 ORDER BY txid, position`,
      [resourceId],
    );
    return res.rows.map((r: { type: string }) => r.type);
  } finally {
    await db.end();
  }
}
