package org.coop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coop.deploy.CodeFacts.Acl;
import org.coop.deploy.CodeFacts.Deployable;
import org.coop.platform.events.TopicSpec;
import org.coop.platform.events.Topics;

/** Keeps the KafkaTopics and KafkaUsers true to the code. Every method answers the problems it found. */
final class KafkaChecks {

    private KafkaChecks() {
    }

    /** The topics the code needs: every event record's topic, and the dead-letter topic of each consuming service. */
    static Set<String> expectedTopics() {
        Set<String> topics = new TreeSet<>(CodeFacts.eventTopics());
        CodeFacts.deployables().forEach(d -> CodeFacts.deadLetterTopic(d).ifPresent(topics::add));
        return topics;
    }

    static String topicName(JsonNode topic) {
        String explicit = topic.path("spec").path("topicName").asText();
        return explicit.isEmpty() ? Manifests.name(topic) : explicit;
    }

    /**
     * The KafkaTopic set equals the topics the code needs; each has the cleanup policy the catalog says and at least
     * its partitions; dead-letter topics one partition (the binder is set so); replication as the cluster requires.
     */
    static List<String> topicProblems(Manifests manifests, int replicas, int minInSync) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> declared = new TreeMap<>();
        manifests.ofKind("KafkaTopic").forEach(t -> declared.put(topicName(t), t));
        Set<String> expected = expectedTopics();
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(declared.keySet());
        Set<String> extra = new TreeSet<>(declared.keySet());
        extra.removeAll(expected);
        missing.forEach(t -> problems.add(manifests + ": no KafkaTopic for " + t + ", which the code uses"));
        extra.forEach(t -> problems.add(manifests + ": KafkaTopic " + t + " is not a topic of the code"));
        for (Map.Entry<String, JsonNode> entry : declared.entrySet()) {
            String name = entry.getKey();
            JsonNode spec = entry.getValue().path("spec");
            JsonNode config = spec.path("config");
            String where = manifests + ": KafkaTopic " + name + ": ";
            boolean deadLetters = name.endsWith(".dlq");
            if (Topics.isKnown(name)) {
                TopicSpec topic = Topics.spec(name);
                String policy = config.path("cleanup.policy").asText("delete");
                if (!policy.equals(topic.compacted() ? "compact" : "delete")) {
                    problems.add(where + "cleanup.policy " + policy + ", the catalog says "
                            + (topic.compacted() ? "compact" : "delete"));
                }
                if (spec.path("partitions").asInt(0) < topic.partitions()) {
                    problems.add(where + "fewer partitions than the catalog's " + topic.partitions());
                }
            } else if (deadLetters && spec.path("partitions").asInt(0) != 1) {
                problems.add(where + "a dead-letter topic has one partition (dlq-partitions of the binder)");
            }
            if (spec.path("replicas").asInt(0) != replicas) {
                problems.add(where + "replicas " + spec.path("replicas").asText() + ", expected " + replicas);
            }
            if (config.path("min.insync.replicas").asInt(0) != minInSync) {
                problems.add(where + "min.insync.replicas " + config.path("min.insync.replicas").asText()
                        + ", expected " + minInSync);
            }
        }
        return problems;
    }

    /** The ACLs a KafkaUser grants, as (resource, name, operation); non-literal patterns and denies are problems. */
    static Set<Acl> grantedAcls(JsonNode user, List<String> problems) {
        Set<Acl> acls = new TreeSet<>();
        for (JsonNode rule : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = rule.path("resource");
            String pattern = resource.path("patternType").asText("literal");
            if (!pattern.equals("literal") || !rule.path("type").asText("allow").equals("allow")
                    || !rule.path("host").asText("*").equals("*")) {
                problems.add("KafkaUser " + Manifests.name(user) + ": only literal allow rules for any host are used "
                        + "here, found " + rule);
            }
            List<String> operations = new ArrayList<>();
            rule.path("operations").forEach(o -> operations.add(o.asText()));
            if (rule.has("operation")) {
                operations.add(rule.path("operation").asText());
            }
            for (String operation : operations) {
                acls.add(new Acl(resource.path("type").asText(), resource.path("name").asText(), operation));
            }
        }
        return acls;
    }

    /** One KafkaUser per application that uses Kafka, named {@code <app>-kafka}, with exactly the ACLs its code needs. */
    static List<String> userProblems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Set<String> users = new TreeSet<>();
        for (JsonNode user : manifests.ofKind("KafkaUser")) {
            users.add(Manifests.name(user));
        }
        for (Deployable deployable : CodeFacts.deployables()) {
            String name = deployable.name() + "-kafka";
            Set<Acl> expected = CodeFacts.expectedAcls(deployable);
            var user = manifests.find("KafkaUser", name);
            users.remove(name);
            if (expected.isEmpty()) {
                user.ifPresent(u -> problems.add(manifests + ": KafkaUser " + name + " exists, but "
                        + deployable.name() + " uses no Kafka"));
                continue;
            }
            if (user.isEmpty()) {
                problems.add(manifests + ": no KafkaUser " + name + " for " + deployable.name());
                continue;
            }
            if (!user.get().path("spec").path("authentication").path("type").asText().equals("scram-sha-512")) {
                problems.add(manifests + ": KafkaUser " + name + " must authenticate with scram-sha-512 "
                        + "(the services' Kafka settings, kafka-client.env)");
            }
            Set<Acl> granted = grantedAcls(user.get(), problems);
            Set<Acl> tooMuch = new TreeSet<>(granted);
            tooMuch.removeAll(expected);
            Set<Acl> tooLittle = new TreeSet<>(expected);
            tooLittle.removeAll(granted);
            if (!tooMuch.isEmpty()) {
                problems.add(manifests + ": KafkaUser " + name + " grants what " + deployable.name()
                        + "'s code does not use: " + tooMuch);
            }
            if (!tooLittle.isEmpty()) {
                problems.add(manifests + ": KafkaUser " + name + " lacks what " + deployable.name()
                        + "'s code needs: " + tooLittle);
            }
        }
        users.forEach(u -> problems.add(manifests + ": KafkaUser " + u + " belongs to no deployable"));
        return problems;
    }
}
