package io.gemlink.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.2 …), so that a test is another client address to
 * the server: the throttling tests must not spend the budget of 127.0.0.1, which every other test uses.
 * Java's HttpClient cannot bind a local address, hence a plain socket. No redirects are followed.
 */
public final class RawHttp {

    private final String localAddress;

    private RawHttp(String localAddress) {
        this.localAddress = localAddress;
    }

    /** A client on a loopback address of its own (random, so reruns against one server do not meet). */
    public static RawHttp fresh() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new RawHttp("127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(2, 255));
    }

    public String address() {
        return localAddress;
    }

    public Answer get(String path, String cookie) {
        return send("GET", path, cookie, null, null);
    }

    public Answer postForm(String path, String cookie, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, cookie, "application/x-www-form-urlencoded", body);
    }

    public Answer postJson(String path, String json) {
        return send("POST", path, null, "application/json", json);
    }

    public Answer send(String method, String path, String cookie, String contentType, String body) {
        URI base = URI.create(Api.BASE);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                + base.getPort() + "\r\nConnection: close\r\n");
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " from " + localAddress, e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h.substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", List.of()).stream()
                .anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                all.write(in.readNBytes(size));
                line(in);
            }
            body = all.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** A raw answer; header names lower-cased. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** {@code JSESSIONID=…} from Set-Cookie, or null when the answer sets none. */
        public String sessionCookie() {
            return all("set-cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.split(";")[0])
                    .findFirst()
                    .orElse(null);
        }
    }
}
