package ru.orientir.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging query parameters shared by every list: page is 0-based, size at most 1000. They arrive as
 * text and are parsed by {@link Params}, so that {@code page=abc} is a 400 naming the parameter, not a
 * framework 404; {@link #validated()} must be called before {@link #page} and {@link #size} are read.
 */
public class PageParams {

    public static final int MAX_SIZE = 1000;
    public static final int DEFAULT_SIZE = 50;

    @QueryParam("page")
    @Parameter(
            description = "Page number, from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String rawPage;

    @QueryParam("size")
    @Parameter(
            description = "Page size, 1 to 1000",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "50"))
    String rawSize;

    public int page;
    public int size = DEFAULT_SIZE;
    private int defaultSize = DEFAULT_SIZE;

    public PageParams() {}

    /** The paging of a list whose parameters are declared by its resource, with its own default size. */
    public static PageParams of(String page, String size, int defaultSize) {
        PageParams p = new PageParams();
        p.rawPage = page;
        p.rawSize = size;
        p.defaultSize = defaultSize;
        return p;
    }

    /** Fails with a problem naming the parameter instead of silently clamping. */
    public PageParams validated() {
        Params p = new Params();
        page = p.integer("page", rawPage, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        size = p.integer("size", rawSize, defaultSize, 1, MAX_SIZE);
        p.throwIfAny();
        return this;
    }
}
