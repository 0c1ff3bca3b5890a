import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { keyPropertyOf } from '../src/domain/atg-schema.js';
import type { NodeBatch, Properties, RelationshipBatch } from '../src/domain/graph.js';
import type { FloorWriter } from './floor-writer.js';

/**
 * The Neo4j floor's writer: the driver alone, on a connection of its own (never our adapter, its
 * queries, encoders or retry guards), so a floor ratio compares ours with the plainest bulk write
 * and not with ourselves. Each batch is one managed write transaction in a session of its own:
 * `UNWIND $rows AS row CREATE (n:Labels) SET n = row`, shared nodes by `MERGE` on their key,
 * relationships by `MATCH` on the endpoints' indexed keys.
 */
export async function openNeo4jFloor(uri: string): Promise<Neo4jFloor> {
  // Numbers come back as JS numbers, as the rows the floor writes hold them.
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true, logging: { level: 'error', logger: () => {} } });
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close();
    throw err;
  }
  return new Neo4jFloor(driver);
}

export class Neo4jFloor implements FloorWriter {
  constructor(private readonly driver: Driver) {}

  nodes(batch: NodeBatch): () => Promise<number> {
    const labels = batch.labels.map(quote).join(':');
    let cypher = `UNWIND $rows AS row CREATE (n:${labels}) SET n = row`;
    if (batch.mode === 'merge') {
      // Shared nodes (regions, tags, …) other tenants may already hold: created only when absent.
      const [primary = 'Resource', ...extra] = batch.labels;
      const key = quote(keyPropertyOf(primary));
      cypher = `UNWIND $rows AS row MERGE (n:${quote(primary)} {${key}: row.${key}}) ON CREATE SET n = row${extra.length ? `, n:${extra.map(quote).join(':')}` : ''}`;
    }
    const rows = withIntegers(batch.rows);
    return () => this.write(cypher, rows, 'nodesCreated');
  }

  relationships(batch: RelationshipBatch): () => Promise<number> {
    const srcKey = quote(keyPropertyOf(batch.srcLabel));
    const dstKey = quote(keyPropertyOf(batch.dstLabel));
    const cypher =
      `UNWIND $rows AS r MATCH (a:${quote(batch.srcLabel)} {${srcKey}: r.src}) MATCH (b:${quote(batch.dstLabel)} {${dstKey}: r.dst}) ` +
      `CREATE (a)-[:${quote(batch.type)}]->(b)`;
    const rows = batch.rows;
    return () => this.write(cypher, rows, 'relationshipsCreated');
  }

  /** A read outside the clock (the base a floor copies), in one managed read transaction. */
  async read(cypher: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => tx.run(cypher, params))).records;
    } finally {
      await session.close();
    }
  }

  /** Streams a read, record by record, nothing kept; batches of 10k records, as our reads fetch them. */
  async stream(cypher: string, params: Record<string, unknown>, onRecord: (record: Neo4jRecord) => void): Promise<void> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: 10_000 });
    try {
      for await (const record of session.run(cypher, params)) onRecord(record);
    } finally {
      await session.close();
    }
  }

  /** A streamed read in pages of 10k records (a fetch's worth), for a consumer that pauses between pages (the session stays open until the last). */
  async *pages(cypher: string, params: Record<string, unknown>): AsyncGenerator<Neo4jRecord[]> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: 10_000 });
    try {
      let page: Neo4jRecord[] = [];
      for await (const record of session.run(cypher, params)) {
        page.push(record);
        if (page.length === 10_000) {
          yield page;
          page = [];
        }
      }
      if (page.length) yield page;
    } finally {
      await session.close();
    }
  }

  /** A plain write outside the floor's batch writers (a delete by key), in one managed write transaction; the counter it names. */
  async writeCounted(cypher: string, params: Record<string, unknown>, counter: 'nodesDeleted' | 'relationshipsCreated' | 'nodesCreated'): Promise<number> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.executeWrite((tx) => tx.run(cypher, params));
      return result.summary.counters.updates()[counter];
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async write(cypher: string, rows: readonly unknown[], counter: 'nodesCreated' | 'relationshipsCreated'): Promise<number> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.executeWrite((tx) => tx.run(cypher, { rows }));
      return result.summary.counters.updates()[counter];
    } finally {
      await session.close();
    }
  }
}

function quote(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** The schema's integer properties (template_copy_index, counts) stay integers: a JS number crosses Bolt as a float. */
function withIntegers(rows: readonly Properties[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const key in row) {
      const value = row[key];
      out[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
    }
    return out;
  });
}
