package io.boto4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.boto4j.internal.loader.Loader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * botocore's {@code handlers.py} is what not to grow: a service's quirks live in {@code customizations.<service>}.
 * This scans the main sources for string literals that name a service in the bundled data, the compiled core for
 * classes, methods and fields named after a service (an SPI method such as {@code signingNamesWithS3Rules} is as
 * much a leak as a literal), and every class outside a service's package for imports of one. The few places that
 * must name a service for a reason of their own are listed here, with that reason.
 */
class NoServiceNamesOutsideCustomizationsTest {
    private static final Path MAIN = Path.of("src/main/java/io/boto4j");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9-]+)\"");

    /** Literal to the packages allowed to use it, and why. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // credential providers call these services through their ServiceCaller SPI, as botocore's do
            "sts", Set.of("credentials"), "sso", Set.of("credentials"), "sso-oidc", Set.of("credentials"),
            "signin", Set.of("credentials"),
            // the "s3" dictionary is a botocore Config option and profile section, not a service reference
            "s3", Set.of("config", "auth"),
            // "ec2" is also the name of a wire protocol
            "ec2", Set.of("protocol", "model"));

    /** Service names that are also ordinary words in the code (trait names, JSON keys, name pieces). */
    private static final Set<String> WORDS = Set.of("location", "batch", "account", "connect", "amp", "config",
            "events", "logs", "support", "signer", "pricing", "budgets", "health", "pipes", "scheduler", "tnb");

    /** The core: every package of the layering table but customizations, and the layers built on the client. */
    private static final Set<String> BUILT_ON_THE_CLIENT = Set.of("resource", "transfer", "dynamodb");

    /**
     * Words of identifiers that name a service, to the core packages (or classes) allowed to use them, and why.
     * Only what botocore itself names outside its handlers is here.
     */
    private static final Map<String, Set<String>> ALLOWED_IN_IDENTIFIERS = Map.ofEntries(
            // SigV4 has an S3 variant (no path normalization, payload hash header) and S3 Express's session
            // scheme, as botocore's auth module has S3SigV4Auth; the rules language's standard library has
            // aws.isVirtualHostableS3Bucket; the "s3" dictionary is a botocore Config option; the user-agent
            // feature ids (S3_TRANSFER, CREDENTIALS_STS_*, CREDENTIALS_SSO*) are the AWS SDKs' shared list
            Map.entry("s3", Set.of("auth", "config", "io.boto4j.internal.endpoints.rules.StandardLibrary",
                    "io.boto4j.internal.useragent.UserAgentFeature")),
            // sts_regional_endpoints is a botocore config variable read into the generic built-ins
            Map.entry("sts", Set.of("config", "credentials", "io.boto4j.internal.endpoints.EndpointParams",
                    "io.boto4j.internal.endpoints.EndpointParams$Builder",
                    "io.boto4j.internal.endpoints.BuiltIns", "io.boto4j.internal.useragent.UserAgentFeature")),
            // credential providers call these services through their ServiceCaller SPI, as botocore's do
            Map.entry("sso", Set.of("credentials", "config", "io.boto4j.internal.useragent.UserAgentFeature")),
            Map.entry("ssooidc", Set.of("credentials")), Map.entry("sso-oidc", Set.of("credentials")),
            Map.entry("signin", Set.of("credentials")),
            // EC2 instance metadata and ECS container credentials are botocore's own providers and config
            // variables (ec2_metadata_service_endpoint, ...); "ec2" is also the name of a wire protocol
            Map.entry("ec2", Set.of("protocol", "model", "config", "credentials")),
            Map.entry("ecs", Set.of("credentials")));

    private static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.boto4j");
    }

    /** The first package under io.boto4j ("" for the root package). */
    private static String topPackage(JavaClass c) {
        String pkg = c.getPackageName();
        if (pkg.equals("io.boto4j")) {
            return "";
        }
        String rest = pkg.substring("io.boto4j.".length());
        if (rest.startsWith("internal.")) {
            rest = rest.substring("internal.".length());   // the stage behind the API fence
        }
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isCore(JavaClass c) {
        String top = topPackage(c);
        boolean serviceCustomization = c.getPackageName().startsWith("io.boto4j.internal.customizations.");
        return !serviceCustomization && !BUILT_ON_THE_CLIENT.contains(top);
    }

    @Test
    void noCoreClassDependsOnAServicesCustomizationPackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.boto4j.internal.customizations.*..")
                .should().dependOnClassesThat().resideInAPackage("io.boto4j.internal.customizations.*..")
                .because("the core reaches customizations only through their SPI (ServiceCustomization, found with "
                        + "CustomizationIndex), so no core class may import a service's customization package");
        rule.check(mainClasses());
    }

    @Test
    void noCoreClassMethodOrFieldIsNamedAfterAService() {
        Set<String> services = new HashSet<>(Loader.fromEnvironment().listAvailableServices("service-2"));
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : mainClasses()) {
            if (!isCore(c)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(c.getSimpleName());
            c.getMethods().forEach(m -> names.add(m.getName()));
            c.getFields().forEach(f -> names.add(f.getName()));
            for (String name : names) {
                if (name.contains("$") || name.isEmpty()) {
                    continue;
                }
                for (String word : serviceWords(name, services)) {
                    Set<String> allowed = ALLOWED_IN_IDENTIFIERS.getOrDefault(word, Set.of());
                    if (!allowed.contains(topPackage(c)) && !allowed.contains(c.getName())) {
                        leaks.add(c.getName() + "." + name + " names \"" + word + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), leaks.stream().distinct().sorted().toList(),
                "give core SPI and classes neutral names and move service knowledge into customizations.<service>");
    }

    /** The service names among an identifier's words (camelCase or SNAKE_CASE) and pairs of adjacent words. */
    static Set<String> serviceWords(String identifier, Set<String> services) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(identifier);
        while (m.find()) {
            words.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> found = new java.util.TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> candidates = new ArrayList<>(List.of(words.get(i)));
            if (i + 1 < words.size()) {
                candidates.add(words.get(i) + words.get(i + 1));
                candidates.add(words.get(i) + "-" + words.get(i + 1));
            }
            for (String w : candidates) {
                if (services.contains(w) && !WORDS.contains(w) && !IDENTIFIER_WORDS.contains(w)) {
                    found.add(w);
                }
            }
        }
        return found;
    }

    private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z0-9]+|[A-Z0-9]+(?![a-z])");

    /** Service names that are also ordinary words of Java identifiers. */
    private static final Set<String> IDENTIFIER_WORDS = Set.of("lambda", "transfer", "discovery", "schemas",
            "notifications", "translate", "backup", "shield", "forecast", "detective", "personalize", "outposts",
            "organizations", "identitystore", "inspector", "iot", "ram", "pi", "ce", "es", "ds");

    @Test
    void anIdentifierNamingAServiceIsFoundInEitherSpelling() {
        Set<String> services = Set.of("s3", "sso-oidc", "s3control", "sqs");
        assertEquals(Set.of("s3"), serviceWords("signingNamesWithS3Rules", services));
        assertEquals(Set.of("s3"), serviceWords("S3_USE_GLOBAL_ENDPOINT", services));
        assertEquals(Set.of("s3", "s3control"), serviceWords("S3ControlUseArnRegion", services));
        assertEquals(Set.of("sso-oidc"), serviceWords("SsoOidcTokens", services));
        assertEquals(Set.of(), serviceWords("presignRequest", services));
    }

    @Test
    void noPackageOutsideCustomizationsNamesAService() throws IOException {
        Set<String> services = new HashSet<>(Loader.fromEnvironment().listAvailableServices("service-2"));
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = stage(MAIN.relativize(file));
                // customizations.<service>, and a higher layer's own customizations.<service> (resource.customizations.s3)
                if (pkg.equals("customizations") || MAIN.relativize(file).toString().contains("/customizations/")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        String name = m.group(1);
                        if (services.contains(name) && !WORDS.contains(name)
                                && !ALLOWED.getOrDefault(name, Set.of()).contains(pkg)) {
                            leaks.add(MAIN.relativize(file) + ":" + (i + 1) + " names \"" + name + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "move service-specific behaviour into customizations.<service>");
    }

    private static final Pattern OPERATION_LITERAL = Pattern.compile("\"((?:[A-Z][a-z0-9]+){2,})\"");

    /**
     * Operation names that credential providers call through their ServiceCaller SPI, as botocore's do; and
     * RefreshToken, also a credential member's name that the log redacts on every service (it is not called).
     */
    private static final Map<String, Set<String>> ALLOWED_OPERATIONS = Map.of(
            "AssumeRole", Set.of("credentials"), "AssumeRoleWithWebIdentity", Set.of("credentials"),
            "GetRoleCredentials", Set.of("credentials"), "CreateToken", Set.of("credentials"),
            "CreateOAuth2Token", Set.of("credentials"), "RefreshToken", Set.of("logging"));

    /** Tables of names, not behaviour: boto3's published snake_case spellings that the naming rule misses. */
    private static final Set<String> NAME_TABLES = Set.of("model/Names.java");

    /** A core class that calls one service's operation by name ("CreateBucket") holds that service's knowledge. */
    @Test
    void noPackageOutsideCustomizationsNamesAnOperationOfAService() throws IOException {
        Loader loader = Loader.fromEnvironment();
        Set<String> operations = new HashSet<>();
        for (String service : loader.listAvailableServices("service-2")) {
            loader.loadServiceModel(service, "service-2", null).path("operations").propertyNames().iterator()
                    .forEachRemaining(operations::add);
        }
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = stage(MAIN.relativize(file));
                if (pkg.equals("customizations") || BUILT_ON_THE_CLIENT.contains(pkg)
                        || NAME_TABLES.contains(MAIN.relativize(file).toString())) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = OPERATION_LITERAL.matcher(line);
                    while (m.find()) {
                        String name = m.group(1);
                        if (operations.contains(name) && !ALLOWED_OPERATIONS.getOrDefault(name, Set.of()).contains(pkg)) {
                            leaks.add(MAIN.relativize(file) + ":" + (i + 1) + " names operation \"" + name + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "move service-specific behaviour into customizations.<service>");
    }

    /** The stage a source file belongs to: its first package below io.boto4j, looking through the internal fence. */
    private static String stage(Path relative) {
        String first = relative.getName(0).toString();
        return first.equals("internal") && relative.getNameCount() > 2 ? relative.getName(1).toString() : first;
    }
}
