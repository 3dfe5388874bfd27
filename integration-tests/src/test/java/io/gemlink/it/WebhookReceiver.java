package io.gemlink.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A partner's tracking webhook in the test JVM, on 127.0.0.2 (a free port; see {@link FeedServer#HOST}): records every
 * request and answers the given statuses in turn (the last one repeats), e.g. 500 then 200.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Call(Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public WebhookReceiver(int... statuses) throws IOException {
        server = HttpServer.create(new InetSocketAddress(FeedServer.HOST, 0), 0);
        server.createContext("/hooks/tracking", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()), body));
            int status = statuses[Math.min(calls.size(), statuses.length) - 1];
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://" + FeedServer.HOST + ":" + server.getAddress().getPort() + "/hooks/tracking";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
