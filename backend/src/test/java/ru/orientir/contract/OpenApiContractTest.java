package ru.orientir.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Contract;

/**
 * The openapi.yaml at the repository root is the published contract: it must equal what the
 * service serves. After changing the API, regenerate it with
 * {@code mvn -f backend/pom.xml test -Dtest=OpenApiContractTest -Dopenapi.write=true} and commit it.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void publishedContractEqualsServedOne() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(Contract.PUBLISHED, served);
        }
        String published = Files.exists(Contract.PUBLISHED) ? Files.readString(Contract.PUBLISHED) : "";
        assertEquals(
                served,
                published,
                "openapi.yaml differs from the served contract; regenerate it with "
                        + "mvn -f backend/pom.xml test -Dtest=OpenApiContractTest -Dopenapi.write=true");
    }
}
