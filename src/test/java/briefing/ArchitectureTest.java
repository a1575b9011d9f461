package briefing;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package layout of STYLE.md: arrows point upstream only, and each library stays behind one package. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("briefing");

    @Test
    void stagesDependOnlyUpstream() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("main").definedBy("briefing")
                .layer("pipeline").definedBy("briefing.pipeline..")
                .layer("publish").definedBy("briefing.publish..")
                .layer("bake").definedBy("briefing.bake..")
                .layer("site").definedBy("briefing.site..")
                .layer("chart").definedBy("briefing.chart..")
                .layer("analyze").definedBy("briefing.analyze..")
                .layer("evaluate").definedBy("briefing.evaluate..")
                .layer("ingest").definedBy("briefing.ingest..")
                .layer("diag").definedBy("briefing.diag..")
                .layer("model").definedBy("briefing.model..")
                .layer("memo").definedBy("briefing.memo..")
                .whereLayer("main").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("main")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("bake").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("site").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("site")
                .whereLayer("analyze").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("evaluate").mayOnlyBeAccessedByLayers("pipeline", "main")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("diag").mayOnlyBeAccessedByLayers("main", "pipeline", "publish", "bake", "ingest", "analyze")
                .whereLayer("memo").mayOnlyBeAccessedByLayers("pipeline", "site", "analyze", "ingest")
                .check(CLASSES);
    }

    @Test
    void modelUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("briefing.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("briefing.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void theMemoUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("briefing.memo..")
                .should().dependOnClassesThat().resideOutsideOfPackages("briefing.memo..", "java..")
                .check(CLASSES);
    }

    @Test
    void jbakeAndFreemarkerStayInBake() {
        noClasses().that().resideOutsideOfPackage("briefing.bake..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jbake..", "freemarker..")
                .check(CLASSES);
    }

    @Test
    void flexmarkIsReadOnlyBySiteForSearchText() {
        // JBake renders the Markdown of pages; our own code reads Markdown only for search snippets.
        noClasses().that().resideOutsideOfPackage("briefing.site..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..")
                .check(CLASSES);
    }

    @Test
    void jfreeChartStaysInChart() {
        noClasses().that().resideOutsideOfPackage("briefing.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
                .check(CLASSES);
    }

    @Test
    void luceneStaysInAnalyzeAndYamlInIngest() {
        noClasses().that().resideOutsideOfPackage("briefing.analyze..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("briefing.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.snakeyaml..")
                .check(CLASSES);
    }

    @Test
    void wordDiffsStayInSite() {
        noClasses().that().doNotHaveFullyQualifiedName("briefing.site.WordDiff")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.difflib..")
                .check(CLASSES);
    }
}
