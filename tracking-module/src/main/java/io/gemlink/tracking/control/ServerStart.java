package io.gemlink.tracking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

/**
 * This server instance and this start of it, recorded on the bulk jobs it runs. Only one start of an
 * instance is alive at a time, so a RUNNING job of the same instance but another start is over.
 * The instance is {@code gemlink.tracking.bulk.instance}, by default host name + Payara instance name;
 * two instances must never share it (a job of the one would look dead to the other).
 */
@ApplicationScoped
public class ServerStart {

    private final String bootId = UUID.randomUUID().toString();

    @Inject
    @ConfigProperty(name = "gemlink.tracking.bulk.instance")
    Optional<String> configuredInstance;

    private String instance;

    public String instance() {
        if (instance == null) {
            instance = configuredInstance.filter(s -> !s.isBlank()).orElseGet(ServerStart::defaultInstance);
        }
        return instance;
    }

    public String bootId() {
        return bootId;
    }

    private static String defaultInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = host + "/" + System.getProperty("com.sun.aas.instanceName", "server");
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
