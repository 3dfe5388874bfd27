package io.gemlink.web.security;

import io.gemlink.web.WebConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The client address that login and signup are throttled by: the connection's peer, unless that peer
 * is a proxy named in {@code gemlink.security.trusted-proxies}; then the last address in
 * {@code X-Forwarded-For} that is not a trusted proxy. A header from anyone else is ignored, since a
 * client could write any address there.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperties
    WebConfig config;

    private Set<String> trusted;

    @PostConstruct
    void init() {
        trusted = Arrays.stream(config.trustedProxies.orElse("").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (!trusted.contains(peer) || forwarded == null) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
