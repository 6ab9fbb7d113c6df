package io.boto4j.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The dependency table at the end of {@code shared/docs/style-anchors.md}, enforced over the sdk's main
 * classes: each package may import only the packages listed for it (all in lower layers), and every package
 * is one the table knows, so no grab-bag package slips in. Rules for packages that do not exist yet pass
 * (they hold once the package appears).
 */
class LayeringTest {
    private static final String BASE = "io.boto4j";

    // internal.digest (in-process SHA-256 and MD5) needs only the JDK
    private static final String[] LAYER_0 = pkgs("exception", "internal.util", "internal.json", "internal.jmespath",
            "internal.names", "internal.digest");
    // checksums and useragent (issue 5's building blocks) are layer 1: they need nothing but layer 0
    private static final String[] LAYER_1 = pkgs("internal.loader", "model", "internal.model", "config", "http", "internal.http", "internal.retry", "internal.endpoints.rules",
            "internal.checksums", "internal.useragent");
    private static final String[] LAYER_2 = pkgs("credentials", "internal.protocol", "internal.endpoints", "paginate",
            "internal.paginate", "waiter", "internal.waiter", "internal.logging");
    private static final String[] LAYER_3 = pkgs("internal.auth", "events");

    private static JavaClasses classes;
    /** Packages the table has a row for before their code lands (built in parallel). */
    private static final java.util.Set<String> PLANNED = java.util.Set.of("resource", "transfer", "dynamodb");

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    /** One rule per row of the table, plus the general ones; each runs as a test named after what it says. */
    @TestFactory
    Stream<DynamicTest> packagesImportOnlyWhatTheLayeringTableAllows() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("the main classes were imported", () -> {
            if (classes.size() < 300 || !classes.contain(BASE + ".Session") || !classes.contain(BASE
                    + ".internal.pipeline.CallPipeline")) {
                throw new AssertionError("imported " + classes.size() + " classes; expected all of " + BASE);
            }
        }));
        // layer 0
        row(tests, "exception", pkgs("exception"));
        row(tests, "internal.util", pkgs("internal.util"));
        row(tests, "internal.json", pkgs("internal.json"));
        row(tests, "internal.jmespath", pkgs("internal.jmespath", "internal.json"));
        row(tests, "internal.names", pkgs("internal.names"));
        row(tests, "internal.digest", pkgs("internal.digest"));
        // layer 1
        for (String p : List.of("internal.loader", "config", "internal.retry", "internal.checksums", "internal.useragent")) {
            row(tests, p, concat(pkgs(p), LAYER_0));
        }
        // the public model and its internal side (the JSON trees behind the typed views) know each other
        row(tests, "model", concat(pkgs("model", "internal.model"), LAYER_0));
        row(tests, "internal.model", concat(pkgs("model", "internal.model"), LAYER_0));
        row(tests, "internal.paginate", concat(pkgs("paginate", "internal.paginate", "model", "internal.model"), LAYER_0));
        row(tests, "internal.waiter", concat(pkgs("waiter", "internal.waiter", "model", "internal.model"), LAYER_0));
        // the http SPI and its socket implementation (internal.http) are one layer, split only by the API fence
        row(tests, "http", concat(pkgs("http", "internal.http"), LAYER_0));
        row(tests, "internal.http", concat(pkgs("http", "internal.http"), LAYER_0));
        row(tests, "internal.endpoints.rules", concat(pkgs("internal.endpoints.rules"), LAYER_0));
        // layer 2
        // retry.Sleeper is the one way the SDK waits (back-off, waiters, credential retries)
        row(tests, "credentials", concat(pkgs("credentials", "config", "http", "internal.http", "internal.retry"), LAYER_0));
        row(tests, "internal.protocol", concat(pkgs("internal.protocol", "model", "internal.model", "http", "internal.http"), LAYER_0));
        row(tests, "internal.endpoints", concat(pkgs("internal.endpoints", "model", "internal.model", "config"), LAYER_0)); // endpoints.. holds rules
        row(tests, "paginate", concat(pkgs("paginate", "internal.paginate", "model", "internal.model"), LAYER_0));
        row(tests, "waiter", concat(pkgs("waiter", "internal.waiter", "model", "internal.model", "internal.retry"), LAYER_0));
        // the call log reads what it prints (requests, responses, retry decisions) and the model's sensitive marks
        row(tests, "internal.logging", concat(pkgs("internal.logging", "http", "internal.http", "internal.retry", "model", "internal.model"), LAYER_0));
        // layer 3
        row(tests, "internal.auth", concat(pkgs("internal.auth", "credentials", "http", "internal.http", "model", "internal.model", "internal.endpoints"), LAYER_0));
        // an event carries the call's signing context and endpoint, typed: events reads auth and endpoints
        row(tests, "events", concat(pkgs("events", "model", "internal.model", "http", "internal.http", "internal.auth", "internal.endpoints"), LAYER_0));
        // layer 4
        String[] upTo3 = concat(LAYER_0, LAYER_1, LAYER_2, LAYER_3);
        row(tests, "internal.pipeline", concat(pkgs("internal.pipeline"), upTo3));
        // customizations read the client's effective configuration (a config value), so config is allowed
        row(tests, "internal.customizations",
                concat(pkgs("internal.customizations", "events", "model", "internal.model", "internal.protocol", "internal.auth", "internal.endpoints", "http", "internal.http", "config"),
                        LAYER_0));
        // layer 5: the client sees customizations only through their SPI (the root package, found with
        // CustomizationIndex), never a service's own package
        row(tests, "client", concat(pkgs("client", "internal.pipeline"), upTo3, new String[] {BASE + ".internal.customizations"}));
        // layer 6
        String[] upTo5 = concat(upTo3, pkgs("internal.pipeline", "client"));
        for (String p : List.of("resource", "transfer", "dynamodb", "testing")) {
            row(tests, p, concat(pkgs(p), upTo5));
        }

        tests.add(check("nothing below the top imports the root package (Session, Boto)",
                noClasses().that().resideOutsideOfPackage(BASE)
                        .should().dependOnClassesThat().resideInAPackage(BASE)));
        tests.add(check("model never imports loader",
                noClasses().that().resideInAPackage(BASE + ".model..")
                        .should().dependOnClassesThat().resideInAPackage(BASE + ".internal.loader..")));
        tests.add(check("the client never imports a service's customization package",
                noClasses().that().resideInAPackage(BASE + ".client..")
                        .should().dependOnClassesThat().resideInAPackage(BASE + ".internal.customizations.*..")));
        String[] known = concat(LAYER_0, LAYER_1, LAYER_2, LAYER_3,
                pkgs("internal.pipeline", "internal.customizations", "client", "resource", "transfer", "dynamodb", "testing",
                        "internal"));
        tests.add(check("every package is one the layering table knows",
                classes().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackage(BASE)
                        .should().resideInAnyPackage(known)));
        return tests.stream();
    }

    private static void row(List<DynamicTest> tests, String pkg, String[] allowed) {
        // the root package (io.boto4j itself, where Session lives) is not outside io.boto4j..: it is the top
        DescribedPredicate<JavaClass> permitted = resideOutsideOfPackage(BASE + "..").or(resideInAnyPackage(allowed));
        // a row may be empty only for a package that is planned but not written yet; any other empty row
        // means the import or the table is wrong, and the rule would pass on nothing
        ArchRule rule = classes().that().resideInAPackage(BASE + "." + pkg + "..")
                .and(not(deeperRowOf(pkg)))
                .should().onlyDependOnClassesThat(permitted)
                .allowEmptyShould(PLANNED.contains(pkg));
        tests.add(check(pkg + " imports only " + String.join(", ", strip(allowed)), rule));
    }

    /** endpoints' row must not cover endpoints.rules, which has its own, narrower row. */
    private static DescribedPredicate<JavaClass> deeperRowOf(String pkg) {
        if (pkg.equals("internal.endpoints")) {
            return resideInAPackage(BASE + ".internal.endpoints.rules..");
        }
        return DescribedPredicate.alwaysFalse();
    }

    private static DynamicTest check(String name, ArchRule rule) {
        return dynamicTest(name, () -> rule.check(classes));
    }

    private static String[] pkgs(String... names) {
        return Arrays.stream(names).map(n -> BASE + "." + n + "..").toArray(String[]::new);
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).distinct().toArray(String[]::new);
    }

    private static List<String> strip(String[] patterns) {
        return Arrays.stream(patterns).map(p -> p.substring(BASE.length() + 1, p.length() - 2)).toList();
    }
}
