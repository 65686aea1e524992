# One image per deployable, built from its executable jar (./mvnw -DskipTests package first), named
# coop/<application>:<version> as docker-compose.yml and k8s/ expect, e.g.
#   docker build --build-arg JAR=platform/gateway/target/platform-gateway-0.1.0-SNAPSHOT-exec.jar \
#     -t coop/gateway:0.1.0-SNAPSHOT .
# docker compose build does this for every application.
FROM eclipse-temurin:17-jre
# A numeric, non-root user, so Kubernetes can verify runAsNonRoot (k8s/base/apps run it as 10001:10001 too).
RUN groupadd --system --gid 10001 coop && useradd --system --uid 10001 --gid 10001 --home /app coop
WORKDIR /app
COPY --chmod=0755 deploy/docker/healthcheck /usr/local/bin/coop-healthcheck
ARG JAR
COPY ${JAR} /app/app.jar
USER 10001:10001
# Heap from the container's memory limit; crash fast on OOM so the orchestrator restarts cleanly. The root file
# system may be read-only: the JVM and Netty write only to /tmp (a tmpfs or emptyDir there).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 CMD ["coop-healthcheck"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
