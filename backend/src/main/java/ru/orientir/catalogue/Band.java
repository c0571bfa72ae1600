package ru.orientir.catalogue;

import java.math.BigDecimal;

/** One band of an evaluation scale: facts in [from, to) get this label and score; open ends are null. */
public record Band(BigDecimal from, BigDecimal to, String label, BigDecimal score) {
}
