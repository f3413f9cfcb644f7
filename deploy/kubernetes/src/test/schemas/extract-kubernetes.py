#!/usr/bin/env python3
"""Writes strict, standalone JSON Schemas for the Kubernetes kinds the manifests use.

Input: the Kubernetes v1.32 OpenAPI v2 document (kubernetes-client/python tag v32.0.1,
kubernetes/swagger.json.unprocessed, generated from kubernetes release-1.32). Output: one file per
kind with the closure of the definitions it needs, the same transformation openapi2jsonschema
(and so kubeconform's yannh schemas) applies: int-or-string and quantities take a string or a
number, and every object with declared properties rejects undeclared ones (strict).

Usage: extract-kubernetes.py swagger.json.unprocessed kubernetes-v1.32/
"""
import json, sys, os

KINDS = {
    "configmap-v1": "io.k8s.api.core.v1.ConfigMap",
    "namespace-v1": "io.k8s.api.core.v1.Namespace",
    "secret-v1": "io.k8s.api.core.v1.Secret",
    "service-v1": "io.k8s.api.core.v1.Service",
    "serviceaccount-v1": "io.k8s.api.core.v1.ServiceAccount",
    "deployment-apps-v1": "io.k8s.api.apps.v1.Deployment",
    "networkpolicy-networking-v1": "io.k8s.api.networking.v1.NetworkPolicy",
    "ingress-networking-v1": "io.k8s.api.networking.v1.Ingress",
    "poddisruptionbudget-policy-v1": "io.k8s.api.policy.v1.PodDisruptionBudget",
    "horizontalpodautoscaler-autoscaling-v2": "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
}

def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if ref:
            found.add(ref.split("/")[-1])
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)

def strict(name, node):
    if isinstance(node, dict):
        node.pop("description", None)
        node.pop("x-kubernetes-list-map-keys", None)
        node.pop("x-kubernetes-list-type", None)
        node.pop("x-kubernetes-patch-merge-key", None)
        node.pop("x-kubernetes-patch-strategy", None)
        node.pop("x-kubernetes-map-type", None)
        node.pop("x-kubernetes-unions", None)
        node.pop("x-kubernetes-group-version-kind", None)
        if node.get("format") == "int-or-string":
            node.clear()
            node["oneOf"] = [{"type": "string"}, {"type": "integer"}]
            return
        node.pop("format", None)
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for key, value in list(node.items()):
            if key == "properties":
                for prop in value.values():
                    strict(name, prop)
            else:
                strict(name, value)
    elif isinstance(node, list):
        for value in node:
            strict(name, value)

def main(source, target):
    definitions = json.load(open(source))["definitions"]
    for file_name, root in KINDS.items():
        needed, todo = set(), [root]
        while todo:
            name = todo.pop()
            if name in needed:
                continue
            needed.add(name)
            found = set()
            refs(definitions[name], found)
            todo.extend(found - needed)
        subset = {}
        for name in sorted(needed):
            definition = json.loads(json.dumps(definitions[name]))
            if name == "io.k8s.apimachinery.pkg.api.resource.Quantity":
                definition = {"oneOf": [{"type": "string"}, {"type": "number"}]}
            elif name == "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
                definition = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
            else:
                strict(name, definition)
            subset[name] = definition
        schema = {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$comment": "Kubernetes v1.32 " + root + " (deploy/kubernetes/src/test/schemas/extract-kubernetes.py)",
            "$ref": "#/definitions/" + root,
            "definitions": subset,
        }
        with open(os.path.join(target, file_name + ".json"), "w") as out:
            json.dump(schema, out, indent=1, sort_keys=True)
            out.write("\n")

main(sys.argv[1], sys.argv[2])
