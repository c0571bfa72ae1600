package ru.orientir.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JSON array of objects, streamed token by token (the file is never read whole). */
public class JsonSource implements RowSource {

    /** Nesting a record never needs (a record is flat; a nested value is reported and skipped). */
    static final int MAX_DEPTH = 32;

    private final JsonParser parser;
    private final ReadLimits limits;
    private long element;

    public JsonSource(Path file, ReadLimits limits) throws IOException, FileProblem {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(limits.maxCellChars())
                        .maxNumberLength(1000)
                        .maxNameLength(Math.max(limits.maxHeaderChars() * 10, 1000))
                        .build())
                .build();
        parser = factory.createParser(file.toFile());
        JsonToken first = token();
        if (first == null) {
            throw new FileProblem("Файл пуст: ожидается массив JSON-объектов");
        }
        if (first != JsonToken.START_ARRAY) {
            throw new FileProblem("Ожидается массив JSON-объектов [{...}, {...}], а файл начинается иначе");
        }
    }

    @Override
    public List<String> header() {
        return null;
    }

    @Override
    public String rowWord() {
        return "запись";
    }

    @Override
    public Row next() throws IOException, FileProblem {
        try {
            return record();
        } catch (StreamConstraintsException e) { // values are read lazily: getText() checks the limits too
            throw limit(e);
        }
    }

    private Row record() throws IOException, FileProblem {
        JsonToken t = token();
        if (t == JsonToken.END_ARRAY) {
            if (token() != null) {
                throw problem("после закрывающей скобки массива есть лишние данные");
            }
            return null;
        }
        if (t == null) {
            throw problem("файл обрывается: нет закрывающей скобки массива");
        }
        element++;
        if (element > limits.maxRows()) {
            throw limits.tooManyRows(element);
        }
        if (t != JsonToken.START_OBJECT) {
            skipChildren();
            return new Row(element, Map.of(), "элемент массива должен быть объектом {...}");
        }
        Map<String, String> cells = new HashMap<>();
        String problem = null;
        while ((t = token()) == JsonToken.FIELD_NAME) {
            if (cells.size() >= limits.maxColumns()) {
                throw new FileProblem(
                        element,
                        null,
                        "В записи " + element + " больше " + ReadLimits.n(limits.maxColumns())
                                + " полей (orientir.imports.max-columns)");
            }
            String name = Columns.normalize(parser.currentName());
            JsonToken v = token();
            switch (v) {
                case VALUE_STRING -> cells.put(name, parser.getText());
                case VALUE_NUMBER_INT -> cells.put(name, parser.getText());
                case VALUE_NUMBER_FLOAT -> cells.put(name, decimal());
                case VALUE_TRUE, VALUE_FALSE -> cells.put(name, v == JsonToken.VALUE_TRUE ? "1" : "0");
                case VALUE_NULL -> cells.put(name, null);
                case START_OBJECT, START_ARRAY -> {
                    skipChildren();
                    problem = "поле «" + parser.currentName() + "» должно быть строкой или числом";
                }
                default -> throw problem("неожиданный элемент " + v);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw problem("объект не закрыт");
        }
        return new Row(element, cells, problem);
    }

    private JsonToken token() throws IOException, FileProblem {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw limit(e);
        } catch (JsonProcessingException e) {
            throw problem(e.getOriginalMessage());
        }
    }

    private void skipChildren() throws IOException, FileProblem {
        try {
            parser.skipChildren();
        } catch (StreamConstraintsException e) {
            throw limit(e);
        } catch (JsonProcessingException e) {
            throw problem(e.getOriginalMessage());
        }
    }

    /** 2.5E3 as 2500, but 1e309 as typed: a plain form of an extreme exponent would be hundreds of digits. */
    private String decimal() throws IOException {
        java.math.BigDecimal d = parser.getDecimalValue();
        int magnitude = d.precision() - d.scale();
        return magnitude > -60 && magnitude < 60 ? d.toPlainString() : parser.getText();
    }

    private FileProblem limit(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting")) {
            return problem("вложенность глубже " + MAX_DEPTH + " уровней: запись должна быть плоским объектом");
        }
        if (m.contains("String value length")) {
            return limits.cellTooLong(Math.max(element, 1), null);
        }
        if (m.contains("Number value length")) {
            return problem("число длиннее 1000 знаков");
        }
        if (m.contains("Name length")) {
            return problem("имя поля слишком длинное");
        }
        return problem("файл превышает ограничения чтения");
    }

    private FileProblem problem(String detail) {
        var at = parser.currentLocation();
        return new FileProblem(
                Math.max(element, 1),
                null,
                "Файл JSON повреждён около строки " + at.getLineNr() + ", символа " + at.getColumnNr() + ": " + detail);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
