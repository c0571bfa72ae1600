package ru.orientir.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JSON array of objects, streamed token by token (the file is never read whole). */
public class JsonSource implements RowSource {

    private final JsonParser parser;
    private long element;

    public JsonSource(JsonFactory factory, Path file) throws IOException, FileProblem {
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
        if (t != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new Row(element, Map.of(), "элемент массива должен быть объектом {...}");
        }
        Map<String, String> cells = new HashMap<>();
        String problem = null;
        while ((t = token()) == JsonToken.FIELD_NAME) {
            String name = Columns.normalize(parser.currentName());
            JsonToken v = token();
            switch (v) {
                case VALUE_STRING -> cells.put(name, parser.getText());
                case VALUE_NUMBER_INT -> cells.put(name, parser.getText());
                case VALUE_NUMBER_FLOAT -> cells.put(name, parser.getDecimalValue().toPlainString());
                case VALUE_TRUE, VALUE_FALSE -> cells.put(name, v == JsonToken.VALUE_TRUE ? "1" : "0");
                case VALUE_NULL -> cells.put(name, null);
                case START_OBJECT, START_ARRAY -> {
                    parser.skipChildren();
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
        } catch (JsonProcessingException e) {
            throw problem(e.getOriginalMessage());
        }
    }

    private FileProblem problem(String detail) {
        var at = parser.currentLocation();
        return new FileProblem(Math.max(element, 1), null, "Файл JSON повреждён около строки " + at.getLineNr()
                + ", символа " + at.getColumnNr() + ": " + detail);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
