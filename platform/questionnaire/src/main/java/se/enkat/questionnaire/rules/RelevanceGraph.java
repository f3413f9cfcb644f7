package se.enkat.questionnaire.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which question's relevance depends on which: finds cycles and a dependency order.
 *
 * <p>Edges point from a question to the questions its {@code relevant} rule reads. Ids that are not
 * questions are ignored here; the checker reports them separately.
 */
public final class RelevanceGraph {

  private final Map<String, Set<String>> dependsOn;

  /**
   * @param dependsOn question id to the ids its rule reads, in document order
   */
  public RelevanceGraph(Map<String, Set<String>> dependsOn) {
    this.dependsOn = new LinkedHashMap<>();
    dependsOn.forEach(
        (id, refs) -> {
          Set<String> known = new HashSet<>(refs);
          known.retainAll(dependsOn.keySet());
          this.dependsOn.put(id, known);
        });
  }

  /**
   * Every cycle, each once, as the ids along it starting from the one first in document order
   * (Tarjan's strongly connected components; a question reading itself is a cycle too).
   */
  public List<List<String>> cycles() {
    return new Tarjan().run();
  }

  /**
   * The ids so that every question comes after those its relevance reads, ties broken by document
   * order. Only meaningful for a graph without cycles.
   */
  public List<String> topologicalOrder() {
    List<String> order = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String id : dependsOn.keySet()) {
      visit(id, done, new HashSet<>(), order);
    }
    return order;
  }

  private void visit(String id, Set<String> done, Set<String> onPath, List<String> order) {
    if (done.contains(id) || !onPath.add(id)) {
      return;
    }
    for (String dependency : dependsOn.get(id)) {
      visit(dependency, done, onPath, order);
    }
    done.add(id);
    order.add(id);
  }

  /** One run of Tarjan's algorithm over the graph. */
  private final class Tarjan {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> cycles = new ArrayList<>();
    private final List<String> documentOrder = new ArrayList<>(dependsOn.keySet());

    List<List<String>> run() {
      for (String id : dependsOn.keySet()) {
        if (!index.containsKey(id)) {
          connect(id);
        }
      }
      cycles.sort((a, b) -> documentOrder.indexOf(a.get(0)) - documentOrder.indexOf(b.get(0)));
      return cycles;
    }

    private void connect(String id) {
      index.put(id, index.size());
      lowLink.put(id, index.get(id));
      stack.push(id);
      onStack.add(id);
      for (String next : dependsOn.get(id)) {
        if (!index.containsKey(next)) {
          connect(next);
          lowLink.put(id, Math.min(lowLink.get(id), lowLink.get(next)));
        } else if (onStack.contains(next)) {
          lowLink.put(id, Math.min(lowLink.get(id), index.get(next)));
        }
      }
      if (lowLink.get(id).equals(index.get(id))) {
        Set<String> component = new HashSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(id));
        if (component.size() > 1 || dependsOn.get(id).contains(id)) {
          cycles.add(pathThrough(component));
        }
      }
    }

    /** A readable walk around the component, from its first question back to it. */
    private List<String> pathThrough(Set<String> component) {
      String start = documentOrder.stream().filter(component::contains).findFirst().orElseThrow();
      List<String> path = new ArrayList<>(List.of(start));
      Set<String> seen = new HashSet<>(path);
      String current = start;
      while (true) {
        String next = nextInComponent(current, component, start, seen);
        path.add(next);
        if (next.equals(start) || !seen.add(next)) {
          return path;
        }
        current = next;
      }
    }

    private String nextInComponent(
        String from, Set<String> component, String start, Set<String> seen) {
      Set<String> targets = dependsOn.get(from);
      if (targets.contains(start)) {
        return start;
      }
      return documentOrder.stream()
          .filter(id -> targets.contains(id) && component.contains(id) && !seen.contains(id))
          .findFirst()
          .orElseGet(
              () ->
                  documentOrder.stream()
                      .filter(id -> targets.contains(id) && component.contains(id))
                      .findFirst()
                      .orElseThrow());
    }
  }
}
