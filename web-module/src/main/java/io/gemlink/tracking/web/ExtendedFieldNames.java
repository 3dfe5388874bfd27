package io.gemlink.tracking.web;

import io.gemlink.account.boundary.SettingsService;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.Labels;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * What the screens call a shipment's {@code extendedField1}: the account's own name for it (Settings →
 * Dropshipping, e.g. "Box number"), else the default label "Extended field 1" ({@code labels.properties}). A
 * distributor's copy of a vendor's shipment is labelled with that vendor's name. Only labels: the API's field
 * name never changes. Read once per request and account.
 */
@Named
@RequestScoped
public class ExtendedFieldNames {

    /** The field's code in the API, CSV headers and refusals. */
    public static final String FIELD = "extendedField1";

    @EJB
    SettingsService settings;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, String> names = new HashMap<>();

    /** The signed-in account's name for the field. */
    public String getOwn() {
        return of(currentUser.accountId());
    }

    /** This account's name for the field (a vendor's, for its shipments copied to a distributor's order). */
    public String of(long accountId) {
        return names.computeIfAbsent(
                accountId, id -> settings.findExtendedFieldName(id).orElseGet(ExtendedFieldNames::defaultName));
    }

    /** A field code as the signed-in account reads it: {@code extendedField1} → its name; others unchanged. */
    public String field(String code) {
        return FIELD.equals(code) ? getOwn() : code;
    }

    /** Whether the account kept the default label. */
    public boolean isDefault() {
        return getOwn().equals(defaultName());
    }

    public static String defaultName() {
        return Labels.label(FIELD);
    }
}
