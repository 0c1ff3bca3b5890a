/**
 * A Neo4j of the suite's own whose data survives a stop (the launcher's NEO4J_KEEP_DATA mode), on a
 * free port: server faults stop it mid-operation and start it again. Never a server somebody named.
 */
export declare class RestartableNeo4j {
    readonly uri: string;
    private readonly env;
    private constructor();
    static start(): RestartableNeo4j;
    /** Stops the server (its data stays); asynchronous, so the command under test keeps running meanwhile. */
    stop(): Promise<void>;
    /** Starts it again on the same port and data. */
    restart(): Promise<void>;
    /** Stops it for good and deletes its data. */
    dispose(): void;
    private tool;
}
