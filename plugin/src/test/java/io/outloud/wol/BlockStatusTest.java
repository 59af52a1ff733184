package io.outloud.wol;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockStatusTest {

    @Test
    void codesAreLowerCaseWithHyphens() {
        assertEquals("in-progress", BlockStatus.IN_PROGRESS.code());
        assertEquals("stuck", BlockStatus.STUCK.code());
    }

    @Test
    void fromCode_readsEveryCodeBack() {
        for (BlockStatus status : BlockStatus.values()) {
            assertEquals(Optional.of(status), BlockStatus.fromCode(status.code()));
        }
    }

    @Test
    void fromCode_toleratesCaseAndSpaceButNotUnknownValues() {
        assertEquals(Optional.of(BlockStatus.DONE), BlockStatus.fromCode("  Done "));
        assertEquals(Optional.empty(), BlockStatus.fromCode("finished"));
        assertEquals(Optional.empty(), BlockStatus.fromCode(null));
    }
}
