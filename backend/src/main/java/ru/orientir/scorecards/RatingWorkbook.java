package ru.orientir.scorecards;

import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.orientir.exports.Workbooks;
import ru.orientir.scorecards.ScorecardDtos.PartDto;
import ru.orientir.scorecards.ScorecardDtos.RatingDto;

/** A rating as a workbook a department can send on: one row per school with its rank, total and every item. */
final class RatingWorkbook {

    private RatingWorkbook() {}

    static StreamingOutput of(RatingService.Rated rated, String municipality) {
        return out -> {
            Workbook wb = new Workbook(out, "Orientir", "1.0");
            Worksheet ws = wb.newWorksheet("Рейтинг");
            List<ScorecardItem> items = rated.card().items;
            Workbooks.header(ws, headers(items), widths(items));
            int r = 1;
            for (RatingDto rating : rated.ratings()) {
                row(ws, r++, rating, items);
            }
            ws.setAutoFilter(0, 0, 4 + 2 * items.size());
            Workbooks.describe(wb.newWorksheet("Описание"), description(rated, municipality));
            wb.finish();
        };
    }

    private static List<String> headers(List<ScorecardItem> items) {
        List<String> h = new ArrayList<>(List.of("Место", "Муниципалитет", "Организация", "Баллы", "Нет данных"));
        for (ScorecardItem i : items) {
            String name = i.name == null || i.name.isBlank() ? i.code : i.name;
            h.add(name + ": значение");
            h.add(name + ": баллы");
        }
        return h;
    }

    private static List<Double> widths(List<ScorecardItem> items) {
        List<Double> w = new ArrayList<>(List.of(8.0, 24.0, 40.0, 10.0, 11.0));
        items.forEach(i -> {
            w.add(16.0);
            w.add(12.0);
        });
        return w;
    }

    private static void row(Worksheet ws, int r, RatingDto rating, List<ScorecardItem> items) {
        if (rating.rank() != null) {
            ws.value(r, 0, rating.rank());
        }
        Workbooks.text(ws, r, 1, rating.municipalityName());
        Workbooks.text(ws, r, 2, rating.organizationName());
        Workbooks.number(ws, r, 3, rating.score(), 2);
        ws.value(r, 4, rating.missing());
        for (int k = 0; k < items.size(); k++) {
            PartDto part = part(rating, items.get(k).code);
            if (part != null) {
                Workbooks.number(ws, r, 5 + 2 * k, part.value(), 2);
                Workbooks.number(ws, r, 6 + 2 * k, part.points(), 2);
                if (part.why() != null) {
                    ws.comment(r, 6 + 2 * k, part.why());
                }
            }
        }
    }

    private static PartDto part(RatingDto rating, String item) {
        return rating.parts().stream()
                .filter(p -> item.equals(p.item()))
                .findFirst()
                .orElse(null);
    }

    private static List<String[]> description(RatingService.Rated rated, String municipality) {
        return List.of(
                new String[] {"Рейтинг", rated.card().name + " (" + rated.card().code + ")"},
                new String[] {"Год", String.valueOf(rated.year())},
                new String[] {"Муниципалитет", municipality == null ? "все доступные" : municipality},
                new String[] {"Выгружено", Workbooks.now()},
                new String[] {
                    "Как читать",
                    "Равные баллы делят место; пункт без данных не даёт баллов и считается в «Нет данных»;"
                            + " почему начислены баллы — в примечании к ячейке баллов"
                });
    }
}
