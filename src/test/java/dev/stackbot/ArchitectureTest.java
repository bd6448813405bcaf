package dev.stackbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The layering the README draws: data flows one way, the edges never import each other")
final class ArchitectureTest {

    /** The pipeline stages in data-flow order: each may import only the stages before it. */
    static final List<String> PIPELINE = List.of("knowledge", "passage", "semantic", "index", "question",
            "retrieval", "verdict", "answer");
    /** Stages not written yet: the rules hold for them once they exist, and their absence fails nothing. */
    static final List<String> NOT_YET_WRITTEN = List.of();
    /** The store: a service of the edges that reads the pipeline's records; nothing in the pipeline imports it. */
    static final String STORE = "store";
    /**
     * The processes of one bot agreeing on the knowledge version: a service of the edges like the store, which
     * reloads answer's LiveKnowledge and reaches PostgreSQL through the store's Database.
     */
    static final String CLUSTER = "cluster";
    /**
     * The metrics and health endpoint: a service of the composition root that imports no Stackbot package;
     * the edges report to it through their own small interfaces (discord's AnswerEvents), wired in app.
     */
    static final String METRICS = "metrics";
    /** Above the pipeline, beside each other: each may use every pipeline stage, and neither the other. */
    static final List<String> ABOVE_ANSWER = List.of("evaluation", "render");
    /** The edges: they may use everything below them but never each other; app is the composition root. */
    static final List<String> EDGES = List.of("cli", "discord");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stackbot");

    /** The layers and which may import which, counting only dependencies between classes of dev.stackbot. */
    static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        List<String> all = new ArrayList<>(PIPELINE);
        all.addAll(ABOVE_ANSWER);
        all.addAll(EDGES);
        all.add(STORE);
        all.add(CLUSTER);
        all.add(METRICS);
        all.add("app");
        for (String name : all) {
            layers = NOT_YET_WRITTEN.contains(name)
                    ? layers.optionalLayer(name).definedBy("dev.stackbot." + name + "..")
                    : layers.layer(name).definedBy("dev.stackbot." + name + "..");
        }
        layers = layers.whereLayer(PIPELINE.get(0)).mayNotAccessAnyLayer();
        for (int i = 1; i < PIPELINE.size(); i++) {
            layers = layers.whereLayer(PIPELINE.get(i)).mayOnlyAccessLayers(PIPELINE.subList(0, i).toArray(String[]::new));
        }
        for (String above : ABOVE_ANSWER) {
            layers = layers.whereLayer(above).mayOnlyAccessLayers(PIPELINE.toArray(String[]::new));
        }
        layers = layers.whereLayer(STORE).mayOnlyAccessLayers(PIPELINE.toArray(String[]::new));
        List<String> belowCluster = new ArrayList<>(PIPELINE);
        belowCluster.add(STORE);
        layers = layers.whereLayer(CLUSTER).mayOnlyAccessLayers(belowCluster.toArray(String[]::new));
        layers = layers.whereLayer(METRICS).mayNotAccessAnyLayer().whereLayer(METRICS).mayOnlyBeAccessedByLayers("app");
        List<String> belowEdges = new ArrayList<>(PIPELINE);
        belowEdges.addAll(ABOVE_ANSWER);
        belowEdges.add(STORE);
        belowEdges.add(CLUSTER);
        for (String edge : EDGES) {
            layers = layers.whereLayer(edge).mayOnlyAccessLayers(belowEdges.toArray(String[]::new));
        }
        // the composition root wires everything, so it may import every layer; nothing imports it
        return layers.whereLayer("app").mayNotBeAccessedByAnyLayer();
    }

    @Test
    @DisplayName("every stage named in the rules exists, so no rule holds only because its package is empty")
    void everyLayerHasClasses() {
        var packages = MAIN.stream().map(JavaClass::getPackageName)
                .map(name -> name.substring("dev.stackbot.".length()).split("\\.")[0])
                .collect(Collectors.toSet());

        List<String> expected = new ArrayList<>(PIPELINE);
        expected.removeAll(NOT_YET_WRITTEN);
        expected.addAll(ABOVE_ANSWER);
        expected.addAll(EDGES);
        expected.add(STORE);
        expected.add(CLUSTER);
        expected.add(METRICS);
        expected.add("app");
        assertThat(packages).containsAll(expected);
    }

    @Test
    @DisplayName("each package imports only the packages before it; cli, discord and app are edges")
    void layering() {
        layers().check(MAIN);
    }

    @Test
    @DisplayName("only index and retrieval touch Lucene")
    void luceneStaysInIndexAndRetrieval() {
        noClasses().that().resideOutsideOfPackages("dev.stackbot.index..", "dev.stackbot.retrieval..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    @DisplayName("only metrics and the composition root touch Micrometer")
    void micrometerStaysInMetrics() {
        noClasses().that().resideOutsideOfPackages("dev.stackbot.metrics..", "dev.stackbot.app..")
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .check(MAIN);
    }

    @Test
    @DisplayName("only render and discord touch JDA")
    void jdaStaysAtTheDiscordEdge() {
        noClasses().that().resideOutsideOfPackages("dev.stackbot.render..", "dev.stackbot.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion.jda..")
                .check(MAIN);
    }

    @Test
    @DisplayName("only render draws: XChart and Java2D stay in render, so no edge or stage grows a drawing of its own")
    void chartsStayInRender() {
        noClasses().that().resideOutsideOfPackage("dev.stackbot.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.knowm.xchart..", "java.awt..", "javax.imageio..")
                .check(MAIN);
    }
}
