package org.coop.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coop.platform.events.EventCatalog;
import org.coop.platform.events.EventDescriptor;
import org.coop.platform.events.Topics;
import org.coop.platform.messaging.MessagingDefaults;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the code says the deployment must provide, read from the code itself rather than copied: the deployables
 * the build makes, each one's configuration (port, database, bindings with the binder defaults platform-messaging
 * adds), the topics of the event catalog, and which topics each service writes and reads.
 */
final class CodeFacts {

    /** An application the build packages as an executable jar (spring-boot repackage with the exec classifier). */
    record Deployable(String name, Path dir, String artifactId) {

        String image(String version) {
            return "coop/" + name + ":" + version;
        }

        String jar(String version) {
            return Repo.root().relativize(dir).toString() + "/target/" + artifactId + "-" + version + "-exec.jar";
        }

        Path configFile() {
            return dir.resolve("src/main/resources/" + name + ".yml");
        }
    }

    /** A consumer binding: the topic it reads and its consumer group (binding group, else the default). */
    record Binding(String name, String destination, String group) {
    }

    /** One Kafka ACL entry: a resource (topic or group, by literal name) and an operation on it. */
    record Acl(String resourceType, String name, String operation) implements Comparable<Acl> {
        @Override
        public int compareTo(Acl other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return resourceType + ":" + name + ":" + operation;
        }
    }

    private static final Pattern PRODUCER_RECORD = Pattern.compile("new ProducerRecord<[^>]*>\\(\\s*Topics\\.([A-Z_]+)");
    private static final Pattern TOPIC_TAIL = Pattern.compile("new TopicTail\\([^,]+,\\s*Topics\\.([A-Z_]+)");
    private static final List<String> UNMODELLED_KAFKA_CLIENTS =
            List.of("StreamBridge", "KafkaTemplate", "new KafkaProducer", "new KafkaConsumer");

    private static final Map<String, StandardEnvironment> ENVIRONMENTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile List<Deployable> deployables;

    private CodeFacts() {
    }

    static String projectVersion() {
        return directChild(pom(Repo.path("pom.xml")).getDocumentElement(), "version");
    }

    /** The root pom's modules that package an executable jar, in module order. */
    static List<Deployable> deployables() {
        if (deployables == null) {
            deployables = readDeployables();
        }
        return deployables;
    }

