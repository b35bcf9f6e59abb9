package org.oas.migration.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suite's own rules over one rendered overlay, beyond what the schemas say: every Deployment has probes on a
 * port its container declares, requests and limits, runs as non-root with no capabilities; every selector (Service,
 * PodDisruptionBudget, NetworkPolicy) selects some pods; every reference (Secret, ConfigMap, HPA target, Ingress
 * backend) names an object of the overlay.
 */
final class SuiteRules {

    private SuiteRules() {
    }

    static List<String> check(String overlay, List<JsonNode> docs) {
        List<String> problems = new ArrayList<>();
        List<Map<String, String>> pods = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode doc : docs) {
            String kind = doc.path("kind").asText();
            String name = doc.path("metadata").path("name").asText();
            names.add(kind + "/" + name);
            switch (kind) {
                case "Deployment" -> pods.add(ManifestsTest.labels(doc.at("/spec/template/metadata/labels")));
                // the pods the operators create carry these labels (Strimzi and CloudNativePG conventions)
                case "Kafka" -> pods.add(Map.of("strimzi.io/cluster", name));
                case "Cluster" -> pods.add(Map.of("cnpg.io/cluster", name));
                default -> { }
            }
        }
        for (JsonNode doc : docs) {
            String where = overlay + ": " + doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
            switch (doc.path("kind").asText()) {
                case "Deployment" -> deployment(where, doc, names, problems);
                case "Service" -> selects(where, ManifestsTest.labels(doc.at("/spec/selector")), pods, problems);
                case "PodDisruptionBudget" -> selects(where, ManifestsTest.labels(doc.at("/spec/selector/matchLabels")), pods, problems);
                case "HorizontalPodAutoscaler" -> {
                    refers(where, "Deployment/" + doc.at("/spec/scaleTargetRef/name").asText(), names, problems);
                    if (doc.at("/spec/minReplicas").asInt() > doc.at("/spec/maxReplicas").asInt()) {
                        problems.add(where + ": minReplicas above maxReplicas");
                    }
                }
                case "Ingress" -> doc.at("/spec/rules").forEach(rule -> rule.at("/http/paths").forEach(
                        p -> refers(where, "Service/" + p.at("/backend/service/name").asText(), names, problems)));
                case "NetworkPolicy" -> networkPolicy(where, doc, pods, problems);
                default -> { }
            }
        }
        return problems;
    }

    private static void deployment(String where, JsonNode doc, Set<String> names, List<String> problems) {
        JsonNode pod = doc.at("/spec/template/spec");
        if (!ManifestsTest.labels(doc.at("/spec/template/metadata/labels")).entrySet()
                .containsAll(ManifestsTest.labels(doc.at("/spec/selector/matchLabels")).entrySet())) {
            problems.add(where + ": selector does not match the pod template's labels");
        }
        if (pod.path("topologySpreadConstraints").isEmpty()) {
            problems.add(where + ": no topologySpreadConstraints");
        }
        boolean podNonRoot = pod.at("/securityContext/runAsNonRoot").asBoolean(false);
        for (JsonNode c : pod.path("containers")) {
            String cw = where + " container " + c.path("name").asText();
            Set<String> ports = new HashSet<>();
            c.path("ports").forEach(p -> {
                ports.add(p.path("name").asText());
                ports.add(p.path("containerPort").asText());
            });
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode port = c.path(probe).at("/httpGet/port");
                if (port.isMissingNode()) {
                    problems.add(cw + ": no HTTP " + probe);
                } else if (!ports.contains(port.asText())) {
                    problems.add(cw + ": " + probe + " on undeclared port " + port.asText());
                }
            }
            for (String r : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                if (c.at("/resources/" + r).isMissingNode()) {
                    problems.add(cw + ": no resources " + r);
                }
            }
            JsonNode sc = c.path("securityContext");
            if (!podNonRoot && !sc.path("runAsNonRoot").asBoolean(false)) {
                problems.add(cw + ": not runAsNonRoot");
            }
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(cw + ": root filesystem writable");
            }
            if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(cw + ": allowPrivilegeEscalation not false");
            }
            if (!sc.at("/capabilities/drop").toString().contains("\"ALL\"")) {
                problems.add(cw + ": capabilities not dropped (ALL)");
            }
            c.path("envFrom").forEach(e -> {
                if (e.has("configMapRef")) {
                    refers(cw, "ConfigMap/" + e.at("/configMapRef/name").asText(), names, problems);
                }
            });
            c.path("env").forEach(e -> {
                JsonNode ref = e.at("/valueFrom/secretKeyRef/name");
                if (!ref.isMissingNode()) {
                    refers(cw, "Secret/" + ref.asText(), names, problems);
                }
            });
        }
        pod.path("volumes").forEach(v -> {
            if (v.has("secret")) {
                refers(where, "Secret/" + v.at("/secret/secretName").asText(), names, problems);
            }
        });
    }

    private static void networkPolicy(String where, JsonNode doc, List<Map<String, String>> pods, List<String> problems) {
        selector(where + " podSelector", doc.at("/spec/podSelector"), pods, problems);
        for (String direction : List.of("ingress", "egress")) {
            for (JsonNode rule : doc.at("/spec/" + direction)) {
                for (JsonNode peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
                    // peers in other namespaces (ingress controller, DNS, operators) are outside the overlay
                    if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                        selector(where + " " + direction + " peer", peer.get("podSelector"), pods, problems);
                    }
                }
            }
        }
    }

    private static void selector(String where, JsonNode selector, List<Map<String, String>> pods, List<String> problems) {
        Map<String, String> match = ManifestsTest.labels(selector.path("matchLabels"));
        boolean any = pods.stream().anyMatch(pod -> pod.entrySet().containsAll(match.entrySet())
                && expressions(selector.path("matchExpressions"), pod));
        if (!any) {
            problems.add(where + ": selects no pod of the overlay");
        }
    }

    private static boolean expressions(JsonNode expressions, Map<String, String> pod) {
        for (JsonNode e : expressions) {
            Set<String> values = new HashSet<>();
            e.path("values").forEach(v -> values.add(v.asText()));
            String value = pod.get(e.path("key").asText());
            boolean ok = switch (e.path("operator").asText()) {
                case "In" -> values.contains(value);
                case "NotIn" -> !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void selects(String where, Map<String, String> selector, List<Map<String, String>> pods, List<String> problems) {
        if (selector.isEmpty() || pods.stream().noneMatch(pod -> pod.entrySet().containsAll(selector.entrySet()))) {
            problems.add(where + ": selector matches no pod template");
        }
    }

    private static void refers(String where, String target, Set<String> names, List<String> problems) {
        if (!names.contains(target)) {
            problems.add(where + ": refers to missing " + target);
        }
    }
}
