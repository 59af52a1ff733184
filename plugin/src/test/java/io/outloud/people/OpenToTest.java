package io.outloud.people;

import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OpenToTest {

    @Test
    void clean_trims_makesOneLine_andDropsControlCharacters() {
        assertEquals("sourdough, accessibility", OpenTo.clean("  sourdough,\taccessibility \n"));
        assertEquals("a b", OpenTo.clean("a\r\nb"));
        assertEquals("bell", OpenTo.clean("b\u0007e\u0000ll\u007f"));
        assertEquals("", OpenTo.clean("   "));
        assertEquals("", OpenTo.clean(null));
    }

    @Test
    void clean_allows300Characters_countingCodePoints_andRefusesMore() {
        assertEquals(300, OpenTo.clean("x".repeat(300)).length());
        String emoji = "\uD83C\uDF5E".repeat(300); // 300 characters, 600 UTF-16 units
        assertEquals(emoji, OpenTo.clean(emoji));
        assertEquals(300, OpenTo.clean("  " + "y".repeat(300) + "  ").length(), "trimmed first");

        OutloudException tooLong = assertThrows(OutloudException.class, () -> OpenTo.clean("x".repeat(301)));
        assertEquals("outloud.people.error.open-to-too-long", tooLong.messageKey());
        assertEquals(300, tooLong.arguments()[0]);
    }

    @Test
    void person_withoutOpenTo_saysNothing_andTheFourArgumentConstructorStays() {
        Person person = new Person("k", "Alice", null, "Engineering");
        assertEquals("", person.openTo());
        assertEquals(java.util.Optional.empty(), person.openToIfSaid());
        assertEquals("", new Person("k", "Alice", null, null, null).openTo());
        assertEquals(java.util.Optional.of("maps"), new Person("k", "Alice", null, null, "maps").openToIfSaid());
        assertEquals("", Person.unknown("k").openTo());
    }
}