    private static List<Deployable> readDeployables() {
        List<Deployable> deployables = new ArrayList<>();
        NodeList modules = pom(Repo.path("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path dir = Repo.path(modules.item(i).getTextContent().trim());
            String pom = Repo.read(dir.resolve("pom.xml"));
            if (pom.contains("spring-boot-maven-plugin") && pom.contains("<classifier>exec</classifier>")) {
                Element project = pom(dir.resolve("pom.xml")).getDocumentElement();
                String artifactId = directChild(project, "artifactId");
                deployables.add(new Deployable(dir.getFileName().toString(), dir, artifactId));
            }
        }
        return deployables;
    }

    static Deployable deployable(String name) {
        return deployables().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no deployable " + name));
    }

    /** The topics events are written to: those of every event record in the catalog. */
    static Set<String> eventTopics() {
        Set<String> topics = new TreeSet<>();
        EventCatalog.descriptors().forEach(d -> topics.add(d.topic()));
        return topics;
    }

    /** Catalog topics no event record goes to: only the platform's own test probe topic may be one. */
    static Set<String> topicsWithoutEvents() {
        Set<String> topics = new TreeSet<>();
        Topics.catalog().forEach(spec -> topics.add(spec.name()));
        topics.removeAll(eventTopics());
        return topics;
    }

    /** A deployable's configuration as Spring sees it: its yml (default profile) plus platform-messaging's defaults. */
    static StandardEnvironment environment(Deployable deployable) {
        return ENVIRONMENTS.computeIfAbsent(deployable.name(), name -> loadEnvironment(deployable));
    }

    private static StandardEnvironment loadEnvironment(Deployable deployable) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load(deployable.name(), new FileSystemResource(deployable.configFile()))) {
                if (!source.containsProperty("spring.config.activate.on-profile")) {
                    environment.getPropertySources().addLast(source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (environment.containsProperty("platform.service.name")) {
            new MessagingDefaults().postProcessEnvironment(environment, null);
        }
        return environment;
    }

    static Optional<String> serviceName(Deployable deployable) {
        return Optional.ofNullable(environment(deployable).getProperty("platform.service.name"));
    }

    static int port(Deployable deployable) {
        return Integer.parseInt(environment(deployable).getRequiredProperty("server.port"));
    }

    static Optional<String> mongoDatabase(Deployable deployable) {
        return Optional.ofNullable(environment(deployable).getProperty("spring.mongodb.database"));
    }

    /** The consumer bindings of a service, with the group each binds to. */
    static List<Binding> consumerBindings(Deployable deployable) {
        StandardEnvironment environment = environment(deployable);
        Map<String, Binding> bindings = new LinkedHashMap<>();
        Pattern destination = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+-in-\\d+)\\.destination");
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String property : enumerable.getPropertyNames()) {
                    Matcher m = destination.matcher(property);
                    if (m.matches()) {
                        String binding = m.group(1);
                        String group = environment.getProperty("spring.cloud.stream.bindings." + binding + ".group",
                                environment.getProperty("spring.cloud.stream.default.group"));
                        bindings.putIfAbsent(binding, new Binding(binding, environment.getProperty(property), group));
                    }
                }
            }
        }
        return List.copyOf(bindings.values());
    }

    /** The dead-letter topic the binder writes for a consuming service (empty for one that consumes nothing). */
    static Optional<String> deadLetterTopic(Deployable deployable) {
        if (consumerBindings(deployable).isEmpty()) {
            return Optional.empty();
        }
        StandardEnvironment environment = environment(deployable);
        if (!"true".equals(environment.getProperty("spring.cloud.stream.kafka.default.consumer.enable-dlq"))) {
            return Optional.empty();
        }
        return Optional.of(environment.getRequiredProperty("spring.cloud.stream.kafka.default.consumer.dlq-name"));
    }

    /** Topics a service writes events to: those of the catalog's event records its main code constructs. */
    static Set<String> producedEventTopics(Deployable deployable) {
        Set<String> topics = new TreeSet<>();
        for (Path file : sources(deployable)) {
            String code = Repo.read(file);
            for (EventDescriptor event : EventCatalog.descriptors()) {
                Class<?> record = event.recordClass();
                boolean imported = code.contains("import " + record.getName() + ";")
                        || code.contains("import " + record.getPackageName() + ".*;");
                if (imported && code.contains("new " + record.getSimpleName() + "(")) {
                    topics.add(event.topic());
                }
            }
            topics.addAll(topicConstants(PRODUCER_RECORD, code));
        }
        return topics;
    }

    /** Topics a service reads in every instance without a consumer group (TopicTail). */
    static Set<String> tailedTopics(Deployable deployable) {
        Set<String> topics = new TreeSet<>();
        for (Path file : sources(deployable)) {
            topics.addAll(topicConstants(TOPIC_TAIL, Repo.read(file)));
        }
        return topics;
    }

    /** Kafka clients in main code that these facts do not model; must be empty (or the facts taught). */
    static List<String> unmodelledKafkaClients(Deployable deployable) {
        List<String> found = new ArrayList<>();
        for (Path file : sources(deployable)) {
            String code = Repo.read(file);
            boolean tail = file.getFileName().toString().equals("TopicTail.java");
            for (String client : UNMODELLED_KAFKA_CLIENTS) {
                if (code.contains(client) && !(tail && client.equals("new KafkaConsumer"))) {
                    found.add(Repo.root().relativize(file) + ": " + client);
                }
            }
        }
        return found;
    }

    /**
     * The ACLs a service needs, exactly: Write on the topics it produces to (and its dead-letter topic, which its
     * binder writes), Read on the topics it consumes (and its dead-letter topic, which its dead-letter API reads),
     * Describe with both, Read on each of its consumer groups. Empty for an application that uses no Kafka.
     */
    static Set<Acl> expectedAcls(Deployable deployable) {
        Set<Acl> acls = new TreeSet<>();
        producedEventTopics(deployable).forEach(topic -> write(acls, topic));
        tailedTopics(deployable).forEach(topic -> read(acls, topic));
        for (Binding binding : consumerBindings(deployable)) {
            read(acls, binding.destination());
            acls.add(new Acl("group", binding.group(), "Read"));
        }
        deadLetterTopic(deployable).ifPresent(dlq -> {
            write(acls, dlq);
            read(acls, dlq);
        });
        return acls;
    }

    static boolean usesKafka(Deployable deployable) {
        return !expectedAcls(deployable).isEmpty();
    }

    private static void write(Set<Acl> acls, String topic) {
        acls.add(new Acl("topic", topic, "Write"));
        acls.add(new Acl("topic", topic, "Describe"));
    }

    private static void read(Set<Acl> acls, String topic) {
        acls.add(new Acl("topic", topic, "Read"));
        acls.add(new Acl("topic", topic, "Describe"));
    }

    private static Set<String> topicConstants(Pattern pattern, String code) {
        Set<String> topics = new TreeSet<>();
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            try {
                topics.add((String) Topics.class.getField(m.group(1)).get(null));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Topics." + m.group(1) + " is not a topic constant", e);
            }
        }
        return topics;
    }

    private static List<Path> sources(Deployable deployable) {
        Path main = deployable.dir().resolve("src/main/java");
        if (!Files.isDirectory(main)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document pom(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String directChild(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        throw new IllegalStateException("no <" + tag + "> in " + parent.getTagName());
    }
}
