import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const NEO4J_TOOL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tools', 'neo4j', 'neo4j.mjs');
/**
 * A Neo4j of the suite's own whose data survives a stop (the launcher's NEO4J_KEEP_DATA mode), on a
 * free port: server faults stop it mid-operation and start it again. Never a server somebody named.
 */
export class RestartableNeo4j {
    uri;
    env;
    constructor(uri, env) {
        this.uri = uri;
        this.env = env;
    }
    static start() {
        // Owned by this process: the next start stops it if the suite dies without stopping it.
        const env = {
            ...process.env,
            NEO4J_KEEP_DATA: '1',
            NEO4J_HEAP: process.env.NEO4J_HEAP ?? '1g',
            NEO4J_PAGECACHE_BYTES: '268435456',
            NEO4J_OWNER_PID: String(process.pid),
        };
        const r = spawnSync(process.execPath, [NEO4J_TOOL, 'start'], {
            encoding: 'utf8',
            env: { ...env, NEO4J_PORT: 'auto' },
            stdio: ['ignore', 'pipe', 'inherit'],
        });
        const uri = r.stdout.match(/bolt:\/\/\S+/)?.[0];
        if (r.status !== 0 || !uri)
            throw new Error(`could not start a restartable Neo4j: ${r.stdout}`);
        return new RestartableNeo4j(uri, { ...env, NEO4J_PORT: new URL(uri).port });
    }
    /** Stops the server (its data stays); asynchronous, so the command under test keeps running meanwhile. */
    stop() {
        return this.tool('stop');
    }
    /** Starts it again on the same port and data. */
    restart() {
        return this.tool('start');
    }
    /** Stops it for good and deletes its data. */
    dispose() {
        spawnSync(process.execPath, [NEO4J_TOOL, 'stop'], { stdio: 'inherit', env: { ...this.env, NEO4J_KEEP_DATA: '0' } });
    }
    async tool(command) {
        await promisify(execFile)(process.execPath, [NEO4J_TOOL, command], { env: this.env });
    }
}
//# sourceMappingURL=restartable-neo4j.js.map