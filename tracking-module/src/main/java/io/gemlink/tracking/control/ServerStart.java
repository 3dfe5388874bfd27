package io.gemlink.tracking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * This server instance and this start of it, recorded on the bulk jobs it runs. Only one start of an
 * instance is alive at a time, so a RUNNING job of the same instance but another start is over.
 * The instance is {@code gemlink.tracking.bulk.instance}, by default the host name and the server's
 * instance directory ({@code com.sun.aas.instanceRoot}): two live servers never share a directory on
 * one host, and a restarted Payara Server keeps its own. Without that property (e.g. a bare Payara
 * Micro) every start is an instance of its own, and only the heartbeat tells that its jobs stopped.
 */
@ApplicationScoped
public class ServerStart {

    private final String bootId = UUID.randomUUID().toString();

    @Inject
    @ConfigProperties
    TrackingConfig config;

    private String instance;

    public String instance() {
        if (instance == null) {
            instance = config.bulkInstance.filter(s -> !s.isBlank()).orElseGet(ServerStart::defaultInstance);
        }
        return instance;
    }

    public String bootId() {
        return bootId;
    }

    private static String defaultInstance() {
        String root = System.getProperty("com.sun.aas.instanceRoot");
        if (root == null || root.isBlank()) {
            return UUID.randomUUID().toString();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = host + ":" + root;
        return name.length() <= 200
                ? name
                : name.substring(0, 100) + "…" + sha256(name).substring(0, 64);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
