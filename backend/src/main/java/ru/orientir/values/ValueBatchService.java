package ru.orientir.values;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ru.orientir.common.FieldError;
import ru.orientir.common.ProblemException;
import ru.orientir.imports.ValueBatches;
import ru.orientir.security.Caller;

/**
 * POST /values/batch: many values in one write that succeeds or fails as a whole. The rows are checked and
 * written by the import framework (the same rules as PUT /values and a values file), under the caller's
 * channel; the answer of a refused batch is one problem+json with an error per item and field.
 */
@ApplicationScoped
public class ValueBatchService {

    public static final int MAX_ITEMS = 10_000;

    @Inject
    ValueBatches batches;

    public ValueBatchResult write(Caller caller, ValueBatchInput in, boolean dryRun) {
        if (!caller.writesAny()) {
            throw ProblemException.forbidden(
                    "Вносить значения могут только редакторы муниципалитетов и школ, администратор и интеграции министерства");
        }
        List<ValueBatchItem> items = in == null || in.items() == null ? List.of() : in.items();
        if (items.isEmpty()) {
            throw ProblemException.validation(
                    List.of(new FieldError("items", "required", "Нет ни одного значения для записи")));
        }
        if (items.size() > MAX_ITEMS) {
            throw ProblemException.validation(List.of(new FieldError(
                    "items",
                    "too_many",
                    "Значений в пакете " + items.size() + ", а можно не больше " + MAX_ITEMS + ": разделите их")));
        }
        List<ValueBatches.Item> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ValueBatchItem item = items.get(i);
            if (item == null) {
                throw ProblemException.validation(
                        List.of(new FieldError("items[" + i + "]", "required", "Элемент " + (i + 1) + " пуст (null)")));
            }
            if (item.version() != null && item.version() < 0) {
                throw ProblemException.validation(List.of(new FieldError(
                        "items[" + i + "].version", "invalid_integer", "Версия не может быть отрицательной")));
            }
            rows.add(new ValueBatches.Item(item.input(), item.version()));
        }
        ValueBatches.Outcome out = batches.write(caller, rows, dryRun);
        if (!out.errors().isEmpty()) {
            throw refused(out);
        }
        return new ValueBatchResult(
                dryRun, out.rows(), out.changed(), out.changed() == null ? null : out.rows() - out.changed());
    }

    /**
     * The refusal of a batch: 403 when an item is out of the caller's scope, 412 when the only trouble is
     * values changed meanwhile, 422 otherwise; every item's errors listed.
     */
    private static ProblemException refused(ValueBatches.Outcome out) {
        List<FieldError> errors = out.errors();
        boolean forbidden = errors.stream().anyMatch(e -> "forbidden".equals(e.code()));
        boolean stale = errors.stream().allMatch(e -> ValueBatches.STALE_VERSION.equals(e.code()));
        long bad = errors.stream().map(e -> itemOf(e.field())).distinct().count();
        String more = out.errorTotal() > errors.size()
                ? " Показаны первые " + errors.size() + " ошибок из " + out.errorTotal() + "."
                : "";
        if (forbidden) {
            return new ProblemException(
                    403, "forbidden", "Нет доступа", "Среди значений есть чужие: ничего не записано." + more, errors);
        }
        if (errors.stream().anyMatch(e -> "period_locked".equals(e.code()))) {
            return new ProblemException(
                    409,
                    "period-locked",
                    "Конфликт",
                    errors.stream()
                                    .filter(e -> "period_locked".equals(e.code()))
                                    .findFirst()
                                    .orElseThrow()
                                    .message()
                            + ". Ничего не записано." + more,
                    errors);
        }
        if (stale) {
            return new ProblemException(
                    412,
                    "precondition-failed",
                    "Данные изменились",
                    "Значения (" + bad + ") уже изменил кто-то другой: ничего не записано. Выберите, чьи значения "
                            + "оставить, и сохраните снова." + more,
                    errors);
        }
        return new ProblemException(
                422,
                "validation",
                "Ошибка в данных",
                (errors.size() == 1
                                ? errors.get(0).message()
                                : "Ошибки в значениях (" + bad + "): ничего не записано, исправьте отмеченные ячейки.")
                        + more,
                errors);
    }

    private static String itemOf(String field) {
        int end = field.indexOf(']');
        return end < 0 ? field : field.substring(0, end + 1);
    }
}
