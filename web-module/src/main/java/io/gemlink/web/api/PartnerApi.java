package io.gemlink.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partner API, v1: JSON over HTTP, one API key per account (see docs/api.md). */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Gemlink partner API",
                        version = "1",
                        description = "Jewelry catalog, feeds, imports, orders and tracking between vendors and"
                                + " distributors."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(
        securitySchemeName = "apiKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "Authorization: Bearer <the account's API key>")
public class PartnerApi extends Application {}
