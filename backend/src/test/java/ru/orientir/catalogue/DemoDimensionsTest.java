package ru.orientir.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.DimensionDtos.DimensionInput;
import ru.orientir.common.Checks;

/**
 * The demo data's categories pass the same check as the API and the files ({@link ValueChecks}), and the
 * documents' subjects are comparable: Tula's and Derbent's EGE averages carry the same subject codes.
 */
class DemoDimensionsTest {

    static final Path DATA = Path.of("demo-data");

    @Test
    void everyDemoCategoryOfAnIndicatorWithDimensionsIsCanonicalAndTulaMeetsDerbent() throws IOException {
        Map<String, Dimension> dimensions = new HashMap<>();
        try (var files = Files.list(DATA.resolve("dimensions"))) {
            for (Path f : files.toList()) {
                DimensionInput in = new ObjectMapper().readValue(f.toFile(), DimensionInput.class);
                Checks c = new Checks();
                String code = f.getFileName().toString().replace(".json", "");
                DimensionRules.validate(c, code, in);
                assertEquals(List.of(), c.errors(), f.toString());
                Dimension d = new Dimension();
                d.code = code;
                d.nameRu = in.nameRu();
                d.members.addAll(in.members());
                dimensions.put(code, d);
            }
        }
        Map<String, Indicator> indicators = new HashMap<>();
        for (NamedCsvRecord r : rows("indicators.csv")) {
            if (!r.getField("dimensions").isEmpty()) {
                Indicator i = new Indicator();
                i.code = r.getField("code");
                i.unit = r.getField("unit");
                for (String d : r.getField("dimensions").split("\\|")) {
                    assertTrue(dimensions.containsKey(d), i.code + ": unknown dimension " + d);
                    i.dimensions.add(dimensions.get(d));
                }
                indicators.put(i.code, i);
            }
        }
        Map<String, Set<String>> subjects = new HashMap<>();
        int checked = 0;
        for (NamedCsvRecord r : rows("values.csv")) {
            Indicator i = indicators.get(r.getField("indicator"));
            String category = r.getField("category");
            if (i == null || category.isEmpty()) {
                continue;
            }
            Checks c = new Checks();
            assertEquals(category, ValueChecks.category(c, i, category), "stored canonical: " + category);
            assertEquals(List.of(), c.errors());
            subjects.computeIfAbsent(i.code, k -> new TreeSet<>()).add(category);
            checked++;
        }
        assertTrue(checked > 300, "values with dimensions: " + checked);
        // EGE average score per subject: Tula 2018–2020, Derbent 2019–2021
        assertEquals(Set.of("subject=math_profile", "subject=physics", "subject=russian"), subjects.get("tula-38"));
        assertEquals(Set.of("subject=math_profile", "subject=russian"), subjects.get("derbent-8"));
        assertTrue(subjects.get("tula-10").contains("subject=math;grade=4"), "Tula's VPR grade 4 mathematics");
        assertEquals(
                "Математика, 4 класс", Categories.label(indicators.get("tula-10").dimensions, "subject=math;grade=4"));
    }

    private static List<NamedCsvRecord> rows(String file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(DATA.resolve(file))) {
            return new ArrayList<>(reader.stream().toList());
        }
    }
}
