package ru.orientir.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** Runs a Panache query for one page of a list. */
public final class Pages {

    private Pages() {}

    public static <T> PageResult<T> of(PanacheQuery<T> q, PageParams p) {
        p.validated();
        return new PageResult<>(q.page(Page.of(p.page, p.size)).list(), p.page, p.size, q.count());
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
