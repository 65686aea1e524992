# One image per deployable, built from its executable jar (./mvnw -DskipTests package first):
#   docker build --build-arg JAR=platform/gateway/target/platform-gateway-0.1.0-SNAPSHOT-exec.jar -t coop/gateway .
# docker-compose.yml does this for every service.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app coop
WORKDIR /app
ARG JAR
COPY ${JAR} /app/app.jar
USER coop
# Heap from the container's memory limit; crash fast on OOM so the orchestrator restarts cleanly.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
