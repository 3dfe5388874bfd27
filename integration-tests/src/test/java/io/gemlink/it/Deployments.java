package io.gemlink.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The one place integration tests get their deployment: the real EAR that the build produced. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("gemlink.ear", "../dropship-ear/target/gemlink.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("no EAR at " + ear.getAbsolutePath() + ": build dropship-ear first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
