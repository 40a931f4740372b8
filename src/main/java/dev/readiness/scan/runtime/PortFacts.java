package dev.readiness.scan.runtime;

/**
 * One container port, published on the host or only exposed.
 *
 * @param privatePort port inside the container
 * @param publicPort host port, or null when not published
 * @param hostIp host address the port is bound to, or null
 * @param protocol tcp, udp or sctp
 */
public record PortFacts(
    @com.fasterxml.jackson.annotation.JsonProperty("private") int privatePort,
    @com.fasterxml.jackson.annotation.JsonProperty("public") Integer publicPort,
    String hostIp,
    String protocol) {}
