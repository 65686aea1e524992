package org.coop.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stack listens and keeps its data. Each value comes from a system property
 * ({@code -Dcoop.gateway.port=9080}), else the matching environment variable
 * ({@code COOP_GATEWAY_PORT=9080}), else its default.
 */
record StackSettings(Path dataDir, int gatewayPort, int kafkaPort, int kafkaControllerPort, int mongoPort,
                     Map<ServiceModule, Integer> servicePorts, String kafkaHeap) {

    static final String GATEWAY_PORT = "coop.gateway.port";
    static final String KAFKA_PORT = "coop.kafka.port";
    static final String KAFKA_CONTROLLER_PORT = "coop.kafka.controller-port";
    static final String MONGO_PORT = "coop.mongo.port";
    static final String DATA_DIR = "coop.data-dir";

    static StackSettings fromEnvironment() {
        Map<ServiceModule, Integer> services = new LinkedHashMap<>();
        for (ServiceModule module : ServiceModule.KNOWN) {
            if (module.present()) {
                services.put(module, intSetting(module.portProperty(), module.defaultPort()));
            }
        }
        return new StackSettings(Path.of(setting(DATA_DIR, ".data")).toAbsolutePath(),
                intSetting(GATEWAY_PORT, 8080), intSetting(KAFKA_PORT, 9092), intSetting(KAFKA_CONTROLLER_PORT, 9093),
                intSetting(MONGO_PORT, 27017), services, setting("coop.kafka.heap", "512m"));
    }

    /** Every port with what it is for and the property that moves it, in start order. */
    Map<Integer, String[]> ports() {
        Map<Integer, String[]> ports = new LinkedHashMap<>();
        ports.put(mongoPort, new String[] {"the Mongo-wire store", MONGO_PORT});
        ports.put(kafkaPort, new String[] {"the Kafka broker", KAFKA_PORT});
        ports.put(kafkaControllerPort, new String[] {"the Kafka controller", KAFKA_CONTROLLER_PORT});
        ports.put(gatewayPort, new String[] {"the gateway", GATEWAY_PORT});
        servicePorts.forEach((module, port) -> ports.put(port, new String[] {"the " + module.name() + " service",
                module.portProperty()}));
        return ports;
    }

    static String environmentName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(property));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intSetting(String property, int fallback) {
        String value = setting(property, Integer.toString(fallback));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StackException(property + " must be a port number, not '" + value + "'");
        }
    }
}
