package org.coop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes objects of one kustomization: rendered by kubectl, or, for the base where kubectl is absent, the
 * objects of the resource files it lists (complete objects; only generated ConfigMaps and image tags are missing).
 */
record Manifests(String source, List<JsonNode> objects, boolean rendered) {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    static Manifests overlay(String name) {
        Path dir = Repo.path("k8s/overlays/" + name);
        return new Manifests("k8s/overlays/" + name, Kustomize.render(dir), true);
    }

    static Manifests base() {
        Path dir = Repo.path("k8s/base");
        if (Kustomize.kubectl().isPresent()) {
            return new Manifests("k8s/base", Kustomize.render(dir), true);
        }
        return baseFiles();
    }

    static Manifests baseFiles() {
        Path dir = Repo.path("k8s/base");
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode resource : Repo.yaml(dir.resolve("kustomization.yaml")).path("resources")) {
            objects.addAll(Repo.yamlDocuments(Repo.read(dir.resolve(resource.asText()))));
        }
        return new Manifests("k8s/base (resource files, not rendered)", objects, false);
    }

    /** Every kustomization to check: both overlays where kubectl renders them, else the base's files. */
    static List<Manifests> all() {
        if (Kustomize.kubectl().isEmpty()) {
            return List.of(baseFiles());
        }
        // kubectl mostly waits: render the three kustomizations side by side.
        List.of("k8s/base", "k8s/overlays/dev", "k8s/overlays/prod").parallelStream()
                .forEach(dir -> Kustomize.render(Repo.path(dir)));
        List<Manifests> all = new ArrayList<>();
        all.add(base());
        OVERLAYS.forEach(overlay -> all.add(overlay(overlay)));
        return all;
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    Manifests with(List<JsonNode> replaced) {
        return new Manifests(source + " (altered)", replaced, rendered);
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + " " + name(object);
    }

    @Override
    public String toString() {
        return source;
    }
}
