package io.gemlink.web.api;

import io.gemlink.platform.api.FieldError;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way in for JSON bodies of the partner API: every record, {@code JsonObject}, {@code JsonArray} or
 * {@code JsonValue} a resource method takes is read by {@link JsonBody} (StrictJson) here, whichever JSON
 * provider the runtime would have chosen — an interceptor runs for every reader. The runtime skips interceptors
 * for an empty body, so the filter half refuses that after matching.
 */
@Provider
@Priority(Priorities.USER)
@ApplicationScoped
public class JsonBodyReader implements ReaderInterceptor, ContainerRequestFilter {

    private final Map<Method, Optional<Class<?>>> bodies = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!JsonBody.handles(context.getType()) || !json(context.getMediaType())) {
            return context.proceed();
        }
        return JsonBody.read(context.getInputStream().readAllBytes(), context.getType());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Optional<Class<?>> body = method == null
                ? Optional.empty()
                : bodies.computeIfAbsent(method, JsonBodyReader::bodyType).filter(JsonBody::handles);
        if (body.isPresent() && json(request.getMediaType()) && !request.hasEntity()) {
            request.abortWith(Problems.badInput(
                    400, List.of(new FieldError("body", "is empty: send " + JsonBody.expected(body.get())))));
        }
    }

    private static boolean json(MediaType type) {
        return type == null
                || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json");
    }

    /** The entity parameter: the one without a JAX-RS annotation (path, query, header, context …). */
    private static Optional<Class<?>> bodyType(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean injected = false;
            for (Annotation a : annotations[i]) {
                injected |= a.annotationType().getPackageName().startsWith("jakarta.ws.rs");
            }
            if (!injected) {
                return Optional.of(method.getParameterTypes()[i]);
            }
        }
        return Optional.empty();
    }
}
