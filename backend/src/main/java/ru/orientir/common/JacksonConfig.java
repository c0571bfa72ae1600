package ru.orientir.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Numbers leave the API as they were typed: BigDecimal written plainly without the padding of the
 * NUMERIC column (25, never 25.000000, 1E+1 or 24.999999), and untyped JSON numbers read as
 * BigDecimal, never as binary floating point.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.registerModule(new SimpleModule("orientir-exact-decimals").addSerializer(BigDecimal.class,
                new ExactDecimalSerializer()));
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
}
