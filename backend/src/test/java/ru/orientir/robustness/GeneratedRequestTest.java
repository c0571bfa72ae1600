package ru.orientir.robustness;

import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Contract;
import ru.orientir.support.Fixtures;
import ru.orientir.support.Tokens;

/**
 * Generated requests against the real stack: for every operation of the published openapi.yaml and five callers
 * (no token, admin, ministry, a municipality's editor and viewer), malformed values for each parameter and body field
 * (wrong types, NUL, huge numbers, 10,000 characters, bad percent-encoding, lone surrogates), malformed bodies
 * (duplicate keys, 1,200 levels of nesting, broken or empty JSON, invalid UTF-8) and wrong content types. A fixed seed
 * picks a bounded number of them. Every answer must be below 500, every error problem+json in Russian (a 401 with
 * WWW-Authenticate: Bearer), and every answer must match the contract. Writes aim at data of this test only
 * (indicator gen-fz-1, year 2099, codes gen-fz-*); deletes aim at entities that do not exist.
 */
@QuarkusTest
class GeneratedRequestTest {

    static final long SEED = 11;
    static final int COUNT = Integer.getInteger("orientir.generated.count", 5200);
    static final List<String> CALLERS = List.of("anonymous", "admin", "ministry", "kaluga-editor", "kaluga-viewer");
    static final String INDICATOR = "gen-fz-1";
    static final String LONG = "a".repeat(10_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    /** One generated request. */
    record Case(
            String operation,
            String caller,
            String method,
            String template,
            String target,
            Map<String, String> headers,
            byte[] body,
            String mutation) {

        @Override
        public String toString() {
            String shown = target.length() > 160 ? target.substring(0, 160) + "…" : target;
            return method + " " + shown + " as " + caller + " [" + mutation + "]";
        }
    }

    @Test
    void malformedRequestsGetProblemsWithinTheContract() throws IOException {
        prepare();
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Contract.PUBLISHED.toFile());
        List<Case> chosen = choose(generate(spec), COUNT, new Random(SEED));
        assertTrue(chosen.size() >= Math.min(COUNT, 5000), "only " + chosen.size() + " requests generated");
        RawHttp http = new RawHttp("localhost", RestAssured.port);
        Map<String, String> tokens = new TreeMap<>();
        CALLERS.stream().filter(c -> !c.equals("anonymous")).forEach(c -> tokens.put(c, Tokens.token(c)));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        for (Case c : chosen) {
            Map<String, String> headers = new LinkedHashMap<>(c.headers());
            if (tokens.containsKey(c.caller())) {
                headers.put("Authorization", "Bearer " + tokens.get(c.caller()));
            }
            RawHttp.Answer a;
            try {
                a = http.send(c.method(), c.target(), headers, c.body());
            } catch (IOException e) {
                failures.add(c + ": no answer (" + e.getMessage() + ")");
                continue;
            }
            statuses.merge(a.status(), 1, Integer::sum);
            String wrong = verdict(c, a);
            if (wrong != null) {
                failures.add(c + " -> " + a.status() + ": " + wrong);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("GeneratedRequestTest: %d requests in %d s, statuses %s%n", chosen.size(), seconds, statuses);
        failures.stream()
                .collect(Collectors.groupingBy(
                        f -> f.replaceAll("^.*\\[(.*?)\\] -> (\\d+).*$", "$1 -> $2"),
                        TreeMap::new,
                        Collectors.counting()))
                .forEach((k, n) -> System.out.println("  wrong: " + k + " x" + n));
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + chosen.size() + " answers are wrong:\n"
                        + failures.stream().limit(40).collect(Collectors.joining("\n")));
    }

    // ---- the verdict on one answer -------------------------------------------------------------------------

    static String verdict(Case c, RawHttp.Answer a) {
        if (a.status() >= 500) {
            return "server error " + a.text();
        }
        if (a.status() >= 400) {
            String problem = problemShape(a);
            if (problem != null) {
                return problem;
            }
            if (a.status() == 401
                    && (a.header("www-authenticate") == null
                            || !a.header("www-authenticate").startsWith("Bearer"))) {
                return "401 without WWW-Authenticate: Bearer";
            }
        }
        return contractViolation(c, a);
    }

    /** Why the answer is not a problem+json in Russian with its status, or null when it is one. */
    static String problemShape(RawHttp.Answer a) {
        if (!a.contentType().startsWith("application/problem+json")) {
            return "error answered as «" + a.contentType() + "», not application/problem+json: "
                    + abbreviated(a.text());
        }
        JsonNode p;
        try {
            p = JSON.readTree(a.body());
        } catch (IOException e) {
            return "problem+json that is not JSON: " + abbreviated(a.text());
        }
        if (p == null
                || !p.isObject()
                || p.path("status").asInt() != a.status()
                || p.path("title").asText().isBlank()
                || p.path("detail").asText().isBlank()) {
            return "problem without status, title or detail: " + abbreviated(a.text());
        }
        if (!p.path("detail").asText().matches("(?s).*[А-Яа-яЁё].*")) {
            return "detail not in Russian: " + abbreviated(p.path("detail").asText());
        }
        if (a.body().length > 8000) {
            return "problem of " + a.body().length + " bytes (echoes the input?)";
        }
        return null;
    }

    static String contractViolation(Case c, RawHttp.Answer a) {
        String path = c.target().split("\\?", 2)[0];
        SimpleResponse.Builder response = SimpleResponse.Builder.status(a.status());
        a.headers().forEach(response::withHeader);
        if (a.body().length > 0) {
            response.withBody(a.text());
        }
        Request.Method method = Request.Method.valueOf(c.method());
        ValidationReport report = Contract.validator().validateResponse(path, method, response.build());
        if (!report.hasErrors()) {
            return null;
        }
        return "does not match openapi.yaml: "
                + report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .map(m -> m.getKey() + " " + m.getMessage())
                        .collect(Collectors.joining("; "));
    }

    static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ---- fixtures --------------------------------------------------------------------------------------------

    static void prepare() {
        Fixtures.territory();
        Tokens.as("admin")
                .body(Map.of(
                        "nameRu",
                        "Показатель генерированных запросов",
                        "unit",
                        "percent",
                        "area",
                        "Генерированные запросы",
                        "polarity",
                        "higher"))
                .put("/api/v1/indicators/" + INDICATOR)
                .then()
                .statusCode(oneOf(200, 201));
    }

    // ---- generation ------------------------------------------------------------------------------------------

    /** A parameter of an operation as the contract declares it. */
    record Param(String name, String in, String type, List<String> values, boolean required) {}

    static List<Case> generate(JsonNode spec) {
        List<Case> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (!p.getKey().startsWith("/api/v1")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                for (String caller : CALLERS) {
                    new Operation(spec, p.getKey(), method, op.getValue(), p.getValue(), caller).cases(cases);
                }
            }
        }
        return cases;
    }

