package org.coop.platform.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Apache Kafka and MongoDB in containers, the same images production runs. The broker is
 * "stopped" by pausing its container, which keeps its address and data like a restarted broker.
 */
final class ContainersInfrastructure implements PlatformInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGO_IMAGE = "mongo:8.0";

    private static volatile ContainersInfrastructure instance;

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;

    private ContainersInfrastructure() {
        kafka = new KafkaContainer(KAFKA_IMAGE);
        mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        kafka.start();
        mongo.start();
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainersInfrastructure instance() {
        if (instance == null) {
            synchronized (ContainersInfrastructure.class) {
                if (instance == null) {
                    instance = new ContainersInfrastructure();
                }
            }
        }
        return instance;
    }

    @Override
    public Backend backend() {
        return Backend.CONTAINERS;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getReplicaSetUrl().replaceFirst("/[^/?]*(\\?|$)", "/$1");
    }

    @Override
    public void stopKafka() {
        kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void killKafka() {
        stopKafka();
    }

    @Override
    public void startKafka() {
        kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
    }
}
