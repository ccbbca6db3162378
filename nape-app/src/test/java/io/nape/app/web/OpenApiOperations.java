package io.nape.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The operations of the served OpenAPI document, with a body that passes its schema, for tests that try each. */
final class OpenApiOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode DOCUMENT = read();

    private OpenApiOperations() {}

    /** One operation: its method, path template, parameters and (for a write) the schema of its body. */
    record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodyFields) {
        boolean takesBody() {
            return method.equals("POST") || method.equals("PUT");
        }

        /** The path with each path parameter replaced by {@code value}, encoded as given. */
        String pathWith(String value) {
            String filled = path;
            for (Parameter parameter : parameters) {
                if (parameter.in().equals("path")) {
                    filled = filled.replace("{" + parameter.name() + "}", value);
                }
            }
            return filled;
        }

        List<Parameter> query() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }

        boolean hasPathParameter() {
            return parameters.stream().anyMatch(p -> p.in().equals("path"));
        }

        /** A body that passes the schema: each required field with a plain valid value. */
        ObjectNode validBody() {
            ObjectNode body = NODES.objectNode();
            JsonNode schema = bodySchema();
            for (JsonNode required : schema.path("required")) {
                String name = required.asString();
                body.set(name, validValue(bodyFields.get(name)));
            }
            return body;
        }

        private JsonNode bodySchema() {
            for (JsonNode content : operation().path("requestBody").path("content")) {
                return resolve(content.path("schema"));
            }
            return NODES.objectNode();
        }

        private JsonNode operation() {
            return DOCUMENT.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, String type) {}

    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : DOCUMENT.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(
                            parameter.path("name").asString(),
                            parameter.path("in").asString(),
                            parameter.path("schema").path("type").asString("string")));
                }
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                for (JsonNode content : operation.path("requestBody").path("content")) {
                    JsonNode schema = resolve(content.path("schema"));
                    if (!schema.has("properties")) {
                        schema = resolve(
                                DOCUMENT.path("components").path("schemas").path("Settings"));
                    }
                    schema.path("properties")
                            .properties()
                            .forEach(field -> fields.put(field.getKey(), resolve(field.getValue())));
                }
                operations.add(new Operation(
                        method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), parameters, fields));
            }
        }
        return operations;
    }

    static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        return resolve(DOCUMENT.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    /** Whether a field's schema allows a string: a plain string, an enum of strings, or a list of them. */
    static boolean holdsText(JsonNode schema) {
        return types(schema).contains("string")
                || (types(schema).contains("array")
                        && types(resolve(schema.path("items"))).contains("string"));
    }

    static List<String> types(JsonNode schema) {
        JsonNode type = resolve(schema).path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (!type.isMissingNode()) {
            types.add(type.asString());
        }
        return types;
    }

    static JsonNode validValue(JsonNode schema) {
        JsonNode field = resolve(schema);
        if (field.has("enum")) {
            return field.path("enum").get(0);
        }
        List<String> types = types(field);
        if (types.contains("string")) {
            return NODES.stringNode(
                    field.path("format").asString("").equals("date-time") ? "2026-03-30T08:00:00Z" : "desk-a");
        }
        if (types.contains("integer") || types.contains("number")) {
            return NODES.numberNode(field.path("minimum").asInt(0));
        }
        if (types.contains("boolean")) {
            return NODES.booleanNode(false);
        }
        if (types.contains("array")) {
            ArrayNode empty = NODES.arrayNode();
            return empty;
        }
        return NODES.objectNode();
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiOperations.class.getResourceAsStream("/web/openapi.json")) {
            return ApiClient.JSON.readTree(in);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
