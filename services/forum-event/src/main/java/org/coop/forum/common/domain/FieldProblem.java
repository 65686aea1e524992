package org.coop.forum.common.domain;

/** One rejected input: where, why, and a machine code a client can translate. */
public record FieldProblem(String field, String message, String code) {
}
