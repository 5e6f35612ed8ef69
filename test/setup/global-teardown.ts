export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __testDb?: { stop(): Promise<void> } }).__testDb;
  await db?.stop();
}
