package io.gemlink.catalog.web;

import io.gemlink.catalog.api.ImportResult;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.api.UpsertResult;
import io.gemlink.catalog.boundary.CatalogImportService;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.Page;
import io.gemlink.web.api.CurrentAccount;
import io.gemlink.web.api.Paging;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's catalog (docs/api.md, Catalog): load by JSON or CSV, read, search, patch, delete. */
@Path("products")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @EJB
    CatalogService catalog;

    @EJB
    CatalogImportService imports;

    @Inject
    CurrentAccount current;

    @POST
    @Operation(
            summary = "Create or replace products by SKU",
            description =
                    "One product object or an array (at most " + ProductItems.MAX_ITEMS + "). Good items are stored; "
                            + "bad ones come back in errors with their 0-based index, the field and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProductData")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "UpsertResult")))
    public UpsertResult upsert(JsonValue body) {
        ProductItems items = ProductItems.read(body);
        CatalogService.Written written = catalog.upsert(current.id(), items.good());
        return items.answer(written);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import products from CSV",
            description =
                    "UTF-8 CSV with a header row of product field names; images and tags |-separated, stones a JSON "
                            + "array in one cell. Streamed and written in batches; bad rows come back with their row"
                            + " number "
                            + "(the header is row 1).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ImportResult")))
    public ImportResult importCsv(InputStream csv) throws IOException {
        return imports.importCsv(current.id(), csv);
    }

    @GET
    @Operation(
            summary = "Search the catalog",
            description = "q: text in SKU, title or brand; linked=true: linked products only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ProductPage")))
    public Page<ProductView> search(
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("linked") String linked,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return catalog.search(current.id(), q, category, linked(linked), Paging.of(page, size));
    }

    @GET
    @Path("{sku}")
    @Operation(summary = "One product")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ProductView")))
    public ProductView get(@PathParam("sku") String sku) {
        return catalog.get(current.id(), sku);
    }

    @PATCH
    @Path("{sku}")
    @Operation(
            summary = "Change some fields of a product",
            description = "e.g. {\"quantity\": 3}; a field sent as null is cleared.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProductData")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ProductView")))
    public ProductView patch(@PathParam("sku") String sku, JsonObject patch) {
        return catalog.patch(current.id(), sku, ProductItems.product(patch), patch.keySet());
    }

    @DELETE
    @Path("{sku}")
    @Operation(summary = "Delete a product", description = "Feeds' since answers mark it removed.")
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("sku") String sku) {
        catalog.delete(current.id(), sku);
    }

    private static Boolean linked(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!List.of("true", "false").contains(value)) {
            throw new BadInputException("linked", "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    /** Documents a page of products. */
    public record ProductPage(List<ProductView> items, int page, int size, long total) {}
}
