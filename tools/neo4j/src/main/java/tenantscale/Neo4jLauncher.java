package tenantscale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts a throw-away Neo4j (5.26 or 2025.x, whichever harness it is built with) for tests and benchmarks: Bolt on 127.0.0.1:PORT, auth off,
 * no HTTP, and Bolt's advertised address equal to its listen address so neo4j:// routing works.
 * Prints "READY bolt://127.0.0.1:PORT" once serving and stops cleanly on SIGTERM.
 * With NEO4J_KEEP_DATA=1 the database lives in NEO4J_WORK_DIR itself and survives a stop: started again on
 * the same folder it holds what it held (the torture suite stops the server mid-operation and starts it again).
 * The harness cannot do that (each start gets a new random folder, deleted on close), so that mode runs the
 * embedded DBMS directly.
 */
public final class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("NEO4J_PORT", "7687"));
        Path workDir = Path.of(System.getenv().getOrDefault("NEO4J_WORK_DIR", "/tmp/tenant-scale-neo4j"));
        long pageCacheBytes = Long.parseLong(System.getenv().getOrDefault("NEO4J_PAGECACHE_BYTES", String.valueOf(2L << 30)));
        Files.createDirectories(workDir);
        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        if ("1".equals(System.getenv("NEO4J_KEEP_DATA"))) {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(workDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.advertised_address, bolt)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
            System.out.println("READY bolt://127.0.0.1:" + port);
            System.out.flush();
            Thread.currentThread().join();
            return;
        }

        Neo4j server = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, bolt)
                .withConfig(BoltConnector.advertised_address, bolt)
                .withConfig(HttpConnector.enabled, false)
                .withConfig(HttpsConnector.enabled, false)
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .withConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30))
                // A throw-away server: keep only the newest transaction log, or benchmarks fill the disk.
                .withConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("READY " + server.boltURI());
        System.out.flush();
        Thread.currentThread().join();
    }
}
