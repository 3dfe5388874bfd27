package io.gemlink.catalog.web;

import io.gemlink.catalog.boundary.CatalogImportService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalog CSV template of the import page: the header the importer reads and one example row that imports as it
 * stands. Under {@code /admin/}, so only a logged-in user gets it (web.xml's constraint); it holds no account's data.
 */
@WebServlet("/admin/catalog/products-template.csv")
public class CatalogTemplateServlet extends HttpServlet {

    @EJB
    CatalogImportService imports;

    static final String FILE_NAME = "gemlink-products-template.csv";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = imports.template().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
