package io.gemlink.it;

import io.gemlink.it.faults.MirrorFaults;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The one place integration tests get their deployment: the real EAR that the build produced, plus the test-only
 * fault injection ({@link io.gemlink.it.faults}) as a library jar.
 */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("gemlink.ear", "../dropship-ear/target/gemlink.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("no EAR at " + ear.getAbsolutePath() + ": build dropship-ear first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear).addAsLibrary(faults());
    }

    private static JavaArchive faults() {
        return ShrinkWrap.create(JavaArchive.class, "gemlink-test-faults.jar")
                .addPackage(MirrorFaults.class.getPackage())
                .addAsManifestResource(new StringAsset("""
                        <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0"
                        bean-discovery-mode="annotated"/>
                        """), "beans.xml");
    }
}
