package ru.orientir.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The package layout the README describes, kept by a test: infrastructure ({@code common}, {@code security},
 * {@code files}) depends on no feature, and no feature reaches into another feature's internals (its REST
 * resources, its importers and its query builders are its own).
 */
class ArchitectureTest {

    private static final String ROOT = "ru.orientir";
    /** The compiled main classes only (scanning the whole class path would take half a minute). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    @Test
    void commonIsInfrastructureOnly() {
        onlyDependsOn("common", "common");
    }

    @Test
    void securityDependsOnNoFeature() {
        onlyDependsOn("security", "common", "security");
    }

    @Test
    void fileFormatsDependOnNoFeature() {
        onlyDependsOn("files", "common", "files");
    }

    @Test
    void noFeatureUsesAnotherFeaturesInternals() {
        classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(new ArchCondition<>("use no REST resource, importer or query of another package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        item.getDirectDependenciesFromSelf().forEach(d -> {
                            JavaClass target = d.getTargetClass();
                            if (isInternal(target) && !target.getPackageName().equals(item.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                })
                .check(MAIN);
    }

    private static boolean isInternal(JavaClass c) {
        String name = c.getSimpleName();
        return c.getPackageName().startsWith(ROOT)
                && (name.endsWith("Resource") || name.endsWith("Importer") || name.endsWith("Query"));
    }

    private static void onlyDependsOn(String pkg, String... allowed) {
        String[] packages = new String[allowed.length + 1];
        packages[0] = "java..";
        for (int i = 0; i < allowed.length; i++) {
            packages[i + 1] = ROOT + "." + allowed[i] + "..";
        }
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + pkg + "..")
                .should()
                .dependOnClassesThat(
                        new com.tngtech.archunit.base.DescribedPredicate<>("belong to a feature of Orientir") {
                            @Override
                            public boolean test(JavaClass c) {
                                if (!c.getPackageName().startsWith(ROOT)) {
                                    return false;
                                }
                                for (String a : allowed) {
                                    if (c.getPackageName().equals(ROOT + "." + a)
                                            || c.getPackageName().startsWith(ROOT + "." + a + ".")) {
                                        return false;
                                    }
                                }
                                return true;
                            }
                        })
                .check(MAIN);
    }
}