    /**
     * Takes requests in turns from every operation and caller (each group shuffled with the seed), so that all of
     * them are covered before any gets more; callers without a token get few (they all end at 401).
     */
    static List<Case> choose(List<Case> all, int count, Random random) {
        Map<String, List<Case>> groups = new TreeMap<>();
        for (Case c : all) {
            groups.computeIfAbsent(c.operation() + " " + c.caller(), k -> new ArrayList<>())
                    .add(c);
        }
        List<Iterator<Case>> turns = new ArrayList<>();
        for (List<Case> g : groups.values()) {
            Collections.shuffle(g, random);
            turns.add((g.get(0).caller().equals("anonymous") ? g.subList(0, Math.min(8, g.size())) : g).iterator());
        }
        List<Case> chosen = new ArrayList<>();
        boolean more = true;
        while (chosen.size() < count && more) {
            more = false;
            for (Iterator<Case> t : turns) {
                if (t.hasNext() && chosen.size() < count) {
                    chosen.add(t.next());
                    more = true;
                }
            }
        }
        return chosen;
    }

    /** The requests of one operation for one caller. */
    static final class Operation {
        final JsonNode spec;
        final String template;
        final String method;
        final JsonNode op;
        final String caller;
        final List<Param> params = new ArrayList<>();
        final Map<String, JsonNode> bodies = new LinkedHashMap<>();
        final String lastPathParam;

        Operation(JsonNode spec, String template, String method, JsonNode op, JsonNode item, String caller) {
            this.spec = spec;
            this.template = template;
            this.method = method;
            this.op = op;
            this.caller = caller;
            List<JsonNode> declared = new ArrayList<>();
            item.path("parameters").forEach(declared::add);
            op.path("parameters").forEach(declared::add);
            for (JsonNode d : declared) {
                JsonNode schema = resolve(d.path("schema"));
                List<String> values = new ArrayList<>();
                schema.path("enum").forEach(v -> values.add(v.asText()));
                params.add(new Param(
                        d.path("name").asText(),
                        d.path("in").asText(),
                        schema.path("type").asText("string"),
                        values,
                        d.path("required").asBoolean() || d.path("in").asText().equals("path")));
            }
            op.path("requestBody")
                    .path("content")
                    .fields()
                    .forEachRemaining(
                            e -> bodies.put(e.getKey(), resolve(e.getValue().path("schema"))));
            String last = null;
            for (String segment : template.split("/")) {
                if (segment.startsWith("{")) {
                    last = segment.substring(1, segment.length() - 1);
                }
            }
            lastPathParam = last;
        }

        JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asText("");
            return ref.startsWith("#/components/schemas/")
                    ? spec.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                    : schema;
        }

        String key() {
            return method + " " + template;
        }

        // ---- valid values, aimed at the fixtures (reads) or at data of this test only (writes) ----------------

        String base(Param p) {
            boolean write = !method.equals("GET");
            if (p.in().equals("path")) {
                if (write && p.name().equals(lastPathParam) && !p.name().equals("year")) {
                    if (p.type().equals("integer")) {
                        return method.equals("DELETE") ? "999999999" : "1";
                    }
                    return method.equals("DELETE")
                            ? (p.name().equals("id") ? "00000000-0000-0000-0000-000000000000" : "gen-fz-none")
                            : "gen-fz-put";
                }
                return switch (p.name()) {
                    case "code" ->
                        template.startsWith("/api/v1/regions")
                                ? "kaluzhskaya-oblast"
                                : template.startsWith("/api/v1/indicators") ? INDICATOR : "kaluga";
                    case "org" -> "school-1";
                    case "year" -> write ? "2099" : "2030";
                    case "id" -> p.type().equals("integer") ? "1" : "00000000-0000-0000-0000-000000000000";
                    default -> p.type().equals("integer") ? "1" : "kaluga";
                };
            }
            if (!p.values().isEmpty()) {
                return p.values().get(0);
            }
            return switch (p.name()) {
                case "municipality" -> "kaluga";
                case "indicator" -> INDICATOR;
                case "year" -> "2030";
                case "yearFrom" -> "2020";
                case "yearTo" -> "2030";
                case "size" -> "10";
                case "page" -> "0";
                case "type" -> "values";
                case "dryRun" -> "true";
                default -> p.required() ? (p.type().equals("integer") ? "1" : "x") : null;
            };
        }

        /** Mutations of a parameter's value, percent-encoded as sent. */
        List<String[]> mutations(Param p) {
            List<String[]> m = new ArrayList<>();
            m.add(new String[] {"NUL", "%00"});
            m.add(new String[] {"NUL inside", "a%00b"});
            m.add(new String[] {"10,000 characters", p.type().equals("integer") ? "9".repeat(10_000) : LONG});
            m.add(new String[] {"bad percent-encoding", "%zz"});
            m.add(new String[] {"lone percent", "%"});
            m.add(new String[] {"bytes that are not UTF-8", "%C3%28"});
            m.add(new String[] {"lone surrogate (CESU-8)", "%ED%A0%80"});
            m.add(new String[] {"empty", ""});
            m.add(new String[] {"Cyrillic and emoji", "%D0%9A%D0%B0%D0%BB%D1%83%D0%B3%D0%B0%F0%9F%98%80"});
            m.add(new String[] {"characters java.net.URI refuses", "a|b{c}"});
            if (p.type().equals("integer") || p.type().equals("number")) {
                m.add(new String[] {"not a number", "abc"});
                m.add(new String[] {"fraction", "1.5"});
                m.add(new String[] {"negative", "-1"});
                m.add(new String[] {"huge", "99999999999999999999"});
                m.add(new String[] {"1e309", "1e309"});
                m.add(new String[] {"plus sign", "%2B1"});
            } else {
                m.add(new String[] {"dot segments", "..%2F.."});
                m.add(new String[] {"spaces and quotes", "a%20%27%3B--"});
                m.add(new String[] {"huge number", "99999999999999999999"});
                m.add(new String[] {"extreme date", "%2B999999999-12-31T23:59:59Z"});
            }
            return m;
        }

