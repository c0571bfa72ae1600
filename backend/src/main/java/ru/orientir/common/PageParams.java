package ru.orientir.common;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging query parameters shared by every list: page is 0-based, size at most 1000. */
public class PageParams {

    public static final int MAX_SIZE = 1000;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "Page size, 1 to 1000",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50"))
    public int size;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** Fails with a problem naming the parameter instead of silently clamping. */
    public PageParams validated() {
        Checks checks = new Checks();
        if (page < 0) {
            checks.add("page", "out_of_range", "Номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > MAX_SIZE) {
            checks.add("size", "out_of_range", "Размер страницы должен быть от 1 до " + MAX_SIZE);
        }
        if (!checks.ok()) {
            throw new ProblemException(400, "bad-request", "Неверный запрос", checks.errors().get(0).message(),
                    checks.errors());
        }
        return this;
    }
}
