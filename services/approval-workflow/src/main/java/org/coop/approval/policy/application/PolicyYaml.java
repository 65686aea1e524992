package org.coop.approval.policy.application;

import java.util.List;
import org.coop.approval.policy.domain.PolicyProblem;
import org.coop.approval.policy.domain.TripPolicy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a policy document. Binding is strict (an unknown or misspelt key is an error, not
 * silently ignored), then {@link TripPolicy#problems()} checks references and numbers; any
 * problem is reported with its path.
 */
public final class PolicyYaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PolicyYaml() {
    }

    /** The policy in {@code yaml}, or {@link PolicyInvalidException} naming every problem found. */
    public static TripPolicy parse(String yaml, String source) {
        if (yaml == null || yaml.isBlank()) {
            throw new PolicyInvalidException(source, List.of(new PolicyProblem("(document)", "is empty")));
        }
        TripPolicy policy;
        try {
            policy = MAPPER.readValue(yaml, TripPolicy.class);
        } catch (UnrecognizedPropertyException e) {
            throw new PolicyInvalidException(source, List.of(new PolicyProblem(path(e),
                    "unknown key '" + e.getPropertyName() + "'")));
        } catch (MismatchedInputException e) {
            throw new PolicyInvalidException(source, List.of(new PolicyProblem(path(e),
                    e.getOriginalMessage())));
        } catch (JacksonException e) {
            throw new PolicyInvalidException(source, List.of(new PolicyProblem("(document)",
                    e.getOriginalMessage())));
        }
        if (policy == null) {
            throw new PolicyInvalidException(source, List.of(new PolicyProblem("(document)", "is empty")));
        }
        List<PolicyProblem> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw new PolicyInvalidException(source, problems);
        }
        return policy;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(document)" : path.toString();
    }
}
