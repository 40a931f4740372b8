# syntax=docker/dockerfile:1
[=marker]
# [=c.framework!"java"] service in [=c.dir], built with [=c.packageManager], run on a JRE.

[#if c.packageManager == "gradle"]
FROM gradle:8-jdk21 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/home/gradle/.gradle/caches [#if wrapper]./gradlew[#else]gradle[/#if] --no-daemon build -x test \
[#else]
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 [#if wrapper]./mvnw[#else]mvn[/#if] -B -q package -DskipTests \
[/#if]
 && jar="$(find . -path '*/build/libs/*.jar' -o -path '*/target/*.jar' | grep -v -e '-plain.jar$' -e '/original-' -e '-sources.jar$' | head -n 1)" \
 && test -n "$jar" && cp "$jar" /app.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system app && useradd --system --gid app --no-create-home app
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER app
EXPOSE [=port]
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
[#if health??]
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/[=port] && printf "GET [=health] HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200"'
[#else]
# No health route was found: the check only proves the port accepts connections.
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/[=port]'
[/#if]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
