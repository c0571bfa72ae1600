package ru.orientir.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Numbers leave the API as they were typed: BigDecimal written plainly without the padding of the
 * NUMERIC column (25, never 25.000000, 1E+1 or 24.999999), and untyped JSON numbers read as
 * BigDecimal, never as binary floating point. Bodies are read strictly: a key given twice is refused
 * (which value was meant?), and so is a string holding a character that cannot be stored ({@link Text}).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("orientir-exact-decimals")
                .addSerializer(BigDecimal.class, new ExactDecimalSerializer())
                .addDeserializer(String.class, new CheckedStringDeserializer()));
    }

    static final class ExactDecimalSerializer extends StdSerializer<BigDecimal> {
        ExactDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(Decimals.exact(value));
        }
    }

    /** A JSON string holding NUL or a lone surrogate; the mapper answers 400 naming the field. */
    public static final class InvalidCharacterException extends MismatchedInputException {
        private final String problem;

        InvalidCharacterException(JsonParser p, String problem) {
            super(p, "invalid character: " + problem, String.class);
            this.problem = problem;
        }

        /** What is wrong, in Russian (e.g. «NUL (U+0000) на позиции 3»). */
        public String problem() {
            return problem;
        }
    }

    /** Jackson's own string reading, then the rule of {@link Text}. */
    static final class CheckedStringDeserializer extends StdScalarDeserializer<String> {
        CheckedStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = Text.invalidCharacter(value);
            if (problem != null) {
                throw new InvalidCharacterException(p, problem);
            }
            return value;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }
}
