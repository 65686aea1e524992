package org.coop.matchmaking.vocabulary.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sector taxonomy as a tree. Two sectors are <em>related</em> when they are equal or one is
 * an ancestor of the other ("mechatronics" is related to "manufacturing" and to "industrial
 * robotics", not to "automotive", its sibling).
 */
public final class SectorTree {

    private final Map<String, String> parentOf;
    private final Map<String, List<String>> childrenOf;
    private final Map<String, Set<String>> related;
    private final Map<String, Set<String>> ancestorSets;

    public SectorTree(List<Term> sectors) {
        Map<String, String> parents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (Term sector : sectors) {
            parents.put(sector.code(), sector.parent());
            children.computeIfAbsent(sector.code(), c -> new ArrayList<>());
        }
        for (Term sector : sectors) {
            if (sector.parent() != null) {
                children.computeIfAbsent(sector.parent(), c -> new ArrayList<>()).add(sector.code());
            }
        }
        this.parentOf = parents;
        this.childrenOf = children;
        Map<String, Set<String>> relatedSets = new HashMap<>();
        for (String code : parents.keySet()) {
            Set<String> set = new LinkedHashSet<>();
            set.add(code);
            set.addAll(ancestors(code));
            collectDescendants(code, set);
            relatedSets.put(code, Collections.unmodifiableSet(set));
        }
        this.related = relatedSets;
        Map<String, Set<String>> ancestorsByCode = new HashMap<>();
        for (String code : parents.keySet()) {
            ancestorsByCode.put(code, Set.copyOf(ancestors(code)));
        }
        this.ancestorSets = ancestorsByCode;
    }

    public boolean contains(String code) {
        return parentOf.containsKey(code);
    }

    public Set<String> codes() {
        return Collections.unmodifiableSet(parentOf.keySet());
    }

    /** Parent first, root last. */
    public List<String> ancestors(String code) {
        List<String> ancestors = new ArrayList<>();
        String current = parentOf.get(code);
        while (current != null && !ancestors.contains(current)) {
            ancestors.add(current);
            current = parentOf.get(current);
        }
        return ancestors;
    }

    /** The sector itself, its ancestors and all its descendants. */
    public Set<String> related(String code) {
        Set<String> set = related.get(code);
        return set == null ? Set.of(code) : set;
    }

    public boolean isAncestor(String ancestor, String of) {
        Set<String> ancestors = ancestorSets.get(of);
        return ancestors != null && ancestors.contains(ancestor);
    }

    /** Equal, or one an ancestor of the other. */
    public boolean areRelated(String a, String b) {
        return a.equals(b) || isAncestor(a, b) || isAncestor(b, a);
    }

    private void collectDescendants(String code, Set<String> into) {
        for (String child : childrenOf.getOrDefault(code, List.of())) {
            if (into.add(child)) {
                collectDescendants(child, into);
            }
        }
    }
}
