package io.gemlink.linking.boundary;

import io.gemlink.platform.entity.SealedText;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * At start-up, seals the import sources' feed tokens still stored as V10 left them (plain), so that
 * the column holds no plain secret; without a secrets key the module does not start.
 */
@Singleton
@Startup
public class SourceTokenSealer {

    private static final Logger LOG = Logger.getLogger(SourceTokenSealer.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void sealPlainValues() {
        int sealed = SealedText.sealLegacy(em, "import_source", "id", "token");
        if (sealed > 0) {
            LOG.info(() -> "Sealed " + sealed + " plain value(s) of import_source.token");
        }
    }
}