        void cases(List<Case> out) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Param p : params) {
                String b = base(p);
                if (b != null) {
                    values.put(p.in() + ":" + p.name(), b);
                }
            }
            if (template.equals("/api/v1/imports") && method.equals("POST")) {
                values.put("query:dryRun", "true");
            }
            String bodyType = bodies.containsKey(JSON_TYPE)
                    ? JSON_TYPE
                    : bodies.keySet().stream().findFirst().orElse(null);
            byte[] body = bodyType == null ? null : baseBody(bodyType);
            for (Param p : params) {
                if (p.in().equals("header")
                        && List.of("content-length", "host").contains(p.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                List<String[]> ms = p.in().equals("header") ? headerMutations() : mutations(p);
                for (String[] m : ms) {
                    Map<String, String> v = new LinkedHashMap<>(values);
                    v.put(p.in() + ":" + p.name(), m[1]);
                    // a mutated parameter with a valid body may write: send an empty object then, unless reading
                    byte[] b =
                            body == null || method.equals("GET") || p.in().equals("header") && !method.equals("DELETE")
                                    ? body
                                    : "{}".getBytes(StandardCharsets.UTF_8);
                    if (template.equals("/api/v1/imports")) {
                        b = body;
                    }
                    out.add(build(v, bodyType, b, p.in() + " " + p.name() + ": " + m[0]));
                }
            }
            if (bodyType == null) {
                out.add(build(values, JSON_TYPE, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "unexpected body"));
                return;
            }
            for (String[] m : bodyMutations(bodyType)) {
                out.add(build(values, bodyType, m[1].getBytes(StandardCharsets.UTF_8), "body: " + m[0]));
            }
            out.add(build(
                    values,
                    bodyType,
                    new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
                    "body: bytes that are not UTF-8"));
            out.add(build(values, bodyType, new byte[0], "body: empty"));
            for (String type : List.of(
                    "text/plain",
                    "application/xml",
                    ";;;",
                    "application/json; charset=nope",
                    "multipart/form-data; boundary=zz",
                    "multipart/form-data")) {
                String text = type.startsWith("multipart")
                        ? "--other\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx"
                        : new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
                out.add(build(values, type, text.getBytes(StandardCharsets.UTF_8), "content type " + type));
            }
            out.add(build(values, null, body, "no content type"));
        }

        List<String[]> headerMutations() {
            return List.of(
                    new String[] {"garbage", "abc"},
                    new String[] {"quote", "\""},
                    new String[] {"10,000 characters", LONG},
                    new String[] {"weak ETag", "W/\"1\""},
                    new String[] {"star", "*"},
                    new String[] {"negative number", "\"-1\""});
        }

        byte[] baseBody(String type) {
            if (!type.equals(JSON_TYPE)
                    || !bodies.get(type).path("type").asText("object").equals("object")
                    || !bodies.get(type).has("properties")) {
                // a file upload: a header without rows writes nothing, whatever the parameters say
                return type.contains("json")
                        ? "[]".getBytes(StandardCharsets.UTF_8)
                        : "municipality,indicator,year,value\n".getBytes(StandardCharsets.UTF_8);
            }
            return bytes(baseObject(bodies.get(type)));
        }

        ObjectNode baseObject(JsonNode schema) {
            ObjectNode o = JSON.createObjectNode();
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            schema.path("properties").fields().forEachRemaining(e -> {
                if (required.contains(e.getKey()) || e.getKey().equals("comment")) {
                    o.set(e.getKey(), baseValue(e.getKey(), resolve(e.getValue())));
                }
            });
            return o;
        }

        JsonNode baseValue(String name, JsonNode schema) {
            if (schema.has("enum")) {
                return schema.path("enum").get(0);
            }
            return switch (schema.path("type").asText("string")) {
                case "integer" ->
                    JSON.getNodeFactory()
                            .numberNode(name.toLowerCase(Locale.ROOT).contains("year") ? 2099 : 1);
                case "number" -> JSON.getNodeFactory().numberNode(1);
                case "boolean" -> JSON.getNodeFactory().booleanNode(false);
                case "array" -> JSON.createArrayNode();
                case "object" -> JSON.createObjectNode();
                default ->
                    JSON.getNodeFactory()
                            .textNode(
                                    switch (name) {
                                        case "municipality" -> "kaluga";
                                        case "indicator" -> INDICATOR;
                                        case "region" -> "kaluzhskaya-oblast";
                                        case "organization" -> "school-1";
                                        case "unit" -> "percent";
                                        case "comparator" -> "ge";
                                        default -> "Генерированный запрос";
                                    });
            };
        }

        List<String[]> bodyMutations(String type) {
            List<String[]> m = new ArrayList<>();
            m.add(new String[] {"null", "null"});
            m.add(new String[] {"array", "[1,2]"});
            m.add(new String[] {"string", "\"x\""});
            m.add(new String[] {"truncated", "{\"a\":"});
            m.add(new String[] {"trailing garbage", "{}}"});
            m.add(new String[] {"control character in a string", "{\"name\":\"a\u0001b\"}"});
            m.add(new String[] {"1,200 levels of nesting", "[".repeat(1200) + "]".repeat(1200)});
            if (!type.equals(JSON_TYPE) || !bodies.get(type).has("properties")) {
                m.add(new String[] {"1,200 digits", "[" + "1".repeat(1200) + "]"});
                return m;
            }
            JsonNode schema = bodies.get(type);
            ObjectNode base = baseObject(schema);
            m.add(new String[] {"unknown field", text(base.deepCopy().put("zzUnknown", 1))});
            m.add(new String[] {"empty object", "{}"});
            Iterator<Map.Entry<String, JsonNode>> props =
                    schema.path("properties").fields();
            boolean first = true;
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> e = props.next();
                String name = e.getKey();
                JsonNode prop = resolve(e.getValue());
                String t = prop.path("type").asText("string");
                String b = text(base);
                String inner = b.length() > 2 ? b.substring(1, b.length() - 1) : "";
                if (first) {
                    String dup = "\"" + name + "\":" + text(baseValue(name, prop));
                    m.add(new String[] {
                        "duplicate key " + name, "{" + dup + "," + dup + (inner.isEmpty() ? "" : "," + inner) + "}"
                    });
                    m.add(new String[] {"nesting in " + name, with(base, name, "[".repeat(1200) + "]".repeat(1200))});
                    first = false;
                }
                m.add(new String[] {name + " = null", with(base, name, "null")});
                m.add(new String[] {name + " = NUL", with(base, name, "\"a\\u0000b\"")});
                m.add(new String[] {name + " = lone surrogate", with(base, name, "\"a\\ud800b\"")});
                m.add(new String[] {name + " = 10,000 characters", with(base, name, "\"" + LONG + "\"")});
                m.add(new String[] {name + " = object", with(base, name, "{\"a\":1}")});
                m.add(new String[] {name + " = array", with(base, name, "[\"a\"]")});
                m.add(new String[] {name + " = true", with(base, name, "true")});
                m.add(new String[] {name + " = 1e309", with(base, name, "1e309")});
                m.add(new String[] {name + " = -1e309", with(base, name, "-1e309")});
                m.add(new String[] {name + " = 1,200 digits", with(base, name, "1".repeat(1200))});
                if (t.equals("integer") || t.equals("number")) {
                    m.add(new String[] {name + " = text", with(base, name, "\"abc\"")});
                    m.add(new String[] {name + " = fraction", with(base, name, "1.5")});
                    m.add(new String[] {name + " = huge integer", with(base, name, "99999999999999999999")});
                } else {
                    m.add(new String[] {name + " = number", with(base, name, "123")});
                    m.add(new String[] {name + " = unknown value", with(base, name, "\"zz-unknown\"")});
                    m.add(new String[] {name + " = empty", with(base, name, "\"\"")});
                }
            }
            return m;
        }

        static String with(ObjectNode base, String name, String rawValue) {
            ObjectNode copy = base.deepCopy();
            copy.remove(name);
            String b = text(copy);
            String inner = b.substring(1, b.length() - 1);
            return "{\"" + name + "\":" + rawValue + (inner.isEmpty() ? "" : "," + inner) + "}";
        }

        Case build(Map<String, String> values, String contentType, byte[] body, String mutation) {
            String path = template;
            StringBuilder query = new StringBuilder();
            Map<String, String> headers = new LinkedHashMap<>();
            for (Map.Entry<String, String> v : values.entrySet()) {
                String in = v.getKey().substring(0, v.getKey().indexOf(':'));
                String name = v.getKey().substring(in.length() + 1);
                switch (in) {
                    case "path" -> path = path.replace("{" + name + "}", v.getValue());
                    case "query" ->
                        query.append(query.length() == 0 ? "?" : "&")
                                .append(name)
                                .append('=')
                                .append(v.getValue());
                    case "header" -> headers.put(name, v.getValue());
                    default -> {}
                }
            }
            if (contentType != null && body != null) {
                headers.put("Content-Type", contentType);
            }
            return new Case(key(), caller, method, template, path + query, headers, body, mutation);
        }
    }

    static byte[] bytes(JsonNode n) {
        return text(n).getBytes(StandardCharsets.UTF_8);
    }

    static String text(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
