package io.outloud.home;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThreeCPathTest {

    @Test
    void nothingThisMonth_isNoStep() {
        ThreeCPath path = ThreeCPath.of(new ThreeCPath.Month(false, false, false, false, false, false));
        assertEquals(new ThreeCPath(false, false, false), path);
        assertEquals(0, path.taken());
    }

    @Test
    void readingAlone_isTheFirstStep() {
        assertEquals(new ThreeCPath(true, false, false), ThreeCPath.of(new ThreeCPath.Month(true, false, false, false, false, false)));
    }

    @Test
    void aReactionOrAReply_isContributing() {
        assertEquals(new ThreeCPath(false, true, false), ThreeCPath.of(new ThreeCPath.Month(false, true, false, false, false, false)));
        assertEquals(new ThreeCPath(false, true, false), ThreeCPath.of(new ThreeCPath.Month(false, false, true, false, false, false)));
    }

    @Test
    void aBlockAThoughtOrAnAsk_isCreating() {
        assertEquals(new ThreeCPath(false, false, true), ThreeCPath.of(new ThreeCPath.Month(false, false, false, true, false, false)));
        assertEquals(new ThreeCPath(false, false, true), ThreeCPath.of(new ThreeCPath.Month(false, false, false, false, true, false)));
        assertEquals(new ThreeCPath(false, false, true), ThreeCPath.of(new ThreeCPath.Month(false, false, false, false, false, true)));
    }

    @Test
    void everyStep_countsThree_stepsNotAScore() {
        assertEquals(3, ThreeCPath.of(new ThreeCPath.Month(true, true, true, true, true, true)).taken());
    }
}
