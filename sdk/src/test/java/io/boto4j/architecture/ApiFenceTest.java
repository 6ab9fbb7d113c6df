package io.boto4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API is the packages listed in the README's "Public API" table; everything else lives under
 * {@code io.boto4j.internal} and may change in any release. A public signature in an API package (a public or
 * protected method, constructor or field of a public type, its supertypes) must mention neither an internal type
 * nor a Jackson type: users and Spring Boot 4 applications (which run Jackson 3) code against these signatures.
 */
class ApiFenceTest {
    private static final String BASE = "io.boto4j";
    private static final Path README = Path.of(System.getProperty("user.dir")).getParent().resolve("README.md");
    private static final Pattern API_ROW = Pattern.compile("^\\|\\s*`(io\\.boto4j[a-z.]*)`\\s*\\|");

    /**
     * Public signatures that still cross the fence, each with why; the list must be exact (a gap closed or a new
     * one fails the test), so it only shrinks. Keys are the code unit's full name as ArchUnit prints it, without
     * parameters.
     */
    private static final Map<String, String> KNOWN_GAPS = Map.of();

    private static JavaClasses classes;
    private static Set<String> apiPackages;

    @BeforeAll
    static void importMainClassesAndTheReadmeTable() throws IOException {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        apiPackages = new TreeSet<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("## ") || line.startsWith("### ")) {
                inTable = line.contains("Public API");
            }
            Matcher m = API_ROW.matcher(line);
            if (inTable && m.find()) {
                apiPackages.add(m.group(1));
            }
        }
    }

    @Test
    void theReadmeListsTheApiPackages() {
        assertTrue(apiPackages.size() >= 10, "README's Public API table lists the API packages: " + apiPackages);
        assertTrue(apiPackages.contains("io.boto4j.client"), apiPackages.toString());
        assertFalse(apiPackages.stream().anyMatch(p -> p.contains(".internal")), apiPackages.toString());
    }

    @Test
    void everyPackageIsEitherApiOrInternal() {
        Set<String> stray = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> !p.startsWith(BASE + ".internal") && !apiPackages.contains(p))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), stray, "add the package to the README's Public API table, or move it under "
                + BASE + ".internal");
    }

    @Test
    void apiPackagesHavePublicClasses() {
        for (String p : apiPackages) {
            boolean any = classes.stream().anyMatch(c -> c.getPackageName().equals(p)
                    && c.getModifiers().contains(JavaModifier.PUBLIC));
            assertTrue(any, "README lists " + p + " as API but it holds no public type");
        }
    }

    @Test
    void noPublicSignatureInAnApiPackageMentionsAnInternalOrJacksonType() {
        DescribedPredicate<JavaClass> api = new DescribedPredicate<>("a public type in an API package") {
            @Override
            public boolean test(JavaClass c) {
                return apiPackages.contains(c.getPackageName()) && isExported(c);
            }
        };
        // one predicate, not and().or(): ArchUnit joins that() clauses left to right
        DescribedPredicate<JavaCodeUnit> visible = new DescribedPredicate<>("public or protected") {
            @Override
            public boolean test(JavaCodeUnit u) {
                return u.getModifiers().contains(JavaModifier.PUBLIC)
                        || u.getModifiers().contains(JavaModifier.PROTECTED);
            }
        };
        List<String> crossing = new ArrayList<>();
        classes.stream().filter(api).flatMap(c -> c.getCodeUnits().stream()).filter(visible)
                .forEach(u -> {
                    if (mentionsFencedType(u)) {
                        crossing.add(u.getOwner().getName() + "." + u.getName());
                    }
                });
        Set<String> found = new TreeSet<>(crossing);
        Set<String> unlisted = new TreeSet<>(found);
        unlisted.removeAll(KNOWN_GAPS.keySet());
        Set<String> closed = new TreeSet<>(KNOWN_GAPS.keySet());
        closed.removeAll(found);
        assertEquals(Set.of(), unlisted, "public signatures in API packages that mention an internal or Jackson "
                + "type: hide them, or give them public types");
        assertEquals(Set.of(), closed, "gaps that are closed now: remove them from KNOWN_GAPS");
        assertTrue(codeUnitsExist(api, visible), "the API packages' code units were imported");
        fields().that().areDeclaredInClassesThat(api).and().arePublic()
                .should(haveOnlyPublicTypes()).allowEmptyShould(true).check(classes);
        List<String> supertypes = new ArrayList<>();
        for (JavaClass c : classes) {
            if (api.test(c)) {
                Stream.concat(c.getRawSuperclass().stream(), c.getRawInterfaces().stream())
                        .filter(ApiFenceTest::fenced)
                        .forEach(t -> supertypes.add(c.getName() + " extends/implements " + t.getName()));
            }
        }
        assertEquals(List.of(), supertypes);
    }

    /** Public, and every enclosing class public too (a public nested type of a package-private class is not API). */
    private static boolean isExported(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fenced(JavaClass type) {
        String n = type.getName();
        return n.startsWith(BASE + ".internal.") || n.startsWith("com.fasterxml.") || n.startsWith("io.burt.")
                || n.startsWith("tools.jackson.");
    }

    private static boolean codeUnitsExist(DescribedPredicate<JavaClass> api, DescribedPredicate<JavaCodeUnit> visible) {
        return classes.stream().filter(api).flatMap(c -> c.getCodeUnits().stream()).filter(visible).count() > 500;
    }

    private static boolean mentionsFencedType(JavaCodeUnit unit) {
        List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
        types.add(unit.getReturnType());
        unit.getThrowsClause().getTypes().forEach(types::add);
        return types.stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()).anyMatch(ApiFenceTest::fenced);
    }

    private static ArchCondition<JavaCodeUnit> mentionOnlyPublicTypes() {
        return new ArchCondition<>("mention no internal or Jackson type") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                types.add(unit.getReturnType());
                unit.getThrowsClause().getTypes().forEach(types::add);
                for (JavaType t : types) {
                    for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                        if (fenced(raw)) {
                            events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " mentions " + raw.getName()));
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaField> haveOnlyPublicTypes() {
        return new ArchCondition<>("have no internal or Jackson type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                for (JavaClass raw : field.getType().getAllInvolvedRawTypes()) {
                    if (fenced(raw)) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " has type " + raw.getName()));
                    }
                }
            }
        };
    }
}
