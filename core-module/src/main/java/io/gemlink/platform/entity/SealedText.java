package io.gemlink.platform.entity;

import io.gemlink.platform.api.SecretBox;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A secret column kept sealed by {@link SecretBox}; the entity holds the plain value only in memory.
 * Values stored before V10 were marked {@value #LEGACY} by that migration: they are read as they are
 * until the owning module seals them at start-up ({@link #sealLegacy}), so no plain secret stays.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    static final String LEGACY = "plain:";

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : SecretBox.configured().seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        return stored.startsWith(LEGACY)
                ? stored.substring(LEGACY.length())
                : SecretBox.configured().open(stored);
    }

    /**
     * Seals the values V10 marked as plain in one column of the caller's own table, in the caller's
     * transaction; answers how many. Fails while the secrets key is missing, so a server without one
     * does not start. Table and column names are the caller's constants, never input.
     */
    public static int sealLegacy(EntityManager em, String table, String idColumn, String column) {
        SecretBox box = SecretBox.configured();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + idColumn + ", " + column + " FROM " + table + " WHERE "
                        + column + " LIKE '" + LEGACY + "%'")
                .getResultList();
        int sealed = 0;
        for (Object[] row : rows) {
            String stored = (String) row[1];
            sealed += em.createNativeQuery("UPDATE " + table + " SET " + column + " = ? WHERE " + idColumn + " = ? AND "
                            + column + " = ?")
                    .setParameter(1, box.seal(stored.substring(LEGACY.length())))
                    .setParameter(2, row[0])
                    .setParameter(3, stored)
                    .executeUpdate();
        }
        return sealed;
    }
}
