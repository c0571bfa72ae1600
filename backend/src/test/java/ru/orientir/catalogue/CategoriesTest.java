package ru.orientir.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.orientir.common.Checks;

/** The canonical category form of an indicator with dimensions, read and checked without a database. */
class CategoriesTest {

    static Dimension dimension(String code, String nameRu, String... members) {
        Dimension d = new Dimension();
        d.code = code;
        d.nameRu = nameRu;
        for (int n = 0; n < members.length; n += 2) {
            d.members.add(new DimensionMember(members[n], members[n + 1], null));
        }
        return d;
    }

    static final Dimension SUBJECT = dimension("subject", "Предмет", "math", "Математика", "russian", "Русский язык");
    static final Dimension GRADE = dimension("grade", "Класс", "4", "4 класс", "11", "11 класс");
    static final List<Dimension> BOTH = List.of(SUBJECT, GRADE);

    @Test
    void pairsInAnyOrderAndBlanksComeOutInTheIndicatorsOrder() {
        assertEquals(
                "subject=math;grade=4",
                Categories.parse(BOTH, "grade=4;subject=math").canonical());
        assertEquals(
                "subject=russian;grade=11",
                Categories.parse(BOTH, " subject = russian ; grade= 11 ").canonical());
        assertEquals("grade=11", Categories.parse(BOTH, "grade=11").canonical());
        assertEquals("", Categories.parse(BOTH, "  ").canonical());
        assertEquals("subject=math", Categories.parse(List.of(SUBJECT), "math").canonical());
    }

    @Test
    void whatIsNotAMemberCombinationIsRefusedWithTheReason() {
        assertEquals(
                "кода «physics» нет в списке «Предмет»",
                Categories.parse(BOTH, "subject=physics").error());
        assertEquals(
                "измерение «exam» не предусмотрено",
                Categories.parse(BOTH, "exam=ege;grade=4").error());
        assertEquals(
                "измерение «grade» указано дважды",
                Categories.parse(BOTH, "grade=4;grade=11").error());
        assertEquals(
                "часть «Grade 4, Mathematics» не имеет вида измерение=код",
                Categories.parse(BOTH, "Grade 4, Mathematics").error());
        assertEquals(
                "часть «» не имеет вида измерение=код",
                Categories.parse(BOTH, "subject=math;").error());
        // the bare code is only for one dimension, and only a member's code (not its name) is accepted
        assertEquals(
                "часть «math» не имеет вида измерение=код",
                Categories.parse(BOTH, "math").error());
        assertEquals(
                "кода «Математика» нет в списке «Предмет»",
                Categories.parse(List.of(SUBJECT), "Математика").error());
    }

    @Test
    void theLabelNamesTheMembersInRussian() {
        assertEquals("Математика, 11 класс", Categories.label(BOTH, "subject=math;grade=11"));
        assertEquals("4 класс", Categories.label(BOTH, "grade=4"));
        assertEquals("", Categories.label(BOTH, ""));
    }

    @Test
    void valueChecksStoreTheCanonicalFormAndListWhatIsAllowed() {
        Indicator vpr = new Indicator();
        vpr.code = "vpr";
        vpr.unit = "percent";
        vpr.dimensions.addAll(BOTH);
        Checks ok = new Checks();
        assertEquals("subject=math;grade=4", ValueChecks.fact(ok, vpr, "grade=4;subject=math", null, null));
        assertEquals(List.of(), ok.errors());

        Checks bad = new Checks();
        ValueChecks.fact(bad, vpr, "subject=physics", BigDecimal.ONE, BigDecimal.TEN);
        assertEquals(1, bad.errors().size());
        assertEquals("unknown_category", bad.errors().get(0).code());
        assertEquals(
                "Категория «subject=physics» не предусмотрена показателем vpr (кода «physics» нет в списке "
                        + "«Предмет»); допустимы: subject=<код>;grade=<код>; subject («Предмет»): math «Математика», "
                        + "russian «Русский язык»; grade («Класс»): 4 «4 класс», 11 «11 класс»",
                bad.errors().get(0).message());

        // an indicator without dimensions keeps its free-text list
        Indicator free = new Indicator();
        free.code = "free";
        free.unit = "score";
        free.categories = List.of("математика");
        Checks legacy = new Checks();
        assertEquals("математика", ValueChecks.fact(legacy, free, "математика", null, null));
        ValueChecks.fact(legacy, free, "subject=math", null, null);
        assertEquals(
                "Категория «subject=math» не предусмотрена показателем free; допустимы: математика",
                legacy.errors().get(0).message());
        assertNull(ValueChecks.fact(new Checks(), null, null, null, null));
    }
}
