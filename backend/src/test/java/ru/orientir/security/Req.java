package ru.orientir.security;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** One HTTP request of the matrix, shown in the test name. */
record Req(String method, String uri, Object body, String contentType) {

    static Req get(String uri) {
        return new Req("GET", uri, null, null);
    }

    static Req delete(String uri) {
        return new Req("DELETE", uri, null, null);
    }

    static Req put(String uri, Object body) {
        return new Req("PUT", uri, body, "application/json");
    }

    static Req post(String uri, Object body, String contentType) {
        return new Req("POST", uri, body, contentType);
    }

    Response send(RequestSpecification spec) {
        RequestSpecification s =
                body == null ? spec : spec.contentType(contentType).body(body);
        return s.urlEncodingEnabled(false).request(method, uri);
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
