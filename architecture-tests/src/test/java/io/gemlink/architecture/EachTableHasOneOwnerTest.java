package io.gemlink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module (docs/architecture.md): only the owner writes or reads it, through
 * its entity or its SQL; the other modules go through the owner's {@code @Local} interfaces in core or
 * react to its events. Checked over the compiled classes of every module ({@code target/classes}):
 * <ul>
 * <li>a feature module's class depends on no entity that another module owns;</li>
 * <li>web-module's classes depend on no entity and no {@code EntityManager} (they call the boundaries and
 *     read {@code api} records);</li>
 * <li>no string constant of a module's classes names another module's table or entity in SQL or JPQL
 *     ({@code UPDATE product}, {@code FROM SalesOrder o}) or one of its named queries
 *     ({@code Product.bySku}).</li>
 * </ul>
 * Who owns an entity follows its feature package: {@code io.gemlink.<feature>.entity}.
 */
class EachTableHasOneOwnerTest {

    /** The module that owns the entities (and tables) of each feature package. */
    private static final Map<String, String> OWNER = Map.of(
            "catalog",
            "feeds-module",
            "feeds",
            "feeds-module",
            "linking",
            "linking-module",
            "orders",
            "orders-module",
            "tracking",
            "tracking-module",
            "account",
            "platform-module",
            "platform",
            "platform-module");

    private static final List<String> FEATURE_MODULES =
            List.of("feeds-module", "linking-module", "orders-module", "tracking-module", "platform-module");
    private static final String WEB = "web-module";

    /** SQL and JPQL naming a table or an entity (upper-case keywords, as the code writes them). */
    private static final Pattern NAMED_IN_SQL = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+([A-Za-z_]+)");

    private static final Pattern NAMED_QUERY = Pattern.compile("^([A-Z][A-Za-z]+)\\.[a-z][A-Za-z]*$");

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final JavaClasses CLASSES = new ClassFileImporter()
            .importPaths(Stream.concat(Stream.of("core-module", WEB), FEATURE_MODULES.stream())
                    .map(EachTableHasOneOwnerTest::classes)
                    .toList());

    @Test
    void featureModulesUseOnlyTheirOwnEntities() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            String module = module(c);
            if (!FEATURE_MODULES.contains(module)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                owner(d.getTargetClass())
                        .filter(owner -> !owner.equals(module))
                        .ifPresent(owner ->
                                violations.add(module + ": " + d.getDescription() + " (owned by " + owner + ")"));
            }
        }
        assertThat(new TreeSet<>(violations))
                .as("uses of another module's entities")
                .isEmpty();
    }

    @Test
    void webModuleReadsThroughBoundariesAndRecords() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (!module(c).equals(WEB)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (owner(target).isPresent() || target.getName().startsWith("jakarta.persistence.")) {
                    violations.add(d.getDescription());
                }
            }
        }
        assertThat(new TreeSet<>(violations))
                .as("web-module's uses of entities and JPA")
                .isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTableInSql() throws IOException {
        Map<String, String> ownerByName = new HashMap<>();
        for (JavaClass c : CLASSES) {
            owner(c).ifPresent(owner -> {
                ownerByName.put(c.getSimpleName(), owner);
                ownerByName.put(table(c), owner);
            });
        }
        List<String> violations = new ArrayList<>();
        for (String module :
                Stream.concat(FEATURE_MODULES.stream(), Stream.of(WEB)).toList()) {
            try (Stream<Path> files = Files.walk(classes(module))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    for (String text : strings(file)) {
                        List<String> named = new ArrayList<>();
                        Matcher sql = NAMED_IN_SQL.matcher(text);
                        while (sql.find()) {
                            named.add(sql.group(1));
                        }
                        Matcher query = NAMED_QUERY.matcher(text);
                        if (query.matches()) {
                            named.add(query.group(1));
                        }
                        for (String name : named) {
                            String owner = ownerByName.get(name);
                            if (owner != null && !owner.equals(module)) {
                                violations.add(module + ": " + classes(module).relativize(file) + " names " + name
                                        + " (owned by " + owner + ") in \"" + text + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertThat(violations).as("SQL and JPQL naming another module's tables").isEmpty();
    }

    /** The module that owns this class's table, if it is an entity. */
    private static Optional<String> owner(JavaClass c) {
        if (!c.isAnnotatedWith("jakarta.persistence.Entity")) {
            return Optional.empty();
        }
        String[] parts = c.getPackageName().split("\\.");
        if (parts.length != 4 || !parts[3].equals("entity") || !OWNER.containsKey(parts[2])) {
            throw new IllegalStateException(
                    "an entity outside io.gemlink.<feature>.entity: " + c.getName() + "; add its feature to OWNER");
        }
        return Optional.of(OWNER.get(parts[2]));
    }

    private static String table(JavaClass entity) {
        return entity.tryGetAnnotationOfType("jakarta.persistence.Table")
                .map(t -> (String) t.get("name").orElse(""))
                .filter(name -> !name.isEmpty())
                .orElse(entity.getSimpleName());
    }

    private static String module(JavaClass c) {
        String location = c.getSource().orElseThrow().getUri().toString();
        return Stream.concat(Stream.of("core-module", WEB), FEATURE_MODULES.stream())
                .filter(m -> location.contains("/" + m + "/target/classes/"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no module for " + location));
    }

    private static Path classes(String module) {
        Path dir = ROOT.resolve(module).resolve("target/classes");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing: build the modules first (mvn install)");
        }
        return dir;
    }

    /**
     * The text constants of a class file: its constant pool's UTF-8 entries (string literals, the
     * constant parts of concatenations, and names and descriptors, which never match the patterns).
     */
    static List<String> strings(Path classFile) throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream file = Files.newInputStream(classFile);
                DataInputStream in = new DataInputStream(file)) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> found.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // a long or a double takes two entries
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
        }
        return found;
    }
}
