package ru.orientir.catalogue;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One band of an evaluation scale: facts in [from, to) get this label and score; open ends are null. */
@Schema(
        name = "Band",
        description =
                "One band of an evaluation scale: facts in [from, to) get this label and score; an open end is null")
public record Band(BigDecimal from, BigDecimal to, String label, BigDecimal score) {}
